// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"
#include "session/clerkcode.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace motcua {

class SyncEngine;

// The filings not yet at the portal, for the clerk's outbox view: file code, procedure, when
// received, how the sending goes (tries, the last error in plain words, the next try). No
// names or ID numbers: the list is shown at the kiosk. A failed filing is sent again with the
// clerk code ("Gửi lại").
class OutboxModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString clerkError READ clerkError NOTIFY clerkErrorChanged)

public:
    enum Role {
        FileCodeRole = Qt::UserRole + 1,
        ProcedureRole,
        ReceivedRole,
        StatusRole,      // queued | sending | failed
        StatusTextRole,  // Vietnamese
        AttemptsRole,
        LastErrorRole,   // English, as the portal or the network said it
        NextAttemptRole, // "14:05" or ""
        CanRetryRole,
    };

    OutboxModel(FilingStore *store, SyncEngine *sync, const QString &clerkCode, QTimeZone officeZone,
                QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString clerkError() const { return m_clerkError; }

    Q_INVOKABLE void reload();
    // The clerk's "Gửi lại": false, with clerkError() saying why, when the code is wrong or the
    // filing is not waiting any more.
    Q_INVOKABLE bool retry(const QString &fileCode, const QString &clerkCode);

Q_SIGNALS:
    void countChanged();
    void clerkErrorChanged();

private:
    void setClerkError(const QString &error);

    FilingStore *m_store;
    SyncEngine *m_sync;
    ClerkCode m_clerkCode;
    QTimeZone m_officeZone;
    QList<Filing> m_rows;
    QString m_clerkError;
};

} // namespace motcua
