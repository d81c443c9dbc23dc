// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/procedure.h"
#include "common/result.h"

#include <QList>
#include <QString>

namespace motcua {

// The A4 posters a commune hangs by its counter, one procedure per page: the name in large
// type, what to bring, the fee and the time it takes, a big QR code and the hotline. The code
// holds the procedure's page on the national portal: a phone opens it, the kiosk's scanner
// opens the procedure (PayloadClassifier).
namespace QrPoster {

struct Settings
{
    QString communeName;
    QString hotline;
};

// The text of a procedure's poster QR code.
[[nodiscard]] QString payload(const Procedure &procedure);

// Writes one page per procedure to a PDF at `path`; returns the number of pages.
// Needs a QGuiApplication (fonts).
[[nodiscard]] Result<int> write(const QList<Procedure> &procedures, const Settings &settings, const QString &path);

} // namespace QrPoster
} // namespace motcua
