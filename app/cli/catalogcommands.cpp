// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcommands.h"

#include "commandline.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

int importCatalog(const CliContext &ctx, const CommandLine &cl)
{
    if (cl.positionals.size() != 1)
        return ctx.fail(QStringLiteral("usage: motcua catalog import FILE"), 2);
    const QString file = cl.positionals.first();
    if (QFile f(file); !f.open(QIODevice::ReadOnly))
        return ctx.fail(QStringLiteral("cannot read %1: %2").arg(file, f.errorString()), 2);
    auto bundle = CatalogBundle::load(file);
    if (!bundle) {
        const QStringList problems = bundle.error().split(u'\n');
        QString message = QStringLiteral("%1 is invalid (%2 problem%3); nothing was imported")
                              .arg(file)
                              .arg(problems.size())
                              .arg(problems.size() == 1 ? QString() : QStringLiteral("s"));
        for (const QString &p : problems)
            message += QStringLiteral("\n  ") + p;
        return ctx.fail(message, 2);
    }
    const auto path = ctx.databasePath();
    if (!path)
        return ctx.fail(path.error());
    auto store = CatalogStore::open(path.value());
    if (!store)
        return ctx.fail(store.error());
    if (auto imported = store.value()->importBundle(bundle.value()); !imported)
        return ctx.fail(QStringLiteral("import failed, catalog unchanged: %1").arg(imported.error()));
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("catalogVersion"), bundle->catalogVersion},
                                  {QStringLiteral("procedures"), int(bundle->procedures.size())},
                                  {QStringLiteral("topics"), int(bundle->topics.size())},
                                  {QStringLiteral("database"), path.value()}});
    } else {
        ctx.print(QStringLiteral("Imported %1 procedures in %2 topics (catalog version %3) into %4")
                      .arg(bundle->procedures.size())
                      .arg(bundle->topics.size())
                      .arg(bundle->catalogVersion, path.value()));
    }
    return 0;
}

QJsonObject summaryJson(const ProcedureSummary &p)
{
    QJsonObject o{{QStringLiteral("code"), p.code},
                  {QStringLiteral("name"), p.name},
                  {QStringLiteral("topic"), p.topicName},
                  {QStringLiteral("topicId"), p.topicId},
                  {QStringLiteral("processingTime"), p.processingTimeText}};
    if (!p.provincialCode.isEmpty())
        o.insert(QStringLiteral("provincialCode"), p.provincialCode);
    return o;
}

