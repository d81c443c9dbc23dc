// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "receipt/receipt.h"

#include <QObject>
#include <QTimer>

namespace motcua {

class CatalogStore;
class FilingStore;

// Prints a filing's receipt on the kiosk's receipt printer (a CUPS queue), and says in plain
// Vietnamese how it went. QML sees it as Kiosk.receipts. A print that CUPS took can still fail
// at the printer (paper out, jam): a moment later the queue is looked at again, and a stopped
// queue turns "printed" into "failed".
class ReceiptDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool canPrint READ canPrint CONSTANT)
    Q_PROPERTY(QString fileCode READ fileCode NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed)     // idle | printed | failed
    Q_PROPERTY(QString message READ message NOTIFY changed) // Vietnamese, for the citizen or clerk

public:
    struct Settings
    {
        QString printerQueue; // empty: no printer
        Receipt::Layout layout = Receipt::Layout::Roll80;
        QString communeName;
        QString hotline;
        QTimeZone officeZone;
        int recheckMs = 4000;
    };

    ReceiptDesk(FilingStore *filings, const CatalogStore *catalog, Settings settings, QObject *parent = nullptr);

    [[nodiscard]] bool canPrint() const { return !m_settings.printerQueue.isEmpty(); }
    [[nodiscard]] QString fileCode() const { return m_fileCode; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString message() const { return m_message; }

    // Prints the receipt (again); false, with the reason in message(), when it cannot.
    Q_INVOKABLE bool print(const QString &fileCode);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    void settle(const QString &state, const QString &message);
    void recheckQueue();

    FilingStore *m_filings;
    const CatalogStore *m_catalog;
    Settings m_settings;
    QString m_fileCode;
    QString m_state = QStringLiteral("idle");
    QString m_message;
    QTimer m_recheck;
};

// What the receipt of `fileCode` in the outbox says now (its payment as it stands).
[[nodiscard]] Result<ReceiptData> loadReceipt(const FilingStore &filings, const CatalogStore &catalog,
                                              const QString &fileCode, const QString &communeName,
                                              const QString &hotline, const QTimeZone &officeZone);

} // namespace motcua
