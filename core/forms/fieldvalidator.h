// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/formdefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonValue>
#include <QList>

#include <functional>

namespace motcua {

class AdminUnits;

// One thing wrong with one answer, placed so the UI can highlight the field.
struct FieldError
{
    QString stepId;
    QString path;  // "child.fullName", "copies[1].pages", "doc2"
    QString label; // the question as the citizen saw it
    FieldProblem problem;

    // The top-level field the path starts with ("copies[1].pages" → "copies").
    [[nodiscard]] QString fieldId() const;
};

// Checks one answer against its field definition, with the plain messages of FieldChecks.
// Messages for the citizen are translated into the kiosk's language (Vietnamese source); the
// labels are those of the field given.
class FieldValidator
{
    Q_DECLARE_TR_FUNCTIONS(FieldValidator)

public:
    // Whether a field inside a group item is shown (its showIf, evaluated for that item).
    using ItemVisibility = std::function<bool(const FieldDefinition &, const QJsonObject &item)>;

    FieldValidator(const AdminUnits &units, const QDate &today) : m_units(units), m_today(today) {}

    // Appends every problem of `value` (an answer of `field`) to `out`, `path` naming it.
    void check(const FieldDefinition &field, const QJsonValue &value, const QString &path,
               const ItemVisibility &visibleInItem, QList<FieldError> *out) const;

    // No answer: missing, null, blank text, empty list or object.
    [[nodiscard]] static bool isEmpty(const QJsonValue &value);

private:
    void checkPerson(const FieldDefinition &field, const QJsonObject &person, const QString &path,
                     QList<FieldError> *out) const;
    void checkAddress(const FieldDefinition &field, const QJsonObject &address, const QString &path,
                      QList<FieldError> *out) const;
    void checkGroup(const FieldDefinition &field, const QJsonArray &items, const QString &path,
                    const ItemVisibility &visibleInItem, QList<FieldError> *out) const;
    [[nodiscard]] std::optional<FieldProblem> checkScalar(const FieldDefinition &field,
                                                          const QJsonValue &value) const;

    const AdminUnits &m_units;
    QDate m_today;
};

} // namespace motcua
