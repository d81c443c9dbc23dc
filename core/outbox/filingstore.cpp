// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingstore.h"

#include "common/uilanguage.h"
#include "outbox/outboxsql.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>


namespace motcua {

using namespace outboxsql;

namespace {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {1,
         {QStringLiteral("CREATE TABLE drafts (id TEXT PRIMARY KEY, procedure_code TEXT NOT NULL, "
                         "form_version INTEGER NOT NULL, state TEXT NOT NULL, applicant_name TEXT NOT NULL DEFAULT '', "
                         "created_at TEXT NOT NULL, updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX drafts_updated ON drafts(updated_at)"),
          QStringLiteral("CREATE TABLE file_code_sequence (agency TEXT NOT NULL, day TEXT NOT NULL, "
                         "last_number INTEGER NOT NULL, PRIMARY KEY (agency, day))"),
          QStringLiteral("CREATE TABLE outbox (id TEXT PRIMARY KEY, file_code TEXT NOT NULL UNIQUE, "
                         "agency_code TEXT NOT NULL, procedure_code TEXT NOT NULL, procedure_name TEXT NOT NULL, "
                         "form_version INTEGER NOT NULL, applicant_name TEXT NOT NULL, applicant_id TEXT NOT NULL, "
                         "answers TEXT NOT NULL, computed TEXT NOT NULL, delivery TEXT NOT NULL, "
                         "received_at TEXT NOT NULL, appointment_date TEXT NOT NULL, "
                         "status TEXT NOT NULL DEFAULT 'queued', attempts INTEGER NOT NULL DEFAULT 0, "
                         "next_attempt_at TEXT, last_error TEXT, updated_at TEXT NOT NULL)"),
          QStringLiteral("CREATE INDEX outbox_status ON outbox(status, next_attempt_at)"),
          // A photo belongs to a draft until the draft is filed, then to the filing.
          QStringLiteral("CREATE TABLE attachments (id TEXT PRIMARY KEY, "
                         "draft_id TEXT REFERENCES drafts(id) ON DELETE CASCADE, "
                         "filing_id TEXT REFERENCES outbox(id) ON DELETE CASCADE, "
                         "name TEXT NOT NULL, mime_type TEXT NOT NULL, sha256 TEXT NOT NULL, "
                         "data BLOB NOT NULL, created_at TEXT NOT NULL, "
                         "CHECK ((draft_id IS NULL) <> (filing_id IS NULL)))"),
          QStringLiteral("CREATE INDEX attachments_draft ON attachments(draft_id)"),
          QStringLiteral("CREATE INDEX attachments_filing ON attachments(filing_id)")}},
        // The fee as quoted when filed, and how it stands (docs/filing.md, "Payment").
        {2,
         {QStringLiteral("ALTER TABLE outbox ADD COLUMN fee TEXT NOT NULL DEFAULT '{\"known\":false}'"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN fee_amount INTEGER"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN payment_state TEXT NOT NULL DEFAULT 'unpaid'"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN payment_method TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN payment_confirmed_by TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN payment_changed_at TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN payment_waived_reason TEXT NOT NULL DEFAULT ''")}},
        // Delivery to the portal and what it says afterwards (docs/portal-protocol.md).
        {3,
         {QStringLiteral("ALTER TABLE outbox ADD COLUMN sent_at TEXT"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN portal_id TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN portal_reply TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN portal_status TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN portal_status_code INTEGER NOT NULL DEFAULT 0"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN portal_history TEXT NOT NULL DEFAULT '[]'"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN portal_checked_at TEXT"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN purged_at TEXT")}},
        // Who filed on the citizen's behalf, and the satisfaction rating (docs/statistics.md).
        {4,
         {QStringLiteral("ALTER TABLE outbox ADD COLUMN filed_by TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN rating TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN rating_reasons TEXT NOT NULL DEFAULT '[]'"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN rated_at TEXT"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN rating_sent_at TEXT"),
          QStringLiteral("ALTER TABLE outbox ADD COLUMN rating_error TEXT NOT NULL DEFAULT ''")}},
        // "Lưu lại": a draft kept past the session under a code.
        {5,
         {QStringLiteral("ALTER TABLE drafts ADD COLUMN kept_code TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX drafts_kept ON drafts(kept_code) WHERE kept_code <> ''")}},
        // The last time the portal answered this kiosk (motcua diagnostics): one row.
        {6,
         {QStringLiteral("CREATE TABLE portal_contact (id INTEGER PRIMARY KEY CHECK (id = 1), "
                         "last_success_at TEXT NOT NULL)")}},
    };
    return steps;
}

} // namespace

const QString outboxsql::kDraftColumns = QStringLiteral(
    "id, procedure_code, form_version, state, applicant_name, created_at, updated_at, kept_code");

Draft outboxsql::draftFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toInt(),
            fromJsonText(q.value(3).toString()),
            q.value(4).toString(),
            QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs),
            QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs),
            q.value(7).toString()};
}

