// SPDX-License-Identifier: GPL-3.0-or-later
#include "counterstats.h"

#include "outbox/filingstore.h"
#include "outbox/satisfaction.h"
#include "session/counterreport.h"

#include <QHash>
#include <QJsonArray>
#include <QSaveFile>

#include <algorithm>

namespace motcua {

namespace {

constexpr int kMaxDays = 366;

double percent(int part, int whole)
{
    return whole > 0 ? 100.0 * part / whole : 0.0;
}

// The time of the commune's decision: the earliest history entry result_ready, done or refused.
QDateTime decidedAt(const QJsonArray &history)
{
    QDateTime first;
    for (const QJsonValue &entry : history) {
        const QString status = entry[QStringLiteral("status")].toString();
        if (status != QLatin1String("result_ready") && status != QLatin1String("done")
            && status != QLatin1String("refused"))
            continue;
        const QDateTime at = QDateTime::fromString(entry[QStringLiteral("at")].toString(), Qt::ISODateWithMs);
        if (at.isValid() && (!first.isValid() || at < first))
            first = at;
    }
    return first;
}

void countChannel(CounterStats::Channels &c, const FilingFacts &f)
{
    const Payment &p = f.payment;
    const bool byClerk = !f.filedBy.trimmed().isEmpty();
    const bool paid = p.state == Payment::State::Paid;
    const bool bank = paid && p.method == QLatin1String("bank");
    const bool waived = p.state == Payment::State::Waived;
    const bool granted = waived && !p.confirmedBy.isEmpty();
    const bool open = !paid && !waived;
    if (!byClerk && (bank || (waived && !granted)))
        ++c.fullyOnline;
    else
        ++c.partly;
    c.filedByClerk += byClerk;
    c.paidInCash += paid && !bank;
    c.exemptionGrantedByClerk += granted;
    c.feeNotSettled += open;
}

void countFee(CounterStats::Fees &fees, const Payment &p)
{
    switch (p.state) {
    case Payment::State::Paid:
        if (p.method == QLatin1String("bank")) {
            ++fees.bankCount;
            fees.bankSum += p.amount.value_or(0);
        } else {
            ++fees.cashCount;
            fees.cashSum += p.amount.value_or(0);
        }
        return;
    case Payment::State::Waived:
        ++fees.waived;
        return;
    case Payment::State::Unpaid:
    case Payment::State::PendingConfirmation:
    case Payment::State::ExemptionClaimed:
        ++fees.open;
        return;
    }
}

CounterStats::Processing processingOf(QList<double> hours)
{
    CounterStats::Processing p;
    p.count = int(hours.size());
    if (hours.isEmpty())
        return p;
    std::sort(hours.begin(), hours.end());
    double sum = 0;
    for (const double h : hours)
        sum += h;
    p.averageHours = sum / double(hours.size());
    const qsizetype mid = hours.size() / 2;
    p.medianHours = hours.size() % 2 ? hours.at(mid) : (hours.at(mid - 1) + hours.at(mid)) / 2;
    p.maxHours = hours.last();
    return p;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
QString csvField(const QString &field)
{
    if (!field.contains(u',') && !field.contains(u'"') && !field.contains(u'\n') && !field.contains(u'\r'))
        return field;
    return u'"' + QString(field).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

} // namespace

double CounterStats::Channels::fullyOnlinePercent() const
{
    return percent(fullyOnline, fullyOnline + partly);
}

int CounterStats::Ratings::satisfied() const
{
    return byRating.value(QStringLiteral("very_satisfied")) + byRating.value(QStringLiteral("satisfied"));
}

double CounterStats::Ratings::satisfiedPercent() const
{
    return percent(satisfied(), rated);
}

double CounterStats::responseRatePercent() const
{
    return percent(ratings.rated, total);
}

Result<CounterStats> CounterStats::compute(const FilingStore &store, const QDate &from, const QDate &to,
                                           const QTimeZone &officeZone, const QDateTime &now)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return Error{QStringLiteral("the period %1 to %2 is not a period: it must start on or before its last day")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))};
    if (from.daysTo(to) + 1 > kMaxDays)
        return Error{QStringLiteral("the period %1 to %2 is longer than %3 days")
                         .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))
                         .arg(kMaxDays)};
    CounterStats s;
    s.from = from;
    s.to = to;
    s.zone = officeZone.isValid() ? officeZone : QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    s.computedAt = (now.isValid() ? now : QDateTime::currentDateTimeUtc()).toTimeZone(s.zone);
    const auto facts = store.facts(QDateTime(from, QTime(0, 0), s.zone), QDateTime(to.addDays(1), QTime(0, 0), s.zone));
    if (!facts)
        return Error{facts.error()};

    for (QDate day = from; day <= to; day = day.addDays(1))
        s.perDay.append({day, 0});
    QHash<QString, qsizetype> procedureIndex;
    QList<double> hours;
    for (const QString &key : Satisfaction::ratingKeys())
        s.ratings.byRating.insert(key, 0);
    for (const QString &key : Satisfaction::reasonKeys())
        s.ratings.byReason.insert(key, 0);

    for (const FilingFacts &f : facts.value()) {
        const qint64 dayIndex = from.daysTo(f.receivedAt.toTimeZone(s.zone).date());
        if (dayIndex < 0 || dayIndex >= s.perDay.size())
            continue; // cannot happen: the store selected the same instants
        ++s.total;
        ++s.perDay[dayIndex].count;

        auto index = procedureIndex.find(f.procedureCode);
        if (index == procedureIndex.end()) {
            index = procedureIndex.insert(f.procedureCode, s.perProcedure.size());
            s.perProcedure.append({f.procedureCode, {}, 0});
        }
        ProcedureCount &procedure = s.perProcedure[*index];
        ++procedure.count;
        if (!f.procedureName.isEmpty())
            procedure.name = f.procedureName; // facts come in the order received: the latest name wins

        countChannel(s.channels, f);
        countFee(s.fees, f.payment);

        if (const QDateTime decided = decidedAt(f.portalHistory); decided.isValid())
            hours.append(std::max<qint64>(0, f.receivedAt.msecsTo(decided)) / 3'600'000.0);

        if (f.rating.isRated() && s.ratings.byRating.contains(f.rating.key)) {
            ++s.ratings.rated;
            ++s.ratings.byRating[f.rating.key];
            for (const QString &reason : f.rating.reasons) {
                if (s.ratings.byReason.contains(reason))
                    ++s.ratings.byReason[reason];
            }
        }
    }
    std::stable_sort(s.perProcedure.begin(), s.perProcedure.end(), [](const ProcedureCount &a, const ProcedureCount &b) {
        return a.count != b.count ? a.count > b.count : a.code < b.code;
    });
    s.processing = processingOf(hours);

    const auto outbox = store.stats();
    if (!outbox)
        return Error{outbox.error()};
    s.backlog.waiting = outbox->queued;
    s.backlog.failed = outbox->failed;
    if (outbox->oldestWaiting.isValid()) {
        s.backlog.oldestWaiting = outbox->oldestWaiting.toTimeZone(s.zone);
        s.backlog.oldestWaitingMinutes = std::max<qint64>(0, outbox->oldestWaiting.secsTo(s.computedAt) / 60);
    }
    return s;
}

