// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "session/clerkgate.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QTimer>

#include <optional>

namespace motcua {

struct Payment;

class FilingStore;

// The fee of the filing just made, at the kiosk: the VietQR code to pay it by bank transfer
// (exact amount, the file code as the transfer note, the commune's account), a countdown, the
// citizen's "I have transferred" or "I will pay in cash", and the clerk's confirmation with the
// clerk code. Every move is recorded in the outbox (FilingStore payments).
class PaymentDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString fileCode READ fileCode NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed) // unpaid | pending_confirmation | paid | waived | exemption_claimed
    Q_PROPERTY(QString method READ method NOTIFY changed)           // bank | cash | ""
    Q_PROPERTY(bool amountKnown READ amountKnown NOTIFY changed)
    Q_PROPERTY(bool amountDue READ amountDue NOTIFY changed)        // an amount to pay (or paid) to show
    Q_PROPERTY(bool awaitsClerk READ awaitsClerk NOTIFY changed)    // money or an exemption for the clerk to settle
    Q_PROPERTY(QString amountText READ amountText NOTIFY changed)   // "14.000 đ"
    Q_PROPERTY(QString amountInWords READ amountInWords NOTIFY changed)
    Q_PROPERTY(QString waivedReason READ waivedReason NOTIFY changed)
    Q_PROPERTY(bool offersTransfer READ offersTransfer NOTIFY changed)
    Q_PROPERTY(QString qrPayload READ qrPayload NOTIFY changed)
    Q_PROPERTY(QString bankName READ bankName CONSTANT)
    Q_PROPERTY(QString account READ account CONSTANT)
    Q_PROPERTY(QString payeeName READ payeeName CONSTANT)
    Q_PROPERTY(QString transferNote READ transferNote NOTIFY changed)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)
    Q_PROPERTY(QString message READ message NOTIFY changed)         // the last move's outcome (tr(), as of that move)
    Q_PROPERTY(QString clerkError READ clerkError NOTIFY changed)   // for the clerk's dialog (tr(), as of that move)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)   // how the fee stands, in the kiosk's language

public:
    struct Settings
    {
        QString payeeBin;
        QString payeeAccount;
        QString payeeName;
        int paymentMinutes = 10;
        QString clerkCode;
    };

    PaymentDesk(FilingStore *store, Settings settings, QObject *parent = nullptr);
    // The kiosk's one gate for clerk actions (clerk mode, or the clerk code); by default a gate
    // of its own with Settings::clerkCode.
    void setClerkGate(ClerkGate *gate) { m_gate = gate; }

    [[nodiscard]] QString fileCode() const { return m_fileCode; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString method() const { return m_method; }
    [[nodiscard]] bool amountKnown() const { return m_amount.has_value(); }
    [[nodiscard]] bool amountDue() const;
    [[nodiscard]] bool awaitsClerk() const;
    [[nodiscard]] QString amountText() const;
    [[nodiscard]] QString amountInWords() const;
    [[nodiscard]] QString waivedReason() const; // as shown: Payment::shownReason()
    // A code to scan: the commune takes transfers, the amount is known and not yet paid.
    [[nodiscard]] bool offersTransfer() const;
    [[nodiscard]] QString qrPayload() const;
    [[nodiscard]] QString bankName() const;
    [[nodiscard]] QString account() const { return m_settings.payeeAccount; }
    [[nodiscard]] QString payeeName() const { return m_settings.payeeName; }
    [[nodiscard]] QString transferNote() const;
    [[nodiscard]] int secondsLeft() const { return m_secondsLeft; }
    [[nodiscard]] QString message() const { return m_message; }
    [[nodiscard]] QString clerkError() const { return m_clerkError; }
    // "Đã nộp lệ phí 14.000 đ bằng tiền mặt."; empty while the code waits to be scanned.
    [[nodiscard]] QString statusText() const;

    // Shows the payment of this filing (after it is filed); false when there is no such filing.
    Q_INVOKABLE bool show(const QString &fileCode);
    Q_INVOKABLE void clear();
    // The code stays on screen paymentMinutes; "Hiện lại mã" starts the count again.
    Q_INVOKABLE void restartCountdown();
    Q_INVOKABLE bool reportTransfer();
    Q_INVOKABLE bool payAtCounter();
    // The clerk confirms the money (method bank or cash) with the clerk code from the config;
    // `amount` (đồng) when the kiosk could not work the fee out. Three wrong codes lock the
    // confirmation for 30 s, doubling with each further wrong code (a code is short).
    Q_INVOKABLE void beginClerkConfirm();
    Q_INVOKABLE bool confirm(const QString &clerkCode, const QString &method, qint64 amount = 0);
    // The clerk, having looked at the papers behind a claimed exemption, grants or refuses it
    // (refused: the fee is due, and the payment code shows).
    Q_INVOKABLE bool decideExemption(const QString &clerkCode, bool granted);

Q_SIGNALS:
    void changed();
    void secondsLeftChanged();

private:
    bool apply(const QString &fileCode, const QString &failureMessage, const auto &move);
    bool clerkCodeAccepted(const QString &clerkCode);
    bool settleByClerk(const Result<Payment> &result, const QString &refusal, const QString &done);
    void setMessage(const QString &message);
    void setClerkError(const QString &error);

    FilingStore *m_store;
    Settings m_settings;
    QString m_fileCode;
    QString m_state;
    QString m_method;
    std::optional<qint64> m_amount;
    QString m_waivedReason;
    QString m_message;
    QString m_clerkError;
    ClerkGate m_ownGate;
    ClerkGate *m_gate = &m_ownGate;
    int m_secondsLeft = 0;
    QTimer m_tick;
};

} // namespace motcua
