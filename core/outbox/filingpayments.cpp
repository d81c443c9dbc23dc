// SPDX-License-Identifier: GPL-3.0-or-later
// How a filing's fee is paid: the states and the moves between them (FilingStore's payments).
#include "filingstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcPayments, "motcua.payments")

namespace {

// The words of FeeQuote::summary() for a fee of 0: one text to translate.
constexpr const char *kNoFeeReason = QT_TRANSLATE_NOOP("motcua::FeeQuote", "Không mất lệ phí");

} // namespace

QString Payment::noFeeReason()
{
    return QString::fromUtf8(kNoFeeReason);
}

QString Payment::shownReason(const QString &waivedReason)
{
    return waivedReason == noFeeReason() ? QCoreApplication::translate("motcua::FeeQuote", kNoFeeReason) : waivedReason;
}

QString Payment::stateKey(State state)
{
    switch (state) {
    case State::Unpaid:
        return QStringLiteral("unpaid");
    case State::PendingConfirmation:
        return QStringLiteral("pending_confirmation");
    case State::Paid:
        return QStringLiteral("paid");
    case State::Waived:
        return QStringLiteral("waived");
    case State::ExemptionClaimed:
        return QStringLiteral("exemption_claimed");
    }
    return {};
}

std::optional<Payment::State> Payment::stateFromKey(const QString &key)
{
    for (const State s : {State::Unpaid, State::PendingConfirmation, State::Paid, State::Waived, State::ExemptionClaimed})
        if (stateKey(s) == key)
            return s;
    return std::nullopt;
}

QJsonObject Payment::toJson() const
{
    QJsonObject o{{QStringLiteral("state"), stateKey(state)},
                  {QStringLiteral("method"), method},
                  {QStringLiteral("confirmedBy"), confirmedBy},
                  {QStringLiteral("changedAt"), changedAt.toString(Qt::ISODate)}};
    if (amount)
        o.insert(QStringLiteral("amount"), *amount);
    if (!waivedReason.isEmpty())
        o.insert(QStringLiteral("waivedReason"), waivedReason);
    return o;
}

namespace {

Error notNow(const Payment &p, const char *what)
{
    return Error{QStringLiteral("cannot %1: the payment is %2").arg(QLatin1String(what), Payment::stateKey(p.state))};
}

} // namespace

Result<Payment> FilingStore::reportTransfer(const QString &fileCode)
{
    return changePayment(fileCode, [](Payment p) -> Result<Payment> {
        if (p.state != Payment::State::Unpaid || !p.amount)
            return p.amount ? notNow(p, "report a transfer")
                            : Error{QStringLiteral("cannot report a transfer: the amount is not known yet")};
        p.state = Payment::State::PendingConfirmation;
        p.method = QStringLiteral("bank");
        return p;
    });
}

Result<Payment> FilingStore::choosePayAtCounter(const QString &fileCode)
{
    return changePayment(fileCode, [](Payment p) -> Result<Payment> {
        if (p.state != Payment::State::Unpaid) // a reported transfer is the clerk's to settle
            return notNow(p, "choose to pay at the counter");
        p.state = Payment::State::Unpaid;
        p.method = QStringLiteral("cash");
        return p;
    });
}

Result<Payment> FilingStore::confirmPayment(const QString &fileCode, const QString &method, const QString &confirmedBy,
                                            std::optional<qint64> amount)
{
    if (method != QLatin1String("bank") && method != QLatin1String("cash"))
        return Error{QStringLiteral("'%1' is not a payment method (bank, cash)").arg(method)};
    if (confirmedBy.trimmed().isEmpty())
        return Error{QStringLiteral("a payment is confirmed by someone: give their name")};
    if (amount && (*amount < 0 || *amount > 1'000'000'000))
        return Error{QStringLiteral("%1 is not an amount of đồng").arg(*amount)};
    return changePayment(fileCode, [&](Payment p) -> Result<Payment> {
        if (p.state != Payment::State::Unpaid && p.state != Payment::State::PendingConfirmation)
            return notNow(p, "confirm a payment");
        if (amount)
            p.amount = amount;
        if (!p.amount)
            return Error{QStringLiteral("the fee of %1 is not known: give the amount received").arg(fileCode)};
        p.state = Payment::State::Paid;
        p.method = method;
        p.confirmedBy = confirmedBy.trimmed();
        return p;
    });
}

Result<Payment> FilingStore::rejectTransfer(const QString &fileCode, const QString &confirmedBy)
{
    return changePayment(fileCode, [&](Payment p) -> Result<Payment> {
        if (p.state != Payment::State::PendingConfirmation)
            return notNow(p, "reject a transfer");
        p.state = Payment::State::Unpaid;
        p.method.clear(); // the citizen may try again, by transfer or in cash
        p.confirmedBy.clear();
        // Who turned it down: for the clerk's trail; a clerk's name is not the citizen's data.
        qCInfo(lcPayments).noquote() << "transfer for" << fileCode << "rejected by" << confirmedBy.trimmed();
        return p;
    });
}

Result<Payment> FilingStore::decideExemption(const QString &fileCode, bool granted, const QString &decidedBy)
{
    if (decidedBy.trimmed().isEmpty())
        return Error{QStringLiteral("an exemption is decided by someone: give their name")};
    return changePayment(fileCode, [&](Payment p) -> Result<Payment> {
        if (p.state != Payment::State::ExemptionClaimed)
            return notNow(p, granted ? "grant an exemption" : "refuse an exemption");
        p.confirmedBy = decidedBy.trimmed();
        if (granted) {
            p.state = Payment::State::Waived;
        } else {
            // The fee is due after all: the amount worked out without the exemption, or the
            // clerk's when the kiosk could not work it out.
            p.state = Payment::State::Unpaid;
            p.waivedReason.clear();
            qCInfo(lcPayments).noquote() << "exemption for" << fileCode << "refused by" << decidedBy.trimmed();
        }
        return p;
    });
}

Result<bool> FilingStore::reconcilePayment(const QString &fileCode, const QString &method,
                                           std::optional<qint64> amount)
{
    const auto open = [](const Payment &p) {
        return p.state == Payment::State::Unpaid || p.state == Payment::State::PendingConfirmation;
    };
    const auto filing = filingByCode(fileCode);
    if (!filing)
        return Error{filing.error()};
    if (!filing.value())
        return Error{QStringLiteral("no filing %1 in the outbox").arg(fileCode)};
    if (!open((*filing)->payment))
        return false; // paid, waived or claimed: the kiosk's record stands
    const Result<Payment> done = changePayment(fileCode, [&](Payment p) -> Result<Payment> {
        if (!open(p))
            return notNow(p, "take the portal's payment");
        p.state = Payment::State::Paid;
        p.method = method == QLatin1String("cash") ? QStringLiteral("cash") : QStringLiteral("bank");
        p.confirmedBy = QStringLiteral("portal");
        if (!p.amount && amount)
            p.amount = amount;
        return p;
    });
    if (!done)
        return Error{done.error()};
    return true;
}

} // namespace motcua
