// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "payment/feecalculator.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace motcua {

// A form being filled, saved after every answer so a crash or power cut loses nothing.
struct Draft
{
    QString id; // UUID
    QString procedureCode;
    int formVersion = 0;
    QJsonObject state; // FormSession::toJson()
    QString applicantName;
    QDateTime createdAt;
    QDateTime updatedAt;
    // The citizen chose "Lưu lại": the code (6 digits) that reopens it, with the clerk's help or
    // alone. Empty: an ordinary draft, deleted when the session ends.
    QString keptCode;
};

// How long a draft the citizen chose to keep waits for them.
constexpr int kKeptDraftDays = 14;

// What a finished form becomes: everything the portal will need, final once written.
struct Submission
{
    QString agencyCode;
    QString procedureCode;
    QString procedureName;
    int formVersion = 0;
    QString applicantName;
    QString applicantIdNumber;
    QJsonObject answers;  // FormSession::submittedAnswers()
    QJsonObject computed; // FormSession::computedValues()
    QString deliveryMethod;
    QDateTime receivedAt; // in the office's time zone: its date is the file-code day
    QDate appointmentDate;
    QStringList attachmentIds; // the photos the answers refer to; the draft's others are dropped
    FeeQuote fee;              // FeeCalculator's quote when filed
    // The clerk who filed on the citizen's behalf ("người nộp thay", their name as clerk mode
    // knows it); empty when the citizen filed alone. The clerk's, not the citizen's: kept after
    // the purge, sent to the portal as filedOnBehalfBy, counted by CounterStats.
    QString filedBy;

    // How the receipt writes times: "09:30 ngày 23/11/2026", "Thứ Ba, 24/11/2026"; empty for an
    // invalid time or day. Always Vietnamese (a receipt is an official paper).
    [[nodiscard]] static QString timeText(const QDateTime &at);
    [[nodiscard]] static QString dayText(const QDate &day);
    // The same for the screens, in the kiosk's language: the time's wording through tr()
    // (context motcua::Submission), the weekday in UiLanguage's language ("Tuesday, 24/11/2026").
    [[nodiscard]] static QString shownTimeText(const QDateTime &at);
    [[nodiscard]] static QString shownDayText(const QDate &day);
};

// How a filing's fee stands. unpaid → pending_confirmation (the citizen says they transferred)
// → paid (a clerk saw the money); unpaid → paid (cash at the counter); a fee of 0 or an
// exemption the law gives is waived from the start (the reason kept); an exemption the citizen
// claimed is exemption_claimed until a clerk checks the papers: → waived, or → unpaid (amount due).
struct Payment
{
    enum class State { Unpaid, PendingConfirmation, Paid, Waived, ExemptionClaimed };
    State state = State::Unpaid;
    std::optional<qint64> amount; // none: the province's amount is not configured; the clerk says it.
                                  // Claimed exemption: the amount due if it is refused.
    QString method;               // bank | cash, once chosen
    QString confirmedBy;          // who confirmed the money
    QDateTime changedAt;
    QString waivedReason;         // also the exemption claimed; as kept: Vietnamese

    // The reason kept for a fee of 0: "Không mất lệ phí".
    [[nodiscard]] static QString noFeeReason();
    // A kept reason as the screens show it: noFeeReason() in the kiosk's language (tr(), context
    // motcua::FeeQuote), an exemption's label as the catalog gave it.
    [[nodiscard]] static QString shownReason(const QString &waivedReason);
    [[nodiscard]] static QString stateKey(State state);
    [[nodiscard]] static std::optional<State> stateFromKey(const QString &key);
    [[nodiscard]] QJsonObject toJson() const;
};