namespace {

// How a fee stands when filed: nothing to pay is waived from the start, with the reason; an
// exemption the citizen claimed waits for the clerk, with the amount due should it be refused.
Payment initialPayment(const FeeQuote &fee, const QDateTime &at)
{
    Payment p;
    p.changedAt = at;
    if (fee.known)
        p.amount = fee.total;
    if (!fee.exemptionKey.isEmpty() && fee.exemptionClaimed) {
        p.state = Payment::State::ExemptionClaimed;
        p.amount = fee.withoutExemption;
        p.waivedReason = fee.exemptionLabel;
    } else if (!fee.exemptionKey.isEmpty()) {
        p.state = Payment::State::Waived;
        p.waivedReason = fee.exemptionLabel;
    } else if (fee.known && fee.total == 0) {
        p.state = Payment::State::Waived;
        p.waivedReason = Payment::noFeeReason();
    }
    return p;
}

} // namespace

namespace outboxsql {

const QString kFilingColumns = QStringLiteral(
    "id, file_code, agency_code, procedure_code, procedure_name, form_version, applicant_name, "
    "applicant_id, answers, computed, delivery, received_at, appointment_date, status, attempts, "
    "(SELECT count(*) FROM attachments a WHERE a.filing_id = outbox.id), fee, %1, last_error, "
    "next_attempt_at, sent_at, portal_id, portal_status, portal_status_code, portal_checked_at, purged_at, "
    "filed_by, %2").arg(QLatin1String(kPaymentColumns), QLatin1String(kRatingColumns));

Result<QList<Filing>> filingsFrom(QSqlQuery &q, const char *what)
{
    if (!q.exec())
        return sqlError(q, what);
    QList<Filing> list;
    while (q.next())
        list.append(filingFromRow(q));
    return list;
}

Payment paymentFromRow(const QSqlQuery &q, int first)
{
    Payment p;
    if (!q.value(first).isNull())
        p.amount = q.value(first).toLongLong();
    p.state = Payment::stateFromKey(q.value(first + 1).toString()).value_or(Payment::State::Unpaid);
    p.method = q.value(first + 2).toString();
    p.confirmedBy = q.value(first + 3).toString();
    p.changedAt = QDateTime::fromString(q.value(first + 4).toString(), Qt::ISODateWithMs);
    p.waivedReason = q.value(first + 5).toString();
    return p;
}

Filing filingFromRow(const QSqlQuery &q)
{
    Filing f;
    f.id = q.value(0).toString();
    f.fileCode = q.value(1).toString();
    Submission &s = f.submission;
    s.agencyCode = q.value(2).toString();
    s.procedureCode = q.value(3).toString();
    s.procedureName = q.value(4).toString();
    s.formVersion = q.value(5).toInt();
    s.applicantName = q.value(6).toString();
    s.applicantIdNumber = q.value(7).toString();
    s.answers = fromJsonText(q.value(8).toString());
    s.computed = fromJsonText(q.value(9).toString());
    s.deliveryMethod = q.value(10).toString();
    s.receivedAt = QDateTime::fromString(q.value(11).toString(), Qt::ISODate);
    s.appointmentDate = QDate::fromString(q.value(12).toString(), Qt::ISODate);
    f.status = q.value(13).toString();
    f.attempts = q.value(14).toInt();
    f.attachmentCount = q.value(15).toInt();
    const QJsonObject fee = fromJsonText(q.value(16).toString());
    s.fee = FeeQuote::fromJson(fee); // filed before fees were kept: unknown
    f.payment = paymentFromRow(q, 17);
    Delivery &d = f.delivery;
    d.lastError = q.value(23).toString();
    d.nextAttemptAt = QDateTime::fromString(q.value(24).toString(), Qt::ISODateWithMs);
    d.sentAt = QDateTime::fromString(q.value(25).toString(), Qt::ISODateWithMs);
    d.portalId = q.value(26).toString();
    d.portalStatus = q.value(27).toString();
    d.portalStatusCode = q.value(28).toInt();
    d.portalCheckedAt = QDateTime::fromString(q.value(29).toString(), Qt::ISODateWithMs);
    d.purgedAt = QDateTime::fromString(q.value(30).toString(), Qt::ISODateWithMs);
    s.filedBy = q.value(31).toString();
    f.rating = ratingFromRow(q, 32);
    return f;
}

} // namespace outboxsql

