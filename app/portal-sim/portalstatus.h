// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua::sim {

// One row of the statuses table in docs/portal-protocol.md: the status, its TrangThaiHoSo
// code (DVCQG) and what the citizen is shown.
struct PortalStatus
{
    QString status;
    int statusCode = 0;
    QString text;

    [[nodiscard]] static const QList<PortalStatus> &all();
    [[nodiscard]] static std::optional<PortalStatus> find(const QString &status);
    [[nodiscard]] static QStringList names();
};

} // namespace motcua::sim
