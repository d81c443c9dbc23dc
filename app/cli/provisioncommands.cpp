// SPDX-License-Identifier: GPL-3.0-or-later
#include "provisioncommands.h"

#include "catalogcommands.h"
#include "clerkcommands.h"
#include "commandline.h"
#include "config/inifile.h"
#include "eventwait.h"
#include "outbox/portalclient.h"
#include "storage/fileowner.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>

#include <grp.h>
#include <unistd.h>

namespace motcua::cli {

namespace {

const QString kGroup = QStringLiteral("kiosk");
const QString kDefaultConfig = QStringLiteral("/etc/motcua/kiosk.conf");
constexpr int kPingTimeoutMs = 10000;

// Command-line option → [kiosk] key, in the order they are reported.
const QList<std::pair<QString, QString>> &settingOptions()
{
    static const QList<std::pair<QString, QString>> options{
        {QStringLiteral("commune"), QStringLiteral("commune_name")},
        {QStringLiteral("agency-code"), QStringLiteral("agency_code")},
        {QStringLiteral("hotline"), QStringLiteral("hotline")},
        {QStringLiteral("portal"), QStringLiteral("portal_url")},
        {QStringLiteral("pin-sha256"), QStringLiteral("portal_pin_sha256")},
        {QStringLiteral("payee-bin"), QStringLiteral("payee_bin")},
        {QStringLiteral("payee-account"), QStringLiteral("payee_account")},
        {QStringLiteral("payee-name"), QStringLiteral("payee_name")}};
    return options;
}

// Everything provision will do, checked before anything is written.
struct Plan
{
    QString configPath;
    QList<std::pair<QString, QString>> settings; // key → value
    QString token;
    QString catalogFile;
    std::optional<BundleFile> catalog;
    QString technician;
    QString technicianPin;
    bool offline = false;
};

Result<Plan> checkedPlan(const CliContext &ctx, const CommandLine &cl)
{
    Plan plan;
    QStringList problems;
    if (!cl.positionals.isEmpty())
        problems.append(QStringLiteral("unexpected argument '%1'").arg(cl.positionals.join(u' ')));
    const QStringList required{QStringLiteral("commune"), QStringLiteral("agency-code"), QStringLiteral("hotline"),
                               QStringLiteral("portal")};
    for (const auto &[option, key] : settingOptions()) {
        if (!cl.options.contains(option)) {
            if (required.contains(option))
                problems.append(QStringLiteral("--%1 is required").arg(option));
            continue;
        }
        const QString value = cl.option(option).trimmed();
        if (const QString problem = KioskConfig::valueProblem(key, value); !problem.isEmpty())
            problems.append(QStringLiteral("--%1: %2").arg(option, problem));
        else
            plan.settings.append({key, value});
    }
    const int payee = int(cl.options.contains(QStringLiteral("payee-bin")))
                      + int(cl.options.contains(QStringLiteral("payee-account")))
                      + int(cl.options.contains(QStringLiteral("payee-name")));
    if (payee != 0 && payee != 3)
        problems.append(QStringLiteral("--payee-bin, --payee-account and --payee-name go together (all three or none)"));
    if (const QString tokenFile = cl.option(QStringLiteral("token-file")); tokenFile.isEmpty()) {
        problems.append(QStringLiteral("--token-file is required (the portal's device token is its first line)"));
    } else if (const auto token = KioskConfig::readTokenFile(tokenFile); !token) {
        problems.append(QStringLiteral("--token-file: %1").arg(token.error()));
    } else {
        plan.token = token.value();
    }
    plan.catalogFile = cl.option(QStringLiteral("catalog"));
    if (!plan.catalogFile.isEmpty()) {
        if (auto bundle = readBundle(plan.catalogFile, "provisioned"); !bundle)
            problems.append(QStringLiteral("--catalog: %1").arg(bundle.error()));
        else
            plan.catalog = std::move(bundle).value();
    }
    plan.technician = cl.option(QStringLiteral("technician")).trimmed();
    const QString pinFile = cl.option(QStringLiteral("technician-pin-file"));
    if (plan.technician.isEmpty() != pinFile.isEmpty()) {
        problems.append(QStringLiteral("--technician and --technician-pin-file go together (the PIN is never an argument)"));
    } else if (!plan.technician.isEmpty()) {
        if (const QString problem = ClerkAccounts::nameProblem(plan.technician); !problem.isEmpty())
            problems.append(QStringLiteral("--technician: %1").arg(problem));
        if (const auto pin = readPin(pinFile); !pin)
            problems.append(QStringLiteral("--technician-pin-file: %1").arg(pin.error()));
        else
            plan.technicianPin = pin.value();
    }
    if (!problems.isEmpty())
        return Error{QStringLiteral("nothing was changed; %1 problem%2:\n  %3")
                         .arg(problems.size())
                         .arg(problems.size() == 1 ? QString() : QStringLiteral("s"))
                         .arg(problems.join(QStringLiteral("\n  ")))};
    plan.configPath = QFileInfo(ctx.configPathOverride.isEmpty() ? kDefaultConfig : ctx.configPathOverride)
                          .absoluteFilePath();
    plan.offline = cl.has(QStringLiteral("offline"));
    return plan;
}

QString settingValue(const Plan &plan, const QString &key)
{
    for (const auto &[k, v] : plan.settings)
        if (k == key)
            return v;
    return {};
}

// GET /api/v1/ping with the token: Done, or why the portal will not do.
Status checkPortal(const Plan &plan)
{
    PortalClient portal({QUrl(settingValue(plan, QStringLiteral("portal_url"))), plan.token,
                         settingValue(plan, QStringLiteral("portal_pin_sha256")),
                         settingValue(plan, QStringLiteral("agency_code")), kPingTimeoutMs});
    PortalReply reply;
    waitFor([&](const std::function<void()> &finished) {
        portal.ping([&reply, finished](const PortalReply &r) {
            reply = r;
            finished();
        });
    });
    if (reply.ok())
        return Done{};
    const QString url = settingValue(plan, QStringLiteral("portal_url"));
    if (reply.kind == PortalReply::Kind::Unauthorized)
        return Error{QStringLiteral("the portal at %1 rejected the token of --token-file (%2); nothing was changed")
                         .arg(url, reply.describe())};
    return Error{QStringLiteral("cannot reach the portal at %1 (%2); nothing was changed (--offline provisions "
                                "without this check)")
                     .arg(url, reply.describe())};
}

// What provision did, for the lines it prints and for --json.
struct Report
{
    QStringList lines;
    QStringList changes; // short, for the audit log
    QJsonObject json;

