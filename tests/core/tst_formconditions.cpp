// SPDX-License-Identifier: GPL-3.0-or-later
// Conditions (docs/form-format.md, "Conditions"): every kind of showIf, on person parts and
// computed values, on fields that are themselves hidden, on steps, in a loop, and per item
// inside a group.
#include "testsupport.h"

#include "forms/adminunits.h"
#include "forms/formsession.h"

#include <QJsonArray>
#include <QJsonObject>

#include <chrono>

using namespace motcua;
using motcua::test::pathsOf;

namespace {

const QDate kToday(2026, 11, 23);

FormDefinition parsed(const char *json)
{
    const auto form = FormDefinition::parse(QByteArray(json));
    INFO(form.error().toStdString());
    REQUIRE(form.ok());
    return form.value();
}

// Field-level conditions. Nothing is required except where a test looks at validateStep.
FormDefinition fieldsForm()
{
    return parsed(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
      "title": "Điều kiện thử", "applicant": "applicant",
      "steps": [
        { "id": "who", "title": "Người đi khai", "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "parts": ["fullName"], "required": false },
          { "id": "relationship", "type": "choice", "label": "Quan hệ với trẻ", "required": false,
            "options": [ { "value": "father", "label": "Cha" }, { "value": "mother", "label": "Mẹ" },
                         { "value": "other", "label": "Người khác" } ] },
          { "id": "notMother", "type": "text", "label": "Không phải mẹ", "required": false,
            "showIf": { "field": "relationship", "notEquals": "mother" } },
          { "id": "parentOnly", "type": "text", "label": "Cha hoặc mẹ", "required": false,
            "showIf": { "field": "relationship", "in": ["father", "mother"] } },
          { "id": "languages", "type": "choice", "label": "Ngôn ngữ", "multiple": true, "required": false,
            "options": [ { "value": "vi", "label": "Tiếng Việt" }, { "value": "en", "label": "Tiếng Anh" },
                         { "value": "fr", "label": "Tiếng Pháp" } ] },
          { "id": "foreignNote", "type": "text", "label": "Ghi chú ngoại ngữ", "required": false,
            "showIf": { "field": "languages", "in": ["en", "fr"] } },
          { "id": "notEnglish", "type": "text", "label": "Không chọn tiếng Anh", "required": false,
            "showIf": { "field": "languages", "notEquals": "en" } },
          { "id": "phone", "type": "phone", "label": "Số điện thoại", "required": false },
          { "id": "phoneNote", "type": "text", "label": "Giờ gọi", "required": false,
            "showIf": { "field": "phone", "answered": true } },
          { "id": "noPhoneReason", "type": "text", "label": "Vì sao không có số điện thoại",
            "showIf": { "field": "phone", "answered": false } },
          { "id": "special", "type": "text", "label": "Đặc biệt", "required": false,
            "showIf": { "all": [ { "field": "relationship", "in": ["father", "mother"] },
                                 { "any": [ { "field": "languages", "equals": "fr" },
                                            { "field": "phone", "answered": true } ] } ] } },
          { "id": "either", "type": "text", "label": "Hoặc", "required": false,
            "showIf": { "any": [ { "all": [ { "field": "relationship", "equals": "other" },
                                            { "field": "phone", "answered": false } ] },
                                 { "field": "languages", "equals": "en" } ] } } ] },
        { "id": "child", "title": "Trẻ", "fields": [
          { "id": "child", "type": "person", "label": "Trẻ", "parts": ["fullName", "dateOfBirth", "sex"], "required": false },
          { "id": "daughterNote", "type": "text", "label": "Ghi chú bé gái", "required": false,
            "showIf": { "field": "child.sex", "equals": "nu" } },
          { "id": "sonNote", "type": "text", "label": "Không phải bé gái", "required": false,
            "showIf": { "field": "child.sex", "notEquals": "nu" } },
          { "id": "lateReason", "type": "multiline", "label": "Lý do muộn", "required": false,
            "showIf": { "field": "lateRegistration", "equals": true } },
          { "id": "onTimeNote", "type": "text", "label": "Đúng hạn", "required": false,
            "showIf": { "field": "lateRegistration", "equals": false } },
          { "id": "babyNote", "type": "text", "label": "Dưới 30 ngày", "required": false,
            "showIf": { "field": "childAgeDays", "in": [0, 1, 2, 3] } } ] },
        { "id": "chain", "title": "Chuỗi", "fields": [
          { "id": "chainA", "type": "text", "label": "A", "required": false },
          { "id": "chainB", "type": "text", "label": "B", "required": false,
            "showIf": { "field": "chainA", "equals": "x" } },
          { "id": "chainC", "type": "text", "label": "C",
            "showIf": { "field": "chainB", "equals": "y" } } ] },
        { "id": "extra", "title": "Người khác", "showIf": { "field": "relationship", "equals": "other" },
          "fields": [ { "id": "extraAnswer", "type": "text", "label": "Thêm", "required": false } ] },
        { "id": "echo", "title": "Nhắc lại", "fields": [
          { "id": "extraEcho", "type": "text", "label": "Nhắc lại", "required": false,
            "showIf": { "field": "extraAnswer", "answered": true } } ] }
      ],
      "computed": [
        { "id": "childAgeDays", "label": "Số ngày tuổi", "kind": "daysSince", "from": "child.dateOfBirth" },
        { "id": "lateRegistration", "label": "Quá hạn", "kind": "daysSince", "from": "child.dateOfBirth", "over": 60 }
      ]
    })");
}

