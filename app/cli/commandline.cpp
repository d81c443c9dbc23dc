// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

namespace motcua::cli {

Result<CommandLine> CommandLine::parse(const QStringList &args, const QSet<QString> &valueOptions,
                                       const QSet<QString> &flagOptions)
{
    CommandLine cl;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (onlyPositionals || !arg.startsWith(QLatin1String("--")) || arg == QLatin1String("-")) {
            cl.positionals.append(arg);
            continue;
        }
        if (arg == QLatin1String("--")) {
            onlyPositionals = true;
            continue;
        }
        QString name = arg.mid(2);
        QString value;
        const bool inlineValue = name.contains(u'=');
        if (inlineValue) {
            value = name.section(u'=', 1);
            name = name.section(u'=', 0, 0);
        }
        if (flagOptions.contains(name) && !inlineValue) {
            cl.flags.insert(name);
        } else if (valueOptions.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size())
                    return Error{QStringLiteral("option --%1 needs a value").arg(name)};
                value = args.at(++i);
            }
            cl.options.insert(name, value);
        } else {
            return Error{QStringLiteral("unknown option --%1").arg(name)};
        }
    }
    return cl;
}

} // namespace motcua::cli