    // `change`: what changed in a few words; empty when nothing did.
    void add(const QString &line, const QString &change = {})
    {
        lines.append(line);
        if (!change.isEmpty())
            changes.append(change);
    }
};

// The kiosk reads the token (and a config file provision creates) as user motcua: root gives
// them to group motcua when it exists.
std::optional<FileOwner::Owner> kioskReadable()
{
    if (geteuid() != 0)
        return std::nullopt;
    if (const group *g = getgrnam("motcua"))
        return FileOwner::Owner{0, g->gr_gid};
    return std::nullopt;
}

Status writeToken(const Plan &plan, const QString &path, Report &report)
{
    const auto owner = kioskReadable();
    const auto existing = FileOwner::statOf(path);
    const auto current = KioskConfig::readTokenFile(path);
    const bool same = existing && current && current.value() == plan.token && existing->mode == 0640
                      && (!owner || existing->owner == *owner);
    if (!same) {
        if (auto written = FileOwner::writeAtomically(path, plan.token.toUtf8() + '\n', 0640, owner); !written)
            return written;
    }
    report.add(same ? QStringLiteral("token: %1 unchanged").arg(path) : QStringLiteral("token: written to %1").arg(path),
               same ? QString() : QStringLiteral("token written"));
    report.json.insert(QStringLiteral("token"), QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("changed"), !same}});
    return Done{};
}

QString shown(const QString &value)
{
    return value.isNull() ? QStringLiteral("(not set)") : QStringLiteral("'%1'").arg(value);
}

