// SPDX-License-Identifier: GPL-3.0-or-later
// The form engine without any UI: navigation over hidden steps, checks, conditions, repeats,
// computed values, review, drafts, CCCD prefill, and a whole birth registration.
#include "testsupport.h"

#include "forms/adminunits.h"
#include "forms/formsession.h"
#include "identity/cccdparser.h"
#include "outbox/submissionbuilder.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace motcua;
using motcua::test::pathsOf;

namespace {

const QDate kToday(2026, 11, 23); // a Monday

FormDefinition testForm()
{
    const auto form = FormDefinition::parse(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 3,
      "title": "Tờ khai thử", "applicant": "applicant", "applicantAddress": "residence",
      "steps": [
        { "id": "who", "title": "Người đi khai", "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "prefill": "cccd" },
          { "id": "relationship", "type": "choice", "label": "Quan hệ với trẻ",
            "options": [ { "value": "father", "label": "Cha" }, { "value": "mother", "label": "Mẹ" },
                         { "value": "other", "label": "Người khác" } ] },
          { "id": "relationshipOther", "type": "text", "label": "Quan hệ khác",
            "showIf": { "field": "relationship", "equals": "other" } } ] },
        { "id": "home", "title": "Nơi cư trú", "fields": [
          { "id": "residence", "type": "address", "label": "Nơi cư trú" },
          { "id": "phone", "type": "phone", "label": "Số điện thoại", "required": false } ] },
        { "id": "child", "title": "Trẻ", "fields": [
          { "id": "child", "type": "person", "label": "Trẻ", "parts": ["fullName", "dateOfBirth", "sex"] },
          { "id": "ethnicity", "type": "text", "label": "Dân tộc", "default": "Kinh" } ] },
        { "id": "late", "title": "Lý do đăng ký muộn", "showIf": { "field": "lateRegistration", "equals": true },
          "fields": [ { "id": "lateReason", "type": "multiline", "label": "Lý do" } ] },
        { "id": "copies", "title": "Bản sao", "fields": [
          { "id": "copies", "type": "group", "label": "Bản sao", "min": 1, "max": 2, "itemLabel": "Bản sao thứ %1",
            "fields": [
              { "id": "count", "type": "number", "label": "Số bản", "min": 1, "max": 10 },
              { "id": "purpose", "type": "choice", "label": "Mục đích",
                "options": [ { "value": "school", "label": "Đi học" }, { "value": "other", "label": "Khác" } ] },
              { "id": "purposeOther", "type": "text", "label": "Mục đích khác",
                "showIf": { "field": "purpose", "equals": "other" } } ] } ] },
        { "id": "documents", "title": "Giấy tờ", "kind": "documents" },
        { "id": "delivery", "title": "Nhận kết quả", "kind": "delivery" }
      ],
      "computed": [
        { "id": "childAgeDays", "label": "Số ngày tuổi", "kind": "daysSince", "from": "child.dateOfBirth" },
        { "id": "lateRegistration", "label": "Quá hạn", "kind": "daysSince", "from": "child.dateOfBirth", "over": 60 },
        { "id": "applicantAge", "label": "Tuổi người đi khai", "kind": "ageYears", "from": "applicant.dateOfBirth" }
      ]
    })");
    REQUIRE(form.ok());
    return form.value();
}

Procedure testProcedure()
{
    Procedure p;
    p.code = QStringLiteral("1.001193");
    p.name = QStringLiteral("Đăng ký khai sinh");
    p.processingTime.workingDays = 3;
    p.documents = {{QStringLiteral("Giấy chứng sinh"), RequiredDocument::Form::Original, 1, true, {}},
                   {QStringLiteral("Giấy tờ tùy thân"), RequiredDocument::Form::Present, 1, false, {}}};
    p.delivery = {QStringLiteral("counter"), QStringLiteral("post")};
    return p;
}

QJsonObject person(const QString &name, const QString &born, const QString &sex, const QString &id = {})
{
    QJsonObject p{{QStringLiteral("fullName"), name}, {QStringLiteral("dateOfBirth"), born}, {QStringLiteral("sex"), sex}};
    if (!id.isEmpty())
        p.insert(QStringLiteral("idNumber"), id);
    return p;
}

QJsonObject hanoi(const QString &detail = QStringLiteral("Số 12 ngõ 5 phố Đội Cấn"))
{
    return {{QStringLiteral("provinceCode"), QStringLiteral("01")},
            {QStringLiteral("communeCode"), QStringLiteral("00004")},
            {QStringLiteral("detail"), detail}};
}

