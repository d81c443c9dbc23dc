// SPDX-License-Identifier: GPL-3.0-or-later
#include "simstore.h"

#include "portalstatus.h"
#include "simclock.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariantMap>

namespace motcua::sim {

namespace {

const QString kConnection = QStringLiteral("motcua-portal-sim");
// Schema steps by version: version N is kSchema[N - 1].
const QList<QStringList> kSchema{
    {QStringLiteral("CREATE TABLE filings (idempotency_key TEXT PRIMARY KEY, "
                   "file_code TEXT NOT NULL UNIQUE, body_sha256 TEXT NOT NULL, reply BLOB NOT NULL, "
                   "portal_id TEXT NOT NULL UNIQUE, procedure_code TEXT NOT NULL, "
                   "received_at TEXT NOT NULL, appointment_date TEXT NOT NULL, payment TEXT, "
                   "stored_at TEXT NOT NULL)"),
    QStringLiteral("CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                   "file_code TEXT NOT NULL REFERENCES filings(file_code), at TEXT NOT NULL, "
                   "status TEXT NOT NULL, status_code INTEGER NOT NULL, note TEXT NOT NULL)"),
    QStringLiteral("CREATE INDEX history_file ON history(file_code, id)")},
    // The clerk who filed for the citizen, and the satisfaction ratings (one per filing).
    {QStringLiteral("ALTER TABLE filings ADD COLUMN filed_on_behalf_by TEXT NOT NULL DEFAULT ''"),
     QStringLiteral("CREATE TABLE ratings (file_code TEXT PRIMARY KEY REFERENCES filings(file_code), "
                    "rating TEXT NOT NULL, reasons TEXT NOT NULL, rated_at TEXT NOT NULL, "
                    "stored_at TEXT NOT NULL, puts INTEGER NOT NULL)")},
};
const int kSchemaVersion = int(kSchema.size());

Error sqlError(const QSqlQuery &q, const QString &sql)
{
    return Error{QStringLiteral("SQL failed (%1): %2").arg(sql.left(60), q.lastError().text())};
}

// Prepares, binds `values` (named placeholders, each once) and runs `sql`.
Result<QSqlQuery> run(const QSqlDatabase &db, const QString &sql, const QVariantMap &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return sqlError(q, sql);
    for (auto it = values.constBegin(); it != values.constEnd(); ++it)
        q.bindValue(u':' + it.key(), it.value());
    if (!q.exec())
        return sqlError(q, sql);
    return q;
}

// SELECT count(*) … as a number.
Result<int> countOf(const QSqlDatabase &db, const QString &sql)
{
    auto q = run(db, sql);
    if (!q)
        return Error{q.error()};
    QSqlQuery rows = std::move(q).value();
    return rows.next() ? rows.value(0).toInt() : 0;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

SimStore::~SimStore()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(kConnection);
    }
}

QString SimStore::now()
{
    return SimClock::now().toString(Qt::ISODate);
}

Status SimStore::open(const QString &path)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), kConnection);
    m_db.setDatabaseName(path.isEmpty() ? QStringLiteral(":memory:") : path);
    if (!m_db.open())
        return Error{QStringLiteral("cannot open %1: %2").arg(m_db.databaseName(), m_db.lastError().text())};
    QStringList pragmas{QStringLiteral("PRAGMA busy_timeout = 5000"), QStringLiteral("PRAGMA foreign_keys = ON")};
    if (!path.isEmpty())
        pragmas << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &pragma : pragmas) {
        if (const auto done = run(m_db, pragma); !done)
            return Error{done.error()};
    }
    return migrate();
}

