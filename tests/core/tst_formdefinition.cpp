// SPDX-License-Identifier: GPL-3.0-or-later
// Form definitions: the eight bundled forms load and match the catalog; broken files are
// refused with every problem named by its JSON path.
#include "testsupport.h"

#include "forms/formdefinition.h"

#include <QJsonDocument>

using namespace motcua;

namespace {

// A small valid form to break in one place at a time.
QJsonObject validForm()
{
    return QJsonDocument::fromJson(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
      "title": "Tờ khai thử", "applicant": "applicant",
      "steps": [
        { "id": "who", "title": "Người đi khai", "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "prefill": "cccd" },
          { "id": "relationship", "type": "choice", "label": "Quan hệ",
            "options": [ { "value": "father", "label": "Cha" }, { "value": "other", "label": "Khác" } ] },
          { "id": "relationshipOther", "type": "text", "label": "Quan hệ khác",
            "showIf": { "field": "relationship", "equals": "other" } } ] },
        { "id": "child", "title": "Trẻ", "fields": [
          { "id": "child", "type": "person", "label": "Trẻ", "parts": ["fullName", "dateOfBirth", "sex"] } ] },
        { "id": "late", "title": "Lý do", "showIf": { "field": "lateRegistration", "equals": true },
          "fields": [ { "id": "reason", "type": "multiline", "label": "Lý do" } ] },
        { "id": "copies", "title": "Bản sao", "fields": [
          { "id": "copies", "type": "group", "label": "Bản sao", "min": 1, "max": 3,
            "fields": [ { "id": "count", "type": "number", "label": "Số bản", "min": 1, "max": 10 } ] } ] },
        { "id": "documents", "title": "Giấy tờ", "kind": "documents" }
      ],
      "computed": [
        { "id": "lateRegistration", "label": "Quá hạn", "kind": "daysSince", "from": "child.dateOfBirth", "over": 60 }
      ]
    })").object();
}

QString errorsOf(const QJsonObject &form)
{
    const auto parsed = FormDefinition::parse(QJsonDocument(form).toJson());
    return parsed ? QString() : parsed.error();
}

QJsonObject withField(QJsonObject form, int step, int field, const QString &key, const QJsonValue &value)
{
    QJsonArray steps = form[QStringLiteral("steps")].toArray();
    QJsonObject s = steps[step].toObject();
    QJsonArray fields = s[QStringLiteral("fields")].toArray();
    QJsonObject f = fields[field].toObject();
    if (value.isUndefined())
        f.remove(key);
    else
        f[key] = value;
    fields[field] = f;
    s[QStringLiteral("fields")] = fields;
    steps[step] = s;
    form[QStringLiteral("steps")] = steps;
    return form;
}

} // namespace

TEST_CASE("a valid form parses with its steps, fields, conditions and computed values", "[forms]")
{
    const auto form = FormDefinition::parse(QJsonDocument(validForm()).toJson());
    REQUIRE(form.ok());
    CHECK(form->procedure == QStringLiteral("1.001193"));
    REQUIRE(form->steps.size() == 5);
    CHECK(form->steps[4].kind == StepDefinition::Kind::Documents);
    const FieldDefinition *applicant = form->field(QStringLiteral("applicant"));
    REQUIRE(applicant);
    CHECK(applicant->prefillFromCccd);
    CHECK(applicant->parts == FormDefinition::personParts());
    const FieldDefinition *child = form->field(QStringLiteral("child"));
    REQUIRE(child);
    CHECK_FALSE(child->hasPart(QStringLiteral("idNumber")));
    const FieldDefinition *other = form->field(QStringLiteral("relationshipOther"));
    REQUIRE(other);
    REQUIRE(other->showIf);
    CHECK(other->showIf->field == QStringLiteral("relationship"));
    const FieldDefinition *copies = form->field(QStringLiteral("copies"));
    REQUIRE(copies);
    CHECK(copies->maxItems == 3);
    CHECK(copies->subField(QStringLiteral("count"))->max == 10);
    REQUIRE(form->computedValue(QStringLiteral("lateRegistration")));
    CHECK(form->computedValue(QStringLiteral("lateRegistration"))->over == 60);
}

