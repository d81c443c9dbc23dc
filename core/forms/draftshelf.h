// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"

#include <QTimeZone>
#include <QVariantList>

#include <optional>

namespace motcua {

class CatalogStore;

// The drafts a kiosk keeps for a while after a crash or power cut: which are still fresh
// enough to offer (and how, without naming anyone), and which have expired and must go.
class DraftShelf
{
public:
    DraftShelf(FilingStore *store, const CatalogStore *catalog, int maxAgeHours, QTimeZone zone)
        : m_store(store), m_catalog(catalog), m_maxAgeHours(maxAgeHours), m_zone(std::move(zone))
    {
    }

    // Drafts saved before this are expired.
    [[nodiscard]] QDateTime cutoff() const;
    // Deletes the expired drafts (and their photos); how many, or -1 when the store failed.
    int purgeExpired();
    // [{ id, procedureName, applicantInitials, updatedText, needsIdCheck }], newest first; the
    // texts in the kiosk's language.
    [[nodiscard]] QVariantList offered(const QString &exceptDraftId) const;
    // The draft when it exists and has not expired.
    [[nodiscard]] std::optional<Draft> fresh(const QString &draftId) const;
    // The kept draft ("Lưu lại") of this code, when it has not expired.
    [[nodiscard]] std::optional<Draft> kept(const QString &code) const;
    // Kept drafts saved before this are expired.
    [[nodiscard]] static QDateTime keptCutoff();

    // The applicant's ID number saved in a draft, if any.
    [[nodiscard]] static QString idNumberOf(const Draft &draft);
    // "Nguyễn Văn An" → "N. V. A.": enough to recognise one's draft, not to identify anyone.
    [[nodiscard]] static QString initials(const QString &name);

private:
    FilingStore *m_store;
    const CatalogStore *m_catalog;
    int m_maxAgeHours;
    QTimeZone m_zone;
};

} // namespace motcua