// How a filing travels to the portal, and what the portal said of it since.
struct Delivery
{
    QString lastError;        // English, for the clerk and the log
    QDateTime nextAttemptAt;  // not before (back-off); invalid: as soon as possible
    QDateTime sentAt;         // the portal's acknowledgement was stored
    QString portalId;
    QString portalStatus;     // received, processing, … (docs/portal-protocol.md)
    int portalStatusCode = 0; // TrangThaiHoSo
    QDateTime portalCheckedAt;
    QDateTime purgedAt;       // the citizen's data was deleted from the kiosk
    [[nodiscard]] QJsonObject toJson() const;
};

// The citizen's satisfaction rating of a filing (keys of Satisfaction, core/outbox/satisfaction.h).
// Anonymous: keys and times only, nothing of the citizen; kept when personal data is purged.
struct Rating
{
    QString key;         // very_satisfied | satisfied | neutral | dissatisfied; empty: not rated
    QStringList reasons; // reason keys
    QDateTime ratedAt;
    QDateTime sentAt;    // the portal stored it (PUT …/rating answered 200); it is final then
    QString error;       // the portal refused it for good (404, 400): not sent again
    [[nodiscard]] bool isRated() const { return !key.isEmpty(); }
    [[nodiscard]] QJsonObject toJson() const;
};

// A submission in the outbox, with the identity it was given.
struct Filing
{
    QString id;       // UUID, the portal's Idempotency-Key
    QString fileCode; // <agency>-YYMMDD-NNNN
    Submission submission;
    QString status;   // queued | sending | sent | failed
    int attempts = 0;
    int attachmentCount = 0;
    Payment payment;
    Delivery delivery;
    Rating rating;
    [[nodiscard]] QJsonObject toJson() const;
};

// One filing as the counter statistics read it (FilingStore::facts): nothing of the citizen.
struct FilingFacts
{
    QString fileCode;
    QString procedureCode;
    QString procedureName;
    QDateTime receivedAt; // with the offset it was filed with
    QString filedBy;
    QString status;       // queued | sending | sent | failed
    Payment payment;
    QJsonArray portalHistory; // [{at, status, statusCode, note}], as the portal last said
    Rating rating;
};

// How many filings stand where, for the header indicator, the clerk and `motcua outbox stats`.
struct OutboxStats
{
    int queued = 0; // sending counts as queued
    int sent = 0;
    int failed = 0;
    int purged = 0;
    QDateTime oldestWaiting; // received time of the oldest queued filing
    QString oldestWaitingFileCode; // its file code (no personal data)
    [[nodiscard]] QJsonObject toJson() const;
};

struct AttachmentInfo
{
    QString id;
    QString name;
    QString mimeType;
    QString sha256;
    qint64 size = 0;
};