Procedure counterOnly()
{
    Procedure p;
    p.code = QStringLiteral("1.001193");
    p.name = QStringLiteral("Đăng ký khai sinh");
    p.delivery = {QStringLiteral("counter")};
    return p;
}

QJsonObject child(const QString &born, const QString &sex = QStringLiteral("nam"))
{
    QJsonObject c{{QStringLiteral("fullName"), QStringLiteral("Nguyễn Minh Khôi")}};
    if (!born.isEmpty())
        c.insert(QStringLiteral("dateOfBirth"), born);
    if (!sex.isEmpty())
        c.insert(QStringLiteral("sex"), sex);
    return c;
}

QString daysAgo(int days)
{
    return kToday.addDays(-days).toString(Qt::ISODate);
}

bool shown(const FormSession &s, const char *id)
{
    const FieldDefinition *f = s.field(QString::fromLatin1(id));
    INFO(id);
    REQUIRE(f);
    return s.isFieldVisible(*f);
}

int stepIndex(const FormSession &s, const QString &id)
{
    for (int i = 0; i < int(s.steps().size()); ++i)
        if (s.steps()[size_t(i)].id == id)
            return i;
    FAIL("no step " << id.toStdString());
    return -1;
}

QStringList stepIds(const FormSession &s, const QList<int> &indexes)
{
    QStringList ids;
    for (int i : indexes)
        ids.append(s.steps()[size_t(i)].id);
    return ids;
}

} // namespace

TEST_CASE("notEquals holds when unanswered, fails when equal, and looks inside a multiple choice", "[formconditions]")
{
    FormSession s(fieldsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    CHECK(shown(s, "notMother"));  // no answer is "not mother"
    CHECK(shown(s, "notEnglish"));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("mother"));
    CHECK_FALSE(shown(s, "notMother"));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));
    CHECK(shown(s, "notMother"));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("other"));
    CHECK(shown(s, "notMother"));

    s.setAnswer(QStringLiteral("languages"), QJsonArray{QStringLiteral("vi"), QStringLiteral("en")});
    CHECK_FALSE(shown(s, "notEnglish")); // "en" is among those chosen
    s.setAnswer(QStringLiteral("languages"), QJsonArray{QStringLiteral("vi")});
    CHECK(shown(s, "notEnglish"));

    // What a hidden field holds is kept in the draft but not filed.
    s.setAnswer(QStringLiteral("notMother"), QStringLiteral("ghi chú"));
    CHECK(s.submittedAnswers().value(QStringLiteral("notMother")).toString() == QStringLiteral("ghi chú"));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("mother"));
    CHECK(s.answers().contains(QStringLiteral("notMother")));
    CHECK_FALSE(s.submittedAnswers().contains(QStringLiteral("notMother")));
}

