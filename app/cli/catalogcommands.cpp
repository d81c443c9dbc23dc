// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogcommands.h"

#include "catalog/catalogsignature.h"
#include "catalog/catalogupdater.h"
#include "commandline.h"
#include "eventwait.h"
#include "outbox/portalclient.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

namespace motcua::cli {

namespace {

Result<QByteArray> readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(path, f.errorString())};
    return f.readAll();
}

} // namespace

Result<BundleFile> readBundle(const QString &file, const char *done)
{
    auto bytes = readFile(file);
    if (!bytes)
        return Error{bytes.error()};
    auto bundle = CatalogBundle::parse(bytes.value());
    if (bundle)
        return BundleFile{std::move(bytes).value(), std::move(bundle).value()};
    const QStringList problems = bundle.error().split(u'\n');
    QString message = QStringLiteral("%1 is invalid (%2 problem%3); nothing was %4")
                          .arg(file, QString::number(problems.size()),
                               problems.size() == 1 ? QString() : QStringLiteral("s"), QLatin1String(done));
    for (const QString &p : problems)
        message += QStringLiteral("\n  ") + p;
    return Error{message};
}

Result<CatalogImport> importCatalog(const CliContext &ctx, const CatalogBundle &bundle, const QString &source)
{
    const auto path = ctx.databasePath();
    if (!path)
        return Error{path.error()};
    auto store = CatalogStore::open(path.value());
    if (!store)
        return Error{store.error()};
    const CatalogImport result{bundle.catalogVersion, int(bundle.procedures.size()), int(bundle.topics.size()),
                               path.value()};
    if (auto imported = store.value()->importBundle(bundle); !imported)
        return Error{QStringLiteral("import failed, catalog unchanged: %1").arg(imported.error())};
    ctx.audit(QStringLiteral("catalog_update"), bundle.catalogVersion,
              QStringLiteral("imported from %1, %2 procedures").arg(source).arg(bundle.procedures.size()));
    return result;
}

CatalogUpdater::UpdateResult updateCatalog(const CliContext &ctx, const KioskConfig &config, CatalogStore &store)
{
    // The outcome is printed by the caller: the updater's log line would say it a second time.
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.catalog.info=false\nmotcua.catalog.warning=false"));
    PortalClient portal(PortalClient::settingsFrom(config));
    CatalogUpdater updater(&store, &portal, config.catalogPublicKey);
    CatalogUpdater::UpdateResult result;
    waitFor([&](const std::function<void()> &finished) {
        updater.checkNow([&result, finished](const CatalogUpdater::UpdateResult &r) {
            result = r;
            finished();
        });
    });
    if (result.outcome == CatalogUpdater::UpdateResult::Outcome::Applied)
        ctx.audit(QStringLiteral("catalog_update"), result.version,
                  QStringLiteral("signed update from the portal, was %1").arg(result.previousVersion));
    return result;
}

namespace {

int importCatalog(const CliContext &ctx, const CommandLine &cl)
{
    if (cl.positionals.size() != 1)
        return ctx.fail(QStringLiteral("usage: motcua catalog import FILE"), 2);
    const auto read = readBundle(cl.positionals.first(), "imported");
    if (!read)
        return ctx.fail(read.error(), 2);
    const auto imported = importCatalog(ctx, read->bundle, QStringLiteral("a file"));
    if (!imported)
        return ctx.fail(imported.error());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("catalogVersion"), imported->version},
                                  {QStringLiteral("procedures"), imported->procedures},
                                  {QStringLiteral("topics"), imported->topics},
                                  {QStringLiteral("database"), imported->database}});
    } else {
        ctx.print(QStringLiteral("Imported %1 procedures in %2 topics (catalog version %3) into %4")
                      .arg(imported->procedures)
                      .arg(imported->topics)
                      .arg(imported->version, imported->database));
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

// Exit 0 applied or up to date, 1 no usable answer from the portal, 2 refused.
int update(const CliContext &ctx, const CommandLine &cl)
{
    if (!cl.positionals.isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua catalog update [--json]"), 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    const auto store = ctx.openCatalog();
    if (!store)
        return ctx.fail(store.error());
    const CatalogUpdater::UpdateResult result = updateCatalog(ctx, config.value(), *store.value());
    using Outcome = CatalogUpdater::UpdateResult::Outcome;
    const int code = result.outcome == Outcome::Rejected ? 2 : result.outcome == Outcome::Unreachable ? 1 : 0;
    if (ctx.json)
        ctx.printJson(result.toJson());
    else if (code == 0)
        ctx.print(result.describe());
    else
        return ctx.fail(result.describe(), code);
    return code;
}

int keygen(const CliContext &ctx, const CommandLine &cl)
{
    if (!cl.positionals.isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua catalog keygen [--json]"), 2);
    const auto pair = CatalogSignature::generateKeyPair();
    if (!pair)
        return ctx.fail(pair.error());
    const QString warning = QStringLiteral(
        "the secret key must stay with the province (offline, never on a kiosk): whoever has it "
        "can replace the catalog of every kiosk that trusts the public key");
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("publicKey"), pair->publicKey},
                                  {QStringLiteral("secretKey"), pair->secretKey},
                                  {QStringLiteral("warning"), warning}});
    } else {
        ctx.print(QStringLiteral("public key (catalog_public_key in every kiosk's config):\n%1\n"
                                 "secret key (save it alone in a file for 'motcua catalog sign FILE --key KEYFILE'):\n%2")
                      .arg(pair->publicKey, pair->secretKey));
    }
    QTextStream(stderr) << "motcua: warning: " << warning << '\n';
    return 0;
}

int sign(const CliContext &ctx, const CommandLine &cl)
{
    const QString keyFile = cl.option(QStringLiteral("key"));
    if (cl.positionals.size() != 1 || keyFile.isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua catalog sign FILE --key SECRETKEYFILE [--json]"), 2);
    const auto read = readBundle(cl.positionals.first(), "signed");
    if (!read)
        return ctx.fail(read.error(), 2);
    const auto key = readFile(keyFile);
    if (!key)
        return ctx.fail(key.error(), 2);
    const auto signature = CatalogSignature::sign(read->bytes, QString::fromLatin1(key->trimmed()));
    if (!signature)
        return ctx.fail(QStringLiteral("%1: %2").arg(keyFile, signature.error()), 2);
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), cl.positionals.first()},
                                  {QStringLiteral("catalogVersion"), read->bundle.catalogVersion},
                                  {QStringLiteral("signature"), signature.value()}});
    else
        ctx.print(signature.value());
    return 0;
}

} // namespace

int runCatalogCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua catalog import FILE | search QUERY [--limit N] | show CODE | topics | update "
        "| keygen | sign FILE --key SECRETKEYFILE");
    if (args.isEmpty())
        return ctx.fail(usage, 2);
    const QString sub = args.first();
    auto cl = CommandLine::parse(args.mid(1), {QStringLiteral("limit"), QStringLiteral("key")}, {});
    if (!cl)
        return ctx.fail(cl.error(), 2);
    if (sub == QLatin1String("import"))
        return importCatalog(ctx, cl.value());
    if (sub == QLatin1String("update"))
        return update(ctx, cl.value());
    if (sub == QLatin1String("keygen"))
        return keygen(ctx, cl.value());
    if (sub == QLatin1String("sign"))
        return sign(ctx, cl.value());
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
