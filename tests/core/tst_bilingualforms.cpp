// SPDX-License-Identifier: GPL-3.0-or-later
// Forms in two languages: English texts beside the Vietnamese ones in the form files, checked
// as strictly as the rest; the walkthrough switching language mid-filing; the kiosk's own
// messages through Qt's translation with Vietnamese as the source.
#include "testsupport.h"

#include "common/uilanguage.h"
#include "forms/adminunits.h"
#include "forms/answerformatter.h"
#include "forms/fieldchecks.h"
#include "forms/formdefinition.h"
#include "forms/walkthrough.h"

#include <QAbstractItemModelTester>
#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSignalSpy>

using namespace motcua;

namespace {

// The language is the whole process's: every test case leaves it Vietnamese.
struct VietnameseAfterwards
{
    VietnameseAfterwards() { REQUIRE(UiLanguage::set(QStringLiteral("vi"))); }
    ~VietnameseAfterwards() { UiLanguage::set(QStringLiteral("vi")); }
};

const QString kEn = QStringLiteral("en");

QJsonObject bilingualForm()
{
    return QJsonDocument::fromJson(R"({
      "format": "motcua-form", "formatVersion": 1, "procedure": "1.001193", "version": 1,
      "title": "Tờ khai thử", "en": { "title": "Test form" }, "applicant": "applicant",
      "steps": [
        { "id": "who", "title": "Người đi khai", "intro": "Người đến làm thủ tục.",
          "en": { "title": "Person filing", "intro": "The person who came." },
          "fields": [
          { "id": "applicant", "type": "person", "label": "Người đi khai", "en": { "label": "Person filing" } },
          { "id": "relationship", "type": "choice", "label": "Quan hệ", "help": "Chọn một.",
            "en": { "label": "Relationship", "help": "Choose one." },
            "options": [ { "value": "father", "label": "Cha", "en": { "label": "Father" } },
                         { "value": "other", "label": "Khác" } ] },
          { "id": "copies", "type": "group", "label": "Bản sao", "itemLabel": "Bản sao thứ %1", "addLabel": "Thêm bản",
            "en": { "label": "Copies", "itemLabel": "Copy %1", "addLabel": "Add a copy" },
            "fields": [ { "id": "count", "type": "number", "label": "Số bản", "example": "Ví dụ hai",
                          "en": { "label": "Number of copies", "example": "For example two" } } ] } ] }
      ],
      "computed": [
        { "id": "age", "label": "Tuổi", "en": { "label": "Age" }, "kind": "ageYears", "from": "applicant.dateOfBirth" }
      ]
    })").object();
}

QStringList errorsOf(const QJsonObject &form)
{
    const auto parsed = FormDefinition::parse(QJsonDocument(form).toJson());
    return parsed ? QStringList() : parsed.error().split(u'\n');
}

// Sets `key` of the object at steps[0] (field < 0) or steps[0].fields[field] (option < 0) or
// one of its options.
QJsonObject edited(int field, int option, const QString &key, const QJsonValue &value)
{
    QJsonObject form = bilingualForm();
    QJsonArray steps = form[QStringLiteral("steps")].toArray();
    QJsonObject step = steps[0].toObject();
    if (field < 0) {
        step[key] = value;
    } else {
        QJsonArray fields = step[QStringLiteral("fields")].toArray();
        QJsonObject f = fields[field].toObject();
        if (option < 0) {
            f[key] = value;
        } else {
            QJsonArray options = f[QStringLiteral("options")].toArray();
            QJsonObject o = options[option].toObject();
            o[key] = value;
            options[option] = o;
            f[QStringLiteral("options")] = options;
        }
        fields[field] = f;
        step[QStringLiteral("fields")] = fields;
    }
    steps[0] = step;
    form[QStringLiteral("steps")] = steps;
    return form;
}

struct Kiosk
{
    test::TempCatalog catalog{QString()};
    std::unique_ptr<FilingStore> store;
    std::unique_ptr<Walkthrough> walk;

    Kiosk()
    {
        auto opened = FilingStore::open(catalog.dir.filePath(QStringLiteral("filings.db")));
        REQUIRE(opened.ok());
        store = std::move(opened).value();
        walk = std::make_unique<Walkthrough>(catalog.store.get(), store.get(),
                                             Walkthrough::Settings{QStringLiteral("000.00.01.H22"), WorkingCalendar(), 8,
                                                                   QString(), QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")),
                                                                   FeeOverrides()});
    }

    [[nodiscard]] QVariant field(int row, int role) const { return walk->fields()->index(row).data(role); }
};

} // namespace