QString Submission::timeText(const QDateTime &at)
{
    return at.isValid() ? at.toString(QStringLiteral("HH:mm 'ngày' dd/MM/yyyy")) : QString();
}

QString Submission::dayText(const QDate &day)
{
    return day.isValid() ? QLocale(QLocale::Vietnamese).toString(day, QStringLiteral("dddd, dd/MM/yyyy")) : QString();
}

QString Submission::shownTimeText(const QDateTime &at)
{
    //: A time and date in QDateTime::toString() format: "09:30 ngày 23/11/2026"; text in quotes.
    return at.isValid() ? at.toString(QCoreApplication::translate("motcua::Submission", "HH:mm 'ngày' dd/MM/yyyy"))
                        : QString();
}

QString Submission::shownDayText(const QDate &day)
{
    return day.isValid() ? QLocale(UiLanguage::current()).toString(day, QStringLiteral("dddd, dd/MM/yyyy")) : QString();
}

QJsonObject Filing::toJson() const
{
    return {{QStringLiteral("id"), id},
            {QStringLiteral("fileCode"), fileCode},
            {QStringLiteral("status"), status},
            {QStringLiteral("attempts"), attempts},
            {QStringLiteral("agencyCode"), submission.agencyCode},
            {QStringLiteral("procedureCode"), submission.procedureCode},
            {QStringLiteral("procedureName"), submission.procedureName},
            {QStringLiteral("formVersion"), submission.formVersion},
            {QStringLiteral("applicantName"), submission.applicantName},
            {QStringLiteral("applicantIdNumber"), submission.applicantIdNumber},
            {QStringLiteral("deliveryMethod"), submission.deliveryMethod},
            {QStringLiteral("filedBy"), submission.filedBy},
            {QStringLiteral("receivedAt"), submission.receivedAt.toString(Qt::ISODate)},
            {QStringLiteral("appointmentDate"), submission.appointmentDate.toString(Qt::ISODate)},
            {QStringLiteral("answers"), submission.answers},
            {QStringLiteral("computed"), submission.computed},
            {QStringLiteral("attachments"), attachmentCount},
            {QStringLiteral("fee"), submission.fee.toJson()},
            {QStringLiteral("payment"), payment.toJson()},
            {QStringLiteral("delivery"), delivery.toJson()},
            {QStringLiteral("rating"), rating.toJson()}};
}

FilingStore::~FilingStore()
{
    Database::close(m_db);
}

int FilingStore::newestSchemaVersion()
{
    return migrations().back().version;
}

Result<std::unique_ptr<FilingStore>> FilingStore::open(const QString &path)
{
    auto db = Database::openForStore(path, QStringLiteral("filings"), migrations());
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<FilingStore>(new FilingStore(path, std::move(db).value()));
}

QString FilingStore::fileCode(const QString &agencyCode, const QDate &day, int number)
{
    return QStringLiteral("%1-%2-%3")
        .arg(agencyCode, day.toString(QStringLiteral("yyMMdd")))
        .arg(number, 4, 10, QLatin1Char('0'));
}

// --- drafts ----------------------------------------------------------------------------------

Result<QString> FilingStore::createDraft(const QString &procedureCode, int formVersion, const QJsonObject &state)
{
    const QString id = newId();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO drafts (id, procedure_code, form_version, state, created_at, updated_at) "
                             "VALUES (:id, :code, :version, :state, :now, :now2)"));
    const QString at = now();
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":code"), procedureCode);
    q.bindValue(QStringLiteral(":version"), formVersion);
    q.bindValue(QStringLiteral(":state"), toJsonText(state));
    q.bindValue(QStringLiteral(":now"), at);
    q.bindValue(QStringLiteral(":now2"), at);
    if (!q.exec())
        return sqlError(q, "creating a draft");
    return id;
}