Status writeConfig(const Plan &plan, const QString &tokenPath, Report &report)
{
    auto ini = IniFile::load(plan.configPath);
    if (!ini)
        return Error{ini.error()};
    QJsonArray entries;
    bool changed = false;
    auto settings = plan.settings;
    settings.append({QStringLiteral("portal_token_file"), tokenPath});
    for (const auto &[key, value] : settings) {
        const QString before = ini->value(kGroup, key);
        const bool set = ini->set(kGroup, key, value);
        changed = changed || set;
        report.add(set ? QStringLiteral("config: %1 %2 → '%3'").arg(key, shown(before), value)
                       : QStringLiteral("config: %1 unchanged").arg(key),
                   set ? key : QString());
        entries.append(QJsonObject{{QStringLiteral("key"), key},
                                   {QStringLiteral("before"), before.isNull() ? QJsonValue() : QJsonValue(before)},
                                   {QStringLiteral("after"), value},
                                   {QStringLiteral("changed"), set}});
    }
    // The token lives in its file only.
    if (ini->remove(kGroup, QStringLiteral("portal_token"))) {
        changed = true;
        report.add(QStringLiteral("config: portal_token removed (the token is in %1)").arg(tokenPath),
                   QStringLiteral("portal_token removed"));
        entries.append(QJsonObject{{QStringLiteral("key"), QStringLiteral("portal_token")},
                                   {QStringLiteral("removed"), true},
                                   {QStringLiteral("changed"), true}});
    }
    if (changed) {
        // A new file as the package installs it: root:motcua 0640 (0644 where there is no
        // motcua group); an existing one keeps its mode and owner.
        const auto owner = kioskReadable();
        if (auto saved = ini->save(owner ? 0640 : 0644, owner); !saved)
            return saved;
        report.lines.append(QStringLiteral("config: written to %1").arg(plan.configPath));
    }
    report.json.insert(QStringLiteral("config"), QJsonObject{{QStringLiteral("file"), plan.configPath},
                                                             {QStringLiteral("changed"), changed},
                                                             {QStringLiteral("entries"), entries}});
    return Done{};
}

QJsonObject catalogJson(const QString &source, const QString &version, int procedures, bool changed)
{
    return {{QStringLiteral("source"), source},
            {QStringLiteral("version"), version},
            {QStringLiteral("procedures"), procedures},
            {QStringLiteral("changed"), changed}};
}

// --catalog FILE, else the portal's signed catalog when a key is configured, else the built-in one.
Status provideCatalog(const CliContext &ctx, const Plan &plan, Report &report)
{
    auto store = ctx.openCatalog(false);
    if (!store)
        return Error{store.error()};
    if (plan.catalog) {
        const CatalogBundle &bundle = plan.catalog->bundle;
        const bool same = store.value()->catalogVersion() == bundle.catalogVersion
                          && store.value()->procedureCount() == bundle.procedures.size();
        store.value().reset();
        if (!same) {
            if (auto imported = importCatalog(ctx, bundle, plan.catalogFile); !imported)
                return Error{imported.error()};
        }
        report.add(same ? QStringLiteral("catalog: version %1 (%2 procedures) already imported, unchanged")
                              .arg(bundle.catalogVersion)
                              .arg(bundle.procedures.size())
                        : QStringLiteral("catalog: imported version %1 (%2 procedures) from %3")
                              .arg(bundle.catalogVersion)
                              .arg(bundle.procedures.size())
                              .arg(plan.catalogFile),
                   same ? QString() : QStringLiteral("catalog %1 imported").arg(bundle.catalogVersion));
        report.json.insert(QStringLiteral("catalog"), catalogJson(QStringLiteral("file"), bundle.catalogVersion,
                                                                  int(bundle.procedures.size()), !same));
        return Done{};
    }
    const auto seeded = store.value()->seedIfEmpty();
    if (!seeded)
        return Error{seeded.error()};
    const auto config = ctx.config();
    if (config && !config->catalogPublicKey.isEmpty() && !plan.offline) {
        using Outcome = CatalogUpdater::UpdateResult::Outcome;
        const auto result = updateCatalog(ctx, config.value(), *store.value());
        const bool applied = result.outcome == Outcome::Applied;
        if (applied || result.outcome == Outcome::UpToDate) {
            report.add(applied ? QStringLiteral("catalog: updated from the portal to version %1 (%2 procedures)")
                                     .arg(result.version)
                                     .arg(store.value()->procedureCount())
                               : QStringLiteral("catalog: version %1 (%2 procedures), the portal has nothing newer")
                                     .arg(result.version)
                                     .arg(store.value()->procedureCount()),
                       applied || seeded.value() ? QStringLiteral("catalog %1 from the portal").arg(result.version)
                                                 : QString());
            report.json.insert(QStringLiteral("catalog"), catalogJson(QStringLiteral("portal"), result.version,
                                                                      store.value()->procedureCount(), applied || seeded.value()));
            return Done{};
        }
        return Error{QStringLiteral("catalog: not updated from the portal: %1").arg(result.describe())};
    }
    const QString version = store.value()->catalogVersion();
    const int count = store.value()->procedureCount();
    report.add(seeded.value() ? QStringLiteral("catalog: built-in catalog version %1 (%2 procedures) imported").arg(version).arg(count)
                              : QStringLiteral("catalog: version %1 (%2 procedures) unchanged").arg(version).arg(count),
               seeded.value() ? QStringLiteral("built-in catalog %1").arg(version) : QString());
    report.json.insert(QStringLiteral("catalog"), catalogJson(QStringLiteral("builtin"), version, count, seeded.value()));
    return Done{};
}

