// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakchecks.h"

#include "soakjournal.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <map>

namespace motcua::soak {

namespace {

// A connection of its own (every writer has stopped), closed with the scope.
class Connection
{
public:
    explicit Connection(const QString &path) : m_name(QStringLiteral("soak-check-%1").arg(path))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        m_open = db.open();
    }
    ~Connection()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    Connection(const Connection &) = delete;
    Connection &operator=(const Connection &) = delete;

    [[nodiscard]] bool isOpen() const { return m_open; }
    // The rows of `sql`, each as its columns in text.
    [[nodiscard]] QList<QStringList> rows(const QString &sql, QStringList *problems) const
    {
        QList<QStringList> out;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.exec(sql)) {
            problems->append(QStringLiteral("%1: %2").arg(sql.left(50), q.lastError().text()));
            return out;
        }
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i).toString());
            out.append(row);
        }
        return out;
    }

private:
    QString m_name;
    bool m_open = false;
};

QString integrityOf(const QString &path, QStringList *problems)
{
    if (!QFile::exists(path)) {
        problems->append(QStringLiteral("%1 does not exist").arg(path));
        return QStringLiteral("missing");
    }
    const Connection db(path);
    const auto rows = db.rows(QStringLiteral("PRAGMA integrity_check"), problems);
    const QString result = rows.isEmpty() ? QStringLiteral("no answer") : rows.first().first();
    if (result != QLatin1String("ok"))
        problems->append(QStringLiteral("integrity_check of %1: %2").arg(QFileInfo(path).fileName(), result));
    return result;
}

struct Outboxed
{
    QString id;
    QString status;
    QString portalId;
    QString paymentState;
    QString portalStatusCode; // empty: never looked up
};

} // namespace

