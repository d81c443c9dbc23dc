// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditlog.h"

#include "session/staffschema.h"
#include "storage/database.h"

#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlQuery>

#include <optional>

namespace motcua {

Q_LOGGING_CATEGORY(lcAudit, "motcua.audit")

using namespace staffsql;

const QString AuditLog::kGenesisHash = QString(64, u'0');

namespace {

const QString kColumns = QStringLiteral("seq, at, actor, action, object, detail, prev_hash, hash");

// One link of the chain as stored: the log's last entry, or its head.
struct Link
{
    qint64 seq = 0;
    QString hash;
};

[[nodiscard]] QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

[[nodiscard]] AuditLog::Entry entryFromRow(const QSqlQuery &q)
{
    return {q.value(0).toLongLong(), timeFromText(q.value(1).toString()), q.value(2).toString(),
            q.value(3).toString(),   q.value(4).toString(),                q.value(5).toString(),
            q.value(6).toString(),   q.value(7).toString()};
}

// Quotes a CSV field when it holds a comma, a quote or a line break (RFC 4180).
[[nodiscard]] QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(QStringLiteral("\""), QStringLiteral("\"\"")) + u'"';
}

// The row `sql` selects (seq, hash), if any.
[[nodiscard]] Result<std::optional<Link>> readLink(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        return sqlError(q, "reading the audit chain");
    if (!q.next())
        return std::optional<Link>();
    return std::optional<Link>(Link{q.value(0).toLongLong(), q.value(1).toString()});
}

[[nodiscard]] QString checkFields(const QString &actor, const QString &action, const QString &object,
                                  const QString &detail)
{
    static const QRegularExpression key(QStringLiteral("^[a-z][a-z_]{0,39}$"));
    if (actor.trimmed().isEmpty() || actor.size() > 80)
        return QStringLiteral("an audit entry needs an actor of at most 80 characters");
    if (!key.match(action).hasMatch())
        return QStringLiteral("'%1' is not an audit action key (lower-case letters and _)").arg(action);
    if (object.size() > 200 || detail.size() > 500)
        return QStringLiteral("an audit entry's object is at most 200 and its detail 500 characters");
    return {};
}

} // namespace

QJsonObject AuditLog::Entry::toJson() const
{
    return {{QStringLiteral("seq"), seq},           {QStringLiteral("at"), timeText(at)},
            {QStringLiteral("actor"), actor},       {QStringLiteral("action"), action},
            {QStringLiteral("object"), object},     {QStringLiteral("detail"), detail},
            {QStringLiteral("prevHash"), prevHash}, {QStringLiteral("hash"), hash}};
}

QJsonObject AuditLog::Check::toJson() const
{
    QJsonObject o{{QStringLiteral("ok"), ok}, {QStringLiteral("entries"), entries}};
    if (!ok) {
        o.insert(QStringLiteral("brokenAtSeq"), brokenAtSeq);
        o.insert(QStringLiteral("problem"), problem);
    }
    return o;
}

AuditLog::AuditLog(QString path, QSqlDatabase db, Clock clock)
    : m_path(std::move(path)), m_db(std::move(db)), m_clock(std::move(clock))
{
}

AuditLog::~AuditLog()
{
    Database::close(m_db);
}

Result<std::unique_ptr<AuditLog>> AuditLog::open(const QString &path, Clock clock)
{
    auto db = Database::openForStore(path, QStringLiteral("audit"), staffMigrations());
    if (!db)
        return Error{db.error()};
    return std::unique_ptr<AuditLog>(new AuditLog(path, std::move(db).value(), std::move(clock)));
}

QByteArray AuditLog::canonical(qint64 seq, const QString &at, const QString &actor, const QString &action,
                               const QString &object, const QString &detail, const QString &prevHash)
{
    // Every field as "<UTF-8 byte length>:<bytes>\n" after a version line: no two different
    // entries serialise alike, whatever their fields hold.
    QByteArray out("motcua-audit/1\n");
    for (const QString &field : {QString::number(seq), at, actor, action, object, detail, prevHash}) {
        const QByteArray utf8 = field.toUtf8();
        out += QByteArray::number(utf8.size()) + ':' + utf8 + '\n';
    }
    return out;
}

