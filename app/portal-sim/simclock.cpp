// SPDX-License-Identifier: GPL-3.0-or-later
#include "simclock.h"

#include <QLocale>

namespace motcua::sim::SimClock {

namespace {

qint64 g_offsetSeconds = 0;

} // namespace

void setOffsetSeconds(qint64 seconds)
{
    g_offsetSeconds = seconds;
}

QDateTime now()
{
    const QDateTime local = QDateTime::currentDateTime().addSecs(g_offsetSeconds);
    return local.toOffsetFromUtc(local.offsetFromUtc());
}

QByteArray httpDate()
{
    return QLocale::c().toString(now().toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace motcua::sim::SimClock