void fillValid(FormSession &s)
{
    s.setAnswer(QStringLiteral("applicant"), person(QStringLiteral("Nguyễn Văn An"), QStringLiteral("1990-05-12"),
                                                    QStringLiteral("nam"), QStringLiteral("001090012345")));
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("father"));
    s.setAnswer(QStringLiteral("residence"), hanoi());
    s.setAnswer(QStringLiteral("child"), person(QStringLiteral("Nguyễn Minh Khôi"), QStringLiteral("2026-11-01"), QStringLiteral("nam")));
    s.setAnswer(QStringLiteral("copies"), QJsonArray{QJsonObject{{QStringLiteral("count"), 2}, {QStringLiteral("purpose"), QStringLiteral("school")}}});
    s.setAnswer(QStringLiteral("doc1"), QJsonObject{{QStringLiteral("have"), true}});
}

} // namespace

TEST_CASE("a step's check returns every problem at once, in plain Vietnamese", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    CHECK(s.currentStepId() == QStringLiteral("who"));
    CHECK(s.position() == 1);
    s.setAnswer(QStringLiteral("applicant"), person(QStringLiteral("An2"), QStringLiteral("2030-01-01"),
                                                    QStringLiteral("x"), QStringLiteral("12345")));
    const QList<FieldError> errors = s.next();
    CHECK(pathsOf(errors) == QStringList{QStringLiteral("applicant.fullName"), QStringLiteral("applicant.dateOfBirth"),
                                         QStringLiteral("applicant.sex"), QStringLiteral("applicant.idNumber"),
                                         QStringLiteral("relationship")});
    for (const FieldError &e : errors) {
        CHECK(e.stepId == QStringLiteral("who"));
        CHECK_FALSE(e.problem.vietnamese.isEmpty());
        CHECK_FALSE(e.problem.english.isEmpty());
        CHECK_FALSE(e.problem.vietnamese.contains(QStringLiteral("12345"))); // never echoes personal data
    }
    CHECK(s.currentStepId() == QStringLiteral("who")); // stayed
}

TEST_CASE("conditions show and hide fields; hidden fields are neither checked nor filed", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    fillValid(s);
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("other"));
    CHECK(pathsOf(s.validateStep(0)) == QStringList{QStringLiteral("relationshipOther")});
    s.setAnswer(QStringLiteral("relationshipOther"), QStringLiteral("Bà nội"));
    CHECK(s.validateStep(0).isEmpty());
    CHECK(s.submittedAnswers().value(QStringLiteral("relationshipOther")).toString() == QStringLiteral("Bà nội"));
    // Changing the answer back hides the field again: kept in the draft, not filed.
    s.setAnswer(QStringLiteral("relationship"), QStringLiteral("mother"));
    CHECK(s.validateStep(0).isEmpty());
    CHECK(s.answers().contains(QStringLiteral("relationshipOther")));
    CHECK_FALSE(s.submittedAnswers().contains(QStringLiteral("relationshipOther")));
}

TEST_CASE("next and back skip steps their conditions hide; a late birth shows the reason step", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    fillValid(s);
    QStringList visited{s.currentStepId()};
    while (!s.atReview()) {
        REQUIRE(s.next().isEmpty());
        visited.append(s.currentStepId());
    }
    CHECK(visited == QStringList{QStringLiteral("who"), QStringLiteral("home"), QStringLiteral("child"),
                                 QStringLiteral("copies"), QStringLiteral("documents"), QStringLiteral("delivery"),
                                 QStringLiteral("review")});
    CHECK(s.total() == 7);
    CHECK(s.position() == 7);

    // Born 70 days ago: the registration is late, and the reason step appears.
    s.setAnswer(QStringLiteral("child"), person(QStringLiteral("Nguyễn Minh Khôi"), kToday.addDays(-70).toString(Qt::ISODate),
                                                QStringLiteral("nam")));
    CHECK(s.computedValues().value(QStringLiteral("lateRegistration")).toBool());
    CHECK(s.total() == 8);
    QStringList backwards;
    while (s.back())
        backwards.append(s.currentStepId());
    CHECK(backwards == QStringList{QStringLiteral("delivery"), QStringLiteral("documents"), QStringLiteral("copies"),
                                   QStringLiteral("late"), QStringLiteral("child"), QStringLiteral("home"),
                                   QStringLiteral("who")});
    CHECK(pathsOf(s.validateAll()) == QStringList{QStringLiteral("lateReason")});
}