int search(const CliContext &ctx, const CommandLine &cl, const CatalogStore &store)
{
    if (cl.positionals.isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua catalog search QUERY [--limit N] [--json]"), 2);
    bool ok = true;
    const int limit = cl.option(QStringLiteral("limit"), QStringLiteral("20")).toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return ctx.fail(QStringLiteral("--limit must be a whole number from 1 to 1000"), 2);
    const SearchResult result = store.search(cl.positionals.join(u' '), limit);
    if (ctx.json) {
        QJsonArray arr;
        for (const ProcedureSummary &p : result.hits) {
            QJsonObject hit = summaryJson(p);
            // True when no procedure holds every word and these are the closest matches.
            hit.insert(QStringLiteral("approximate"), result.approximate);
            arr.append(hit);
        }
        ctx.printJson(arr);
        return 0;
    }
    if (result.hits.isEmpty()) {
        ctx.print(QStringLiteral("No procedure matches \"%1\". Try fewer words, or browse: motcua catalog topics")
                      .arg(cl.positionals.join(u' ')));
        return 0;
    }
    if (result.approximate)
        ctx.print(QStringLiteral("(no procedure matches every word; closest matches)"));
    for (const ProcedureSummary &p : result.hits)
        ctx.print(QStringLiteral("%1  %2  [%3]").arg(p.code, -9).arg(p.name, p.topicName));
    return 0;
}

QString documentFormText(RequiredDocument::Form form)
{
    switch (form) {
    case RequiredDocument::Form::Original: return QStringLiteral("original");
    case RequiredDocument::Form::Copy: return QStringLiteral("copy");
    case RequiredDocument::Form::CertifiedCopy: return QStringLiteral("certified copy");
    case RequiredDocument::Form::OriginalOrCopy: return QStringLiteral("original or copy");
    case RequiredDocument::Form::Present: return QStringLiteral("show the original");
    }
    return {};
}

int show(const CliContext &ctx, const CommandLine &cl, const CatalogStore &store)
{
    if (cl.positionals.size() != 1)
        return ctx.fail(QStringLiteral("usage: motcua catalog show CODE [--json]"), 2);
    const auto p = store.procedure(cl.positionals.first());
    if (!p)
        return ctx.fail(QStringLiteral("no procedure with code %1 in the catalog").arg(cl.positionals.first()), 1);
    if (ctx.json) {
        QJsonObject o = p->toJson();
        if (const auto topic = store.topic(p->topicId))
            o.insert(QStringLiteral("topicName"), topic->name);
        o.insert(QStringLiteral("feeRuleDefinition"), store.feeRule(p->feeRule));
        ctx.printJson(o);
        return 0;
    }
    const auto topic = store.topic(p->topicId);
    QStringList lines{
        QStringLiteral("%1 %2").arg(p->code, p->name),
        QStringLiteral("  provincial code: %1").arg(p->provincialCode.isEmpty() ? QStringLiteral("-") : p->provincialCode),
        QStringLiteral("  topic:           %1").arg(topic ? topic->name : p->topicId),
        QStringLiteral("  level:           %1").arg(p->level),
        QStringLiteral("  agency:          %1").arg(p->agency.isEmpty() ? QStringLiteral("-") : p->agency),
        QStringLiteral("  processing time: %1 (%2 working days%3)")
            .arg(p->processingTime.text)
            .arg(p->processingTime.workingDays)
            .arg(p->processingTime.nextDayAfter.isEmpty()
                     ? QString()
                     : QStringLiteral(", next day after %1").arg(p->processingTime.nextDayAfter)),
        QStringLiteral("  online level:    %1").arg(p->onlineLevel),
        QStringLiteral("  fee:             %1 [rule %2]").arg(p->feeText, p->feeRule),
        QStringLiteral("  who may file:    %1").arg(p->eligibility),
        QStringLiteral("  result:          %1").arg(p->result.isEmpty() ? QStringLiteral("-") : p->result),
        QStringLiteral("  delivery:        %1").arg(p->delivery.join(QStringLiteral(", "))),
        QStringLiteral("  documents:")};
    for (const RequiredDocument &d : p->documents)
        lines.append(QStringLiteral("    - %1 (%2, %3)%4%5")
                         .arg(d.name, documentFormText(d.form))
                         .arg(d.count)
                         .arg(d.required ? QString() : QStringLiteral(" [optional]"),
                              d.notes.isEmpty() ? QString() : QStringLiteral(": ") + d.notes));
    lines.append(QStringLiteral("  legal basis:"));
    for (const QString &l : p->legalBasis)
        lines.append(QStringLiteral("    - ") + l);
    ctx.print(lines.join(u'\n'));
    return 0;
}

int topics(const CliContext &ctx, const CatalogStore &store)
{
    const auto list = store.topics();
    if (ctx.json) {
        QJsonArray arr;
        for (const TopicSummary &t : list)
            arr.append(QJsonObject{{QStringLiteral("id"), t.topic.id},
                                   {QStringLiteral("name"), t.topic.name},
                                   {QStringLiteral("description"), t.topic.description},
                                   {QStringLiteral("procedures"), t.procedureCount}});
        ctx.printJson(arr);
        return 0;
    }
    for (const TopicSummary &t : list)
        ctx.print(QStringLiteral("%1  %2 (%3 procedures)").arg(t.topic.id, -16).arg(t.topic.name).arg(t.procedureCount));
    return 0;
}

} // namespace

int runCatalogCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua catalog import FILE | search QUERY [--limit N] | show CODE | topics");
    if (args.isEmpty())
        return ctx.fail(usage, 2);
    const QString sub = args.first();
    auto cl = CommandLine::parse(args.mid(1), {QStringLiteral("limit")}, {});
    if (!cl)
        return ctx.fail(cl.error(), 2);
    if (sub == QLatin1String("import"))
        return importCatalog(ctx, cl.value());
    if (sub != QLatin1String("search") && sub != QLatin1String("show") && sub != QLatin1String("topics"))
        return ctx.fail(QStringLiteral("unknown catalog command '%1'; %2").arg(sub, usage), 2);
    auto store = ctx.openCatalog();
    if (!store)
        return ctx.fail(store.error());
    if (sub == QLatin1String("search"))
        return search(ctx, cl.value(), *store.value());
    if (sub == QLatin1String("show"))
        return show(ctx, cl.value(), *store.value());
    if (!cl->positionals.isEmpty())
        return ctx.fail(QStringLiteral("catalog topics takes no arguments (got '%1')").arg(cl->positionals.join(u' ')), 2);
    return topics(ctx, *store.value());
}

} // namespace motcua::cli
