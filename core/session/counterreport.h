// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace motcua {

struct CounterStats;

// The counter's report for a period (usually a month) as an A4 PDF, in Vietnamese, for the
// commune's files: page 1 the key figures and a bar chart of filings per day; page 2 filings
// per procedure, fees, and the satisfaction ratings with a bar chart. Drawn with QPdfWriter and
// QPainter (the receipt's approach); needs a QGuiApplication for the fonts.
namespace CounterReport {

[[nodiscard]] Status writePdf(const CounterStats &stats, const QString &path, const QString &communeName);
// "01/11/2026 – 30/11/2026", as the report writes a period.
[[nodiscard]] QString periodText(const CounterStats &stats);

} // namespace CounterReport
} // namespace motcua