// The kiosk's own durable records in one SQLite file (WAL, synchronous=FULL): drafts, their
// attachments, the file-code sequence and the outbox. One instance per thread.
class FilingStore
{
public:
    ~FilingStore();
    FilingStore(const FilingStore &) = delete;
    FilingStore &operator=(const FilingStore &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<FilingStore>> open(const QString &path);
    // The schema version (PRAGMA user_version) this program brings a filings database to.
    [[nodiscard]] static int newestSchemaVersion();
    [[nodiscard]] QString path() const { return m_path; }

    // --- drafts ---------------------------------------------------------------------------
    // The draft is written whole, with its first `state`, in one statement: a crash right after
    // never leaves a draft without the form's state (one that could not be resumed).
    [[nodiscard]] Result<QString> createDraft(const QString &procedureCode, int formVersion,
                                              const QJsonObject &state = {});
    [[nodiscard]] Status saveDraft(const QString &id, const QJsonObject &state,
                                   const QString &applicantName);
    [[nodiscard]] Result<std::optional<Draft>> draft(const QString &id) const;
    // Newest first; only those updated after `updatedAfter` when it is valid.
    [[nodiscard]] Result<QList<Draft>> drafts(const QDateTime &updatedAfter = {}) const;
    [[nodiscard]] Status deleteDraft(const QString &id);
    // Deletes drafts (and their photos) not touched since `before`, kept ones not touched since
    // `keptBefore` (never when invalid); returns how many.
    [[nodiscard]] Result<int> deleteDraftsOlderThan(const QDateTime &before, const QDateTime &keptBefore = {});
    // "Lưu lại" (keptdrafts.cpp): the draft is kept past the session under a 6-digit code
    // (the same code when it was kept before); the code finds it again.
    [[nodiscard]] Result<QString> keepDraft(const QString &id);
    [[nodiscard]] Result<std::optional<Draft>> keptDraft(const QString &code) const;
    [[nodiscard]] Result<QList<Draft>> keptDrafts() const;

    // --- attachments (document photos) ------------------------------------------------------
    [[nodiscard]] Result<AttachmentInfo> addAttachment(const QString &draftId, const QString &name,
                                                       const QString &mimeType, const QByteArray &data);
    [[nodiscard]] Result<QByteArray> attachmentData(const QString &attachmentId) const;
    [[nodiscard]] Status deleteAttachment(const QString &attachmentId);
    [[nodiscard]] Result<QList<AttachmentInfo>> attachmentsOfFiling(const QString &filingId) const;
    [[nodiscard]] Result<QList<AttachmentInfo>> attachmentsOfDraft(const QString &draftId) const;

    // --- submission ----------------------------------------------------------------------------
    // In one transaction: takes the next file-code number of the agency for the day of
    // `receivedAt`, writes the filing to the outbox as `queued`, moves the draft's photos to it
    // and deletes the draft. A number is only ever taken by a committed filing, so a crash
    // mid-way neither loses the draft nor hands its number to two filings.
    // `insideTransaction` runs just before COMMIT (tests use it to crash there).
    [[nodiscard]] Result<Filing> submit(const QString &draftId, const Submission &submission,
                                        const std::function<void()> &insideTransaction = {});
    [[nodiscard]] Result<QList<Filing>> filings(int limit = 200) const;
    [[nodiscard]] Result<std::optional<Filing>> filingByCode(const QString &fileCode) const;

    [[nodiscard]] static QString fileCode(const QString &agencyCode, const QDate &day, int number);

    // Payments (filingpayments.cpp). The citizen reports a bank transfer; a clerk confirms
    // money (cash or bank, `amount` for a fee the kiosk could not work out) or sends a report
    // back to unpaid. Moves that the states do not allow are refused with the reason.
    [[nodiscard]] Result<Payment> reportTransfer(const QString &fileCode);
    [[nodiscard]] Result<Payment> choosePayAtCounter(const QString &fileCode);
    [[nodiscard]] Result<Payment> confirmPayment(const QString &fileCode, const QString &method,
                                                 const QString &confirmedBy, std::optional<qint64> amount = {});
    [[nodiscard]] Result<Payment> rejectTransfer(const QString &fileCode, const QString &confirmedBy);
    // A clerk who has seen (or not) the papers behind a claimed exemption: waived, or unpaid.
    [[nodiscard]] Result<Payment> decideExemption(const QString &fileCode, bool granted, const QString &decidedBy);
    // The portal says the fee is paid (its gateway, or the bank statement): an unpaid or
    // reported payment becomes paid, confirmed by "portal". True when it changed anything.
    [[nodiscard]] Result<bool> reconcilePayment(const QString &fileCode, const QString &method,
                                                std::optional<qint64> amount);

    // Delivery to the portal (filingdelivery.cpp): queued → sending → sent, or back to queued
    // with a back-off, or failed (permanent; a clerk's retry queues it again).
    // The oldest queued filing whose back-off has passed at `at`.
    [[nodiscard]] Result<std::optional<Filing>> nextDue(const QDateTime &at) const;
    // When the next queued filing falls due (invalid: nothing queued).
    [[nodiscard]] Result<QDateTime> nextDueTime() const;
    [[nodiscard]] Status markSending(const QString &id); // counts the attempt
    // The portal's acknowledgement (its reply, kept) and the status change, in one transaction.
    [[nodiscard]] Status markSent(const QString &id, const QJsonObject &reply);
    [[nodiscard]] Status deferDelivery(const QString &id, const QString &error, const QDateTime &notBefore);
    [[nodiscard]] Status markFailed(const QString &id, const QString &error);
    // Every queued filing is due now, whatever its back-off (motcua sync --once --all).
    [[nodiscard]] Result<int> makeAllDue();
    // After a crash or a kill: a filing left `sending` is queued again (returns how many).
    [[nodiscard]] Result<int> requeueInterrupted();
    // A failed (or waiting) filing, by id or file code, is sent at the next round.
    [[nodiscard]] Status retry(const QString &idOrFileCode);
    // Deletes the citizen's data (answers, name, ID number, photos) of filings the portal
    // acknowledged before `sentBefore`; file code, procedure, statuses, fee and times stay.
    [[nodiscard]] Result<int> purgeSent(const QDateTime &sentBefore);
    // What the portal said of a sent filing when asked (status lookup, periodic check): the
    // reply of GET /api/v1/filings/{fileCode}, as PortalClient::checkStatus passed it.
    [[nodiscard]] Status recordPortalStatus(const QString &fileCode, const QJsonObject &statusReply);
    // Sent filings not yet finished at the portal, least recently checked first.
    [[nodiscard]] Result<QList<Filing>> sentToCheck(const QDateTime &checkedBefore, int limit) const;
    [[nodiscard]] Result<QJsonArray> portalHistory(const QString &fileCode) const;
    [[nodiscard]] Result<OutboxStats> stats() const;
    // The same counts from any connection to a filings database (motcua diagnostics opens it
    // read-only, without migrating it).
    [[nodiscard]] static Result<OutboxStats> statsOf(const QSqlDatabase &db);
    // The portal answered this kiosk (a ping, an acknowledgement…) at `at`: SyncEngine records
    // it after every successful exchange.
    [[nodiscard]] Status recordPortalContact(const QDateTime &at);
    // The last time the portal answered (invalid: never, or a database from before schema 6).
    [[nodiscard]] Result<QDateTime> lastPortalContact() const { return lastPortalContactOf(m_db); }
    [[nodiscard]] static Result<QDateTime> lastPortalContactOf(const QSqlDatabase &db);

    // Satisfaction ratings (filingratings.cpp). One rating per filing: a known rating key and
    // reason keys (Satisfaction::check; unknown ones are refused with the reason); a second
    // rating replaces the first until the portal has stored it, and is refused after that.
    [[nodiscard]] Status recordRating(const QString &fileCode, const QString &rating, const QStringList &reasons);
    // Rated filings the portal has acknowledged whose rating it has not stored yet (and has not
    // refused for good), oldest rating first.
    [[nodiscard]] Result<QList<Filing>> ratingsToSend(int limit) const;
    // The portal stored the rating given at `ratedAt` (a rating replaced since is still due).
    [[nodiscard]] Status markRatingSent(const QString &fileCode, const QDateTime &ratedAt);
    // The portal refused the rating given at `ratedAt` for good: it is not sent again.
    [[nodiscard]] Status markRatingRefused(const QString &fileCode, const QDateTime &ratedAt, const QString &error);

    // Read-only, for CounterStats (filingfacts.cpp): the filings received in [from, until),
    // whatever offset each was stored with, in the order received.
    [[nodiscard]] Result<QList<FilingFacts>> facts(const QDateTime &from, const QDateTime &until) const;

private:
    FilingStore(QString path, QSqlDatabase db) : m_path(std::move(path)), m_db(std::move(db)) {}
    [[nodiscard]] Result<Payment> changePayment(const QString &fileCode,
                                                const std::function<Result<Payment>(Payment)> &change);
    [[nodiscard]] Result<QList<AttachmentInfo>> attachmentsWhere(const QString &ownerColumn,
                                                                 const QString &owner) const;

    QString m_path;
    mutable QSqlDatabase m_db;
};

} // namespace motcua
