// SPDX-License-Identifier: GPL-3.0-or-later
#include "configcommands.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

int runConfigCommand(const CliContext &ctx, const QStringList &args)
{
    if (args != QStringList{QStringLiteral("check")})
        return ctx.fail(QStringLiteral("usage: motcua config check [--json]"), 2);
    auto config = ctx.config();
    if (!config)
        return ctx.fail(QStringLiteral("configuration is invalid:\n  ")
                            + config.error().replace(u'\n', QStringLiteral("\n  ")), 1);
    if (const auto catalog = ctx.openCatalog())
        config->warnOfUnknownFeeRules(catalog.value()->feeRuleIds());
    if (ctx.json) {
        QJsonObject values;
        for (const auto &[key, value] : config->entries())
            values.insert(key, value);
        ctx.printJson(QJsonObject{{QStringLiteral("valid"), true},
                                  {QStringLiteral("files"), QJsonArray::fromStringList(config->loadedFiles)},
                                  {QStringLiteral("warnings"), QJsonArray::fromStringList(config->warnings)},
                                  {QStringLiteral("effective"), values}});
        return 0;
    }
    ctx.print(config->loadedFiles.isEmpty()
                  ? QStringLiteral("No config file found (looked in: %1); using defaults.")
                        .arg((ctx.configPathOverride.isEmpty() ? KioskConfig::defaultFiles()
                                                               : QStringList{ctx.configPathOverride})
                                 .join(QStringLiteral(", ")))
                  : QStringLiteral("Config files read: %1").arg(config->loadedFiles.join(QStringLiteral(", "))));
    for (const QString &w : config->warnings)
        ctx.print(QStringLiteral("warning: ") + w);
    ctx.print(QStringLiteral("[kiosk]"));
    for (const auto &[key, value] : config->entries())
        ctx.print(QStringLiteral("%1 = %2").arg(key, value));
    return 0;
}

} // namespace motcua::cli
