// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QTimeZone>

#include <functional>
#include <memory>

namespace motcua {

// Who did what on this kiosk, in staff.db (staffschema.h): an append-only hash chain. Every
// entry's hash is SHA-256 over its own fields and the previous entry's hash, and a one-row head
// (last seq + hash) is written in the same transaction, so verify() finds an edited entry, a
// deleted or reordered one, and a deleted last entry (docs/clerk-accounts-and-audit.md).
//
// PRIVACY: an entry never holds a citizen's personal data. `object` is a file code, a filing's
// id, an account name, a catalog version or a config key; `detail` is short English about the
// action (never a citizen's name, ID number, address or answers). The log outlives the purge of
// filings' personal data, so whatever is written here stays.
//
// One instance per thread (like FilingStore). Appends from several processes (the kiosk and
// `motcua`) keep one chain: each runs inside BEGIN IMMEDIATE.
class AuditLog
{
public:
    using Clock = std::function<QDateTime()>; // default: QDateTime::currentDateTimeUtc

    // The hash an empty log's first entry links to.
    static const QString kGenesisHash; // 64 zeros

    struct Entry
    {
        qint64 seq = 0;  // 1, 2, 3 … without gaps
        QDateTime at;    // UTC, milliseconds
        QString actor;   // kiosk | clerk:<name> | technician:<name> | cli:<user>
        QString action;  // machine key: login, login_failed, lockout, logout, filing_on_behalf,
                         // payment_confirmed, payment_rejected, exemption_decided, resend,
                         // config_change, catalog_update, wipe, clerk_added, clerk_removed, pin_reset
        QString object;  // file code, account name, … — never a citizen's personal data
        QString detail;  // short English — never a citizen's personal data
        QString prevHash;
        QString hash;    // hex SHA-256 of canonical(seq, at, actor, action, object, detail, prevHash)

        [[nodiscard]] QJsonObject toJson() const;
    };

    // What verify() found: the first problem, if any.
    struct Check
    {
        bool ok = false;
        qint64 entries = 0;      // in the log
        qint64 brokenAtSeq = 0;  // the first entry that does not hold (0 when ok)
        QString problem;         // English, e.g. "entry 17: hash does not match its contents (edited?)"
        [[nodiscard]] QJsonObject toJson() const;
    };

    ~AuditLog();
    AuditLog(const AuditLog &) = delete;
    AuditLog &operator=(const AuditLog &) = delete;

    [[nodiscard]] static Result<std::unique_ptr<AuditLog>> open(const QString &path, Clock clock = {});
    [[nodiscard]] QString path() const { return m_path; }

    // Actions are lower-case keys ([a-z_], at most 40); an actor is needed; object ≤ 200 and
    // detail ≤ 500 characters.
    [[nodiscard]] Result<Entry> append(const QString &actor, const QString &action, const QString &object = {},
                                       const QString &detail = {});
    // Reads the whole chain and the head; an error only when the file cannot be read.
    [[nodiscard]] Result<Check> verify() const;
    // Entries whose time falls on the days `from` … `to` (inclusive) in `zone` (the office's
    // time zone, [kiosk] time_zone), oldest first. An invalid date leaves that end open.
    [[nodiscard]] Result<QList<Entry>> entries(const QDate &from, const QDate &to, const QTimeZone &zone) const;
    // The last `limit` entries, oldest first.
    [[nodiscard]] Result<QList<Entry>> latest(int limit) const;

    // RFC 4180 (CRLF line ends, quotes where needed) with a header row: seq, at (UTC),
    // local_time (in `zone`), actor, action, object, detail, prev_hash, hash.
    [[nodiscard]] static QString toCsv(const QList<Entry> &entries, const QTimeZone &zone);
    // The canonical serialisation the hash is taken over, and the hash itself (docs).
    [[nodiscard]] static QByteArray canonical(qint64 seq, const QString &at, const QString &actor,
                                              const QString &action, const QString &object,
                                              const QString &detail, const QString &prevHash);
    [[nodiscard]] static QString hashOf(const Entry &entry);

private:
    AuditLog(QString path, QSqlDatabase db, Clock clock);
    [[nodiscard]] Result<QList<Entry>> select(const QString &sql, const QList<std::pair<QString, QVariant>> &binds) const;

    QString m_path;
    mutable QSqlDatabase m_db;
    Clock m_clock;
};

} // namespace motcua