Status FilingStore::saveDraft(const QString &id, const QJsonObject &state, const QString &applicantName)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE drafts SET state = :state, applicant_name = :name, updated_at = :now "
                             "WHERE id = :id"));
    q.bindValue(QStringLiteral(":state"), toJsonText(state));
    q.bindValue(QStringLiteral(":name"), notNull(applicantName));
    q.bindValue(QStringLiteral(":now"), now());
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, "saving a draft");
    if (q.numRowsAffected() != 1)
        return Error{QStringLiteral("draft %1 does not exist (expired or already filed)").arg(id)};
    return Done{};
}

Result<std::optional<Draft>> FilingStore::draft(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM drafts WHERE id = :id").arg(kDraftColumns));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, "reading a draft");
    if (!q.next())
        return std::optional<Draft>();
    return std::optional<Draft>(draftFromRow(q));
}

Result<QList<Draft>> FilingStore::drafts(const QDateTime &updatedAfter) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM drafts WHERE updated_at > :after ORDER BY updated_at DESC")
                  .arg(kDraftColumns));
    q.bindValue(QStringLiteral(":after"), updatedAfter.isValid()
                                              ? updatedAfter.toUTC().toString(Qt::ISODateWithMs)
                                              : QStringLiteral(""));
    if (!q.exec())
        return sqlError(q, "listing drafts");
    QList<Draft> list;
    while (q.next())
        list.append(draftFromRow(q));
    return list;
}

Status FilingStore::deleteDraft(const QString &id)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec())
        return sqlError(q, "deleting a draft");
    return Done{};
}

Result<int> FilingStore::deleteDraftsOlderThan(const QDateTime &before, const QDateTime &keptBefore)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM drafts WHERE (kept_code = '' AND updated_at < :before) "
                             "OR (kept_code <> '' AND updated_at < :keptBefore)"));
    q.bindValue(QStringLiteral(":before"), before.toUTC().toString(Qt::ISODateWithMs));
    q.bindValue(QStringLiteral(":keptBefore"), keptBefore.isValid() ? keptBefore.toUTC().toString(Qt::ISODateWithMs)
                                                                    : QStringLiteral(""));
    if (!q.exec())
        return sqlError(q, "deleting expired drafts");
    return q.numRowsAffected();
}

// --- attachments -------------------------------------------------------------------------------

Result<AttachmentInfo> FilingStore::addAttachment(const QString &draftId, const QString &name,
                                                  const QString &mimeType, const QByteArray &data)
{
    AttachmentInfo info{newId(), name, mimeType,
                        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()),
                        data.size()};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO attachments (id, draft_id, name, mime_type, sha256, data, created_at) "
                             "VALUES (:id, :draft, :name, :mime, :sha, :data, :now)"));
    q.bindValue(QStringLiteral(":id"), info.id);
    q.bindValue(QStringLiteral(":draft"), draftId);
    q.bindValue(QStringLiteral(":name"), name);
    q.bindValue(QStringLiteral(":mime"), mimeType);
    q.bindValue(QStringLiteral(":sha"), info.sha256);
    q.bindValue(QStringLiteral(":data"), data);
    q.bindValue(QStringLiteral(":now"), now());
    if (!q.exec())
        return sqlError(q, "storing a photo");
    return info;
}

Status FilingStore::deleteAttachment(const QString &attachmentId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM attachments WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), attachmentId);
    if (!q.exec())
        return sqlError(q, "deleting a photo");
    return Done{};
}

Result<QByteArray> FilingStore::attachmentData(const QString &attachmentId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM attachments WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), attachmentId);
    if (!q.exec())
        return sqlError(q, "reading a photo");
    if (!q.next())
        return Error{QStringLiteral("no attachment %1").arg(attachmentId)};
    return q.value(0).toByteArray();
}

Result<QList<AttachmentInfo>> FilingStore::attachmentsOfFiling(const QString &filingId) const
{
    return attachmentsWhere(QStringLiteral("filing_id"), filingId);
}