TEST_CASE("in matches a single choice, and a multiple choice holding any of the values", "[formconditions]")
{
    FormSession s(fieldsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    CHECK_FALSE(shown(s, "parentOnly")); // no answer is in no list
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));
    CHECK(shown(s, "parentOnly"));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("mother"));
    CHECK(shown(s, "parentOnly"));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("other"));
    CHECK_FALSE(shown(s, "parentOnly"));

    CHECK_FALSE(shown(s, "foreignNote"));
    s.setAnswer(QStringLiteral("languages"), QJsonArray{QStringLiteral("vi")});
    CHECK_FALSE(shown(s, "foreignNote"));
    s.setAnswer(QStringLiteral("languages"), QJsonArray{QStringLiteral("vi"), QStringLiteral("fr")});
    CHECK(shown(s, "foreignNote"));
    s.setAnswer(QStringLiteral("languages"), QJsonArray{QStringLiteral("en")});
    CHECK(shown(s, "foreignNote"));
    s.setAnswer(QStringLiteral("languages"), QJsonArray{}); // an empty list is no answer
    CHECK_FALSE(s.answers().contains(QStringLiteral("languages")));
    CHECK_FALSE(shown(s, "foreignNote"));
}

TEST_CASE("answered true and false, and a required field shown only when another is blank", "[formconditions]")
{
    FormSession s(fieldsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    const int who = stepIndex(s, QStringLiteral("who"));
    CHECK_FALSE(shown(s, "phoneNote"));
    CHECK(shown(s, "noPhoneReason"));
    CHECK(pathsOf(s.validateStep(who)) == QStringList{QStringLiteral("noPhoneReason")});

    s.setAnswer(QStringLiteral("phone"), QStringLiteral("0912345678"));
    CHECK(shown(s, "phoneNote"));
    CHECK_FALSE(shown(s, "noPhoneReason"));
    CHECK(s.validateStep(who).isEmpty());

    s.setAnswer(QStringLiteral("phone"), QStringLiteral("   ")); // blank text is no answer
    CHECK_FALSE(shown(s, "phoneNote"));
    CHECK(shown(s, "noPhoneReason"));
    s.setAnswer(QStringLiteral("noPhoneReason"), QStringLiteral("Không dùng điện thoại"));
    CHECK(s.validateStep(who).isEmpty());
    CHECK(s.submittedAnswers().contains(QStringLiteral("noPhoneReason")));
}

TEST_CASE("all and any combine, nested either way", "[formconditions]")
{
    FormSession s(fieldsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    // special = all(relationship in [father, mother], any(languages = fr, phone answered))
    // either  = any(all(relationship = other, phone not answered), languages = en)
    CHECK_FALSE(shown(s, "special"));
    CHECK_FALSE(shown(s, "either"));

    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));
    CHECK_FALSE(shown(s, "special")); // the inner any has nothing true
    CHECK_FALSE(shown(s, "either"));
    s.setAnswer(QStringLiteral("languages"), QJsonArray{QStringLiteral("vi"), QStringLiteral("fr")});
    CHECK(shown(s, "special"));
    s.setAnswer(QStringLiteral("languages"), QJsonValue());
    s.setAnswer(QStringLiteral("phone"), QStringLiteral("0912345678"));
    CHECK(shown(s, "special"));
    CHECK_FALSE(shown(s, "either"));

    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("other"));
    CHECK_FALSE(shown(s, "special")); // the outer all fails
    CHECK_FALSE(shown(s, "either"));  // other, but a phone was given
    s.setAnswer(QStringLiteral("phone"), QJsonValue());
    CHECK(shown(s, "either"));        // the inner all holds
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("mother"));
    CHECK_FALSE(shown(s, "either"));
    s.setAnswer(QStringLiteral("languages"), QJsonArray{QStringLiteral("en")});
    CHECK(shown(s, "either"));        // the second branch of the any
    CHECK_FALSE(shown(s, "special")); // mother, but neither French nor a phone
}

