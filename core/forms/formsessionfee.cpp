// SPDX-License-Identifier: GPL-3.0-or-later
// FormSession::feeRequest: what the answers say about the fee (the form's "fee" binding).
#include "formsession.h"

namespace motcua {

namespace {

// Pages or copies as answered (a number, or digits as text), kept within what a counter handles.
constexpr int kMaxCount = 10'000;

int count(const QJsonValue &v)
{
    const double n = v.isString() ? v.toString().trimmed().toDouble() : v.toDouble(1);
    return n >= 1 && n <= kMaxCount ? int(n) : (n > kMaxCount ? kMaxCount : 1);
}

} // namespace

FeeRequest FormSession::feeRequest() const
{
    FeeRequest request;
    if (!m_definition.fee)
        return request;
    const FeeBinding &fee = *m_definition.fee;
    const QJsonObject answers = submittedAnswers();
    if (!fee.items.isEmpty()) {
        for (const QJsonValue &entry : answers.value(fee.items).toArray()) {
            const QJsonObject item = entry.toObject();
            request.items.append({fee.label.isEmpty() ? QString() : item.value(fee.label).toString(),
                                  fee.pages.isEmpty() ? 1 : count(item.value(fee.pages)),
                                  fee.copies.isEmpty() ? 1 : count(item.value(fee.copies))});
        }
    } else if (!fee.pages.isEmpty() || !fee.copies.isEmpty()) {
        // A count asked only when it applies (e.g. "copies?" after "do you want copies?"): an
        // unanswered or hidden one asks for nothing.
        const bool pagesGiven = !fee.pages.isEmpty() && answers.contains(fee.pages);
        const bool copiesGiven = !fee.copies.isEmpty() && answers.contains(fee.copies);
        if (pagesGiven || copiesGiven)
            request.items.append({QString(), pagesGiven ? count(answers.value(fee.pages)) : 1,
                                  copiesGiven ? count(answers.value(fee.copies)) : 1});
    }
    // The law's own exemptions (registered on time) first: nobody has to ask for them.
    for (const FeeBinding::AutoExemption &e : fee.exemptWhen) {
        if (holds(e.when, {}, 0)) {
            request.exemption = e.key;
            return request;
        }
    }
    if (!fee.exemption.isEmpty()) {
        const QString chosen = answers.value(fee.exemption).toString();
        if (!chosen.isEmpty() && chosen != QLatin1String("none")) {
            request.exemption = chosen;
            request.exemptionClaimed = true; // the clerk checks the papers
        }
    }
    return request;
}

} // namespace motcua