QJsonObject CounterStats::toJson() const
{
    QJsonArray days;
    for (const DayCount &d : perDay)
        days.append(QJsonObject{{QStringLiteral("day"), d.day.toString(Qt::ISODate)}, {QStringLiteral("count"), d.count}});
    QJsonArray procedures;
    for (const ProcedureCount &p : perProcedure)
        procedures.append(QJsonObject{{QStringLiteral("code"), p.code},
                                      {QStringLiteral("name"), p.name},
                                      {QStringLiteral("count"), p.count}});
    QJsonObject backlogJson{{QStringLiteral("waiting"), backlog.waiting},
                            {QStringLiteral("failed"), backlog.failed},
                            {QStringLiteral("oldestWaitingMinutes"), backlog.oldestWaitingMinutes}};
    if (backlog.oldestWaiting.isValid())
        backlogJson.insert(QStringLiteral("oldestWaiting"), backlog.oldestWaiting.toString(Qt::ISODate));
    QJsonObject byRating;
    for (auto it = ratings.byRating.constBegin(); it != ratings.byRating.constEnd(); ++it)
        byRating.insert(it.key(), it.value());
    QJsonObject byReason;
    for (auto it = ratings.byReason.constBegin(); it != ratings.byReason.constEnd(); ++it)
        byReason.insert(it.key(), it.value());
    return {
        {QStringLiteral("from"), from.toString(Qt::ISODate)},
        {QStringLiteral("to"), to.toString(Qt::ISODate)},
        {QStringLiteral("timeZone"), QString::fromUtf8(zone.id())},
        {QStringLiteral("computedAt"), computedAt.toString(Qt::ISODate)},
        {QStringLiteral("total"), total},
        {QStringLiteral("perDay"), days},
        {QStringLiteral("perProcedure"), procedures},
        {QStringLiteral("channels"),
         QJsonObject{{QStringLiteral("fullyOnline"), channels.fullyOnline},
                     {QStringLiteral("partly"), channels.partly},
                     {QStringLiteral("fullyOnlinePercent"), channels.fullyOnlinePercent()},
                     {QStringLiteral("filedByClerk"), channels.filedByClerk},
                     {QStringLiteral("paidInCash"), channels.paidInCash},
                     {QStringLiteral("exemptionGrantedByClerk"), channels.exemptionGrantedByClerk},
                     {QStringLiteral("feeNotSettled"), channels.feeNotSettled}}},
        {QStringLiteral("fees"),
         QJsonObject{{QStringLiteral("bank"), QJsonObject{{QStringLiteral("count"), fees.bankCount},
                                                          {QStringLiteral("amount"), fees.bankSum}}},
                     {QStringLiteral("cash"), QJsonObject{{QStringLiteral("count"), fees.cashCount},
                                                          {QStringLiteral("amount"), fees.cashSum}}},
                     {QStringLiteral("total"), fees.total()},
                     {QStringLiteral("waived"), fees.waived},
                     {QStringLiteral("open"), fees.open}}},
        {QStringLiteral("backlog"), backlogJson},
        {QStringLiteral("processing"),
         QJsonObject{{QStringLiteral("count"), processing.count},
                     {QStringLiteral("averageHours"), processing.averageHours},
                     {QStringLiteral("medianHours"), processing.medianHours},
                     {QStringLiteral("maxHours"), processing.maxHours}}},
        {QStringLiteral("ratings"),
         QJsonObject{{QStringLiteral("rated"), ratings.rated},
                     {QStringLiteral("responseRatePercent"), responseRatePercent()},
                     {QStringLiteral("satisfied"), ratings.satisfied()},
                     {QStringLiteral("satisfiedPercent"), ratings.satisfiedPercent()},
                     {QStringLiteral("byRating"), byRating},
                     {QStringLiteral("byReason"), byReason}}},
    };
}