TEST_CASE("the form parser reads English beside every text and picks it per language", "[bilingual][forms]")
{
    VietnameseAfterwards language;
    const auto form = FormDefinition::parse(QJsonDocument(bilingualForm()).toJson());
    INFO((form ? QString() : form.error()).toStdString());
    REQUIRE(form.ok());
    CHECK(form->title == QStringLiteral("Tờ khai thử"));
    CHECK(form->shownTitle(kEn) == QStringLiteral("Test form"));
    CHECK(form->shownTitle() == QStringLiteral("Tờ khai thử"));
    CHECK(form->computed[0].shownLabel(kEn) == QStringLiteral("Age"));

    const std::vector<StepDefinition> english = form->localizedSteps(kEn);
    REQUIRE(english.size() == 1);
    CHECK(english[0].title == QStringLiteral("Person filing"));
    CHECK(english[0].intro == QStringLiteral("The person who came."));
    const FieldDefinition &relationship = english[0].fields[1];
    CHECK(relationship.label == QStringLiteral("Relationship"));
    CHECK(relationship.help == QStringLiteral("Choose one."));
    CHECK(relationship.options[0].label == QStringLiteral("Father"));
    CHECK(relationship.options[1].label == QStringLiteral("Khác")); // no English: Vietnamese
    const FieldDefinition &copies = english[0].fields[2];
    CHECK(copies.itemTitle(1) == QStringLiteral("Copy 2"));
    CHECK(copies.addLabel == QStringLiteral("Add a copy"));
    CHECK(copies.fields[0].example == QStringLiteral("For example two"));
    // Ids, types and conditions do not depend on the language.
    CHECK(relationship.id == form->steps[0].fields[1].id);
    CHECK(form->localizedSteps(QStringLiteral("vi"))[0].fields[2].itemTitle(0) == QStringLiteral("Bản sao thứ 1"));
}

TEST_CASE("a malformed English object in a form is refused with its JSON path", "[bilingual][forms]")
{
    VietnameseAfterwards language;
    const auto refusedWith = [](const QJsonObject &form, const QString &expected) {
        const QStringList errors = errorsOf(form);
        INFO(errors.join(u'\n').toStdString());
        CHECK(errors.contains(expected));
    };
    refusedWith(edited(-1, -1, kEn, QStringLiteral("Person filing")),
                QStringLiteral("steps[0].en: must be an object of English texts, e.g. { \"title\": \"…\" }"));
    refusedWith(edited(-1, -1, kEn, QJsonObject{{QStringLiteral("title"), QJsonArray{}}}),
                QStringLiteral("steps[0].en.title: must be a string"));
    refusedWith(edited(1, -1, kEn, QJsonObject{{QStringLiteral("lable"), QStringLiteral("Relationship")}}),
                QStringLiteral("steps[0].fields[1].en.lable: unknown key (English texts here: label, help, example, "
                               "itemLabel, addLabel)"));
    refusedWith(edited(1, -1, kEn, QJsonObject{{QStringLiteral("example"), QStringLiteral("Father")}}),
                QStringLiteral("steps[0].fields[1].en.example: has no Vietnamese 'example' beside it to translate"));
    refusedWith(edited(1, 0, kEn, QJsonObject{{QStringLiteral("label"), QStringLiteral("")}}),
                QStringLiteral("steps[0].fields[1].options[0].en.label: must not be empty (leave the key out instead)"));
    refusedWith(edited(1, 1, kEn, QJsonObject{{QStringLiteral("value"), QStringLiteral("other")}}),
                QStringLiteral("steps[0].fields[1].options[1].en.value: unknown key (English texts here: label)"));
    refusedWith(edited(2, -1, kEn, QJsonObject{{QStringLiteral("label"), QStringLiteral("Copies")},
                                               {QStringLiteral("itemLabel"), QStringLiteral("Copy")}}),
                QStringLiteral("steps[0].fields[2].en.itemLabel: needs %1 where the item's number goes, like the Vietnamese"));
    QJsonObject root = bilingualForm();
    root[kEn] = QJsonObject{{QStringLiteral("basedOn"), QStringLiteral("Circular 04")}};
    refusedWith(root, QStringLiteral("en.basedOn: unknown key (English texts here: title)"));
    CHECK(errorsOf(bilingualForm()).isEmpty());
}