TEST_CASE("computed values: days since, full years, and over a threshold", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    CHECK(s.computedValues().isEmpty()); // nothing to compute from yet
    fillValid(s);
    const QJsonObject c = s.computedValues();
    CHECK(c.value(QStringLiteral("childAgeDays")).toInt() == 22);
    CHECK(c.value(QStringLiteral("lateRegistration")).toBool() == false);
    CHECK(c.value(QStringLiteral("applicantAge")).toInt() == 36);
    // The day before the 37th birthday is still 36; the birthday itself is 37.
    s.setAnswer(QStringLiteral("applicant"), person(QStringLiteral("Nguyễn Văn An"), QStringLiteral("1989-11-24"), QStringLiteral("nam")));
    CHECK(s.computedValues().value(QStringLiteral("applicantAge")).toInt() == 36);
    s.setAnswer(QStringLiteral("applicant"), person(QStringLiteral("Nguyễn Văn An"), QStringLiteral("1989-11-23"), QStringLiteral("nam")));
    CHECK(s.computedValues().value(QStringLiteral("applicantAge")).toInt() == 37);
    // Exactly 60 days is on time; 61 is late.
    s.setAnswer(QStringLiteral("child"), person(QStringLiteral("Nguyễn Minh Khôi"), kToday.addDays(-60).toString(Qt::ISODate), QStringLiteral("nam")));
    CHECK(s.computedValues().value(QStringLiteral("lateRegistration")).toBool() == false);
    s.setAnswer(QStringLiteral("child"), person(QStringLiteral("Nguyễn Minh Khôi"), kToday.addDays(-61).toString(Qt::ISODate), QStringLiteral("nam")));
    CHECK(s.computedValues().value(QStringLiteral("lateRegistration")).toBool() == true);
}

TEST_CASE("repeating groups: item count bounds, per-item checks and per-item conditions", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    fillValid(s);
    const int copiesStep = 4;
    REQUIRE(s.steps()[copiesStep].id == QStringLiteral("copies"));
    s.setAnswer(QStringLiteral("copies"), QJsonArray{});
    CHECK(pathsOf(s.validateStep(copiesStep)) == QStringList{QStringLiteral("copies")});
    const QJsonObject good{{QStringLiteral("count"), 1}, {QStringLiteral("purpose"), QStringLiteral("school")}};
    s.setAnswer(QStringLiteral("copies"), QJsonArray{good, good, good});
    CHECK(s.validateStep(copiesStep).first().problem.vietnamese == QStringLiteral("Chỉ được tối đa 2 mục."));
    s.setAnswer(QStringLiteral("copies"),
                QJsonArray{good, QJsonObject{{QStringLiteral("count"), 11}, {QStringLiteral("purpose"), QStringLiteral("other")}}});
    CHECK(pathsOf(s.validateStep(copiesStep)) == QStringList{QStringLiteral("copies[1].count"), QStringLiteral("copies[1].purposeOther")});
    s.setAnswer(QStringLiteral("copies"),
                QJsonArray{good, QJsonObject{{QStringLiteral("count"), 3}, {QStringLiteral("purpose"), QStringLiteral("other")},
                                             {QStringLiteral("purposeOther"), QStringLiteral("Xin việc")}}});
    CHECK(s.validateStep(copiesStep).isEmpty());
    // The first item's hidden "purposeOther" (if any) is dropped from what is filed.
    QJsonArray withHidden = s.answer(QStringLiteral("copies")).toArray();
    QJsonObject first = withHidden[0].toObject();
    first.insert(QStringLiteral("purposeOther"), QStringLiteral("stale"));
    withHidden[0] = first;
    s.setAnswer(QStringLiteral("copies"), withHidden);
    const QJsonArray filed = s.submittedAnswers().value(QStringLiteral("copies")).toArray();
    CHECK_FALSE(filed[0].toObject().contains(QStringLiteral("purposeOther")));
    CHECK(filed[1].toObject().value(QStringLiteral("purposeOther")).toString() == QStringLiteral("Xin việc"));
}

