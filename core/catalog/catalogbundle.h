// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/procedure.h"
#include "common/result.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace motcua {

// A whole catalog as imported from a `motcua-catalog` JSON bundle (docs/catalog-format.md).
struct CatalogBundle
{
    QString catalogVersion;
    QList<Topic> topics;
    QJsonObject feeRules; // rule id → rule object; interpreted by the payment module
    QList<Procedure> procedures;

    // Parses and validates. On failure every problem is listed, one per line, each starting
    // with its JSON path; nothing partial is returned.
    [[nodiscard]] static Result<CatalogBundle> parse(const QByteArray &json);
    [[nodiscard]] static Result<CatalogBundle> load(const QString &filePath);
    [[nodiscard]] static Procedure procedureFromValidJson(const QJsonObject &o);
    [[nodiscard]] QJsonObject toJson() const;
};

} // namespace motcua
