// SPDX-License-Identifier: GPL-3.0-or-later
#include "outboxmodel.h"

#include "outbox/filingstatus.h"
#include "outbox/syncengine.h"
#include "receipt/receiptdesk.h"

namespace motcua {

OutboxModel::OutboxModel(FilingStore *store, SyncEngine *sync, const QString &clerkCode, QTimeZone officeZone,
                         QObject *parent)
    : QAbstractListModel(parent), m_store(store), m_sync(sync), m_ownGate(clerkCode),
      m_officeZone(std::move(officeZone))
{
    if (m_sync)
        connect(m_sync, &SyncEngine::roundFinished, this, &OutboxModel::reload); // once a round, not on every change
    reload();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Filing &f = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case FileCodeRole:
        return f.fileCode;
    case ProcedureRole:
        return f.submission.procedureName;
    case ReceivedRole:
        return Submission::shownTimeText(f.submission.receivedAt.toTimeZone(m_officeZone));
    case StatusRole:
        return f.status;
    case StatusTextRole:
        return f.status == QLatin1String("sent")
                   ? (f.delivery.portalStatusCode > 0 ? FilingStatus::citizenText(f.delivery.portalStatusCode)
                                                      : tr("Đã gửi lên cổng dịch vụ công"))
                   : FilingStatus::notSentText(f.status);
    case AttemptsRole:
        return f.attempts;
    case LastErrorRole:
        return f.delivery.lastError;
    case NextAttemptRole:
        return f.status == QLatin1String("queued") && f.delivery.nextAttemptAt.isValid()
                   ? f.delivery.nextAttemptAt.toTimeZone(m_officeZone).toString(QStringLiteral("HH:mm"))
                   : QString();
    case CanRetryRole:
        return f.status == QLatin1String("failed") || f.status == QLatin1String("queued");
    case PaymentStateRole:
        return Payment::stateKey(f.payment.state);
    case FeeTextRole:
        return f.payment.amount ? formatDong(*f.payment.amount) : QString();
    }
    return {};
}

QHash<int, QByteArray> OutboxModel::roleNames() const
{
    return {{FileCodeRole, "fileCode"},       {ProcedureRole, "procedureName"}, {ReceivedRole, "received"},
            {StatusRole, "status"},           {StatusTextRole, "statusText"},   {AttemptsRole, "attempts"},
            {LastErrorRole, "lastError"},     {NextAttemptRole, "nextAttempt"}, {CanRetryRole, "canRetry"},
            {PaymentStateRole, "paymentState"}, {FeeTextRole, "feeText"}};
}

void OutboxModel::setScope(const QString &scope)
{
    if (scope == m_scope || (scope != QLatin1String("waiting") && scope != QLatin1String("today")))
        return;
    m_scope = scope;
    Q_EMIT scopeChanged();
    reload();
}

void OutboxModel::reload()
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_officeZone).date();
    QList<Filing> shown;
    if (const auto all = m_store->filings(500)) {
        for (const Filing &f : all.value()) {
            const bool wanted = m_scope == QLatin1String("today")
                                    ? f.submission.receivedAt.toTimeZone(m_officeZone).date() == today
                                    : f.status != QLatin1String("sent");
            if (wanted)
                shown.append(f);
        }
    }
    beginResetModel();
    m_rows = std::move(shown);
    endResetModel();
    Q_EMIT countChanged();
}

bool OutboxModel::clerkAccepted(const QString &clerkCode)
{
    const QString refused = m_gate->check(clerkCode);
    setClerkError(refused);
    return refused.isEmpty();
}

bool OutboxModel::reprint(const QString &fileCode, const QString &clerkCode)
{
    if (!clerkAccepted(clerkCode))
        return false;
    if (!m_receipts) {
        setClerkError(tr("Máy này không có máy in biên nhận."));
        return false;
    }
    m_gate->record(QStringLiteral("receipt_reprint"), fileCode);
    return m_receipts->print(fileCode); // its state and message say how it went
}

bool OutboxModel::confirmPayment(const QString &fileCode, const QString &method, const QString &clerkCode)
{
    if (!clerkAccepted(clerkCode))
        return false;
    const auto paid = m_store->confirmPayment(fileCode, method, m_gate->who());
    setClerkError(paid ? QString() : tr("Không xác nhận được lệ phí của hồ sơ này."));
    if (paid)
        m_gate->record(QStringLiteral("payment_confirmed"), fileCode, method);
    reload();
    return paid.ok();
}

bool OutboxModel::retry(const QString &fileCode, const QString &clerkCode)
{
    if (!clerkAccepted(clerkCode))
        return false;
    const bool queued = m_sync ? m_sync->retry(fileCode) : m_store->retry(fileCode).ok();
    setClerkError(queued ? QString() : tr("Hồ sơ này không còn chờ gửi."));
    if (queued)
        m_gate->record(QStringLiteral("resend"), fileCode);
    reload();
    return queued;
}

void OutboxModel::setClerkError(const QString &error)
{
    m_clerkError = error;
    Q_EMIT clerkErrorChanged();
}

} // namespace motcua