TEST_CASE("the kiosk's own steps: documents from the catalog, delivery with an address by post", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    fillValid(s);
    const StepDefinition *docs = s.step(QStringLiteral("documents"));
    REQUIRE(docs);
    REQUIRE(docs->fields.size() == 2);
    CHECK(docs->fields[0].label == QStringLiteral("Giấy chứng sinh"));
    CHECK(docs->fields[0].required);
    CHECK_FALSE(docs->fields[1].required);
    s.setAnswer(QStringLiteral("doc1"), QJsonObject{{QStringLiteral("have"), false}});
    CHECK(pathsOf(s.validateAll()) == QStringList{QStringLiteral("doc1")});
    s.setAnswer(QStringLiteral("doc1"), QJsonObject{{QStringLiteral("have"), true}});

    CHECK(s.answer(QStringLiteral("deliveryMethod")).toString() == QStringLiteral("counter"));
    s.setAnswer(QStringLiteral("deliveryMethod"), QStringLiteral("post"));
    CHECK(pathsOf(s.validateAll()) == QStringList{QStringLiteral("deliveryAddress"), QStringLiteral("deliveryPhone")});
    s.setAnswer(QStringLiteral("deliveryAddress"), hanoi());
    s.setAnswer(QStringLiteral("deliveryPhone"), QStringLiteral("0912 345 678"));
    CHECK(s.validateAll().isEmpty());

    // A procedure collected only at the counter has nothing to choose: the step is skipped.
    Procedure counterOnly = testProcedure();
    counterOnly.delivery = {QStringLiteral("counter")};
    FormSession atCounter(testForm(), counterOnly, AdminUnits::bundled(), kToday);
    CHECK_FALSE(atCounter.isStepVisible(int(atCounter.steps().size()) - 1));
}

TEST_CASE("addresses must name a commune of the chosen province and the street", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    fillValid(s);
    QJsonObject wrong = hanoi();
    wrong.insert(QStringLiteral("provinceCode"), QStringLiteral("79")); // Ho Chi Minh City, but a Hanoi ward
    s.setAnswer(QStringLiteral("residence"), wrong);
    CHECK(pathsOf(s.validateStep(1)) == QStringList{QStringLiteral("residence.communeCode")});
    s.setAnswer(QStringLiteral("residence"), hanoi(QStringLiteral("  ")));
    CHECK(pathsOf(s.validateStep(1)) == QStringList{QStringLiteral("residence.detail")});
    s.setAnswer(QStringLiteral("residence"), QJsonObject{{QStringLiteral("provinceCode"), QStringLiteral("99")}});
    CHECK(pathsOf(s.validateStep(1)) == QStringList{QStringLiteral("residence.provinceCode")});
    s.setAnswer(QStringLiteral("phone"), QStringLiteral("0123"));
    s.setAnswer(QStringLiteral("residence"), hanoi());
    CHECK(pathsOf(s.validateStep(1)) == QStringList{QStringLiteral("phone")});
}