QString AuditLog::hashOf(const Entry &e)
{
    return sha256Hex(canonical(e.seq, timeText(e.at), e.actor, e.action, e.object, e.detail, e.prevHash));
}

Result<AuditLog::Entry> AuditLog::append(const QString &actor, const QString &action, const QString &object,
                                         const QString &detail)
{
    if (const QString problem = checkFields(actor, action, object, detail); !problem.isEmpty())
        return Error{problem};
    Entry entry{0, {}, actor.trimmed(), action, notNull(object), notNull(detail), {}, {}};
    // The head decides where the chain goes on: after a deleted last entry the new entry still
    // links to the deleted one's hash, so the deletion stays visible.
    const Status appended = Database::transaction(m_db, [&]() -> Status {
        const auto head = readLink(m_db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
        const auto last = readLink(m_db, QStringLiteral("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
        if (!head)
            return Error{head.error()};
        if (!last)
            return Error{last.error()};
        const Link lastLink = last.value().value_or(Link{0, kGenesisHash});
        const Link previous = head.value() && head.value()->seq >= lastLink.seq ? *head.value() : lastLink;
        entry.seq = std::max(previous.seq, lastLink.seq) + 1;
        entry.prevHash = previous.hash;
        entry.at = timeFromText(timeText(m_clock ? m_clock() : QDateTime::currentDateTimeUtc()));
        entry.hash = hashOf(entry);

        QSqlQuery insert(m_db);
        insert.prepare(QStringLiteral("INSERT INTO audit_log (%1) VALUES (:seq, :at, :actor, :action, :object, "
                                      ":detail, :prev, :hash)")
                           .arg(kColumns));
        insert.bindValue(QStringLiteral(":seq"), entry.seq);
        insert.bindValue(QStringLiteral(":at"), timeText(entry.at));
        insert.bindValue(QStringLiteral(":actor"), entry.actor);
        insert.bindValue(QStringLiteral(":action"), entry.action);
        insert.bindValue(QStringLiteral(":object"), entry.object);
        insert.bindValue(QStringLiteral(":detail"), entry.detail);
        insert.bindValue(QStringLiteral(":prev"), entry.prevHash);
        insert.bindValue(QStringLiteral(":hash"), entry.hash);
        if (!insert.exec())
            return sqlError(insert, "appending to the audit log");
        QSqlQuery moveHead(m_db);
        moveHead.prepare(QStringLiteral("INSERT OR REPLACE INTO audit_head (id, seq, hash) VALUES (1, :seq, :hash)"));
        moveHead.bindValue(QStringLiteral(":seq"), entry.seq);
        moveHead.bindValue(QStringLiteral(":hash"), entry.hash);
        if (!moveHead.exec())
            return sqlError(moveHead, "moving the audit log's head");
        return Done{};
    });
    if (!appended)
        return Error{appended.error()};
    return entry;
}

Result<AuditLog::Check> AuditLog::verify() const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT %1 FROM audit_log ORDER BY seq").arg(kColumns)))
        return sqlError(q, "reading the audit log");
    Check check;
    Link last{0, kGenesisHash};
    // Only the first problem is kept; the loop goes on to count the entries.
    const auto broken = [&check](qint64 seq, const QString &problem) {
        if (check.problem.isEmpty()) {
            check.brokenAtSeq = seq;
            check.problem = problem;
        }
    };
    while (q.next()) {
        ++check.entries;
        const qint64 seq = q.value(0).toLongLong();
        const QString hash = q.value(7).toString();
        const QString computed = sha256Hex(canonical(seq, q.value(1).toString(), q.value(2).toString(),
                                                     q.value(3).toString(), q.value(4).toString(),
                                                     q.value(5).toString(), q.value(6).toString()));
        if (computed != hash)
            broken(seq, QStringLiteral("entry %1: hash does not match its contents (edited?)").arg(seq));
        else if (seq != last.seq + 1 && last.seq == 0)
            broken(seq, QStringLiteral("the log starts at entry %1, not 1 (first entries deleted?)").arg(seq));
        else if (seq != last.seq + 1)
            broken(seq, QStringLiteral("sequence gap after %1: the next entry is %2 (entries deleted?)")
                            .arg(last.seq)
                            .arg(seq));
        else if (q.value(6).toString() != last.hash)
            broken(seq, QStringLiteral("entry %1: previous-hash link broken (entry deleted or reordered?)").arg(seq));
        last = {seq, hash};
    }
    if (q.lastError().isValid())
        return sqlError(q, "reading the audit log");
    q.finish();

    const auto head = readLink(m_db, QStringLiteral("SELECT seq, hash FROM audit_head WHERE id = 1"));
    if (!head)
        return Error{head.error()};
    if (!head.value()) {
        if (check.entries > 0)
            broken(last.seq, QStringLiteral("the log's head is missing (the log ends at %1)").arg(last.seq));
    } else if (head.value()->seq != last.seq) {
        broken(std::min(head.value()->seq, last.seq) + 1,
               check.entries == 0 ? QStringLiteral("the log is empty but its head says %1").arg(head.value()->seq)
                                  : QStringLiteral("the log ends at %1 but its head says %2 (last entries deleted?)")
                                        .arg(last.seq)
                                        .arg(head.value()->seq));
    } else if (head.value()->hash != last.hash) {
        broken(last.seq, QStringLiteral("the log's head does not match entry %1 (edited?)").arg(last.seq));
    }
    check.ok = check.problem.isEmpty();
    if (!check.ok)
        qCWarning(lcAudit) << "audit log" << m_path << "does not verify:" << check.problem;
    return check;
}

Result<QList<AuditLog::Entry>> AuditLog::select(const QString &sql,
                                                const QList<std::pair<QString, QVariant>> &binds) const
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    for (const auto &[name, value] : binds)
        q.bindValue(name, value);
    if (!q.exec())
        return sqlError(q, "reading the audit log");
    QList<Entry> list;
    while (q.next())
        list.append(entryFromRow(q));
    return list;
}

Result<QList<AuditLog::Entry>> AuditLog::entries(const QDate &from, const QDate &to, const QTimeZone &zone) const
{
    QStringList where;
    QList<std::pair<QString, QVariant>> binds;
    // Stored times are UTC text of one fixed format, so text order is time order.
    if (from.isValid()) {
        where.append(QStringLiteral("at >= :from"));
        binds.append({QStringLiteral(":from"), timeText(QDateTime(from, QTime(0, 0), zone))});
    }
    if (to.isValid()) {
        where.append(QStringLiteral("at < :to"));
        binds.append({QStringLiteral(":to"), timeText(QDateTime(to.addDays(1), QTime(0, 0), zone))});
    }
    return select(QStringLiteral("SELECT %1 FROM audit_log %2 ORDER BY seq")
                      .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))),
                  binds);
}

Result<QList<AuditLog::Entry>> AuditLog::latest(int limit) const
{
    return select(QStringLiteral("SELECT %1 FROM (SELECT %1 FROM audit_log ORDER BY seq DESC LIMIT :limit) ORDER BY seq")
                      .arg(kColumns),
                  {{QStringLiteral(":limit"), std::max(0, limit)}});
}

QString AuditLog::toCsv(const QList<Entry> &entries, const QTimeZone &zone)
{
    QString out = QStringLiteral("seq,at,local_time,actor,action,object,detail,prev_hash,hash\r\n");
    for (const Entry &e : entries) {
        const QStringList fields{QString::number(e.seq),
                                 timeText(e.at),
                                 e.at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                 e.actor,
                                 e.action,
                                 e.object,
                                 e.detail,
                                 e.prevHash,
                                 e.hash};
        QStringList quoted;
        for (const QString &f : fields)
            quoted.append(csvField(f));
        out += quoted.join(u',') + QStringLiteral("\r\n");
    }
    return out;
}

} // namespace motcua