TEST_CASE("a condition on a person's part", "[formconditions]")
{
    FormSession s(fieldsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    CHECK_FALSE(shown(s, "daughterNote"));
    CHECK(shown(s, "sonNote")); // no sex given is "not nu"
    s.setAnswer(QStringLiteral("child"), child(daysAgo(10), QStringLiteral("nam")));
    CHECK_FALSE(shown(s, "daughterNote"));
    CHECK(shown(s, "sonNote"));
    s.setAnswer(QStringLiteral("child"), child(daysAgo(10), QStringLiteral("nu")));
    CHECK(shown(s, "daughterNote"));
    CHECK_FALSE(shown(s, "sonNote"));
    s.setAnswer(QStringLiteral("child"), child(daysAgo(10), QString())); // the part is missing
    CHECK_FALSE(shown(s, "daughterNote"));
    CHECK(shown(s, "sonNote"));
}

TEST_CASE("a condition on a computed value, with and without over", "[formconditions]")
{
    FormSession s(fieldsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    // Nothing to compute from: neither true nor false.
    CHECK_FALSE(shown(s, "lateReason"));
    CHECK_FALSE(shown(s, "onTimeNote"));
    CHECK_FALSE(shown(s, "babyNote"));

    s.setAnswer(QStringLiteral("child"), child(daysAgo(60)));
    CHECK_FALSE(shown(s, "lateReason")); // exactly 60 is not over 60
    CHECK(shown(s, "onTimeNote"));
    CHECK_FALSE(shown(s, "babyNote"));
    s.setAnswer(QStringLiteral("child"), child(daysAgo(61)));
    CHECK(shown(s, "lateReason"));
    CHECK_FALSE(shown(s, "onTimeNote"));
    s.setAnswer(QStringLiteral("child"), child(daysAgo(3)));
    CHECK(shown(s, "babyNote")); // a number compared with "in"
    CHECK(shown(s, "onTimeNote"));
    s.setAnswer(QStringLiteral("child"), child(daysAgo(4)));
    CHECK_FALSE(shown(s, "babyNote"));

    // Born tomorrow: no value, so neither branch.
    s.setAnswer(QStringLiteral("child"), child(kToday.addDays(1).toString(Qt::ISODate)));
    CHECK_FALSE(s.computedValues().contains(QStringLiteral("lateRegistration")));
    CHECK_FALSE(shown(s, "lateReason"));
    CHECK_FALSE(shown(s, "onTimeNote"));
}

TEST_CASE("a condition on a hidden field sees no answer, in a field or in a hidden step", "[formconditions]")
{
    FormSession s(fieldsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    const int chain = stepIndex(s, QStringLiteral("chain"));
    // B shown if A = x; C (required) shown if B = y.
    s.setAnswer(QStringLiteral("chainA"), QStringLiteral("x"));
    s.setAnswer(QStringLiteral("chainB"), QStringLiteral("y"));
    CHECK(shown(s, "chainB"));
    CHECK(shown(s, "chainC"));
    CHECK(pathsOf(s.validateStep(chain)) == QStringList{QStringLiteral("chainC")});

    s.setAnswer(QStringLiteral("chainA"), QStringLiteral("z"));
    CHECK_FALSE(shown(s, "chainB"));
    CHECK_FALSE(shown(s, "chainC")); // B still holds "y", but B is hidden
    CHECK(s.validateStep(chain).isEmpty());
    const QJsonObject filed = s.submittedAnswers();
    CHECK(filed.value(QStringLiteral("chainA")).toString() == QStringLiteral("z"));
    CHECK_FALSE(filed.contains(QStringLiteral("chainB")));
    CHECK_FALSE(filed.contains(QStringLiteral("chainC")));
    CHECK(s.answers().value(QStringLiteral("chainB")).toString() == QStringLiteral("y")); // kept in the draft

    s.setAnswer(QStringLiteral("chainA"), QStringLiteral("x"));
    CHECK(shown(s, "chainC")); // back again

    // A field of a hidden step counts as unanswered too.
    s.setAnswer(QStringLiteral("extraAnswer"), QStringLiteral("có"));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));
    CHECK_FALSE(s.isStepVisible(stepIndex(s, QStringLiteral("extra"))));
    CHECK_FALSE(shown(s, "extraEcho"));
    CHECK_FALSE(s.submittedAnswers().contains(QStringLiteral("extraAnswer")));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("other"));
    CHECK(s.isStepVisible(stepIndex(s, QStringLiteral("extra"))));
    CHECK(shown(s, "extraEcho"));
    CHECK(s.submittedAnswers().value(QStringLiteral("extraAnswer")).toString() == QStringLiteral("có"));
}