TEST_CASE("a CCCD fills the applicant and the address; the review reads it back", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    const auto card = CccdParser::parse(
        QStringLiteral("001090012345||Nguyễn Văn An|12051990|Nam|Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội|01022021"), kToday);
    REQUIRE(std::holds_alternative<CccdData>(card));
    const QStringList changed = s.applyCccd(std::get<CccdData>(card));
    CHECK(changed == QStringList{QStringLiteral("applicant"), QStringLiteral("residence")});
    CHECK(s.applicantName() == QStringLiteral("Nguyễn Văn An"));
    CHECK(s.applicantIdNumber() == QStringLiteral("001090012345"));
    const QJsonObject applicant = s.answer(QStringLiteral("applicant")).toObject();
    CHECK(applicant.value(QStringLiteral("dateOfBirth")).toString() == QStringLiteral("1990-05-12"));
    CHECK(applicant.value(QStringLiteral("sex")).toString() == QStringLiteral("nam"));
    const QJsonObject address = s.answer(QStringLiteral("residence")).toObject();
    CHECK(address.value(QStringLiteral("provinceCode")).toString() == QStringLiteral("01"));
    CHECK(address.value(QStringLiteral("communeCode")).toString() == QStringLiteral("00004"));
    CHECK(address.value(QStringLiteral("detail")).toString() == QStringLiteral("Số 12 ngõ 5"));

    // A pre-2025 address whose district no longer exists keeps the whole text for the citizen to fix.
    FormSession old(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    const auto oldCard = CccdParser::parse(
        QStringLiteral("001090012345||Nguyễn Văn An|12051990|Nam|Thôn 3, Xã Không Có, Huyện Cũ, Tỉnh Hà Tây|01022021"), kToday);
    REQUIRE(std::holds_alternative<CccdData>(oldCard));
    (void)old.applyCccd(std::get<CccdData>(oldCard));
    const QJsonObject oldAddress = old.answer(QStringLiteral("residence")).toObject();
    CHECK_FALSE(oldAddress.contains(QStringLiteral("communeCode")));
    CHECK(oldAddress.value(QStringLiteral("detail")).toString().startsWith(QStringLiteral("Thôn 3")));

    fillValid(s);
    const QList<ReviewSection> review = s.review();
    REQUIRE(review.size() == 7); // six steps shown + the computed values
    CHECK(review[0].title == QStringLiteral("Người đi khai"));
    CHECK(review[0].rows[0].value == QStringLiteral("Nguyễn Văn An\nSinh ngày 12/05/1990 · Nam\nSố CCCD: 001090012345"));
    CHECK(review[0].rows[1].value == QStringLiteral("Cha"));
    CHECK(review[1].rows[0].value == QStringLiteral("Số 12 ngõ 5 phố Đội Cấn, Phường Ba Đình, Thành phố Hà Nội"));
    CHECK(review[3].rows[0].value == QStringLiteral("Bản sao thứ 1\nSố bản: 2\nMục đích: Đi học"));
    CHECK(review.last().stepId.isEmpty());
}

TEST_CASE("a draft restores answers and step, and refuses another form version", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    fillValid(s);
    REQUIRE(s.next().isEmpty());
    REQUIRE(s.next().isEmpty());
    const QJsonObject saved = QJsonDocument::fromJson(QJsonDocument(s.toJson()).toJson()).object();
    FormSession again(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    REQUIRE(again.restore(saved).ok());
    CHECK(again.currentStepId() == QStringLiteral("child"));
    CHECK(again.answers() == s.answers());
    QJsonObject newer = saved;
    newer.insert(QStringLiteral("formVersion"), 2);
    const Status refused = again.restore(newer);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("version 2")));
}

