// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingsender.h"

#include "outbox/portalpayload.h"

#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcRatings, "motcua.sync.ratings")

void RatingSender::run(Done done)
{
    const auto due = m_store->ratingsToSend(m_perRound);
    if (!due) {
        qCWarning(lcRatings).noquote() << "cannot list the ratings to send:" << due.error();
        done(Outcome{});
        return;
    }
    sendNext(due.value(), Outcome{}, std::move(done));
}

void RatingSender::sendNext(QList<Filing> due, Outcome outcome, Done done)
{
    if (due.isEmpty()) {
        done(outcome);
        return;
    }
    const Filing filing = due.takeFirst();
    m_portal->putRating(filing.fileCode, ratingPayload(filing.rating),
                        [this, filing, rest = std::move(due), outcome, done = std::move(done)](const PortalReply &reply) mutable {
                            if (!onReply(filing, reply, outcome)) {
                                done(outcome);
                                return;
                            }
                            sendNext(std::move(rest), outcome, std::move(done));
                        });
}

bool RatingSender::onReply(const Filing &filing, const PortalReply &reply, Outcome &outcome)
{
    switch (reply.kind) {
    case PortalReply::Kind::Ok:
        if (const Status marked = m_store->markRatingSent(filing.fileCode, filing.rating.ratedAt); !marked) {
            // Replaced while it travelled: the new rating is due at the next round.
            qCInfo(lcRatings).noquote() << filing.fileCode << ":" << marked.error();
            return true;
        }
        ++outcome.sent;
        return true;
    case PortalReply::Kind::Permanent:
        qCWarning(lcRatings).noquote() << "rating of" << filing.fileCode << "refused by the portal:" << reply.describe();
        (void)m_store->markRatingRefused(filing.fileCode, filing.rating.ratedAt, reply.describe());
        ++outcome.refused;
        return true;
    case PortalReply::Kind::Unauthorized:
        outcome.stopState = QStringLiteral("unauthorized");
        outcome.error = reply.describe();
        return false;
    case PortalReply::Kind::Transient:
        if (reply.httpStatus == 0) {
            outcome.stopState = QStringLiteral("offline");
            outcome.error = reply.describe();
            return false;
        }
        ++outcome.deferred; // this rating's trouble: the next round tries it again
        return true;
    }
    return true;
}

} // namespace motcua
