// SPDX-License-Identifier: GPL-3.0-or-later
#include "synccommands.h"

#include "commandline.h"
#include "eventwait.h"
#include "outbox/syncengine.h"

#include <QJsonArray>

namespace motcua::cli {

int runSyncCommand(const CliContext &ctx, const QStringList &args)
{
    const auto cl = CommandLine::parse(args, {}, {QStringLiteral("once"), QStringLiteral("all")});
    if (!cl || !cl->has(QStringLiteral("once")) || !cl->positionals.isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua sync --once [--all] [--json]"), 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    FilingStore &filings = *store.value();
    if (const auto requeued = filings.requeueInterrupted(); !requeued)
        return ctx.fail(requeued.error());
    if (cl->has(QStringLiteral("all"))) {
        if (const auto due = filings.makeAllDue(); !due)
            return ctx.fail(due.error());
    }
    PortalClient portal(PortalClient::settingsFrom(*config));
    SyncEngine::Settings settings = SyncEngine::settingsFrom(*config);
    settings.watchReachability = false;
    settings.scheduleRounds = false;
    SyncEngine engine(&filings, &portal, settings);
    SyncEngine::RoundSummary summary;
    waitFor([&](const std::function<void()> &finished) {
        engine.runRound([&summary, finished](const SyncEngine::RoundSummary &s) {
            summary = s;
            finished();
        });
    });
    if (ctx.json)
        ctx.printJson(summary.toJson());
    else
        ctx.print(QStringLiteral("%1: %2 sent, %3 to retry later, %4 failed, %5 waiting, %6 statuses checked, "
                                 "%7 rating(s) sent, %8 refused%9")
                      .arg(summary.reachable ? QStringLiteral("portal reachable") : QStringLiteral("portal unreachable"))
                      .arg(summary.sent)
                      .arg(summary.deferred)
                      .arg(summary.failed)
                      .arg(summary.remaining)
                      .arg(summary.checked)
                      .arg(summary.ratingsSent)
                      .arg(summary.ratingsRefused)
                      .arg(summary.error.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(summary.error)));
    return summary.reachable ? 0 : 1;
}

int runStatusCommand(const CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.fail(QStringLiteral("usage: motcua status FILECODE [--json]"), 2);
    const QString code = args.first();
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    const auto local = store.value()->filingByCode(code);
    if (!local)
        return ctx.fail(local.error());
    PortalClient portal(PortalClient::settingsFrom(*config));
    PortalReply reply;
    waitFor([&](const std::function<void()> &finished) {
        portal.fetchStatus(code, [&reply, finished](const PortalReply &r) {
            reply = r;
            finished();
        });
    });
    if (reply.ok() && local.value())
        (void)store.value()->recordPortalStatus(code, reply.body);
    const bool atPortal = reply.ok();
    if (!atPortal && !local.value())
        return reply.httpStatus == 404 ? ctx.fail(QStringLiteral("no filing %1, here or at the portal").arg(code), 2)
                                       : ctx.fail(QStringLiteral("no filing %1 here, and the portal cannot be asked: %2")
                                                      .arg(code, reply.describe()));
    if (ctx.json) {
        QJsonObject o{{QStringLiteral("fileCode"), code}};
        if (local.value())
            o.insert(QStringLiteral("kiosk"), QJsonObject{{QStringLiteral("status"), (*local)->status},
                                                          {QStringLiteral("attempts"), (*local)->attempts},
                                                          {QStringLiteral("delivery"), (*local)->delivery.toJson()}});
        if (atPortal)
            o.insert(QStringLiteral("portal"), reply.body);
        else
            o.insert(QStringLiteral("portalError"), reply.describe());
        ctx.printJson(o);
        return 0;
    }
    QStringList lines{code};
    if (local.value())
        lines.append(QStringLiteral("on this kiosk: %1 (%2 attempt(s))%3")
                         .arg((*local)->status)
                         .arg((*local)->attempts)
                         .arg((*local)->delivery.lastError.isEmpty() ? QString()
                                                                     : QStringLiteral(", last error: ") + (*local)->delivery.lastError));
    if (atPortal) {
        lines.append(QStringLiteral("at the portal: %1 (%2)")
                         .arg(reply.body.value(QStringLiteral("status")).toString())
                         .arg(reply.body.value(QStringLiteral("statusCode")).toInt()));
        for (const QJsonValue &h : reply.body.value(QStringLiteral("history")).toArray())
            lines.append(QStringLiteral("  %1  %2 (%3) %4")
                             .arg(h[QStringLiteral("at")].toString(), h[QStringLiteral("status")].toString())
                             .arg(h[QStringLiteral("statusCode")].toInt())
                             .arg(h[QStringLiteral("note")].toString()));
    } else {
        lines.append(QStringLiteral("portal: %1").arg(reply.describe()));
    }
    ctx.print(lines.join(u'\n'));
    return 0;
}

} // namespace motcua::cli
