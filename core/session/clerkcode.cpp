// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerkcode.h"

#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcClerk, "motcua.clerk")

QString ClerkCode::check(const QString &typed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_lockedUntil.isValid() && now < m_lockedUntil)
        return QStringLiteral("Nhập sai mã nhiều lần. Thử lại sau %1 giây.").arg(now.secsTo(m_lockedUntil) + 1);
    if (m_code.isEmpty() || typed != m_code) {
        ++m_wrongCodes;
        qCInfo(lcClerk) << "clerk action refused: wrong or unset clerk code," << m_wrongCodes << "in a row";
        if (m_wrongCodes >= 3)
            m_lockedUntil = now.addSecs(std::min(30 << std::min(m_wrongCodes - 3, 5), 900));
        return m_code.isEmpty() ? QStringLiteral("Máy chưa được cài mã cán bộ.") : QStringLiteral("Mã cán bộ không đúng.");
    }
    m_wrongCodes = 0;
    m_lockedUntil = {};
    return {};
}

} // namespace motcua
