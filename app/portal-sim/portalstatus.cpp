// SPDX-License-Identifier: GPL-3.0-or-later
#include "portalstatus.h"

namespace motcua::sim {

const QList<PortalStatus> &PortalStatus::all()
{
    static const QList<PortalStatus> table{
        {QStringLiteral("received"), 2, QStringLiteral("Đã tiếp nhận")},
        {QStringLiteral("processing"), 4, QStringLiteral("Đang giải quyết")},
        {QStringLiteral("needs_documents"), 5, QStringLiteral("Cần bổ sung giấy tờ")},
        {QStringLiteral("awaiting_payment"), 6, QStringLiteral("Chờ nộp lệ phí")},
        {QStringLiteral("withdrawn"), 7, QStringLiteral("Đã rút hồ sơ")},
        {QStringLiteral("refused"), 8, QStringLiteral("Không giải quyết (xem lý do)")},
        {QStringLiteral("result_ready"), 9, QStringLiteral("Đã có kết quả, mời đến nhận")},
        {QStringLiteral("done"), 10, QStringLiteral("Đã trả kết quả")},
    };
    return table;
}

std::optional<PortalStatus> PortalStatus::find(const QString &status)
{
    for (const PortalStatus &s : all()) {
        if (s.status == status)
            return s;
    }
    return std::nullopt;
}

QStringList PortalStatus::names()
{
    QStringList list;
    for (const PortalStatus &s : all())
        list.append(s.status);
    return list;
}

} // namespace motcua::sim
