// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QImage>
#include <QSize>
#include <QString>

// Test media made on the spot: a camera-like picture with a QR code in it, and a video of a
// code being shown to the camera (made by ffmpeg from such pictures).
namespace motcua::testmedia {

// A grey frame of `size` with `text` as a QR code of `codeSize` pixels in the middle (no code
// when `text` is empty).
[[nodiscard]] QImage sceneWith(const QString &text, QSize size = {640, 480}, int codeSize = 300);

// Writes an H.264 mp4 (yuv420p, 15 fps) to `path`: `emptySeconds` without a code, then
// `codeSeconds` with it. Returns the path, or why ffmpeg could not make it.
[[nodiscard]] Result<QString> makeScanVideo(const QString &path, const QString &text, double emptySeconds = 1,
                                            double codeSeconds = 2, QSize size = {640, 480});

} // namespace motcua::testmedia