Result<QList<AttachmentInfo>> FilingStore::attachmentsOfDraft(const QString &draftId) const
{
    return attachmentsWhere(QStringLiteral("draft_id"), draftId);
}

Result<QList<AttachmentInfo>> FilingStore::attachmentsWhere(const QString &ownerColumn, const QString &owner) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, mime_type, sha256, length(data) FROM attachments "
                             "WHERE %1 = :id ORDER BY created_at").arg(ownerColumn));
    q.bindValue(QStringLiteral(":id"), owner);
    if (!q.exec())
        return sqlError(q, "listing photos");
    QList<AttachmentInfo> list;
    while (q.next())
        list.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString(), q.value(4).toLongLong()});
    return list;
}

// --- submission -----------------------------------------------------------------------------

Result<Filing> FilingStore::submit(const QString &draftId, const Submission &s,
                                   const std::function<void()> &insideTransaction)
{
    if (s.agencyCode.isEmpty() || s.procedureCode.isEmpty() || !s.receivedAt.isValid()
        || !s.appointmentDate.isValid())
        return Error{QStringLiteral("incomplete submission: agency, procedure, received time and "
                                    "appointment date are required")};
    Filing filing;
    filing.id = newId();
    filing.submission = s;
    filing.submission.filedBy = s.filedBy.trimmed();
    filing.status = QStringLiteral("queued");
    // The office's day, as the caller gave the time (SubmissionBuilder: in the office's zone).
    const QDate day = s.receivedAt.date();
    Status written = Database::transaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO file_code_sequence (agency, day, last_number) VALUES (:agency, :day, 1) "
                                 "ON CONFLICT (agency, day) DO UPDATE SET last_number = last_number + 1 "
                                 "RETURNING last_number"));
        q.bindValue(QStringLiteral(":agency"), s.agencyCode);
        q.bindValue(QStringLiteral(":day"), day.toString(Qt::ISODate));
        if (!q.exec() || !q.next())
            return sqlError(q, "taking the next file-code number");
        filing.fileCode = fileCode(s.agencyCode, day, q.value(0).toInt());
        q.finish();

        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral(
            "INSERT INTO outbox (id, file_code, agency_code, procedure_code, procedure_name, form_version, "
            "applicant_name, applicant_id, answers, computed, delivery, received_at, appointment_date, updated_at, "
            "fee, fee_amount, payment_state, payment_changed_at, payment_waived_reason, filed_by) "
            "VALUES (:id, :code, :agency, :procedure, :name, :version, :applicant, :applicantId, :answers, "
            ":computed, :delivery, :received, :appointment, :now, :fee, :feeAmount, :paymentState, :now2, :waived, "
            ":filedBy)"));
        insert.bindValue(QStringLiteral(":id"), filing.id);
        insert.bindValue(QStringLiteral(":code"), filing.fileCode);
        insert.bindValue(QStringLiteral(":agency"), s.agencyCode);
        insert.bindValue(QStringLiteral(":procedure"), s.procedureCode);
        insert.bindValue(QStringLiteral(":name"), notNull(s.procedureName));
        insert.bindValue(QStringLiteral(":version"), s.formVersion);
        insert.bindValue(QStringLiteral(":applicant"), notNull(s.applicantName));
        insert.bindValue(QStringLiteral(":applicantId"), notNull(s.applicantIdNumber));
        insert.bindValue(QStringLiteral(":answers"), toJsonText(s.answers));
        insert.bindValue(QStringLiteral(":computed"), toJsonText(s.computed));
        insert.bindValue(QStringLiteral(":delivery"), notNull(s.deliveryMethod));
        insert.bindValue(QStringLiteral(":received"), s.receivedAt.toString(Qt::ISODate));
        insert.bindValue(QStringLiteral(":appointment"), s.appointmentDate.toString(Qt::ISODate));
        const QString at = now();
        insert.bindValue(QStringLiteral(":now"), at);
        filing.payment = initialPayment(s.fee, QDateTime::fromString(at, Qt::ISODateWithMs));
        insert.bindValue(QStringLiteral(":fee"), toJsonText(s.fee.toJson()));
        insert.bindValue(QStringLiteral(":feeAmount"),
                         amountOrNull(filing.payment.amount));
        insert.bindValue(QStringLiteral(":paymentState"), Payment::stateKey(filing.payment.state));
        insert.bindValue(QStringLiteral(":now2"), at);
        insert.bindValue(QStringLiteral(":waived"), notNull(filing.payment.waivedReason));
        insert.bindValue(QStringLiteral(":filedBy"), notNull(filing.submission.filedBy));
        if (!insert.exec())
            return sqlError(insert, "writing the filing to the outbox");

        if (!draftId.isEmpty()) {
            // Only the photos the answers still refer to go with the filing; replaced ones and
            // those of hidden fields go with the draft.
            QSqlQuery move(m_db);
            move.prepare(QStringLiteral("UPDATE attachments SET filing_id = :filing, draft_id = NULL "
                                        "WHERE draft_id = :draft AND id = :id"));
            for (const QString &id : s.attachmentIds) {
                move.bindValue(QStringLiteral(":filing"), filing.id);
                move.bindValue(QStringLiteral(":draft"), draftId);
                move.bindValue(QStringLiteral(":id"), id);
                if (!move.exec())
                    return sqlError(move, "moving the draft's photos to the filing");
                filing.attachmentCount += move.numRowsAffected();
            }
            QSqlQuery remove(m_db);
            remove.prepare(QStringLiteral("DELETE FROM drafts WHERE id = :draft"));
            remove.bindValue(QStringLiteral(":draft"), draftId);
            if (!remove.exec())
                return sqlError(remove, "removing the filed draft");
            // Filed already (another process, or a retry after it succeeded): never twice.
            if (remove.numRowsAffected() != 1)
                return Error{QStringLiteral("draft %1 does not exist: already filed or expired").arg(draftId)};
        }
        if (insideTransaction)
            insideTransaction();
        return Done{};
    });
    if (!written)
        return Error{written.error()};
    return filing;
}