namespace {

FormDefinition stepsForm()
{
    return parsed(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
      "title": "Bước thử", "applicant": "applicant",
      "steps": [
        { "id": "start", "title": "Bắt đầu", "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "parts": ["fullName"], "required": false },
          { "id": "relationship", "type": "choice", "label": "Quan hệ",
            "options": [ { "value": "father", "label": "Cha" }, { "value": "mother", "label": "Mẹ" } ] },
          { "id": "child", "type": "person", "label": "Trẻ", "parts": ["dateOfBirth"] } ] },
        { "id": "father", "title": "Cha", "showIf": { "field": "relationship", "equals": "father" },
          "fields": [ { "id": "fatherNote", "type": "text", "label": "Ghi chú", "required": false } ] },
        { "id": "late", "title": "Muộn", "showIf": { "field": "lateRegistration", "equals": true },
          "fields": [ { "id": "lateReason", "type": "multiline", "label": "Lý do" } ] },
        { "id": "mother", "title": "Mẹ", "showIf": { "all": [ { "field": "relationship", "equals": "mother" },
                                                               { "field": "child.dateOfBirth", "answered": true } ] },
          "fields": [ { "id": "motherNote", "type": "text", "label": "Ghi chú", "required": false } ] },
        { "id": "end", "title": "Kết thúc", "fields": [
          { "id": "closing", "type": "text", "label": "Lời cuối", "required": false } ] }
      ],
      "computed": [
        { "id": "lateRegistration", "label": "Quá hạn", "kind": "daysSince", "from": "child.dateOfBirth", "over": 60 }
      ]
    })");
}

} // namespace

TEST_CASE("next and back skip the steps whose showIf is false", "[formconditions]")
{
    FormSession s(stepsForm(), counterOnly(), AdminUnits::bundled(), kToday);
    CHECK(stepIds(s, s.visibleSteps()) == QStringList{QStringLiteral("start"), QStringLiteral("end")});
    CHECK(s.total() == 3);

    // The first step's checks still hold it back.
    CHECK(pathsOf(s.next()) == QStringList{QStringLiteral("relationship"), QStringLiteral("child")});
    CHECK(s.currentStepId() == QStringLiteral("start"));

    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));
    s.setAnswer(QStringLiteral("child"), QJsonObject{{QStringLiteral("dateOfBirth"), daysAgo(10)}});
    QStringList visited{s.currentStepId()};
    while (!s.atReview()) {
        REQUIRE(s.next().isEmpty());
        visited.append(s.currentStepId());
        REQUIRE(visited.size() < 10);
    }
    CHECK(visited == QStringList{QStringLiteral("start"), QStringLiteral("father"), QStringLiteral("end"),
                                 QStringLiteral("review")});
    CHECK(s.total() == 4);
    CHECK(s.position() == 4);
    QStringList backwards;
    while (s.back())
        backwards.append(s.currentStepId());
    CHECK(backwards == QStringList{QStringLiteral("end"), QStringLiteral("father"), QStringLiteral("start")});
    CHECK(s.currentStepId() == QStringLiteral("start"));

    // Mother, registered late: the father step goes, the late and mother steps come.
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("mother"));
    s.setAnswer(QStringLiteral("child"), QJsonObject{{QStringLiteral("dateOfBirth"), daysAgo(70)}});
    CHECK(stepIds(s, s.visibleSteps()) == QStringList{QStringLiteral("start"), QStringLiteral("late"),
                                                       QStringLiteral("mother"), QStringLiteral("end")});
    REQUIRE(s.next().isEmpty());
    CHECK(s.currentStepId() == QStringLiteral("late"));
    CHECK(s.position() == 2);
    CHECK(pathsOf(s.next()) == QStringList{QStringLiteral("lateReason")}); // a shown step is checked
    CHECK(s.currentStepId() == QStringLiteral("late"));
    s.setAnswer(QStringLiteral("lateReason"), QStringLiteral("Mẹ ốm"));
    REQUIRE(s.next().isEmpty());
    CHECK(s.currentStepId() == QStringLiteral("mother"));
    REQUIRE(s.next().isEmpty());
    CHECK(s.currentStepId() == QStringLiteral("end"));
    CHECK(s.back());
    CHECK(s.currentStepId() == QStringLiteral("mother"));
    CHECK(s.back());
    CHECK(s.currentStepId() == QStringLiteral("late"));
    CHECK(s.back());
    CHECK(s.currentStepId() == QStringLiteral("start"));
    CHECK_FALSE(s.back());

    // A hidden step can't be jumped to; its answers are not checked nor filed.
    s.setAnswer(QStringLiteral("child"), QJsonObject{{QStringLiteral("dateOfBirth"), daysAgo(5)}});
    s.setAnswer(QStringLiteral("lateReason"), QJsonValue());
    CHECK_FALSE(s.goToStep(QStringLiteral("late")));
    CHECK_FALSE(s.goToStep(QStringLiteral("father")));
    CHECK(s.validateAll().isEmpty());
    CHECK(s.goToStep(QStringLiteral("mother")));
    CHECK(s.currentStepId() == QStringLiteral("mother"));

    // On a step that has just been hidden, next() goes on to the next shown one and back()
    // to the previous shown one.
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));
    CHECK_FALSE(s.isStepVisible(s.currentStep()));
    REQUIRE(s.next().isEmpty());
    CHECK(s.currentStepId() == QStringLiteral("end"));
    REQUIRE(s.goToStep(QStringLiteral("father")));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("mother"));
    CHECK(s.back());
    CHECK(s.currentStepId() == QStringLiteral("start"));
}