TEST_CASE("form errors name the JSON path of each problem, all at once", "[forms]")
{
    SECTION("syntax error with line and column")
    {
        const auto parsed = FormDefinition::parse("{\n  \"format\": \"motcua-form\",\n  oops\n}");
        REQUIRE_FALSE(parsed.ok());
        CHECK(parsed.error().contains(QStringLiteral("line 3")));
    }
    SECTION("unknown type and a choice with one option, reported together")
    {
        QJsonObject form = withField(validForm(), 0, 2, QStringLiteral("type"), QStringLiteral("colour"));
        form = withField(form, 0, 1, QStringLiteral("options"),
                         QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("a")},
                                                {QStringLiteral("label"), QStringLiteral("A")}}});
        const QString errors = errorsOf(form);
        CHECK(errors.contains(QStringLiteral("steps[0].fields[2].type: 'colour' is not one of")));
        CHECK(errors.contains(QStringLiteral("steps[0].fields[1].options: needs at least 2 entries")));
    }
    SECTION("a condition naming no field")
    {
        const QJsonObject form = withField(validForm(), 0, 2, QStringLiteral("showIf"),
                                           QJsonObject{{QStringLiteral("field"), QStringLiteral("relation")},
                                                       {QStringLiteral("equals"), QStringLiteral("other")}});
        CHECK(errorsOf(form).contains(QStringLiteral("steps[0].fields[2].showIf.field: no field or computed value 'relation'")));
    }
    SECTION("a person part that does not exist in a condition")
    {
        const QJsonObject form = withField(validForm(), 0, 2, QStringLiteral("showIf"),
                                           QJsonObject{{QStringLiteral("field"), QStringLiteral("child.idNumber")},
                                                       {QStringLiteral("answered"), true}});
        CHECK(errorsOf(form).contains(QStringLiteral("no field or computed value 'child.idNumber'")));
    }
    SECTION("duplicate and reserved ids")
    {
        QJsonObject form = withField(validForm(), 0, 2, QStringLiteral("id"), QStringLiteral("relationship"));
        form = withField(form, 1, 0, QStringLiteral("id"), QStringLiteral("doc1"));
        const QString errors = errorsOf(form);
        CHECK(errors.contains(QStringLiteral("steps[0].fields[2].id: 'relationship' appears twice in the form")));
        CHECK(errors.contains(QStringLiteral("steps[1].fields[0].id: 'doc1' is reserved")));
    }
    SECTION("a computed value from a field that is not a date")
    {
        QJsonObject form = validForm();
        form[QStringLiteral("computed")] = QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("x")}, {QStringLiteral("label"), QStringLiteral("X")},
            {QStringLiteral("kind"), QStringLiteral("ageYears")}, {QStringLiteral("from"), QStringLiteral("relationship")}}};
        CHECK(errorsOf(form).contains(QStringLiteral("computed[0].from: 'relationship' is not a date field")));
    }
    SECTION("the applicant must be a person field")
    {
        QJsonObject form = validForm();
        form[QStringLiteral("applicant")] = QStringLiteral("relationship");
        CHECK(errorsOf(form).contains(QStringLiteral("applicant: 'relationship' is not a person field")));
    }
    SECTION("a group inside a group")
    {
        QJsonObject form = validForm();
        const QJsonObject inner{{QStringLiteral("id"), QStringLiteral("inner")},
                                {QStringLiteral("type"), QStringLiteral("group")},
                                {QStringLiteral("label"), QStringLiteral("Trong")},
                                {QStringLiteral("fields"), QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("a")},
                                                                                  {QStringLiteral("type"), QStringLiteral("text")},
                                                                                  {QStringLiteral("label"), QStringLiteral("A")}}}}};
        form = withField(form, 3, 0, QStringLiteral("fields"), QJsonArray{inner});
        CHECK(errorsOf(form).contains(QStringLiteral("steps[3].fields[0].fields[0].type: a group cannot be inside a group")));
    }
    SECTION("defaults must fit their field")
    {
        QJsonObject form = withField(validForm(), 0, 1, QStringLiteral("default"), QStringLiteral("mother"));
        form = withField(form, 0, 2, QStringLiteral("default"), 3);
        form = withField(form, 1, 0, QStringLiteral("default"), QStringLiteral("x"));
        const QString errors = errorsOf(form);
        CHECK(errors.contains(QStringLiteral("steps[0].fields[1].default: must be one of the option values")));
        CHECK(errors.contains(QStringLiteral("steps[0].fields[2].default: must be a string for a text field")));
        CHECK(errors.contains(QStringLiteral("steps[1].fields[0].default: not allowed for a person field")));
        CHECK(errorsOf(withField(validForm(), 0, 1, QStringLiteral("default"), QStringLiteral("father"))).isEmpty());
    }
    SECTION("duplicate option values, optional parts that are not parts, `in` without a list")
    {
        QJsonObject form = withField(validForm(), 0, 1, QStringLiteral("options"),
                                     QJsonArray{QJsonObject{{QStringLiteral("value"), QStringLiteral("a")}, {QStringLiteral("label"), QStringLiteral("A")}},
                                                QJsonObject{{QStringLiteral("value"), QStringLiteral("a")}, {QStringLiteral("label"), QStringLiteral("B")}}});
        form = withField(form, 1, 0, QStringLiteral("optionalParts"), QJsonArray{QStringLiteral("idNumber")});
        form = withField(form, 0, 2, QStringLiteral("showIf"),
                         QJsonObject{{QStringLiteral("field"), QStringLiteral("relationship")}, {QStringLiteral("in"), QStringLiteral("a")}});
        const QString errors = errorsOf(form);
        CHECK(errors.contains(QStringLiteral("steps[0].fields[1].options[1].value: 'a' appears twice")));
        CHECK(errors.contains(QStringLiteral("steps[1].fields[0].optionalParts: 'idNumber' is not one of the parts")));
        CHECK(errors.contains(QStringLiteral("steps[0].fields[2].showIf.in: must be an array")));
    }
    SECTION("one delivery step at most")
    {
        QJsonObject form = validForm();
        QJsonArray steps = form[QStringLiteral("steps")].toArray();
        for (const char *id : {"d1", "d2"})
            steps.append(QJsonObject{{QStringLiteral("id"), QLatin1String(id)}, {QStringLiteral("title"), QStringLiteral("Nhận")},
                                     {QStringLiteral("kind"), QStringLiteral("delivery")}});
        form[QStringLiteral("steps")] = steps;
        CHECK(errorsOf(form).contains(QStringLiteral("steps[6].kind: only one delivery step per form")));
    }
    SECTION("a documents step may not list fields")
    {
        QJsonObject form = validForm();
        QJsonArray steps = form[QStringLiteral("steps")].toArray();
        QJsonObject docs = steps[4].toObject();
        docs[QStringLiteral("fields")] = QJsonArray{};
        steps[4] = docs;
        form[QStringLiteral("steps")] = steps;
        CHECK(errorsOf(form).contains(QStringLiteral("steps[4].fields: not allowed")));
    }
}