Result<QList<Filing>> FilingStore::filings(int limit) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox ORDER BY received_at DESC, file_code DESC LIMIT :limit")
                  .arg(kFilingColumns));
    q.bindValue(QStringLiteral(":limit"), limit);
    return filingsFrom(q, "listing the outbox");
}

Result<std::optional<Filing>> FilingStore::filingByCode(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE file_code = :code").arg(kFilingColumns));
    q.bindValue(QStringLiteral(":code"), code);
    if (!q.exec())
        return sqlError(q, "reading a filing");
    if (!q.next())
        return std::optional<Filing>();
    return std::optional<Filing>(filingFromRow(q));
}

Result<Payment> FilingStore::changePayment(const QString &fileCode,
                                           const std::function<Result<Payment>(Payment)> &change)
{
    Payment changed;
    const Status written = Database::transaction(m_db, [&]() -> Status {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT %1 FROM outbox WHERE file_code = :code").arg(kFilingColumns));
        q.bindValue(QStringLiteral(":code"), fileCode);
        if (!q.exec())
            return sqlError(q, "reading the filing's payment");
        if (!q.next())
            return Error{QStringLiteral("no filing %1 in the outbox").arg(fileCode)};
        auto next = change(filingFromRow(q).payment);
        q.finish();
        if (!next)
            return Error{next.error()};
        changed = std::move(next).value();
        changed.changedAt = QDateTime::fromString(now(), Qt::ISODateWithMs);
        QSqlQuery update(m_db);
        update.prepare(QStringLiteral(
            "UPDATE outbox SET payment_state = :state, payment_method = :method, payment_confirmed_by = :by, "
            "payment_changed_at = :at, fee_amount = :amount, updated_at = :at2 WHERE file_code = :code"));
        update.bindValue(QStringLiteral(":state"), Payment::stateKey(changed.state));
        update.bindValue(QStringLiteral(":method"), notNull(changed.method));
        update.bindValue(QStringLiteral(":by"), notNull(changed.confirmedBy));
        update.bindValue(QStringLiteral(":at"), changed.changedAt.toString(Qt::ISODateWithMs));
        update.bindValue(QStringLiteral(":at2"), changed.changedAt.toString(Qt::ISODateWithMs));
        update.bindValue(QStringLiteral(":amount"), amountOrNull(changed.amount));
        update.bindValue(QStringLiteral(":code"), fileCode);
        if (!update.exec())
            return sqlError(update, "recording the payment");
        return Done{};
    });
    if (!written)
        return Error{written.error()};
    return changed;
}

} // namespace motcua
