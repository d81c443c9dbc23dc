// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/uilanguage.h"
#include "forms/fieldchecks.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace motcua {

enum class FieldType {
    Text, Multiline, Number, Date, Choice, YesNo, Cccd, Phone, Email, Address, Person, Photo,
    Group,
    Document // made by the kiosk for a "documents" step: { have, photo }
};

// "show this only when …" (docs/form-format.md, Conditions).
struct Condition
{
    enum class Kind { Equals, NotEquals, In, Answered, All, Any };
    Kind kind = Kind::Equals;
    QString field;          // id, id.part or a computed value's id
    QJsonValue value;       // Equals / NotEquals
    QJsonArray values;      // In
    bool answered = true;   // Answered
    std::vector<Condition> children; // All / Any
};

// Texts: every record keeps the Vietnamese in its plain members and the form's English, where
// it has some, in `en` (the file's "en" object beside them, by the same keys; see UiLanguage).
// localized() gives a copy whose plain members hold the texts to show in a language; FormSession
// shows its steps that way (see FormSession::retranslate()).

struct ChoiceOption
{
    QString value;
    QString label;
    QJsonObject en{}; // label
};

struct FieldDefinition
{
    QString id;
    FieldType type = FieldType::Text;
    QString label;
    QString help;
    QString example;
    bool required = true;
    std::optional<Condition> showIf;
    QJsonValue defaultValue;

    int maxLength = 200;          // text, multiline
    bool nameFormat = false;      // text with format "name"
    qint64 min = 0, max = 0;      // number
    DateRange range = DateRange::Past;
    std::vector<ChoiceOption> options;
    bool multiple = false;        // choice
    bool askDetail = true;        // address
    QStringList parts;            // person: which of fullName, dateOfBirth, sex, idNumber
    QStringList optionalParts;    // person
    bool prefillFromCccd = false; // person
    std::vector<FieldDefinition> fields; // group
    int minItems = 1, maxItems = 10;     // group
    QString itemLabel;            // group, "%1" = item number
    QString addLabel;             // group
    int documentIndex = -1;       // document: index in the procedure's documents
    QJsonObject en{};             // label, help, example; group: itemLabel, addLabel

    [[nodiscard]] static QStringList englishKeys();
    // This field (its options and sub-fields too) with its texts in `language`.
    [[nodiscard]] FieldDefinition localized(const QString &language = UiLanguage::current()) const;

    [[nodiscard]] const ChoiceOption *option(const QString &value) const;
    [[nodiscard]] const FieldDefinition *subField(const QString &id) const;
    // A group item's title: itemLabel with %1 = index + 1, or "Mục 2" (translated).
    [[nodiscard]] QString itemTitle(qsizetype index) const;
    [[nodiscard]] bool hasPart(const QString &part) const { return parts.contains(part); }
    [[nodiscard]] bool partRequired(const QString &part) const
    {
        return required && hasPart(part) && !optionalParts.contains(part);
    }
};

struct StepDefinition
{
    enum class Kind { Fields, Documents, Delivery };
    QString id;
    QString title;
    QString intro;
    Kind kind = Kind::Fields;
    std::optional<Condition> showIf;
    std::vector<FieldDefinition> fields;
    QJsonObject en{}; // title, intro

    [[nodiscard]] StepDefinition localized(const QString &language = UiLanguage::current()) const;
};

struct ComputedDefinition
{
    enum class Kind { DaysSince, AgeYears };
    QString id;
    QString label;
    Kind kind = Kind::DaysSince;
    QString from; // a date field or person.dateOfBirth
    std::optional<qint64> over;
    QJsonObject en{}; // label

    [[nodiscard]] QString shownLabel(const QString &language = UiLanguage::current()) const;
};

// The field `id` among the top-level fields of `steps`, or nullptr.
[[nodiscard]] const FieldDefinition *findField(const std::vector<StepDefinition> &steps, const QString &id);

// One procedure's form, as written in resources/forms/<code>.json (docs/form-format.md).
// How a form's answers feed the procedure's fee (docs/form-format.md, "fee").
struct FeeBinding
{
    QString items;     // a group field: one fee item per entry (a paper to copy); empty: one item
    QString label;     // the item's name (a field of the group)
    QString pages;     // number field: in the group when `items` is set, else top-level
    QString copies;    // number field: likewise
    QString exemption; // a choice field whose values are the fee rule's exemption keys ("none": none)
    struct AutoExemption
    {
        QString key;    // an exemption key of the fee rule
        Condition when; // e.g. lateRegistration equals false → "on_time"
    };
    std::vector<AutoExemption> exemptWhen;
};

struct FormDefinition
{
    QString procedure;
    int version = 0;
    QString title;
    QString basedOn;
    QString applicant;        // id of the filer's person field
    QString applicantAddress; // id of the address field the CCCD's address fills, or empty
    std::vector<StepDefinition> steps;
    std::vector<ComputedDefinition> computed;
    std::optional<FeeBinding> fee;
    QJsonObject en{}; // title

    [[nodiscard]] QString shownTitle(const QString &language = UiLanguage::current()) const;
    // The steps with their texts in `language`.
    [[nodiscard]] std::vector<StepDefinition> localizedSteps(const QString &language = UiLanguage::current()) const;

    // Every problem at once, one per line, each with its JSON path (load() adds the file name).
    [[nodiscard]] static Result<FormDefinition> parse(const QByteArray &json);
    [[nodiscard]] static Result<FormDefinition> load(const QString &path);
    // Forms compiled into the program (resources/forms): codes, and one form by code.
    [[nodiscard]] static QStringList bundledCodes();
    [[nodiscard]] static Result<FormDefinition> bundled(const QString &procedureCode);

    // A top-level field (in any step), or nullptr.
    [[nodiscard]] const FieldDefinition *field(const QString &id) const;
    [[nodiscard]] const ComputedDefinition *computedValue(const QString &id) const;

    [[nodiscard]] static QString typeKey(FieldType type);
    [[nodiscard]] static QStringList personParts();
};

} // namespace motcua
