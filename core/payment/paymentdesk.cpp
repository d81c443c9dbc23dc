// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentdesk.h"

#include "common/uilanguage.h"

#include "outbox/filingstore.h"
#include "payment/amountinwords.h"
#include "payment/banklist.h"
#include "payment/feecalculator.h"
#include "payment/vietqr.h"

#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcPayment, "motcua.payment")

PaymentDesk::PaymentDesk(FilingStore *store, Settings settings, QObject *parent)
    : QObject(parent), m_store(store), m_settings(std::move(settings)), m_ownGate(m_settings.clerkCode)
{
    m_tick.setInterval(1000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_secondsLeft = std::max(0, m_secondsLeft - 1);
        if (m_secondsLeft == 0)
            m_tick.stop();
        Q_EMIT secondsLeftChanged();
    });
}

QString PaymentDesk::waivedReason() const
{
    return Payment::shownReason(m_waivedReason);
}

QString PaymentDesk::amountText() const
{
    return m_amount ? formatDong(*m_amount) : QString();
}

QString PaymentDesk::amountInWords() const
{
    // Vietnamese wording (as on the receipt): an English reader gets the figures.
    return m_amount && !UiLanguage::isEnglish() ? motcua::amountInWords(*m_amount) : QString();
}

bool PaymentDesk::amountDue() const
{
    static const QStringList owing{QStringLiteral("unpaid"), QStringLiteral("pending_confirmation"),
                                   QStringLiteral("paid")};
    return m_amount.has_value() && owing.contains(m_state);
}

bool PaymentDesk::awaitsClerk() const
{
    static const QStringList open{QStringLiteral("unpaid"), QStringLiteral("pending_confirmation"),
                                  QStringLiteral("exemption_claimed")};
    return open.contains(m_state);
}

bool PaymentDesk::offersTransfer() const
{
    return !m_settings.payeeBin.isEmpty() && !m_settings.payeeAccount.isEmpty() && m_amount && *m_amount > 0
           && m_state == QLatin1String("unpaid") && m_method != QLatin1String("cash");
}

QString PaymentDesk::bankName() const
{
    const QString name = BankList::shortName(m_settings.payeeBin);
    return name.isEmpty() ? m_settings.payeeBin : name;
}

QString PaymentDesk::transferNote() const
{
    // The file code itself (25 characters at most): the commune finds it on its bank statement.
    return VietQr::transferNote(m_fileCode);
}

QString PaymentDesk::qrPayload() const
{
    if (!offersTransfer())
        return {};
    VietQrData data;
    data.bankBin = m_settings.payeeBin;
    data.account = m_settings.payeeAccount;
    data.amount = *m_amount;
    data.dynamic = true;
    data.purpose = transferNote();
    return VietQr::encode(data);
}

QString PaymentDesk::statusText() const
{
    if (m_state == QLatin1String("waived"))
        return tr("Không phải nộp lệ phí: %1.").arg(waivedReason());
    if (m_state == QLatin1String("paid"))
        return m_method == QLatin1String("cash")
                   ? tr("Đã nộp lệ phí %1 bằng tiền mặt.").arg(amountText())
                   : tr("Đã nộp lệ phí %1 bằng chuyển khoản.").arg(amountText());
    if (m_state == QLatin1String("exemption_claimed"))
        return tr("Bạn xin miễn lệ phí: %1. Hãy đưa giấy tờ chứng minh cho cán bộ tại quầy kiểm tra.")
            .arg(waivedReason());
    if (m_state == QLatin1String("pending_confirmation"))
        return tr("Bạn đã báo chuyển khoản %1. Cán bộ sẽ kiểm tra tiền đã vào tài khoản của xã.")
            .arg(amountText());
    if (m_state.isEmpty())
        return {};
    if (!m_amount)
        return tr("Cán bộ tại quầy sẽ báo mức lệ phí và thu tiền mặt.");
    if (!offersTransfer())
        return tr("Bạn nộp %1 tiền mặt cho cán bộ tại quầy.").arg(amountText());
    return {};
}

bool PaymentDesk::show(const QString &fileCode)
{
    const auto filing = m_store->filingByCode(fileCode);
    if (!filing || !filing.value()) {
        qCWarning(lcPayment) << "no filing" << fileCode << "to show the payment of";
        clear();
        return false;
    }
    const Payment &p = (*filing)->payment;
    m_fileCode = fileCode;
    m_state = Payment::stateKey(p.state);
    m_method = p.method;
    m_amount = p.amount;
    m_waivedReason = p.waivedReason;
    m_message.clear();
    Q_EMIT changed();
    restartCountdown();
    return true;
}

