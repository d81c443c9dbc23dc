// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace motcua::sim {

struct PortalStatus;

// A filing as the portal keeps it. No personal data: the applicant, answers and attachments
// are checked and forgotten; the SHA-256 of the request body is enough to recognise a resend.
struct NewFiling
{
    QString idempotencyKey;
    QByteArray bodySha256; // hex
    QString fileCode;
    QString procedureCode;
    QString receivedAt;
    QString appointmentDate;
    QString filedOnBehalfBy; // the clerk who filed for the citizen; empty: the citizen alone
};

// What PUT /api/v1/filings/{fileCode}/rating comes to.
enum class RatingOutcome {
    Stored,   // new, or replacing another rating
    Same,     // the same rating again (idempotent)
    NotFound, // no such filing
};

// What POST /api/v1/filings comes to.
struct FilingReceipt
{
    enum class Kind {
        Created,       // 201 with `reply`
        Replayed,      // 200 with `reply`, the bytes of the first answer
        KeyMismatch,   // 422 idempotency_mismatch
        FileCodeTaken, // 422 file_code_taken
    };
    Kind kind = Kind::Created;
    QByteArray reply;
};

// The simulator's own SQLite database (WAL when it is a file): filings by Idempotency-Key,
// their status history and payment.
class SimStore
{
public:
    SimStore() = default;
    ~SimStore();
    SimStore(const SimStore &) = delete;
    SimStore &operator=(const SimStore &) = delete;

    // `path` empty: a database in memory, gone when the simulator stops.
    [[nodiscard]] Status open(const QString &path);

    // Stores a new filing with the history entry "received" and the receipt it is answered
    // with, or says why not; all in one transaction.
    [[nodiscard]] Result<FilingReceipt> store(const NewFiling &filing);
    // The body of GET /api/v1/filings/{fileCode}, or nullopt when there is no such filing.
    [[nodiscard]] Result<std::optional<QJsonObject>> filing(const QString &fileCode);
    // Appends to the history; false when there is no such filing.
    [[nodiscard]] Result<bool> appendStatus(const QString &fileCode, const PortalStatus &status,
                                            const QString &note);
    // Replaces how the fee stands; false when there is no such filing.
    [[nodiscard]] Result<bool> setPayment(const QString &fileCode, const QJsonObject &payment);
    [[nodiscard]] Result<int> filingCount();
    // Stores (or replaces) a filing's satisfaction rating {"rating", "reasons", "ratedAt"}.
    [[nodiscard]] Result<RatingOutcome> putRating(const QString &fileCode, const QJsonObject &rating);
    [[nodiscard]] Result<int> ratingCount();
    // GET /sim/filings/{fileCode}: what the portal keeps besides the status, for tests:
    // {"fileCode", "portalId", "filedOnBehalfBy", "rating": {... "puts"}}; nullopt when unknown.
    [[nodiscard]] Result<std::optional<QJsonObject>> simView(const QString &fileCode);

    // Now, ISO 8601 with the offset (the times of history entries, payments and ping).
    [[nodiscard]] static QString now();

private:
    [[nodiscard]] Status migrate();
    [[nodiscard]] Result<bool> exists(const QString &fileCode);

    QSqlDatabase m_db;
};

} // namespace motcua::sim