SoakCheck checkSoak(const QString &folder, const QString &portalDatabase, int expected)
{
    SoakCheck c;
    QStringList &problems = c.problems;
    const QDir dir(folder);
    const QString filingsPath = dir.filePath(QStringLiteral("filings.db"));
    c.integrity.insert(QStringLiteral("filings"), integrityOf(filingsPath, &problems));
    c.integrity.insert(QStringLiteral("catalog"), integrityOf(dir.filePath(QStringLiteral("catalog.db")), &problems));
    c.integrity.insert(QStringLiteral("portal"), integrityOf(portalDatabase, &problems));

    // What the worker claimed.
    const SoakJournal::Read journal = SoakJournal::read(dir.filePath(QStringLiteral("journal.log")));
    c.tornJournalLines = journal.torn;
    QSet<QString> drafts;
    QSet<QString> submitting;
    QHash<QString, QString> filedDraft; // file code → draft
    QHash<QString, QString> shownId;    // file code → filing id
    QSet<QString> paid;
    for (const QStringList &e : journal.entries) {
        const QString &kind = e.first();
        if (kind == QLatin1String("draft"))
            drafts.insert(e[1]);
        else if (kind == QLatin1String("submitting"))
            submitting.insert(e[1]);
        else if (kind == QLatin1String("resumed"))
            ++c.resumed;
        else if (kind == QLatin1String("paid"))
            paid.insert(e[1]);
        else if (kind == QLatin1String("resume-failed"))
            problems.append(QStringLiteral("draft %1 could not be resumed after a kill (lost)").arg(e[1]));
        else if (kind == QLatin1String("answer-lost"))
            problems.append(QStringLiteral("draft %1 lost the saved answer %2").arg(e[1], e[2]));
        else if (kind == QLatin1String("filed")) {
            if (shownId.contains(e[2]))
                problems.append(QStringLiteral("file code %1 was shown for two filings").arg(e[2]));
            if (filedDraft.key(e[1]).size() > 0)
                problems.append(QStringLiteral("draft %1 was filed twice").arg(e[1]));
            filedDraft.insert(e[2], e[1]);
            shownId.insert(e[2], e[3]);
        }
    }
    c.drafts = int(drafts.size());
    c.shownCodes = int(shownId.size());
    c.paid = int(paid.size());

    // The kiosk's outbox.
    std::map<QString, Outboxed> outbox; // by file code
    QSet<QString> draftsLeft;
    {
        const Connection db(filingsPath);
        for (const QStringList &r : db.rows(QStringLiteral("SELECT file_code, id, status, portal_id, payment_state, "
                                                           "attempts, ifnull(portal_status_code, '') FROM outbox"),
                                            &problems)) {
            outbox[r[0]] = {r[1], r[2], r[3], r[4], r[6]};
            c.attempts += r[5].toInt();
        }
        for (const QStringList &r : db.rows(QStringLiteral("SELECT id FROM drafts"), &problems))
            draftsLeft.insert(r[0]);
        // File-code numbers: 1..max for each agency and day, the sequence at max; none skipped.
        QHash<QString, QList<int>> numbers;
        for (const auto &[code, f] : outbox)
            numbers[code.section(u'-', 0, 1)].append(code.section(u'-', 2).toInt());
        for (const QStringList &r : db.rows(QStringLiteral("SELECT agency, day, last_number FROM file_code_sequence"),
                                            &problems)) {
            const QString key = r[0] + u'-' + QDate::fromString(r[1], Qt::ISODate).toString(QStringLiteral("yyMMdd"));
            QList<int> taken = numbers.take(key);
            std::sort(taken.begin(), taken.end());
            for (int i = 0; i < taken.size(); ++i)
                if (taken[i] != i + 1) {
                    problems.append(QStringLiteral("file codes of %1: number %2 missing or reused").arg(key).arg(i + 1));
                    break;
                }
            if (r[2].toInt() != taken.size())
                problems.append(QStringLiteral("file codes of %1: sequence at %2, %3 filings")
                                    .arg(key, r[2]).arg(taken.size()));
        }
        if (!numbers.isEmpty())
            problems.append(QStringLiteral("file codes without a sequence row: %1").arg(numbers.keys().join(u',')));
    }
    c.filings = int(outbox.size());
    c.draftsLeft = int(draftsLeft.size());
    if (c.filings != expected)
        problems.append(QStringLiteral("%1 filings in the outbox, %2 asked for").arg(c.filings).arg(expected));

    // Every code shown to a citizen is that filing's, in the outbox.
    for (auto it = shownId.cbegin(); it != shownId.cend(); ++it) {
        const auto f = outbox.find(it.key());
        if (f == outbox.end())
            problems.append(QStringLiteral("file code %1 was shown but is not in the outbox").arg(it.key()));
        else if (f->second.id != it.value())
            problems.append(QStringLiteral("file code %1 was shown for another filing").arg(it.key()));
    }
    // A commit a kill cut off before the code was shown: its draft is gone, its filing has no
    // acknowledgement. There must be exactly as many such filings as such drafts.
    QSet<QString> cutOff;
    for (const QString &d : submitting)
        if (!draftsLeft.contains(d) && filedDraft.key(d).isEmpty())
            cutOff.insert(d);
    c.unacknowledged = int(outbox.size()) - int(shownId.size());
    if (c.unacknowledged != cutOff.size())
        problems.append(QStringLiteral("%1 filings nobody saw filed, but %2 drafts filed by a cut-off commit")
                            .arg(c.unacknowledged).arg(cutOff.size()));
    // Every draft the journal saw created was filed, or is still there.
    for (const QString &d : std::as_const(drafts))
        if (!draftsLeft.contains(d) && filedDraft.key(d).isEmpty() && !cutOff.contains(d))
            problems.append(QStringLiteral("draft %1 is lost: neither in filings.db nor filed").arg(d));
    if (c.draftsLeft > 0)
        problems.append(QStringLiteral("%1 drafts were never finished").arg(c.draftsLeft));
    for (const QString &code : std::as_const(paid)) {
        const auto f = outbox.find(code);
        if (f == outbox.end() || f->second.paymentState != QLatin1String("paid"))
            problems.append(QStringLiteral("the payment of %1 was confirmed but is not kept").arg(code));
    }

    // The portal: each filing once, under its Idempotency-Key and file code; nothing else.
    const Connection portal(portalDatabase);
    QHash<QString, int> keys;
    QHash<QString, int> codes;
    QHash<QString, QStringList> byCode;
    for (const QStringList &r : portal.rows(QStringLiteral("SELECT idempotency_key, file_code, portal_id FROM filings"),
                                            &problems)) {
        ++keys[r[0]];
        ++codes[r[1]];
        byCode.insert(r[1], r);
    }
    c.atPortal = int(byCode.size());
    for (const auto &[code, f] : outbox) {
        const QStringList at = byCode.value(code);
        if (f.status != QLatin1String("sent"))
            problems.append(QStringLiteral("%1 ended %2, not sent").arg(code, f.status));
        else if (codes.value(code) != 1 || keys.value(f.id) != 1 || at.value(0) != f.id)
            problems.append(QStringLiteral("%1 is at the portal %2 times by code, %3 by its key")
                                .arg(code).arg(codes.value(code)).arg(keys.value(f.id)));
        else if (at.value(2) != f.portalId)
            problems.append(QStringLiteral("%1: the kiosk kept portal id %2, the portal gave %3")
                                .arg(code, f.portalId, at.value(2)));
        else
            ++c.exactlyOnce;
    }
    for (auto it = codes.cbegin(); it != codes.cend(); ++it)
        if (outbox.find(it.key()) == outbox.end())
            problems.append(QStringLiteral("the portal holds %1, which the kiosk never filed").arg(it.key()));

    // A status the kiosk recorded is one the portal gave that filing (a garbled reply is
    // never taken for a status).
    QHash<QString, QSet<QString>> statusCodes; // file code → the codes of its history
    for (const QStringList &r : portal.rows(QStringLiteral("SELECT file_code, status_code FROM history"), &problems))
        statusCodes[r[0]].insert(r[1]);
    for (const auto &[code, f] : outbox) {
        if (f.portalStatusCode.isEmpty())
            continue;
        ++c.statusesKept;
        if (!statusCodes.value(code).contains(f.portalStatusCode))
            problems.append(QStringLiteral("%1: the kiosk kept status code %2, which the portal never gave it")
                                .arg(code, f.portalStatusCode));
    }
    return c;
}

} // namespace motcua::soak