TEST_CASE("a first step hidden from the start is skipped by the constructor", "[formconditions]")
{
    FormSession s(parsed(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
      "title": "Bước đầu ẩn", "applicant": "applicant",
      "steps": [
        { "id": "intro", "title": "Giới thiệu", "showIf": { "field": "relationship", "answered": true },
          "fields": [ { "id": "introNote", "type": "text", "label": "Ghi chú", "required": false } ] },
        { "id": "start", "title": "Bắt đầu", "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "parts": ["fullName"], "required": false },
          { "id": "relationship", "type": "text", "label": "Quan hệ", "required": false } ] }
      ]
    })"), counterOnly(), AdminUnits::bundled(), kToday);
    CHECK(s.currentStepId() == QStringLiteral("start"));
    CHECK(s.position() == 1);
    CHECK_FALSE(s.back());
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("cha"));
    CHECK(s.back());
    CHECK(s.currentStepId() == QStringLiteral("intro"));
}

TEST_CASE("conditions that refer to each other are cut off instead of looping", "[formconditions]")
{
    FormSession s(parsed(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
      "title": "Vòng lặp", "applicant": "applicant",
      "steps": [
        { "id": "loop", "title": "Vòng", "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "parts": ["fullName"], "required": false },
          { "id": "loopA", "type": "text", "label": "A", "showIf": { "field": "loopB", "answered": true } },
          { "id": "loopB", "type": "text", "label": "B", "showIf": { "field": "loopA", "answered": true } },
          { "id": "self", "type": "text", "label": "Tự", "showIf": { "any": [ { "field": "self", "answered": true },
                                                                                { "field": "self", "answered": false } ] } } ] },
        { "id": "late", "title": "Muộn", "showIf": { "field": "late", "equals": true },
          "fields": [ { "id": "lateBorn", "type": "date", "label": "Ngày sinh muộn" } ] },
        { "id": "after", "title": "Sau", "showIf": { "field": "loopA", "answered": true },
          "fields": [ { "id": "afterNote", "type": "text", "label": "Ghi chú", "required": false } ] }
      ],
      "computed": [
        { "id": "late", "label": "Muộn", "kind": "daysSince", "from": "lateBorn", "over": 60 }
      ]
    })"), counterOnly(), AdminUnits::bundled(), kToday);

    const auto started = std::chrono::steady_clock::now();
    // Nothing answered: neither can be shown.
    CHECK_FALSE(shown(s, "loopA"));
    CHECK_FALSE(shown(s, "loopB"));

    // Both answered: the loop is cut at the depth limit, which sees no answer, so both stay
    // hidden; the same every time it is asked.
    s.setAnswer(QStringLiteral("loopA"), QStringLiteral("a"));
    s.setAnswer(QStringLiteral("loopB"), QStringLiteral("b"));
    s.setAnswer(QStringLiteral("self"), QStringLiteral("s"));
    const bool a = shown(s, "loopA");
    const bool b = shown(s, "loopB");
    CHECK_FALSE(a);
    CHECK_FALSE(b);
    for (int i = 0; i < 3; ++i) {
        CHECK(shown(s, "loopA") == a);
        CHECK(shown(s, "loopB") == b);
    }
    const bool self = shown(s, "self");
    CHECK(shown(s, "self") == self);

    // The session still checks, files, reviews and navigates.
    const int loop = stepIndex(s, QStringLiteral("loop"));
    const QStringList paths = pathsOf(s.validateStep(loop));
    CHECK_FALSE(paths.contains(QStringLiteral("loopA")));
    CHECK_FALSE(paths.contains(QStringLiteral("loopB")));
    const QJsonObject filed = s.submittedAnswers();
    CHECK_FALSE(filed.contains(QStringLiteral("loopA")));
    CHECK_FALSE(filed.contains(QStringLiteral("loopB")));
    CHECK(filed.contains(QStringLiteral("self")) == self);
    CHECK_FALSE(s.isStepVisible(stepIndex(s, QStringLiteral("after"))));

    // A step whose condition is computed from a field of that same step.
    s.setAnswer(QStringLiteral("lateBorn"), daysAgo(70));
    const bool lateShown = s.isStepVisible(stepIndex(s, QStringLiteral("late")));
    CHECK(s.isStepVisible(stepIndex(s, QStringLiteral("late"))) == lateShown);
    (void)s.computedValues();
    (void)s.review();
    (void)s.validateAll();
    int moves = 0;
    while (!s.atReview() && s.next().isEmpty())
        REQUIRE(++moves < 10);
    while (s.back())
        REQUIRE(++moves < 20);
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(5));
}

