// SPDX-License-Identifier: GPL-3.0-or-later
#include "statscommands.h"

#include "commandline.h"
#include "outbox/satisfaction.h"
#include "session/counterstats.h"

#include <QLocale>

namespace motcua::cli {

namespace {

// A day given as YYYY-MM-DD, or nullopt.
std::optional<QDate> dayOption(const CommandLine &cl, const QString &name)
{
    const QString text = cl.option(name);
    const QDate day = QDate::fromString(text, Qt::ISODate);
    if (text.size() != 10 || !day.isValid())
        return std::nullopt;
    return day;
}

QString amount(qint64 dong)
{
    return QLocale(QLocale::English).toString(dong) + QStringLiteral(" VND"); // 1,234,000 VND
}

QString share(double percent)
{
    return QString::number(percent, 'f', 1) + QStringLiteral(" %");
}

QString textReport(const CounterStats &s)
{
    QStringList lines;
    lines << QStringLiteral("Counter statistics %1 to %2 (%3)")
                 .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate), QString::fromUtf8(s.zone.id()));
    lines << QStringLiteral("filings: %1").arg(s.total);
    const CounterStats::Channels &c = s.channels;
    lines << QStringLiteral("fully online: %1 (%2); partly at the counter: %3 (filed by a clerk %4, paid in cash %5, "
                            "exemption granted by a clerk %6, fee not settled %7)")
                 .arg(c.fullyOnline)
                 .arg(share(c.fullyOnlinePercent()))
                 .arg(c.partly)
                 .arg(c.filedByClerk)
                 .arg(c.paidInCash)
                 .arg(c.exemptionGrantedByClerk)
                 .arg(c.feeNotSettled);
    const CounterStats::Fees &f = s.fees;
    lines << QStringLiteral("fees collected: %1 (bank: %2 filing(s), %3; cash: %4 filing(s), %5); waived: %6; "
                            "not settled: %7")
                 .arg(amount(f.total()))
                 .arg(f.bankCount)
                 .arg(amount(f.bankSum))
                 .arg(f.cashCount)
                 .arg(amount(f.cashSum))
                 .arg(f.waived)
                 .arg(f.open);
    const CounterStats::Processing &p = s.processing;
    lines << (p.count == 0 ? QStringLiteral("processing time: no filing of the period decided yet")
                           : QStringLiteral("processing time: average %1 h, median %2 h, longest %3 h (%4 filing(s) decided)")
                                 .arg(QString::number(p.averageHours, 'f', 1), QString::number(p.medianHours, 'f', 1),
                                      QString::number(p.maxHours, 'f', 1))
                                 .arg(p.count));
    const CounterStats::Ratings &r = s.ratings;
    QStringList byRating;
    for (const QString &key : Satisfaction::ratingKeys())
        byRating << QStringLiteral("%1 %2").arg(key).arg(r.byRating.value(key));
    lines << QStringLiteral("satisfaction: %1 rated (%2 of filings), %3 satisfied; %4")
                 .arg(r.rated)
                 .arg(share(s.responseRatePercent()), share(r.satisfiedPercent()), byRating.join(QStringLiteral(", ")));
    lines << QStringLiteral("sync backlog now: %1 waiting%2, %3 failed")
                 .arg(s.backlog.waiting)
                 .arg(s.backlog.oldestWaiting.isValid()
                          ? QStringLiteral(" (oldest received %1, waiting %2 min)")
                                .arg(s.backlog.oldestWaiting.toString(Qt::ISODate))
                                .arg(s.backlog.oldestWaitingMinutes)
                          : QString())
                 .arg(s.backlog.failed);
    lines << QStringLiteral("per procedure:");
    for (const CounterStats::ProcedureCount &pc : s.perProcedure)
        lines << QStringLiteral("  %1 %2  %3").arg(pc.code, -10).arg(pc.count, 5).arg(pc.name);
    lines << QStringLiteral("per day:");
    for (const CounterStats::DayCount &d : s.perDay)
        lines << QStringLiteral("  %1 %2").arg(d.day.toString(Qt::ISODate)).arg(d.count, 5);
    return lines.join(u'\n');
}

} // namespace

int runStatsCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv FILE] [--pdf FILE] [--json]");
    const auto cl = CommandLine::parse(
        args, {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("csv"), QStringLiteral("pdf")}, {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    if (!cl->positionals.isEmpty())
        return ctx.fail(usage, 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    // Default: this month so far, on the office's clock.
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(config->timeZone).date();
    QDate to = today;
    if (cl->options.contains(QStringLiteral("to"))) {
        const auto day = dayOption(*cl, QStringLiteral("to"));
        if (!day)
            return ctx.fail(QStringLiteral("--to: '%1' is not a date like 2026-11-30").arg(cl->option(QStringLiteral("to"))), 2);
        to = *day;
    }
    QDate from(to.year(), to.month(), 1);
    if (cl->options.contains(QStringLiteral("from"))) {
        const auto day = dayOption(*cl, QStringLiteral("from"));
        if (!day)
            return ctx.fail(QStringLiteral("--from: '%1' is not a date like 2026-11-01").arg(cl->option(QStringLiteral("from"))), 2);
        from = *day;
    }
    if (to < from || from.daysTo(to) >= 366)
        return ctx.fail(QStringLiteral("the period %1 to %2 must start on or before its end and last at most 366 days")
                            .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)),
                        2);
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    const auto stats = CounterStats::compute(*store.value(), from, to, config->timeZone);
    if (!stats)
        return ctx.fail(stats.error());
    QStringList written;
    if (const QString csv = cl->option(QStringLiteral("csv")); !csv.isEmpty()) {
        if (const Status done = stats->writeCsv(csv); !done)
            return ctx.fail(done.error());
        written << QStringLiteral("wrote %1").arg(csv);
    }
    if (const QString pdf = cl->option(QStringLiteral("pdf")); !pdf.isEmpty()) {
        if (const Status done = stats->writePdf(pdf, config->communeName); !done)
            return ctx.fail(done.error());
        written << QStringLiteral("wrote %1").arg(pdf);
    }
    if (ctx.json) {
        ctx.printJson(stats->toJson());
        return 0;
    }
    ctx.print(textReport(stats.value()));
    if (!written.isEmpty())
        ctx.print(written.join(u'\n'));
    return 0;
}

int runRatingCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral("usage: motcua rating FILECODE RATING [--reasons KEY,KEY...]\n  ratings: %1\n  reasons: %2")
                              .arg(Satisfaction::ratingKeys().join(QStringLiteral(", ")),
                                   Satisfaction::reasonKeys().join(QStringLiteral(", ")));
    const auto cl = CommandLine::parse(args, {QStringLiteral("reasons")}, {});
    if (!cl || cl->positionals.size() != 2)
        return ctx.fail(usage, 2);
    const QString code = cl->positionals.at(0);
    const QStringList reasons = cl->option(QStringLiteral("reasons")).split(u',', Qt::SkipEmptyParts);
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    if (const Status rated = store.value()->recordRating(code, cl->positionals.at(1), reasons); !rated)
        return ctx.fail(rated.error(), 2);
    if (ctx.json) {
        const auto filing = store.value()->filingByCode(code);
        if (filing && filing.value())
            ctx.printJson((*filing.value()).rating.toJson());
        return 0;
    }
    ctx.print(QStringLiteral("%1: rated %2%3").arg(code, cl->positionals.at(1),
                                                   reasons.isEmpty() ? QString()
                                                                     : QStringLiteral(" (") + reasons.join(QStringLiteral(", ")) + u')'));
    return 0;
}

} // namespace motcua::cli
