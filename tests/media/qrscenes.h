// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QPoint>
#include <QTransform>

// What a kiosk camera does to a QR code, as image operations: the tests check that codes still
// read through each, the benchmark measures how fast and how often.
namespace motcua::testmedia {

// `code` drawn on a 1280×720 grey "counter", centred at `centre`, after `transform`.
[[nodiscard]] QImage placeCode(const QImage &code, const QTransform &transform = {},
                               QPoint centre = {650, 350});
// Halves and restores the resolution `times` times: an out-of-focus camera.
[[nodiscard]] QImage blurred(const QImage &image, int times);
// Grayscale with uniform noise of ± `amplitude` levels (same `seed`, same noise).
[[nodiscard]] QImage noisy(const QImage &image, int amplitude, quint32 seed = 42);
// Grayscale squeezed into `low`..`high`: a dim, washed-out picture.
[[nodiscard]] QImage faint(const QImage &image, int low = 110, int high = 170);
// Held at an angle: turned `yDegrees` around the vertical axis and `xDegrees` around the horizontal.
[[nodiscard]] QTransform tilt(double yDegrees, double xDegrees);

} // namespace motcua::testmedia