namespace {

FormDefinition groupForm()
{
    return parsed(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
      "title": "Nhóm thử", "applicant": "applicant",
      "steps": [
        { "id": "start", "title": "Bắt đầu", "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "parts": ["fullName"], "required": false },
          { "id": "relationship", "type": "choice", "label": "Quan hệ", "required": false,
            "options": [ { "value": "father", "label": "Cha" }, { "value": "other", "label": "Khác" } ] },
          { "id": "purpose", "type": "text", "label": "Mục đích chung", "required": false } ] },
        { "id": "copies", "title": "Bản sao", "fields": [
          { "id": "copies", "type": "group", "label": "Bản sao", "min": 1, "max": 5, "fields": [
            { "id": "count", "type": "number", "label": "Số bản", "min": 1, "max": 10 },
            { "id": "purpose", "type": "choice", "label": "Mục đích", "required": false,
              "options": [ { "value": "school", "label": "Đi học" }, { "value": "other", "label": "Khác" } ] },
            { "id": "purposeOther", "type": "text", "label": "Mục đích khác",
              "showIf": { "field": "purpose", "equals": "other" } },
            { "id": "purposeDetail", "type": "text", "label": "Chi tiết",
              "showIf": { "field": "purposeOther", "answered": true } },
            { "id": "relation", "type": "text", "label": "Quan hệ khác",
              "showIf": { "field": "relationship", "equals": "other" } } ] } ] }
      ]
    })");
}

QJsonObject copy(int count, const QString &purpose = {}, const QString &other = {}, const QString &detail = {})
{
    QJsonObject item{{QStringLiteral("count"), count}};
    if (!purpose.isEmpty())
        item.insert(QStringLiteral("purpose"), purpose);
    if (!other.isEmpty())
        item.insert(QStringLiteral("purposeOther"), other);
    if (!detail.isEmpty())
        item.insert(QStringLiteral("purposeDetail"), detail);
    return item;
}

const FieldDefinition &sub(const FormSession &s, const char *id)
{
    const FieldDefinition *group = s.field(QStringLiteral("copies"));
    REQUIRE(group);
    const FieldDefinition *f = group->subField(QString::fromLatin1(id));
    INFO(id);
    REQUIRE(f);
    return *f;
}

} // namespace