TEST_CASE("a whole birth registration through the bundled form, step by step, to a submission", "[formsession]")
{
    test::TempCatalog demo{QString()};
    auto procedure = demo.store->procedure(QStringLiteral("1.001193"));
    REQUIRE(procedure);
    auto form = FormDefinition::bundled(QStringLiteral("1.001193"));
    REQUIRE(form.ok());
    const QJsonObject answers = test::readJsonObject(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/answers/1.001193.json"));
    REQUIRE_FALSE(answers.isEmpty());
    FormSession s(std::move(form).value(), *procedure, AdminUnits::bundled(), kToday);

    // Step by step, as the citizen does: answer what the step asks, then "Tiếp tục".
    int steps = 0;
    while (!s.atReview()) {
        for (const FieldDefinition &f : s.steps()[size_t(s.currentStep())].fields)
            if (answers.contains(f.id))
                s.setAnswer(f.id, answers.value(f.id));
        const QList<FieldError> errors = s.next();
        INFO(pathsOf(errors).join(QStringLiteral(", ")).toStdString());
        REQUIRE(errors.isEmpty());
        REQUIRE(++steps < 30);
    }
    CHECK(steps >= 5);
    CHECK(s.computedValues().value(QStringLiteral("lateRegistration")).toBool() == false);
    CHECK_FALSE(s.review().isEmpty());

    // Received on Friday at 16:00: same-day procedures are due on the day itself.
    const QTimeZone vietnam(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    const QDateTime friday(QDate(2026, 11, 27), QTime(16, 0), vietnam);
    const auto submission = SubmissionBuilder::build(s, QStringLiteral("000.00.01.H01"), WorkingCalendar(), friday, vietnam);
    REQUIRE(submission.ok());
    CHECK(submission->procedureCode == QStringLiteral("1.001193"));
    CHECK(submission->applicantName == s.applicantName());
    CHECK_FALSE(submission->applicantName.isEmpty());
    CHECK(procedure->processingTime.workingDays == 0);
    CHECK(submission->appointmentDate == QDate(2026, 11, 27));
    CHECK(submission->receivedAt.timeZone().id() == QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    CHECK(submission->answers.contains(QStringLiteral("child")));
}

TEST_CASE("the office's clock decides the day, whatever the machine's time zone", "[formsession]")
{
    const QTimeZone vietnam(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    Procedure copies = testProcedure();
    copies.processingTime.workingDays = 0;
    copies.processingTime.nextDayAfter = QStringLiteral("15:00");
    FormSession s(testForm(), copies, AdminUnits::bundled(), kToday);
    fillValid(s);
    // 07:30 UTC is 14:30 in Hà Nội: before the cut-off, due the same day.
    const auto early = SubmissionBuilder::build(s, QStringLiteral("000.00.01.H01"), WorkingCalendar(),
                                                QDateTime(QDate(2026, 11, 27), QTime(7, 30), Qt::UTC), vietnam);
    REQUIRE(early.ok());
    CHECK(early->appointmentDate == QDate(2026, 11, 27));
    // 08:30 UTC is 15:30 in Hà Nội: after the cut-off on a Friday, due on Monday.
    const auto late = SubmissionBuilder::build(s, QStringLiteral("000.00.01.H01"), WorkingCalendar(),
                                               QDateTime(QDate(2026, 11, 27), QTime(8, 30), Qt::UTC), vietnam);
    CHECK(late->appointmentDate == QDate(2026, 11, 30));
    // 20:00 UTC on Friday is Saturday 03:00 in Hà Nội: Saturday's file-code day.
    const auto night = SubmissionBuilder::build(s, QStringLiteral("000.00.01.H01"), WorkingCalendar(),
                                                QDateTime(QDate(2026, 11, 27), QTime(20, 0), Qt::UTC), vietnam);
    CHECK(night->receivedAt.date() == QDate(2026, 11, 28));
    CHECK(night->appointmentDate == QDate(2026, 11, 30));
}

TEST_CASE("appointments count working days, skip holidays and honour the 15:00 cut-off", "[formsession]")
{
    Procedure threeDays = testProcedure();
    threeDays.processingTime.workingDays = 3;
    FormSession s(testForm(), threeDays, AdminUnits::bundled(), kToday);
    const auto holidays = WorkingCalendar::fromIsoDates({QStringLiteral("2026-12-01")});
    REQUIRE(holidays.ok());
    // Friday 27/11 → Mon 30, (Tue 1/12 holiday), Wed 2, Thu 3.
    CHECK(SubmissionBuilder::appointment(s, holidays.value(), QDateTime(QDate(2026, 11, 27), QTime(9, 0)))
          == QDate(2026, 12, 3));

    Procedure copies = testProcedure();
    copies.processingTime.workingDays = 0;
    copies.processingTime.nextDayAfter = QStringLiteral("15:00");
    FormSession c(testForm(), copies, AdminUnits::bundled(), kToday);
    CHECK(SubmissionBuilder::appointment(c, WorkingCalendar(), QDateTime(QDate(2026, 11, 27), QTime(14, 59)))
          == QDate(2026, 11, 27));
    CHECK(SubmissionBuilder::appointment(c, WorkingCalendar(), QDateTime(QDate(2026, 11, 27), QTime(15, 0)))
          == QDate(2026, 11, 30));
}

TEST_CASE("lists that need items start with them; what is filed is written one way", "[formsession]")
{
    FormSession s(testForm(), testProcedure(), AdminUnits::bundled(), kToday);
    CHECK(s.answer(QStringLiteral("copies")).toArray().size() == 1); // min 1: one item ready to fill
    fillValid(s);
    s.setAnswer(QStringLiteral("applicant"), person(QStringLiteral("  Nguyễn   Văn An "), QStringLiteral("1990-05-12"),
                                                    QStringLiteral("nam"), QStringLiteral("001090012345")));
    s.setAnswer(QStringLiteral("phone"), QStringLiteral("+84 912.345.678"));
    REQUIRE(s.validateAll().isEmpty());
    const QJsonObject filed = s.submittedAnswers();
    CHECK(filed.value(QStringLiteral("phone")).toString() == QStringLiteral("0912345678"));
    CHECK(filed.value(QStringLiteral("applicant")).toObject().value(QStringLiteral("fullName")).toString()
          == QStringLiteral("Nguyễn Văn An"));
    CHECK(s.applicantName() == QStringLiteral("Nguyễn Văn An"));
    // The draft keeps what was typed.
    CHECK(s.answer(QStringLiteral("phone")).toString() == QStringLiteral("+84 912.345.678"));
}
