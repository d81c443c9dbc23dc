// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxcommands.h"

#include "commandline.h"

#include <QJsonArray>

namespace motcua::cli {

namespace {

int stats(const CliContext &ctx, const FilingStore &store)
{
    const auto s = store.stats();
    if (!s)
        return ctx.fail(s.error());
    if (ctx.json)
        ctx.printJson(s->toJson());
    else
        ctx.print(QStringLiteral("waiting: %1\nsent: %2\nfailed: %3\npersonal data purged: %4%5")
                      .arg(s->queued)
                      .arg(s->sent)
                      .arg(s->failed)
                      .arg(s->purged)
                      .arg(s->oldestWaiting.isValid()
                               ? QStringLiteral("\noldest waiting since: ") + s->oldestWaiting.toString(Qt::ISODate)
                               : QString()));
    return 0;
}

} // namespace

int runOutboxCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral("usage: motcua outbox list [--limit N] | outbox stats | outbox retry ID|FILECODE [--json]");
    const auto cl = CommandLine::parse(args, {QStringLiteral("limit")}, {});
    const QString sub = cl ? cl->positionals.value(0) : QString();
    if (!cl || !(cl->positionals == QStringList{QStringLiteral("list")} || cl->positionals == QStringList{QStringLiteral("stats")}
                 || (sub == QLatin1String("retry") && cl->positionals.size() == 2)))
        return ctx.fail(usage, 2);
    if (sub != QLatin1String("list")) {
        const auto store = ctx.openFilings();
        if (!store)
            return ctx.fail(store.error());
        if (sub == QLatin1String("stats"))
            return stats(ctx, *store.value());
        if (const Status queued = store.value()->retry(cl->positionals.at(1)); !queued)
            return ctx.fail(queued.error(), 2);
        ctx.audit(QStringLiteral("resend"), cl->positionals.at(1), QStringLiteral("queued again"));
        ctx.print(QStringLiteral("%1: queued, sent at the next sync").arg(cl->positionals.at(1)));
        return 0;
    }
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
    QStringList lines{QStringLiteral("FILE CODE                   PROCEDURE  RECEIVED             APPOINTMENT  STATUS   TRIES  "
                                     "LAST ERROR")};
    for (const Filing &f : filings.value())
        lines.append(QStringLiteral("%1  %2   %3  %4   %5  %6  %7")
                         .arg(f.fileCode, -26)
                         .arg(f.submission.procedureCode, -8)
                         .arg(f.submission.receivedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                         .arg(f.submission.appointmentDate.toString(Qt::ISODate), -11)
                         .arg(f.status, -7)
                         .arg(f.attempts, 5)
                         .arg(f.delivery.lastError));
    ctx.print(lines.join(u'\n'));
    return 0;
}

} // namespace motcua::cli
