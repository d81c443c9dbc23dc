// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingstatus.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace motcua::FilingStatus {

QString citizenText(int statusCode)
{
    switch (statusCode) {
    case 1:
    case 2:
        return QCoreApplication::translate("motcua::FilingStatus", "Đã tiếp nhận");
    case 5:
        return QCoreApplication::translate("motcua::FilingStatus", "Cần bổ sung giấy tờ");
    case 6:
        return QCoreApplication::translate("motcua::FilingStatus", "Chờ nộp lệ phí");
    case 7:
        return QCoreApplication::translate("motcua::FilingStatus", "Đã rút hồ sơ");
    case 8:
        return QCoreApplication::translate("motcua::FilingStatus", "Không giải quyết (xem lý do)");
    case 9:
        return QCoreApplication::translate("motcua::FilingStatus", "Đã có kết quả, mời đến nhận");
    case 10:
        return QCoreApplication::translate("motcua::FilingStatus", "Đã trả kết quả");
    default:
        return QCoreApplication::translate("motcua::FilingStatus", "Đang giải quyết");
    }
}

QString notSentText(const QString &outboxStatus)
{
    return outboxStatus == QLatin1String("failed")
               ? QCoreApplication::translate("motcua::FilingStatus", "Chưa gửi được — cán bộ đang xử lý")
               : QCoreApplication::translate("motcua::FilingStatus", "Chưa gửi — sẽ gửi khi có mạng");
}

std::optional<QString> normalizeFileCode(const QString &typed, const QString &agencyCode)
{
    QString code = typed.toUpper();
    code.remove(QRegularExpression(QStringLiteral("\\s")));
    static const QRegularExpression full(QStringLiteral("^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9A-Z]{2}-[0-9]{6}-[0-9]{4}$"));
    if (full.match(code).hasMatch())
        return code;
    static const QRegularExpression shortForm(QStringLiteral("^([0-9]{6})-?([0-9]{4})$"));
    const QRegularExpressionMatch m = shortForm.match(code);
    if (m.hasMatch() && !agencyCode.isEmpty())
        return QStringLiteral("%1-%2-%3").arg(agencyCode, m.captured(1), m.captured(2));
    return std::nullopt;
}

} // namespace motcua::FilingStatus