Status SimStore::migrate()
{
    auto version = run(m_db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return Error{version.error()};
    QSqlQuery q = std::move(version).value();
    const int current = q.next() ? q.value(0).toInt() : 0;
    if (current == kSchemaVersion)
        return Done{};
    if (current > kSchemaVersion)
        return Error{QStringLiteral("%1 has schema version %2; this simulator knows %3")
                         .arg(m_db.databaseName())
                         .arg(current)
                         .arg(kSchemaVersion)};
    if (!m_db.transaction())
        return Error{m_db.lastError().text()};
    QStringList steps;
    for (int version = current + 1; version <= kSchemaVersion; ++version)
        steps += kSchema.at(version - 1);
    for (const QString &sql : steps + QStringList{QStringLiteral("PRAGMA user_version = %1").arg(kSchemaVersion)}) {
        if (const auto done = run(m_db, sql); !done) {
            m_db.rollback();
            return Error{done.error()};
        }
    }
    if (!m_db.commit())
        return Error{m_db.lastError().text()};
    return Done{};
}

Result<FilingReceipt> SimStore::store(const NewFiling &f)
{
    if (!m_db.transaction())
        return Error{m_db.lastError().text()};
    const auto work = [&]() -> Result<FilingReceipt> {
        auto byKey = run(m_db, QStringLiteral("SELECT body_sha256, reply FROM filings WHERE idempotency_key = :key"),
                               {{QStringLiteral("key"), f.idempotencyKey}});
        if (!byKey)
            return Error{byKey.error()};
        QSqlQuery found = std::move(byKey).value();
        if (found.next()) {
            if (found.value(0).toByteArray() != f.bodySha256)
                return FilingReceipt{FilingReceipt::Kind::KeyMismatch, {}};
            return FilingReceipt{FilingReceipt::Kind::Replayed, found.value(1).toByteArray()};
        }
        const auto taken = exists(f.fileCode);
        if (!taken)
            return Error{taken.error()};
        if (taken.value())
            return FilingReceipt{FilingReceipt::Kind::FileCodeTaken, {}};
        const auto count = filingCount();
        if (!count)
            return Error{count.error()};
        const PortalStatus received = *PortalStatus::find(QStringLiteral("received"));
        const QString portalId = QStringLiteral("P-%1").arg(count.value() + 1, 6, 10, QChar(u'0'));
        const QByteArray reply = compact({{QStringLiteral("fileCode"), f.fileCode},
                                          {QStringLiteral("receivedAt"), f.receivedAt},
                                          {QStringLiteral("status"), received.status},
                                          {QStringLiteral("statusCode"), received.statusCode},
                                          {QStringLiteral("portalId"), portalId}});
        const auto inserted = run(m_db, QStringLiteral(
            "INSERT INTO filings (idempotency_key, file_code, body_sha256, reply, portal_id, procedure_code, "
            "received_at, appointment_date, stored_at, filed_on_behalf_by) VALUES (:key, :code, :sha, :reply, "
            ":portal, :procedure, :received, :appointment, :stored, :filedBy)"),
            {{QStringLiteral("key"), f.idempotencyKey}, {QStringLiteral("code"), f.fileCode},
             {QStringLiteral("sha"), f.bodySha256}, {QStringLiteral("reply"), reply},
             {QStringLiteral("portal"), portalId}, {QStringLiteral("procedure"), f.procedureCode},
             {QStringLiteral("received"), f.receivedAt}, {QStringLiteral("appointment"), f.appointmentDate},
             {QStringLiteral("stored"), now()}, {QStringLiteral("filedBy"), f.filedOnBehalfBy.isNull() ? QStringLiteral("") : f.filedOnBehalfBy}});
        if (!inserted)
            return Error{inserted.error()};
        const auto history = appendStatus(f.fileCode, received, QStringLiteral(""));
        if (!history)
            return Error{history.error()};
        return FilingReceipt{FilingReceipt::Kind::Created, reply};
    };
    auto receipt = work();
    if (!receipt || receipt->kind != FilingReceipt::Kind::Created) {
        m_db.rollback();
        return receipt;
    }
    if (!m_db.commit())
        return Error{m_db.lastError().text()};
    return receipt;
}

Result<bool> SimStore::exists(const QString &fileCode)
{
    auto q = run(m_db, QStringLiteral("SELECT 1 FROM filings WHERE file_code = :code"),
                       {{QStringLiteral("code"), fileCode}});
    if (!q)
        return Error{q.error()};
    QSqlQuery rows = std::move(q).value();
    return rows.next();
}

Result<std::optional<QJsonObject>> SimStore::filing(const QString &fileCode)
{
    const QVariantMap code{{QStringLiteral("code"), fileCode}};
    auto head = run(m_db, QStringLiteral("SELECT procedure_code, received_at, appointment_date, payment "
                                               "FROM filings WHERE file_code = :code"), code);
    if (!head)
        return Error{head.error()};
    QSqlQuery row = std::move(head).value();
    if (!row.next())
        return std::optional<QJsonObject>();
    QJsonObject o{{QStringLiteral("fileCode"), fileCode},
                  {QStringLiteral("procedureCode"), row.value(0).toString()},
                  {QStringLiteral("receivedAt"), row.value(1).toString()},
                  {QStringLiteral("appointmentDate"), row.value(2).toString()}};
    if (!row.value(3).isNull())
        o.insert(QStringLiteral("payment"), QJsonDocument::fromJson(row.value(3).toByteArray()).object());

    auto entries = run(m_db, QStringLiteral("SELECT at, status, status_code, note FROM history "
                                                  "WHERE file_code = :code ORDER BY id"), code);
    if (!entries)
        return Error{entries.error()};
    QSqlQuery h = std::move(entries).value();
    QJsonArray history;
    QString status;
    int statusCode = 0;
    while (h.next()) {
        status = h.value(1).toString();
        statusCode = h.value(2).toInt();
        history.append(QJsonObject{{QStringLiteral("at"), h.value(0).toString()},
                                   {QStringLiteral("status"), status},
                                   {QStringLiteral("statusCode"), statusCode},
                                   {QStringLiteral("note"), h.value(3).toString()}});
    }
    o.insert(QStringLiteral("status"), status);
    o.insert(QStringLiteral("statusCode"), statusCode);
    const auto known = PortalStatus::find(status);
    o.insert(QStringLiteral("statusText"), known ? known->text : QString());
    o.insert(QStringLiteral("history"), history);
    return std::optional<QJsonObject>(o);
}

Result<bool> SimStore::appendStatus(const QString &fileCode, const PortalStatus &status, const QString &note)
{
    const auto found = exists(fileCode);
    if (!found || !found.value())
        return found;
    auto q = run(m_db, QStringLiteral("INSERT INTO history (file_code, at, status, status_code, note) "
                                            "VALUES (:code, :at, :status, :statusCode, :note)"),
                       {{QStringLiteral("code"), fileCode}, {QStringLiteral("at"), now()},
                        {QStringLiteral("status"), status.status}, {QStringLiteral("statusCode"), status.statusCode},
                        {QStringLiteral("note"), note}});
    if (!q)
        return Error{q.error()};
    return true;
}

Result<bool> SimStore::setPayment(const QString &fileCode, const QJsonObject &payment)
{
    auto q = run(m_db, QStringLiteral("UPDATE filings SET payment = :payment WHERE file_code = :code"),
                       {{QStringLiteral("payment"), QString::fromUtf8(compact(payment))},
                        {QStringLiteral("code"), fileCode}});
    if (!q)
        return Error{q.error()};
    return q->numRowsAffected() > 0;
}

Result<RatingOutcome> SimStore::putRating(const QString &fileCode, const QJsonObject &rating)
{
    const auto found = exists(fileCode);
    if (!found)
        return Error{found.error()};
    if (!found.value())
        return RatingOutcome::NotFound;
    const QVariantMap code{{QStringLiteral("code"), fileCode}};
    auto before = run(m_db, QStringLiteral("SELECT rating, reasons, rated_at FROM ratings WHERE file_code = :code"), code);
    if (!before)
        return Error{before.error()};
    QSqlQuery row = std::move(before).value();
    const QString reasons = QString::fromUtf8(QJsonDocument(rating.value(QStringLiteral("reasons")).toArray())
                                                  .toJson(QJsonDocument::Compact));
    const QString key = rating.value(QStringLiteral("rating")).toString();
    const QString ratedAt = rating.value(QStringLiteral("ratedAt")).toString();
    const bool same = row.next() && row.value(0).toString() == key && row.value(1).toString() == reasons
                      && row.value(2).toString() == ratedAt;
    row.finish();
    auto q = run(m_db, QStringLiteral("INSERT INTO ratings (file_code, rating, reasons, rated_at, stored_at, puts) "
                                      "VALUES (:code, :rating, :reasons, :ratedAt, :stored, 1) "
                                      "ON CONFLICT (file_code) DO UPDATE SET rating = excluded.rating, "
                                      "reasons = excluded.reasons, rated_at = excluded.rated_at, "
                                      "stored_at = excluded.stored_at, puts = puts + 1"),
                 {{QStringLiteral("code"), fileCode}, {QStringLiteral("rating"), key},
                  {QStringLiteral("reasons"), reasons}, {QStringLiteral("ratedAt"), ratedAt},
                  {QStringLiteral("stored"), now()}});
    if (!q)
        return Error{q.error()};
    return same ? RatingOutcome::Same : RatingOutcome::Stored;
}

Result<int> SimStore::ratingCount()
{
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM ratings"));
}

Result<std::optional<QJsonObject>> SimStore::simView(const QString &fileCode)
{
    auto q = run(m_db, QStringLiteral("SELECT f.portal_id, f.filed_on_behalf_by, r.rating, r.reasons, r.rated_at, "
                                      "r.stored_at, r.puts FROM filings f LEFT JOIN ratings r USING (file_code) "
                                      "WHERE f.file_code = :code"),
                 {{QStringLiteral("code"), fileCode}});
    if (!q)
        return Error{q.error()};
    QSqlQuery row = std::move(q).value();
    if (!row.next())
        return std::optional<QJsonObject>();
    QJsonObject o{{QStringLiteral("fileCode"), fileCode},
                  {QStringLiteral("portalId"), row.value(0).toString()},
                  {QStringLiteral("filedOnBehalfBy"), row.value(1).toString()}};
    if (!row.value(2).isNull())
        o.insert(QStringLiteral("rating"),
                 QJsonObject{{QStringLiteral("rating"), row.value(2).toString()},
                             {QStringLiteral("reasons"), QJsonDocument::fromJson(row.value(3).toByteArray()).array()},
                             {QStringLiteral("ratedAt"), row.value(4).toString()},
                             {QStringLiteral("storedAt"), row.value(5).toString()},
                             {QStringLiteral("puts"), row.value(6).toInt()}});
    return std::optional<QJsonObject>(o);
}

Result<int> SimStore::filingCount()
{
    return countOf(m_db, QStringLiteral("SELECT count(*) FROM filings"));
}

} // namespace motcua::sim