QByteArray CounterStats::toCsv() const
{
    QStringList lines;
    const auto row = [&](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        lines.append(quoted.join(u','));
    };
    const auto table = [&](const QString &title, const QStringList &header) {
        lines.append(QString());
        row({title});
        row(header);
    };
    row({QStringLiteral("MotCua Kiosk counter statistics")});
    row({QStringLiteral("Period"), from.toString(Qt::ISODate), to.toString(Qt::ISODate)});
    row({QStringLiteral("Time zone"), QString::fromUtf8(zone.id())});
    row({QStringLiteral("Computed at"), computedAt.toString(Qt::ISODate)});
    row({QStringLiteral("Filings"), QString::number(total)});

    table(QStringLiteral("Filings per day"), {QStringLiteral("Day"), QStringLiteral("Filings")});
    for (const DayCount &d : perDay)
        row({d.day.toString(Qt::ISODate), QString::number(d.count)});

    table(QStringLiteral("Filings per procedure"),
          {QStringLiteral("Code"), QStringLiteral("Procedure"), QStringLiteral("Filings")});
    for (const ProcedureCount &p : perProcedure)
        row({p.code, p.name, QString::number(p.count)});

    table(QStringLiteral("How filings came"), {QStringLiteral("Channel"), QStringLiteral("Filings"), QStringLiteral("Percent")});
    row({QStringLiteral("Fully online"), QString::number(channels.fullyOnline), number(channels.fullyOnlinePercent())});
    row({QStringLiteral("Partly at the counter"), QString::number(channels.partly),
         number(percent(channels.partly, total))});
    row({QStringLiteral("- filed by a clerk on the citizen's behalf"), QString::number(channels.filedByClerk)});
    row({QStringLiteral("- paid in cash"), QString::number(channels.paidInCash)});
    row({QStringLiteral("- exemption granted by a clerk"), QString::number(channels.exemptionGrantedByClerk)});
    row({QStringLiteral("- fee not settled yet"), QString::number(channels.feeNotSettled)});

    table(QStringLiteral("Fees"), {QStringLiteral("Method"), QStringLiteral("Filings"), QStringLiteral("Amount (VND)")});
    row({QStringLiteral("Bank transfer"), QString::number(fees.bankCount), QString::number(fees.bankSum)});
    row({QStringLiteral("Cash"), QString::number(fees.cashCount), QString::number(fees.cashSum)});
    row({QStringLiteral("Total collected"), QString::number(fees.bankCount + fees.cashCount), QString::number(fees.total())});
    row({QStringLiteral("Waived"), QString::number(fees.waived)});
    row({QStringLiteral("Not settled"), QString::number(fees.open)});

    table(QStringLiteral("Sync backlog (now)"),
          {QStringLiteral("Waiting"), QStringLiteral("Failed"), QStringLiteral("Oldest waiting since"),
           QStringLiteral("Waiting for (minutes)")});
    row({QString::number(backlog.waiting), QString::number(backlog.failed), backlog.oldestWaiting.toString(Qt::ISODate),
         QString::number(backlog.oldestWaitingMinutes)});

    table(QStringLiteral("Processing time (receipt to decision)"),
          {QStringLiteral("Filings decided"), QStringLiteral("Average hours"), QStringLiteral("Median hours"),
           QStringLiteral("Longest hours")});
    row({QString::number(processing.count), number(processing.averageHours), number(processing.medianHours),
         number(processing.maxHours)});

    table(QStringLiteral("Satisfaction"), {QStringLiteral("Rating"), QStringLiteral("Label"), QStringLiteral("Filings")});
    for (const RatingChoice &c : Satisfaction::ratingChoices())
        row({c.key, c.label, QString::number(ratings.byRating.value(c.key))});
    row({QStringLiteral("rated"), QString(), QString::number(ratings.rated)});
    row({QStringLiteral("satisfied (percent of rated)"), QString(), number(ratings.satisfiedPercent())});
    row({QStringLiteral("response rate (percent of filings)"), QString(), number(responseRatePercent())});

    table(QStringLiteral("Reasons given"), {QStringLiteral("Reason"), QStringLiteral("Label"), QStringLiteral("Filings")});
    for (const RatingChoice &c : Satisfaction::reasonChoices())
        row({c.key, c.label, QString::number(ratings.byReason.value(c.key))});

    // A byte-order mark: LibreOffice and Excel then read the file as UTF-8.
    return QByteArrayLiteral("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

Status CounterStats::writeCsv(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toCsv()) < 0 || !file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return Done{};
}

Status CounterStats::writePdf(const QString &path, const QString &communeName) const
{
    return CounterReport::writePdf(*this, path, communeName);
}

} // namespace motcua
