// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftcommands.h"

#include "commandline.h"

#include <QJsonArray>

namespace motcua::cli {

namespace {

int listDrafts(const CliContext &ctx, FilingStore &store)
{
    const auto drafts = store.drafts();
    if (!drafts)
        return ctx.fail(drafts.error());
    if (ctx.json) {
        QJsonArray list;
        for (const Draft &d : drafts.value())
            list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                    {QStringLiteral("procedureCode"), d.procedureCode},
                                    {QStringLiteral("formVersion"), d.formVersion},
                                    {QStringLiteral("applicantName"), d.applicantName},
                                    {QStringLiteral("step"), d.state.value(QStringLiteral("step")).toString()},
                                    {QStringLiteral("createdAt"), d.createdAt.toString(Qt::ISODate)},
                                    {QStringLiteral("updatedAt"), d.updatedAt.toString(Qt::ISODate)}});
        ctx.printJson(list);
        return 0;
    }
    if (drafts->isEmpty()) {
        ctx.print(QStringLiteral("no drafts"));
        return 0;
    }
    // No names on a shared screen; --json has them for the clerk's tools.
    QStringList lines{QStringLiteral("DRAFT                                 PROCEDURE  STEP              LAST SAVED (UTC)")};
    for (const Draft &d : drafts.value())
        lines.append(QStringLiteral("%1  %2   %3 %4")
                         .arg(d.id, -36)
                         .arg(d.procedureCode, -8)
                         .arg(d.state.value(QStringLiteral("step")).toString(), -17)
                         .arg(d.updatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))));
    ctx.print(lines.join(u'\n'));
    return 0;
}

int purgeDrafts(const CliContext &ctx, FilingStore &store, const CommandLine &cl)
{
    int hours = 0;
    if (cl.options.contains(QStringLiteral("older-than-hours"))) {
        bool ok = false;
        hours = cl.option(QStringLiteral("older-than-hours")).toInt(&ok);
        if (!ok || hours < 0)
            return ctx.fail(QStringLiteral("--older-than-hours must be a whole number of hours"), 2);
    } else {
        const auto config = ctx.config();
        if (!config)
            return ctx.fail(QStringLiteral("configuration is invalid:\n") + config.error());
        hours = config->draftMaxAgeHours;
    }
    const auto removed = store.deleteDraftsOlderThan(QDateTime::currentDateTimeUtc().addSecs(-qint64(hours) * 3600));
    if (!removed)
        return ctx.fail(removed.error());
    ctx.print(QStringLiteral("deleted %1 draft(s) not saved in the last %2 hour(s)").arg(removed.value()).arg(hours));
    return 0;
}

} // namespace

int runDraftCommand(const CliContext &ctx, const QStringList &args)
{
    const auto cl = CommandLine::parse(args, {QStringLiteral("older-than-hours")}, {});
    const QString sub = cl ? cl->positionals.value(0) : QString();
    if (!cl || cl->positionals.size() != 1 || (sub != QLatin1String("list") && sub != QLatin1String("purge")))
        return ctx.fail(QStringLiteral("usage: motcua draft list | draft purge [--older-than-hours N]"), 2);
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    return sub == QLatin1String("list") ? listDrafts(ctx, *store.value()) : purgeDrafts(ctx, *store.value(), cl.value());
}

} // namespace motcua::cli
