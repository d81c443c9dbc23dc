// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxcommands.h"

#include "commandline.h"

#include <QJsonArray>

namespace motcua::cli {

int runOutboxCommand(const CliContext &ctx, const QStringList &args)
{
    const auto cl = CommandLine::parse(args, {QStringLiteral("limit")}, {});
    if (!cl || cl->positionals != QStringList{QStringLiteral("list")})
        return ctx.fail(QStringLiteral("usage: motcua outbox list [--limit N] [--json]"), 2);
    bool ok = true;
    const int limit = cl->options.contains(QStringLiteral("limit")) ? cl->option(QStringLiteral("limit")).toInt(&ok) : 200;
    if (!ok || limit < 1)
        return ctx.fail(QStringLiteral("--limit must be a positive whole number"), 2);
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    const auto filings = store.value()->filings(limit);
    if (!filings)
        return ctx.fail(filings.error());
    if (ctx.json) {
        QJsonArray list;
        for (const Filing &f : filings.value())
            list.append(f.toJson());
        ctx.printJson(list);
        return 0;
    }
    if (filings->isEmpty()) {
        ctx.print(QStringLiteral("the outbox is empty"));
        return 0;
    }
    // A technician's overview: no names or ID numbers on screen (they are in --json).
    QStringList lines{QStringLiteral("FILE CODE                   PROCEDURE  RECEIVED             APPOINTMENT  STATUS")};
    for (const Filing &f : filings.value())
        lines.append(QStringLiteral("%1  %2   %3  %4   %5")
                         .arg(f.fileCode, -26)
                         .arg(f.submission.procedureCode, -8)
                         .arg(f.submission.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                         .arg(f.submission.appointmentDate.toString(Qt::ISODate), -11)
                         .arg(f.status));
    ctx.print(lines.join(u'\n'));
    return 0;
}

} // namespace motcua::cli