TEST_CASE("inside a group, a sub-field's showIf reads its sibling in the same item", "[formconditions]")
{
    FormSession s(groupForm(), counterOnly(), AdminUnits::bundled(), kToday);
    s.setAnswer(QStringLiteral("purpose"), QStringLiteral("school")); // the top-level field of the same id
    const int copies = stepIndex(s, QStringLiteral("copies"));
    const QJsonObject school = copy(1, QStringLiteral("school"));
    const QJsonObject otherMissing = copy(2, QStringLiteral("other"));
    const QJsonObject otherGiven = copy(1, QStringLiteral("other"), QStringLiteral("Xin visa"), QStringLiteral("Pháp"));
    const QJsonObject schoolStale = copy(3, QStringLiteral("school"), QStringLiteral("cũ"), QStringLiteral("cũ"));

    CHECK_FALSE(s.isFieldVisible(sub(s, "purposeOther"), school));
    CHECK(s.isFieldVisible(sub(s, "purposeOther"), otherMissing));
    CHECK(s.isFieldVisible(sub(s, "purposeOther"), otherGiven));
    CHECK_FALSE(s.isFieldVisible(sub(s, "purposeOther"), schoolStale));
    CHECK(s.isFieldVisible(sub(s, "purposeDetail"), otherGiven));
    CHECK_FALSE(s.isFieldVisible(sub(s, "purposeDetail"), otherMissing));

    s.setAnswer(QStringLiteral("copies"), QJsonArray{school, otherMissing, otherGiven});
    CHECK(pathsOf(s.validateStep(copies)) == QStringList{QStringLiteral("copies[1].purposeOther")});

    QJsonObject fixed = otherMissing;
    fixed.insert(QStringLiteral("purposeOther"), QStringLiteral("Xin việc"));
    s.setAnswer(QStringLiteral("copies"), QJsonArray{school, fixed, otherGiven});
    CHECK(pathsOf(s.validateStep(copies)) == QStringList{QStringLiteral("copies[1].purposeDetail")});
    fixed.insert(QStringLiteral("purposeDetail"), QStringLiteral("Công ty"));
    s.setAnswer(QStringLiteral("copies"), QJsonArray{school, fixed, otherGiven});
    CHECK(s.validateStep(copies).isEmpty());

    // A sub-field may also depend on a top-level field: the same for every item.
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("other"));
    CHECK(pathsOf(s.validateStep(copies)) == QStringList{QStringLiteral("copies[0].relation"),
                                                         QStringLiteral("copies[1].relation"),
                                                         QStringLiteral("copies[2].relation")});
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));

    // Filed: each item with only what it shows.
    s.setAnswer(QStringLiteral("copies"), QJsonArray{school, fixed, otherGiven});
    const QJsonArray filed = s.submittedAnswers().value(QStringLiteral("copies")).toArray();
    REQUIRE(filed.size() == 3);
    CHECK(filed[0].toObject() == school);
    CHECK(filed[1].toObject() == fixed);
    CHECK(filed[2].toObject() == otherGiven);
}

TEST_CASE("inside a group, a stale answer of a hidden sibling is neither checked nor filed", "[formconditions]")
{
    FormSession s(groupForm(), counterOnly(), AdminUnits::bundled(), kToday);
    const int copies = stepIndex(s, QStringLiteral("copies"));
    // purposeOther is hidden in this item (purpose is school), so purposeDetail, shown only
    // when purposeOther is answered, must see no answer (docs/form-format.md: "A condition on
    // a hidden field sees no answer").
    const QJsonObject schoolStale = copy(3, QStringLiteral("school"), QStringLiteral("cũ"));
    const QJsonObject schoolStaleDetail = copy(2, QStringLiteral("school"), QStringLiteral("cũ"), QStringLiteral("cũ"));
    CHECK_FALSE(s.isFieldVisible(sub(s, "purposeOther"), schoolStale));
    CHECK_FALSE(s.isFieldVisible(sub(s, "purposeDetail"), schoolStale));
    s.setAnswer(QStringLiteral("copies"), QJsonArray{schoolStale, schoolStaleDetail});
    const QStringList paths = pathsOf(s.validateStep(copies));
    INFO(paths.join(QStringLiteral(", ")).toStdString());
    CHECK(paths.isEmpty()); // not "copies[0].purposeDetail"
    const QJsonArray filed = s.submittedAnswers().value(QStringLiteral("copies")).toArray();
    REQUIRE(filed.size() == 2);
    CHECK(filed[0].toObject() == QJsonObject{{QStringLiteral("count"), 3}, {QStringLiteral("purpose"), QStringLiteral("school")}});
    CHECK(filed[1].toObject() == QJsonObject{{QStringLiteral("count"), 2}, {QStringLiteral("purpose"), QStringLiteral("school")}});
}

TEST_CASE("inside a group, an unanswered sibling is not read from a top-level field of the same id", "[formconditions]")
{
    FormSession s(groupForm(), counterOnly(), AdminUnits::bundled(), kToday);
    const int copies = stepIndex(s, QStringLiteral("copies"));
    // The item has no purpose of its own; the top-level "purpose" says "other". The sub-field's
    // condition names its sibling (the form check resolves it to the group's sub-field first).
    s.setAnswer(QStringLiteral("purpose"), QStringLiteral("other"));
    const QJsonObject noPurpose = copy(1);
    CHECK_FALSE(s.isFieldVisible(sub(s, "purposeOther"), noPurpose));
    s.setAnswer(QStringLiteral("copies"), QJsonArray{noPurpose});
    const QStringList paths = pathsOf(s.validateStep(copies));
    INFO(paths.join(QStringLiteral(", ")).toStdString());
    CHECK(paths.isEmpty()); // not "copies[0].purposeOther"
}
