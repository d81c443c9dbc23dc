// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parts of FilingStore (filingstore.cpp, filingpayments.cpp, filingdelivery.cpp)
// share about the outbox's tables.
#include "outbox/filingstore.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

namespace motcua::outboxsql {

[[nodiscard]] inline QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

[[nodiscard]] inline QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

[[nodiscard]] inline QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

[[nodiscard]] inline QJsonObject fromJsonText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

// A NOT NULL text column takes "" for an empty string (a null QString binds as NULL).
[[nodiscard]] inline QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

// An amount, or SQL NULL when it is not known.
[[nodiscard]] inline QVariant amountOrNull(const std::optional<qint64> &amount)
{
    return amount ? QVariant(*amount) : QVariant(QMetaType(QMetaType::LongLong));
}

// A time, or SQL NULL.
[[nodiscard]] inline QVariant timeOrNull(const QDateTime &at)
{
    return at.isValid() ? QVariant(at.toUTC().toString(Qt::ISODateWithMs)) : QVariant(QMetaType(QMetaType::QString));
}

[[nodiscard]] inline Error sqlError(const QSqlQuery &q, const char *what)
{
    return Error{QStringLiteral("%1 failed: %2").arg(QString::fromLatin1(what), q.lastError().text())};
}

// "SELECT <kDraftColumns> FROM drafts …" gives rows for draftFromRow.
extern const QString kDraftColumns;
[[nodiscard]] Draft draftFromRow(const QSqlQuery &q);

// "SELECT <kFilingColumns> FROM outbox …" gives rows for filingFromRow.
extern const QString kFilingColumns;
[[nodiscard]] Filing filingFromRow(const QSqlQuery &q);
// Runs a prepared "SELECT <kFilingColumns> …" and reads every row.
[[nodiscard]] Result<QList<Filing>> filingsFrom(QSqlQuery &q, const char *what);
// The payment's six columns, read from column `first` on (filingstore.cpp). Plain constants:
// kFilingColumns is built from them during static initialisation.
inline constexpr char kPaymentColumns[] =
    "fee_amount, payment_state, payment_method, payment_confirmed_by, payment_changed_at, payment_waived_reason";
[[nodiscard]] Payment paymentFromRow(const QSqlQuery &q, int first);
// The rating's five columns, read from column `first` on (filingratings.cpp).
inline constexpr char kRatingColumns[] = "rating, rating_reasons, rated_at, rating_sent_at, rating_error";
[[nodiscard]] Rating ratingFromRow(const QSqlQuery &q, int first);

} // namespace motcua::outboxsql
