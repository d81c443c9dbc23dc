// SPDX-License-Identifier: GPL-3.0-or-later
#include "draftshelf.h"

#include "catalog/catalogstore.h"
#include "forms/formdefinition.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcDrafts, "motcua.drafts")

QDateTime DraftShelf::cutoff() const
{
    return QDateTime::currentDateTimeUtc().addSecs(-qint64(m_maxAgeHours) * 3600);
}

int DraftShelf::purgeExpired()
{
    const auto purged = m_store->deleteDraftsOlderThan(cutoff(), keptCutoff());
    if (!purged) {
        qCWarning(lcDrafts) << "could not delete expired drafts:" << purged.error();
        return -1;
    }
    if (purged.value() > 0)
        qCInfo(lcDrafts) << "deleted" << purged.value() << "expired draft(s)";
    return purged.value();
}

QVariantList DraftShelf::offered(const QString &exceptDraftId) const
{
    QVariantList list;
    const auto drafts = m_store->drafts(cutoff());
    if (!drafts)
        return list;
    for (const Draft &d : drafts.value()) {
        if (d.id == exceptDraftId || !d.keptCode.isEmpty()) // kept ones open with their code
            continue;
        const auto procedure = m_catalog->procedure(d.procedureCode);
        list.append(QVariantMap{{QStringLiteral("id"), d.id},
                                {QStringLiteral("procedureName"), procedure ? procedure->localized().name : d.procedureCode},
                                {QStringLiteral("applicantInitials"), initials(d.applicantName)},
                                {QStringLiteral("updatedText"),
                                 d.updatedAt.toTimeZone(m_zone).toString(
                                     //: a time and a day, as QDateTime::toString() reads it: "09:30 ngày 23/11"
                                     QCoreApplication::translate("DraftShelf", "HH:mm 'ngày' dd/MM"))},
                                {QStringLiteral("needsIdCheck"), !idNumberOf(d).isEmpty()}});
    }
    return list;
}

std::optional<Draft> DraftShelf::fresh(const QString &draftId) const
{
    const auto draft = m_store->draft(draftId);
    if (!draft || !draft->has_value())
        return std::nullopt;
    if ((*draft)->updatedAt < ((*draft)->keptCode.isEmpty() ? cutoff() : keptCutoff()))
        return std::nullopt;
    return **draft;
}

std::optional<Draft> DraftShelf::kept(const QString &code) const
{
    const auto draft = m_store->keptDraft(code);
    if (!draft || !draft->has_value() || (*draft)->updatedAt < keptCutoff())
        return std::nullopt;
    return **draft;
}

QDateTime DraftShelf::keptCutoff()
{
    return QDateTime::currentDateTimeUtc().addDays(-kKeptDraftDays);
}

QString DraftShelf::idNumberOf(const Draft &draft)
{
    const auto form = FormDefinition::bundled(draft.procedureCode);
    if (!form)
        return {};
    return draft.state.value(QStringLiteral("answers")).toObject().value(form->applicant).toObject()
        .value(QStringLiteral("idNumber")).toString();
}

QString DraftShelf::initials(const QString &name)
{
    QStringList letters;
    for (const QString &word : name.split(u' ', Qt::SkipEmptyParts))
        letters.append(word.left(1).toUpper() + u'.');
    return letters.join(u' ');
}

} // namespace motcua
