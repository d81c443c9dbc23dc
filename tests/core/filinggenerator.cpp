// SPDX-License-Identifier: GPL-3.0-or-later
#include "filinggenerator.h"

#include "outbox/satisfaction.h"

#include <QJsonArray>

#include <catch2/catch.hpp>

#include <random>

namespace motcua::test {

namespace {

struct ProcedureSpec
{
    QString code;
    QString name;
    int weight;
};

const QList<ProcedureSpec> &procedures()
{
    static const QList<ProcedureSpec> list{
        {QStringLiteral("2.000815"), QStringLiteral("Chứng thực bản sao từ bản chính"), 8},
        {QStringLiteral("1.001193"), QStringLiteral("Đăng ký khai sinh"), 5},
        {QStringLiteral("2.000884"), QStringLiteral("Chứng thực chữ ký trong giấy tờ, văn bản"), 4},
        {QStringLiteral("2.000635"), QStringLiteral("Cấp bản sao \"trích lục\" hộ tịch"), 3},
        {QStringLiteral("1.004873"), QStringLiteral("Cấp Giấy xác nhận tình trạng hôn nhân"), 2},
        {QStringLiteral("1.004194"), QStringLiteral("Đăng ký tạm trú"), 2},
    };
    return list;
}

class Dice
{
public:
    explicit Dice(quint32 seed) : m_random(seed) {}
    double unit() { return std::uniform_real_distribution<double>(0, 1)(m_random); }
    int between(int low, int high) { return std::uniform_int_distribution<int>(low, high)(m_random); }

private:
    std::mt19937 m_random;
};

const ProcedureSpec &pickProcedure(Dice &dice)
{
    int total = 0;
    for (const ProcedureSpec &p : procedures())
        total += p.weight;
    int at = dice.between(0, total - 1);
    for (const ProcedureSpec &p : procedures()) {
        if (at < p.weight)
            return p;
        at -= p.weight;
    }
    return procedures().first();
}

FeeQuote feeFor(const QString &code, Dice &dice)
{
    FeeQuote fee;
    if (code == QLatin1String("1.001193")) { // on time: the law waives it
        fee.exemptionKey = QStringLiteral("on-time");
        fee.exemptionLabel = QStringLiteral("Đăng ký đúng hạn");
    } else if (code == QLatin1String("1.004873")) {
        fee.known = false; // the province's amount is not configured
    } else if (code == QLatin1String("1.004194") && dice.unit() < 0.5) {
        fee.exemptionKey = QStringLiteral("poor-household");
        fee.exemptionLabel = QStringLiteral("Hộ nghèo");
        fee.exemptionClaimed = true;
        fee.withoutExemption = 15000;
    } else {
        fee.total = code == QLatin1String("2.000815") ? 14000 : code == QLatin1String("2.000884") ? 10000 : 8000;
        if (code == QLatin1String("1.004194"))
            fee.total = 15000;
    }
    return fee;
}

void pay(FilingStore &store, const Filing &f, Dice &dice)
{
    const QString clerk = QStringLiteral("Cán bộ Hoa");
    const double r = dice.unit();
    switch (f.payment.state) {
    case Payment::State::ExemptionClaimed:
        if (r < 0.5) {
            REQUIRE(store.decideExemption(f.fileCode, true, clerk).ok());
        } else if (r < 0.75) {
            REQUIRE(store.decideExemption(f.fileCode, false, clerk).ok());
            if (dice.unit() < 0.5)
                REQUIRE(store.confirmPayment(f.fileCode, QStringLiteral("cash"), clerk).ok());
        }
        return;
    case Payment::State::Unpaid:
        if (!f.payment.amount) { // the clerk says the amount
            if (r < 0.5)
                REQUIRE(store.confirmPayment(f.fileCode, QStringLiteral("cash"), clerk, 20000).ok());
            else if (r < 0.7)
                REQUIRE(store.confirmPayment(f.fileCode, QStringLiteral("bank"), clerk, 20000).ok());
            return;
        }
        if (r < 0.35) {
            REQUIRE(store.reportTransfer(f.fileCode).ok());
            REQUIRE(store.confirmPayment(f.fileCode, QStringLiteral("bank"), clerk).ok());
        } else if (r < 0.5) {
            REQUIRE(store.reportTransfer(f.fileCode).ok());
        } else if (r < 0.7) {
            REQUIRE(store.choosePayAtCounter(f.fileCode).ok());
            REQUIRE(store.confirmPayment(f.fileCode, QStringLiteral("cash"), clerk).ok());
        } else if (r < 0.8) {
            REQUIRE(store.reconcilePayment(f.fileCode, QStringLiteral("bank"), std::nullopt).ok());
        }
        return;
    default:
        return;
    }
}

QJsonObject entry(const QDateTime &at, const QString &status, int code, bool utc)
{
    return {{QStringLiteral("at"), utc ? at.toUTC().toString(Qt::ISODateWithMs) : at.toString(Qt::ISODate)},
            {QStringLiteral("status"), status},
            {QStringLiteral("statusCode"), code},
            {QStringLiteral("note"), QString()}};
}

// What the portal says of a sent filing: received, processing, then perhaps a decision.
void portalHistory(FilingStore &store, const Filing &f, Dice &dice)
{
    const QDateTime received = f.submission.receivedAt;
    const bool utc = dice.unit() < 0.5;
    QJsonArray history{entry(received.addSecs(120), QStringLiteral("received"), 2, utc),
                       entry(received.addSecs(3600), QStringLiteral("processing"), 4, utc)};
    const QDateTime decided = received.addSecs(dice.between(2 * 3600, 72 * 3600));
    QString status = QStringLiteral("processing");
    int code = 4;
    const auto decide = [&](const QString &next, int nextCode, const QDateTime &at) {
        history.append(entry(at, next, nextCode, utc));
        status = next;
        code = nextCode;
    };
    const double r = dice.unit();
    if (r < 0.35) {
        decide(QStringLiteral("result_ready"), 9, decided);
        decide(QStringLiteral("done"), 10, decided.addDays(1));
    } else if (r < 0.5) {
        decide(QStringLiteral("done"), 10, decided);
    } else if (r < 0.6) {
        decide(QStringLiteral("refused"), 8, decided);
    } else if (r < 0.7) {
        decide(QStringLiteral("withdrawn"), 7, decided);
    }
    REQUIRE(store.recordPortalStatus(f.fileCode, {{QStringLiteral("status"), status},
                                                  {QStringLiteral("statusCode"), code},
                                                  {QStringLiteral("history"), history}})
                .ok());
}

void deliver(FilingStore &store, const Filing &f, Dice &dice)
{
    const double r = dice.unit();
    if (r >= 0.92)
        return; // still queued
    REQUIRE(store.markSending(f.id).ok());
    if (r >= 0.89)
        return; // killed while sending
    if (r >= 0.85) {
        REQUIRE(store.markFailed(f.id, QStringLiteral("HTTP 400 invalid: simulated")).ok());
        return;
    }
    REQUIRE(store.markSent(f.id, {{QStringLiteral("portalId"), QStringLiteral("P-%1").arg(f.fileCode.right(4))},
                                  {QStringLiteral("status"), QStringLiteral("received")},
                                  {QStringLiteral("statusCode"), 2}})
                .ok());
    if (dice.unit() < 0.75)
        portalHistory(store, f, dice);
}

void rate(FilingStore &store, const Filing &f, Dice &dice)
{
    if (dice.unit() >= 0.35)
        return;
    const double r = dice.unit();
    const QString key = r < 0.3    ? QStringLiteral("very_satisfied")
                        : r < 0.65 ? QStringLiteral("satisfied")
                        : r < 0.85 ? QStringLiteral("neutral")
                                   : QStringLiteral("dissatisfied");
    const QStringList all = Satisfaction::reasonKeys();
    QStringList reasons;
    for (int i = dice.between(0, 2); i > 0; --i) {
        const QString reason = all.at(dice.between(0, int(all.size()) - 1));
        if (!reasons.contains(reason))
            reasons.append(reason);
    }
    REQUIRE(store.recordRating(f.fileCode, key, reasons).ok());
}

} // namespace

QString FilingGenerator::fileOne(FilingStore &store, const QDateTime &at, quint32 pick)
{
    Dice dice(pick);
    const ProcedureSpec &procedure = pickProcedure(dice);
    Submission s;
    s.agencyCode = QStringLiteral("000.00.01.H01");
    s.procedureCode = procedure.code;
    s.procedureName = procedure.name;
    s.formVersion = 1;
    s.applicantName = QStringLiteral("Công dân %1").arg(pick);
    s.applicantIdNumber = QStringLiteral("001188%1").arg(pick % 1000000, 6, 10, QLatin1Char('0'));
    s.answers = {{QStringLiteral("n"), qint64(pick)}};
    s.deliveryMethod = QStringLiteral("counter");
    s.receivedAt = at;
    s.appointmentDate = at.date().addDays(3);
    s.fee = feeFor(procedure.code, dice);
    if (dice.unit() < 0.2)
        s.filedBy = dice.unit() < 0.5 ? QStringLiteral("Nguyễn Văn Cán") : QStringLiteral("Lê Thị Bộ");
    const auto filed = store.submit(QString(), s);
    INFO(filed.error().toStdString());
    REQUIRE(filed.ok());
    pay(store, filed.value(), dice);
    deliver(store, filed.value(), dice);
    rate(store, filed.value(), dice);
    return filed->fileCode;
}

QStringList FilingGenerator::fill(FilingStore &store, const QDate &first, const QDate &last) const
{
    Dice dice(seed);
    QStringList codes;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (day.dayOfWeek() == Qt::Sunday)
            continue;
        const int count = dice.between(minPerDay, maxPerDay);
        QList<int> minutes;
        for (int i = 0; i < count; ++i)
            minutes.append(dice.between(7 * 60 + 30, 17 * 60));
        std::sort(minutes.begin(), minutes.end());
        for (const int minute : minutes) {
            const QDateTime at(day, QTime(minute / 60, minute % 60, dice.between(0, 59)), zone);
            codes.append(fileOne(store, at, quint32(dice.between(1, 1 << 30))));
        }
    }
    return codes;
}

} // namespace motcua::test
