// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace motcua {

// What is wrong with one answer: a plain sentence for the citizen, English for the CLI and logs.
// Neither ever repeats the answer itself (it may be personal data).
struct FieldProblem
{
    // For the citizen: written in Vietnamese (the source language) and translated by Qt into
    // the kiosk's language when the check runs (the Vietnamese itself with no translator).
    QString vietnamese;
    QString english; // never translated
    bool operator==(const FieldProblem &) const = default;
};

// Which dates a date field accepts.
enum class DateRange { Past, Future, Any };

// The checks behind every field type of a form. Each returns nothing when the value is good.
// Values are checked as typed (after trimming): the caller decides about empty/required.
namespace FieldChecks {

// A person's full name: Vietnamese (or Latin) letters with their marks, spaces, apostrophes and
// hyphens; at least two words; at most 100 characters. "Nguyễn Văn An" yes, "An2" no.
// Decomposed (NFD) input is composed first; ' ’ ʼ and - must stand between letters ("H'Hen Niê").
[[nodiscard]] std::optional<FieldProblem> personName(const QString &name);

// A CCCD / personal ID number: exactly 12 digits, the first three a province code (001–096,
// the pre-2025 provinces, CccdParser::isProvinceCode), the 4th a century/sex code (0–9 as
// DESIGN.md describes, so any digit).
[[nodiscard]] std::optional<FieldProblem> cccdNumber(const QString &id);

// A Vietnamese phone number: mobile 0[35789]xxxxxxxx (10 digits) or landline 02xxxxxxxxx
// (11 digits); "+84" / "84" instead of the leading 0 ("+84 0912…" too), and spaces, dots,
// dashes or parentheses between digit groups ("(024) 3825 1234"), are accepted.
[[nodiscard]] std::optional<FieldProblem> phone(const QString &phone);
// The phone number reduced to its digits with a leading 0 ("+84 912.345.678" → "0912345678");
// empty when it is not a phone number.
[[nodiscard]] QString normalizedPhone(const QString &phone);

// An e-mail address: local@domain.tld, no spaces, at most 254 characters.
[[nodiscard]] std::optional<FieldProblem> email(const QString &email);

// An ISO date "YYYY-MM-DD" that exists, not before 1900-01-01, within `range` relative to
// `today` (Past: not after today; Future: today or later).
[[nodiscard]] std::optional<FieldProblem> date(const QString &iso, DateRange range,
                                               const QDate &today);

// A whole number (optionally signed) within [min, max].
[[nodiscard]] std::optional<FieldProblem> number(const QString &text, qint64 min, qint64 max);

// Free text: at most `maxLength` characters (composed, spaces around not counted), no control
// characters other than newlines (\n, \r) when `multiline`.
[[nodiscard]] std::optional<FieldProblem> text(const QString &text, int maxLength, bool multiline);

} // namespace FieldChecks
} // namespace motcua