Status provideTechnician(const CliContext &ctx, const Plan &plan, Report &report)
{
    if (plan.technician.isEmpty())
        return Done{};
    // The outcome is printed below: the store's log lines would say it a second time.
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.clerk.accounts.info=false"));
    auto accounts = ctx.openClerkAccounts();
    if (!accounts)
        return Error{accounts.error()};
    const auto existing = accounts.value()->find(plan.technician);
    if (!existing)
        return Error{existing.error()};
    if (existing.value()) {
        const auto &account = *existing.value();
        report.add(QStringLiteral("technician %1: already exists (role %2), PIN unchanged").arg(account.name, account.role));
    } else {
        const auto added = accounts.value()->add(plan.technician, QStringLiteral("technician"), plan.technicianPin);
        if (!added)
            return Error{added.error()};
        ctx.audit(QStringLiteral("clerk_added"), added->name, QStringLiteral("role technician, by provision"));
        report.add(QStringLiteral("technician %1: created").arg(added->name),
                   QStringLiteral("technician %1 created").arg(added->name));
    }
    report.json.insert(QStringLiteral("technician"), QJsonObject{{QStringLiteral("name"), plan.technician},
                                                                 {QStringLiteral("created"), !existing.value()}});
    return Done{};
}

} // namespace

int runProvisionCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua [--config FILE] provision --commune NAME --agency-code CODE --hotline NUMBER --portal URL "
        "--token-file FILE [--pin-sha256 HASH] [--payee-bin BIN --payee-account ACC --payee-name NAME] "
        "[--catalog FILE] [--technician NAME --technician-pin-file FILE] [--offline]");
    const auto cl = CommandLine::parse(
        args,
        {QStringLiteral("commune"), QStringLiteral("agency-code"), QStringLiteral("hotline"), QStringLiteral("portal"),
         QStringLiteral("token-file"), QStringLiteral("pin-sha256"), QStringLiteral("payee-bin"),
         QStringLiteral("payee-account"), QStringLiteral("payee-name"), QStringLiteral("catalog"),
         QStringLiteral("technician"), QStringLiteral("technician-pin-file")},
        {QStringLiteral("offline")});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    const auto plan = checkedPlan(ctx, cl.value());
    if (!plan)
        return ctx.fail(plan.error() + u'\n' + usage, 2);
    if (!plan->offline) {
        if (auto reached = checkPortal(plan.value()); !reached)
            return ctx.fail(reached.error(), 1);
    }

    Report report;
    report.json.insert(QStringLiteral("portalChecked"), !plan->offline);
    const QString tokenPath = QFileInfo(plan->configPath).absolutePath() + QStringLiteral("/portal-token");
    Status status = writeToken(plan.value(), tokenPath, report);
    if (status)
        status = writeConfig(plan.value(), tokenPath, report);
    if (status)
        status = provideCatalog(ctx, plan.value(), report);
    if (status)
        status = provideTechnician(ctx, plan.value(), report);

    const bool changed = !report.changes.isEmpty();
    if (changed)
        ctx.audit(QStringLiteral("provision"), plan->configPath.right(200),
                  report.changes.join(QStringLiteral(", ")).left(500));
    report.lines.append(changed ? QStringLiteral("provision: %1 change%2; restart the kiosk to use them")
                                      .arg(report.changes.size())
                                      .arg(report.changes.size() == 1 ? QString() : QStringLiteral("s"))
                                : QStringLiteral("provision: nothing changed (already provisioned this way)"));
    report.json.insert(QStringLiteral("changed"), changed);
    if (!status)
        report.json.insert(QStringLiteral("error"), status.error());
    if (ctx.json)
        ctx.printJson(report.json);
    else
        ctx.print(report.lines.join(u'\n'));
    return status ? 0 : ctx.fail(status.error(), 1);
}

} // namespace motcua::cli
