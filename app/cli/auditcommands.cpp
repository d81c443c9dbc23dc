// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommands.h"

#include "commandline.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <optional>

namespace motcua::cli {

namespace {

int verify(const CliContext &ctx, const AuditLog &log)
{
    const auto check = log.verify();
    if (!check)
        return ctx.fail(check.error(), 2);
    if (ctx.json) {
        ctx.printJson(check->toJson());
        return check->ok ? 0 : 1;
    }
    if (!check->ok)
        return ctx.fail(QStringLiteral("audit log NOT intact (%1 entries): %2").arg(check->entries).arg(check->problem), 1);
    ctx.print(QStringLiteral("audit log intact: %1 entries").arg(check->entries));
    return 0;
}

int list(const CliContext &ctx, const CommandLine &cl, const AuditLog &log)
{
    bool ok = true;
    const int limit = cl.option(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit < 1)
        return ctx.fail(QStringLiteral("--limit must be a positive whole number"), 2);
    const auto zone = ctx.officeTimeZone();
    if (!zone)
        return ctx.fail(zone.error());
    const auto entries = log.latest(limit);
    if (!entries)
        return ctx.fail(entries.error());
    if (ctx.json) {
        ctx.printJson(jsonArrayOf(entries.value()));
        return 0;
    }
    if (entries->isEmpty()) {
        ctx.print(QStringLiteral("the audit log is empty"));
        return 0;
    }
    QStringList lines{QStringLiteral("  SEQ  TIME                 ACTOR                ACTION              OBJECT                     "
                                     "DETAIL")};
    for (const AuditLog::Entry &e : entries.value())
        lines.append(QStringLiteral("%1  %2  %3 %4 %5 %6")
                         .arg(e.seq, 5)
                         .arg(e.at.toTimeZone(*zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")), -19)
                         .arg(e.actor, -20)
                         .arg(e.action, -19)
                         .arg(e.object.isEmpty() ? QStringLiteral("-") : e.object, -26)
                         .arg(e.detail));
    ctx.print(lines.join(u'\n'));
    return 0;
}

// --from/--to as a date, or an open end when absent; nullopt when malformed.
std::optional<QDate> dateOption(const CommandLine &cl, const QString &name)
{
    if (!cl.options.contains(name))
        return QDate();
    const QDate day = QDate::fromString(cl.option(name), Qt::ISODate);
    return day.isValid() ? std::optional<QDate>(day) : std::nullopt;
}

int exportEntries(const CliContext &ctx, const CommandLine &cl, const AuditLog &log)
{
    const auto from = dateOption(cl, QStringLiteral("from"));
    const auto to = dateOption(cl, QStringLiteral("to"));
    if (!from || !to)
        return ctx.fail(QStringLiteral("--from and --to take a date like 2026-11-23"), 2);
    if (from->isValid() && to->isValid() && *from > *to)
        return ctx.fail(QStringLiteral("--from %1 is after --to %2").arg(from->toString(Qt::ISODate), to->toString(Qt::ISODate)), 2);
    const auto zone = ctx.officeTimeZone();
    if (!zone)
        return ctx.fail(zone.error());
    const auto entries = log.entries(*from, *to, *zone);
    if (!entries)
        return ctx.fail(entries.error());
    const QByteArray bytes = ctx.json && !cl.has(QStringLiteral("csv"))
                                 ? QJsonDocument(jsonArrayOf(entries.value())).toJson(QJsonDocument::Indented)
                                 : AuditLog::toCsv(entries.value(), *zone).toUtf8();
    const QString out = cl.option(QStringLiteral("out"));
    if (out.isEmpty()) {
        QFile stdOut;
        if (!stdOut.open(stdout, QIODevice::WriteOnly) || stdOut.write(bytes) != bytes.size())
            return ctx.fail(QStringLiteral("cannot write to standard output"));
        return 0;
    }
    QFile file(out);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
        return ctx.fail(QStringLiteral("cannot write %1: %2").arg(out, file.errorString()));
    QTextStream(stderr) << QStringLiteral("%1 entries written to %2\n").arg(entries->size()).arg(out);
    return 0;
}

} // namespace

int runAuditCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua audit verify | audit list [--limit N] | audit export [--from YYYY-MM-DD] [--to YYYY-MM-DD] "
        "[--csv] [--out FILE]");
    const QString sub = args.value(0);
    const auto cl = CommandLine::parse(args.mid(1),
                                       {QStringLiteral("limit"), QStringLiteral("from"), QStringLiteral("to"),
                                        QStringLiteral("out")},
                                       {QStringLiteral("csv")});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    if (!cl->positionals.isEmpty()
        || (sub != QLatin1String("verify") && sub != QLatin1String("list") && sub != QLatin1String("export")))
        return ctx.fail(usage, 2);
    // Reading a log that is not there would create an empty one and call it intact.
    const auto path = ctx.staffDatabasePath();
    if (!path)
        return ctx.fail(path.error(), 2);
    if (!QFileInfo::exists(path.value()))
        return ctx.fail(QStringLiteral("no audit log at %1 (nothing was recorded yet, or a wrong --staff-db)")
                            .arg(path.value()),
                        2);
    const auto log = ctx.openAuditLog();
    if (!log)
        return ctx.fail(log.error(), 2);
    if (sub == QLatin1String("verify"))
        return verify(ctx, *log.value());
    if (sub == QLatin1String("list"))
        return list(ctx, cl.value(), *log.value());
    return exportEntries(ctx, cl.value(), *log.value());
}

} // namespace motcua::cli
