// SPDX-License-Identifier: GPL-3.0-or-later
#include "ratingdesk.h"

#include "outbox/filingstore.h"
#include "outbox/satisfaction.h"

#include <QLoggingCategory>
#include <QVariantMap>

namespace motcua {

Q_LOGGING_CATEGORY(lcRating, "motcua.rating")

namespace {

QVariantList listed(const QList<RatingChoice> &choices)
{
    QVariantList list;
    for (const RatingChoice &c : choices)
        list.append(QVariantMap{{QStringLiteral("key"), c.key}, {QStringLiteral("label"), c.shownLabel()}});
    return list;
}

} // namespace

RatingDesk::RatingDesk(FilingStore *store, QObject *parent) : QObject(parent), m_store(store) {}

QVariantList RatingDesk::choices()
{
    return listed(Satisfaction::ratingChoices());
}

QVariantList RatingDesk::reasons()
{
    return listed(Satisfaction::reasonChoices());
}

void RatingDesk::begin(const QString &fileCode)
{
    clear();
    m_fileCode = fileCode;
    m_state = QStringLiteral("choosing");
    Q_EMIT changed();
}

void RatingDesk::choose(const QString &key)
{
    m_chosen = key;
    m_message.clear();
    Q_EMIT changed();
}

void RatingDesk::toggleReason(const QString &key)
{
    if (!m_reasons.removeOne(key))
        m_reasons.append(key);
    Q_EMIT changed();
}

bool RatingDesk::submit()
{
    if (m_chosen.isEmpty()) {
        m_message = tr("Bạn hãy chạm vào một khuôn mặt.");
        Q_EMIT changed();
        return false;
    }
    if (const Status stored = m_store->recordRating(m_fileCode, m_chosen, m_reasons); !stored) {
        qCWarning(lcRating).noquote() << "rating of" << m_fileCode << "not stored:" << stored.error();
        m_state = QStringLiteral("failed");
        m_message = tr("Máy chưa lưu được đánh giá. Cảm ơn bạn đã góp ý.");
        Q_EMIT changed();
        return false;
    }
    m_state = QStringLiteral("saved");
    m_message = tr("Cảm ơn bạn đã đánh giá!");
    Q_EMIT changed();
    return true;
}

void RatingDesk::clear()
{
    m_fileCode.clear();
    m_chosen.clear();
    m_reasons.clear();
    m_state = QStringLiteral("idle");
    m_message.clear();
    Q_EMIT changed();
}

} // namespace motcua