void PaymentDesk::clear()
{
    m_tick.stop();
    m_fileCode.clear();
    m_state.clear();
    m_method.clear();
    m_amount.reset();
    m_waivedReason.clear();
    m_message.clear();
    m_secondsLeft = 0;
    Q_EMIT changed();
    Q_EMIT secondsLeftChanged();
}

void PaymentDesk::restartCountdown()
{
    m_secondsLeft = offersTransfer() ? m_settings.paymentMinutes * 60 : 0;
    if (m_secondsLeft > 0)
        m_tick.start();
    else
        m_tick.stop();
    Q_EMIT secondsLeftChanged();
}

bool PaymentDesk::apply(const QString &fileCode, const QString &failureMessage, const auto &move)
{
    if (fileCode.isEmpty())
        return false;
    const Result<Payment> result = move();
    if (!result) {
        qCInfo(lcPayment) << "payment of" << fileCode << "not changed:" << result.error();
        setMessage(failureMessage);
        return false;
    }
    (void)show(fileCode);
    return true;
}

bool PaymentDesk::reportTransfer()
{
    const QString code = m_fileCode;
    const bool done = apply(code, tr("Máy chưa ghi nhận được. Bạn hãy báo cán bộ tại quầy."),
                            [&] { return m_store->reportTransfer(code); });
    return done; // statusText says what happens next
}

bool PaymentDesk::payAtCounter()
{
    const QString code = m_fileCode;
    const bool done = apply(code, tr("Máy chưa ghi nhận được. Bạn hãy báo cán bộ tại quầy."),
                            [&] { return m_store->choosePayAtCounter(code); });
    return done;
}

void PaymentDesk::beginClerkConfirm()
{
    setClerkError({});
}

bool PaymentDesk::clerkCodeAccepted(const QString &clerkCode)
{
    const QString refused = m_gate->check(clerkCode);
    if (!refused.isEmpty())
        setClerkError(refused);
    return refused.isEmpty();
}

bool PaymentDesk::settleByClerk(const Result<Payment> &result, const QString &refusal, const QString &done)
{
    if (!result) {
        qCInfo(lcPayment) << "payment of" << m_fileCode << "not changed by the clerk:" << result.error();
        setClerkError(refusal);
        return false;
    }
    // For the audit log: what the clerk decided, on which file code.
    m_gate->record(result.value().state == Payment::State::Paid     ? QStringLiteral("payment_confirmed")
                   : result.value().state == Payment::State::Waived ? QStringLiteral("exemption_granted")
                                                                    : QStringLiteral("exemption_refused"),
                   m_fileCode, result.value().method);
    (void)show(m_fileCode);
    setClerkError({});
    setMessage(done);
    return true;
}

bool PaymentDesk::confirm(const QString &clerkCode, const QString &method, qint64 amount)
{
    if (!clerkCodeAccepted(clerkCode))
        return false;
    if (!m_amount && amount <= 0) {
        setClerkError(tr("Nhập số tiền lệ phí đã thu."));
        return false;
    }
    const std::optional<qint64> given = m_amount ? std::nullopt : std::optional<qint64>(amount);
    return settleByClerk(m_fileCode.isEmpty()
                             ? Result<Payment>(Error{QStringLiteral("no filing on screen")})
                             : m_store->confirmPayment(m_fileCode, method, m_gate->who(), given),
                         tr("Không xác nhận được khoản này: khoản đã được xác nhận, hoặc được miễn."),
                         tr("Đã xác nhận nộp lệ phí."));
}

bool PaymentDesk::decideExemption(const QString &clerkCode, bool granted)
{
    if (!clerkCodeAccepted(clerkCode))
        return false;
    return settleByClerk(m_fileCode.isEmpty()
                             ? Result<Payment>(Error{QStringLiteral("no filing on screen")})
                             : m_store->decideExemption(m_fileCode, granted, m_gate->who()),
                         tr("Hồ sơ này không chờ kiểm tra miễn lệ phí."),
                         granted ? tr("Cán bộ đã xác nhận được miễn lệ phí.")
                                 : tr("Giấy tờ chưa đủ để miễn lệ phí: bạn nộp lệ phí như dưới đây."));
}

void PaymentDesk::setClerkError(const QString &error)
{
    m_clerkError = error;
    Q_EMIT changed();
}

void PaymentDesk::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT changed();
}

} // namespace motcua
