// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogbundle.h"
#include "common/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>

namespace motcua {

class CatalogStore;
class PortalClient;
struct PortalReply;

// Signed catalog updates from the portal (docs/portal-protocol.md, GET /api/v1/catalog):
// fetch what is newer than the store's version, verify its Ed25519 signature against the
// province's public key before parsing a byte of it, validate it as `motcua catalog import`
// does, refuse a version that is not newer, then replace the catalog in one transaction. A
// refused bundle is logged (category motcua.catalog) with the reason; the old catalog stays.
// Lives on the thread of the store and the client, which it does not own.
class CatalogUpdater : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString version READ version NOTIFY versionChanged)
    Q_PROPERTY(QString lastResult READ lastResult NOTIFY checked)
    Q_PROPERTY(QDateTime lastCheckedAt READ lastCheckedAt NOTIFY checked)

public:
    struct UpdateResult
    {
        enum class Outcome {
            UpToDate,    // 204: the portal has nothing newer
            Applied,     // the new catalog replaced the old one
            Rejected,    // bad signature, invalid bundle, version not newer, updates off
            Unreachable, // no usable answer: network, HTTP error, malformed reply
        };
        Outcome outcome = Outcome::Unreachable;
        QString version;         // the store's catalog version after the check
        QString previousVersion; // before it
        QString offeredVersion;  // what the portal offered (empty: nothing, or no answer)
        int procedures = 0;      // applied: how many the new catalog has
        QString reason;          // rejected, unreachable: why (English)

        // "upToDate" | "applied" | "rejected" | "unreachable"
        [[nodiscard]] QString outcomeName() const;
        // One English line, as logged.
        [[nodiscard]] QString describe() const;
        [[nodiscard]] QJsonObject toJson() const;
    };
    using Callback = std::function<void(const UpdateResult &)>;

    CatalogUpdater(CatalogStore *store, PortalClient *portal, QString publicKeyBase64, QObject *parent = nullptr);

    // One check; `done` gets its result (on this object's thread). A call while a check is
    // under way joins it: both callbacks get that check's result.
    void checkNow(Callback done = {});

    [[nodiscard]] QString version() const;
    [[nodiscard]] QString lastResult() const { return m_lastResult; }
    [[nodiscard]] QDateTime lastCheckedAt() const { return m_lastCheckedAt; }

    // < 0, 0, > 0 as `a` is older than, the same as, or newer than `b`. Split on '.', part by
    // part: as numbers when both parts are, else as text; when all shared parts are equal, the
    // one with more parts is newer. "2026.10" > "2026.9.1", "2026.11.2" > "2026.11".
    [[nodiscard]] static int compareVersions(const QString &a, const QString &b);

Q_SIGNALS:
    void versionChanged();
    void checked();
    // After a new catalog was applied.
    void catalogReplaced();

private:
    // The result for what the portal answered; applies the bundle when it passes.
    [[nodiscard]] UpdateResult handle(const PortalReply &reply, const QString &previous);
    // Rejected when the signed bundle cannot replace the catalog, else the bundle.
    [[nodiscard]] Result<CatalogBundle> acceptable(const QJsonObject &offer, const QString &previous) const;
    void finish(const UpdateResult &result);

    CatalogStore *m_store;
    PortalClient *m_portal;
    QString m_publicKey;
    QList<Callback> m_waiting;
    bool m_busy = false;
    QString m_lastResult;
    QDateTime m_lastCheckedAt;
};

} // namespace motcua
