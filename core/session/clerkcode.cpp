// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerkcode.h"

#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcClerk, "motcua.clerk")

QString ClerkCode::check(const QString &typed)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const qint64 locked = m_tries.lockedSeconds(now); locked > 0)
        return tr("Nhập sai mã nhiều lần. Thử lại sau %1 giây.").arg(locked);
    if (m_code.isEmpty() || typed != m_code) {
        const int wrong = m_tries.failed(now);
        qCInfo(lcClerk) << "clerk action refused: wrong or unset clerk code," << wrong << "in a row";
        return m_code.isEmpty() ? tr("Máy chưa được cài mã cán bộ.") : tr("Mã cán bộ không đúng.");
    }
    m_tries.succeeded();
    return {};
}

} // namespace motcua