TEST_CASE("the walkthrough switches language mid-filing and keeps every answer", "[bilingual][walkthrough]")
{
    VietnameseAfterwards language;
    Kiosk k;
    QAbstractItemModelTester tester(k.walk->fields(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    CHECK(k.walk->formTitle() == QStringLiteral("Tờ khai đăng ký khai sinh"));
    CHECK(k.walk->stepTitle() == QStringLiteral("Người đi khai sinh"));
    CHECK(k.field(1, StepFieldModel::LabelRole).toString() == QStringLiteral("Ông/bà là gì của cháu bé?"));
    k.walk->setAnswerJson(QStringLiteral("relationship"), QStringLiteral("\"mother\""));
    k.walk->setAnswer(QStringLiteral("phone"), QStringLiteral("0123")); // wrong: a problem to show
    CHECK_FALSE(k.walk->next());
    REQUIRE_FALSE(k.walk->errors().isEmpty());
    const int shownErrors = int(k.walk->errors().size());
    const QJsonObject answersBefore = k.walk->session()->answers();

    QSignalSpy rows(k.walk->fields(), &QAbstractItemModel::dataChanged);
    QSignalSpy resets(k.walk->fields(), &QAbstractItemModel::modelReset);
    QSignalSpy texts(k.walk.get(), &Walkthrough::textsChanged);
    QSignalSpy errors(k.walk.get(), &Walkthrough::errorsChanged);
    REQUIRE(UiLanguage::set(kEn));
    CHECK(rows.count() >= 1);
    CHECK(resets.isEmpty()); // the editors keep their place
    CHECK(texts.count() >= 1);
    CHECK(errors.count() >= 1);
    CHECK(k.walk->formTitle() == QStringLiteral("Birth registration form"));
    CHECK(k.walk->procedureName() == QStringLiteral("Birth registration"));
    CHECK(k.walk->stepTitle() == QStringLiteral("Person registering the birth"));
    CHECK(k.walk->stepIntro() == QStringLiteral("The person who came to register the child's birth."));
    CHECK(k.walk->stepTitles().value(0) == QStringLiteral("Person registering the birth"));
    CHECK(k.field(1, StepFieldModel::LabelRole).toString() == QStringLiteral("How are you related to the child?"));
    CHECK(k.field(1, StepFieldModel::FieldIdRole).toString() == QStringLiteral("relationship"));
    const QVariantList options = k.field(1, StepFieldModel::SettingsRole).toMap().value(QStringLiteral("options")).toList();
    CHECK(options.value(0).toMap().value(QStringLiteral("label")).toString() == QStringLiteral("Mother"));
    CHECK(options.value(0).toMap().value(QStringLiteral("value")).toString() == QStringLiteral("mother"));
    CHECK(k.field(1, StepFieldModel::DisplayTextRole).toString() == QStringLiteral("Mother"));
    CHECK(k.field(3, StepFieldModel::HelpRole).toString()
          == QStringLiteral("The officer calls this number with questions or when the result is ready."));
    // Nothing of the filing was lost, and the problems shown are still shown.
    CHECK(k.walk->session()->answers() == answersBefore);
    CHECK(k.walk->stepId() == QStringLiteral("filer"));
    CHECK(k.walk->errors().size() == shownErrors);
    CHECK(k.walk->errors().value(0).toMap().value(QStringLiteral("label")).toString()
          == QStringLiteral("Person registering the birth"));

    // The filing goes on in English, with the same ids; back in Vietnamese the labels return.
    REQUIRE(k.walk->applyCccd(QStringLiteral(
        "001195012345||Trần Thị Hoa|18031995|Nữ|Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội|01022021")).isEmpty());
    k.walk->setAnswer(QStringLiteral("phone"), QStringLiteral("0912345678"));
    REQUIRE(k.walk->next());
    CHECK(k.walk->stepTitle() == QStringLiteral("Where the person registering the birth lives"));
    REQUIRE(UiLanguage::set(QStringLiteral("vi")));
    CHECK(k.walk->stepTitle() == QStringLiteral("Nơi ở của người đi khai sinh"));
    CHECK(k.walk->formTitle() == QStringLiteral("Tờ khai đăng ký khai sinh"));
    CHECK(k.walk->session()->answers().value(QStringLiteral("relationship")).toString() == QStringLiteral("mother"));
    const auto draft = k.store->draft(k.walk->draftId());
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    CHECK((*draft)->state.value(QStringLiteral("answers")).toObject().value(QStringLiteral("phone")).toString()
          == QStringLiteral("0912345678"));
}

TEST_CASE("the documents and review steps follow the language", "[bilingual][walkthrough]")
{
    VietnameseAfterwards language;
    Kiosk k;
    REQUIRE(k.walk->start(QStringLiteral("2.000815")));
    const FormSession *session = k.walk->session();
    int documents = -1;
    for (int i = 0; i < int(session->steps().size()); ++i)
        if (session->steps()[size_t(i)].kind == StepDefinition::Kind::Documents)
            documents = i;
    REQUIRE(documents >= 0);
    const auto documentLabel = [&] { return session->steps()[size_t(documents)].fields.at(0).label; };
    CHECK(documentLabel() == QStringLiteral("Bản chính giấy tờ, văn bản cần sao"));
    REQUIRE(UiLanguage::set(kEn));
    CHECK(documentLabel() == QStringLiteral("The original paper to be copied"));
    CHECK(session->steps()[size_t(documents)].fields.at(0).id == QStringLiteral("doc1"));
    CHECK(k.walk->resumableDrafts().isEmpty());
}

TEST_CASE("the kiosk's messages are the Vietnamese source text with no translator", "[bilingual][forms]")
{
    VietnameseAfterwards language;
    // What lupdate extracts and a translator replaces: here, with none installed, the source.
    CHECK(FieldChecks::phone(QStringLiteral("12ab"))->vietnamese
          == QStringLiteral("Số điện thoại chỉ gồm chữ số, ví dụ: 0912 345 678."));
    CHECK(FieldChecks::cccdNumber(QStringLiteral("00119501234"))->vietnamese
          == QStringLiteral("Số CCCD phải có đúng 12 chữ số. Bạn đã nhập 11 chữ số."));
    CHECK(FieldChecks::number(QStringLiteral("0"), 1, 10)->vietnamese == QStringLiteral("Số phải từ 1 đến 10."));
    CHECK(FieldChecks::date(QStringLiteral("2030-01-01"), DateRange::Past, QDate(2026, 11, 23))->english
          == QStringLiteral("the date is in the future")); // English for the logs, never translated
    CHECK(AnswerFormatter::yesNo(true) == QStringLiteral("Có"));
    CHECK(deliveryMethodLabel(QStringLiteral("post")) == QStringLiteral("Nhận qua bưu điện tại nhà (trả cước bưu chính)"));
    RequiredDocument copies{QStringLiteral("Giấy khai sinh"), RequiredDocument::Form::CertifiedCopy, 2, false, {}};
    CHECK(copies.description() == QStringLiteral("Bản sao có chứng thực, 2 bản · nếu có"));

    // The same in English mode: the data's English is picked by UiLanguage, the kiosk's own
    // words by Qt's translator (none here).
    REQUIRE(UiLanguage::set(kEn));
    FieldDefinition sex;
    sex.id = QStringLiteral("sex");
    sex.type = FieldType::Person;
    sex.label = QStringLiteral("Người đi khai");
    sex.parts = {QStringLiteral("sex")};
    const FieldValidator validator(AdminUnits::bundled(), QDate(2026, 11, 23));
    QList<FieldError> errors;
    validator.check(sex, QJsonObject{{QStringLiteral("sex"), QStringLiteral("x")}}, sex.id, {}, &errors);
    REQUIRE(errors.size() == 1);
    CHECK(errors.first().problem.vietnamese == QStringLiteral("Vui lòng chọn Nam hoặc Nữ."));
    CHECK(errors.first().label == QStringLiteral("Người đi khai — Giới tính"));
    CHECK(AnswerFormatter(AdminUnits::bundled()).format(sex, QJsonObject{{QStringLiteral("sex"), QStringLiteral("nu")}})
          == QStringLiteral("Nữ"));
}

TEST_CASE("every bundled form has English for every text the citizen reads", "[bilingual][forms][demo]")
{
    VietnameseAfterwards language;
    const QStringList textKeys{QStringLiteral("title"), QStringLiteral("intro"), QStringLiteral("label"),
                               QStringLiteral("help"), QStringLiteral("example"), QStringLiteral("itemLabel"),
                               QStringLiteral("addLabel")};
    // Examples with no letters (a phone number, a date, a count) read the same in English.
    static const QRegularExpression letter(QStringLiteral("\\p{L}"));
    QStringList missing;
    std::function<void(const QJsonValue &, const QString &)> walk = [&](const QJsonValue &value, const QString &path) {
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (qsizetype i = 0; i < array.size(); ++i)
                walk(array.at(i), path + QStringLiteral("[%1]").arg(i));
            return;
        }
        if (!value.isObject())
            return;
        const QJsonObject o = value.toObject();
        const QJsonObject en = o.value(QStringLiteral("en")).toObject();
        for (const QString &key : textKeys) {
            const QJsonValue text = o.value(key);
            if (!text.isString() || !text.toString().contains(letter))
                continue;
            if (en.value(key).toString().trimmed().isEmpty())
                missing.append(path + u'.' + key);
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("en") && it.key() != QLatin1String("showIf") && it.key() != QLatin1String("fee"))
                walk(*it, path + u'.' + it.key());
    };
    const QStringList codes = FormDefinition::bundledCodes();
    REQUIRE(codes.size() == 8);
    for (const QString &code : codes) {
        QFile file(QStringLiteral(":/motcua/forms/%1.json").arg(code));
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QJsonObject form = QJsonDocument::fromJson(file.readAll()).object();
        REQUIRE_FALSE(form.isEmpty());
        walk(form, code);
        // And each parses, English included.
        const auto parsed = FormDefinition::bundled(code);
        INFO((parsed ? QString() : parsed.error()).toStdString());
        CHECK(parsed.ok());
    }
    INFO(missing.join(QStringLiteral("\n")).toStdString());
    CHECK(missing.isEmpty());
}