TEST_CASE("the eight bundled forms load and belong to procedures of the demo catalog", "[forms]")
{
    const QStringList codes = FormDefinition::bundledCodes();
    const QStringList required{QStringLiteral("1.001193"), QStringLiteral("1.004873"), QStringLiteral("1.000894"),
                               QStringLiteral("1.000656"), QStringLiteral("2.000884"), QStringLiteral("2.000815"),
                               QStringLiteral("2.000635"), QStringLiteral("1.004194")};
    for (const QString &code : required)
        CHECK(codes.contains(code));
    test::TempCatalog demo{QString()};
    for (const QString &code : codes) {
        INFO(code.toStdString());
        const auto form = FormDefinition::bundled(code);
        REQUIRE(form.ok());
        CHECK(form->procedure == code);
        CHECK(demo.store->procedure(code).has_value());
        const FieldDefinition *applicant = form->field(form->applicant);
        REQUIRE(applicant);
        CHECK(applicant->prefillFromCccd);
        const bool hasDocuments = std::any_of(form->steps.begin(), form->steps.end(), [](const StepDefinition &s) {
            return s.kind == StepDefinition::Kind::Documents;
        });
        CHECK(hasDocuments);
    }
}

TEST_CASE("load() puts the file name before every problem", "[forms]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.json"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "motcua-form", "formatVersion": 2})");
    file.close();
    const auto form = FormDefinition::load(path);
    REQUIRE_FALSE(form.ok());
    const QStringList lines = form.error().split(u'\n');
    CHECK(lines.size() >= 3);
    for (const QString &line : lines)
        CHECK(line.startsWith(QStringLiteral("broken.json: ")));
}
