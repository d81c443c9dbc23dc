// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QHash>
#include <QSet>
#include <QStringList>

namespace motcua::cli {

// Arguments split into positionals, `--name value` options and `--flag` switches.
// `--name=value` works too. Anything not declared is an error naming it.
struct CommandLine
{
    QStringList positionals;
    QHash<QString, QString> options;
    QSet<QString> flags;

    [[nodiscard]] static Result<CommandLine> parse(const QStringList &args,
                                                   const QSet<QString> &valueOptions,
                                                   const QSet<QString> &flagOptions);
    [[nodiscard]] bool has(const QString &flag) const { return flags.contains(flag); }
    [[nodiscard]] QString option(const QString &name, const QString &fallback = {}) const
    {
        return options.value(name, fallback);
    }
};

} // namespace motcua::cli
