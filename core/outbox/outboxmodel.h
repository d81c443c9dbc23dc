// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"
#include "session/clerkgate.h"

#include <QAbstractListModel>
#include <QTimeZone>

namespace motcua {

class ReceiptDesk;
class SyncEngine;

// The clerk's outbox view: the filings not yet at the portal (scope "waiting") or all of
// today's (scope "today"), with file code, procedure, when received, how the sending goes
// (tries, the last error, the next try). No names or ID numbers: the list is shown at the
// kiosk. With the clerk code a failed filing is sent again ("Gửi lại") and a receipt printed
// again ("In lại biên nhận").
class OutboxModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QString clerkError READ clerkError NOTIFY clerkErrorChanged)
    Q_PROPERTY(QString scope READ scope WRITE setScope NOTIFY scopeChanged) // waiting | today

public:
    enum Role {
        FileCodeRole = Qt::UserRole + 1,
        ProcedureRole,
        ReceivedRole,
        StatusRole,      // queued | sending | failed
        StatusTextRole,  // for the screen, in the kiosk's language
        AttemptsRole,
        LastErrorRole,   // English, as the portal or the network said it
        NextAttemptRole, // "14:05" or ""
        CanRetryRole,
        PaymentStateRole, // unpaid | pending_confirmation | paid | waived | exemption_claimed
        FeeTextRole,      // "14.000 đ", or "" when the kiosk could not work it out
    };

    OutboxModel(FilingStore *store, SyncEngine *sync, const QString &clerkCode, QTimeZone officeZone,
                QObject *parent = nullptr);
    void setReceiptDesk(ReceiptDesk *receipts) { m_receipts = receipts; }
    // The kiosk's one gate for clerk actions; by default one of its own with `clerkCode`.
    void setClerkGate(ClerkGate *gate) { m_gate = gate; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] QString clerkError() const { return m_clerkError; }
    [[nodiscard]] QString scope() const { return m_scope; }
    void setScope(const QString &scope);

    Q_INVOKABLE void reload();
    // The clerk's "Gửi lại": false, with clerkError() saying why, when the code is wrong or the
    // filing is not waiting any more.
    Q_INVOKABLE bool retry(const QString &fileCode, const QString &clerkCode);
    // The clerk's "In lại biên nhận" on the receipt printer; how it went is in Kiosk.receipts.
    Q_INVOKABLE bool reprint(const QString &fileCode, const QString &clerkCode);
    // The clerk took the fee at the counter (cash) or saw the reported transfer (bank).
    Q_INVOKABLE bool confirmPayment(const QString &fileCode, const QString &method, const QString &clerkCode);

Q_SIGNALS:
    void countChanged();
    void clerkErrorChanged();
    void scopeChanged();

private:
    void setClerkError(const QString &error);
    [[nodiscard]] bool clerkAccepted(const QString &clerkCode);

    FilingStore *m_store;
    SyncEngine *m_sync;
    ReceiptDesk *m_receipts = nullptr;
    QString m_scope = QStringLiteral("waiting");
    ClerkGate m_ownGate;
    ClerkGate *m_gate = &m_ownGate;
    QTimeZone m_officeZone;
    QList<Filing> m_rows;
    QString m_clerkError;
};

} // namespace motcua
