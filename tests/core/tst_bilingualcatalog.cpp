// SPDX-License-Identifier: GPL-3.0-or-later
// The catalog in two languages: English texts in "en" objects beside the Vietnamese ones, read,
// stored, searched and shown in the kiosk's language (UiLanguage), live when it changes.
#include "catalog/catalogbundle.h"
#include "catalog/proceduredetail.h"
#include "catalog/procedurelistmodel.h"
#include "catalog/topiclistmodel.h"
#include "common/uilanguage.h"
#include "forms/formdefinition.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>

using namespace motcua;
using motcua::test::codesOf;
using motcua::test::dataPath;
using motcua::test::readJsonObject;
using motcua::test::TempCatalog;

namespace {

// The language is the whole process's: every test case leaves it Vietnamese, as the other
// tests expect, even when a check fails half-way.
struct VietnameseAfterwards
{
    VietnameseAfterwards() { REQUIRE(UiLanguage::set(QStringLiteral("vi"))); }
    ~VietnameseAfterwards() { UiLanguage::set(QStringLiteral("vi")); }
};

const QString kEn = QStringLiteral("en");

QJsonObject object(std::initializer_list<std::pair<QString, QJsonValue>> pairs)
{
    QJsonObject o;
    for (const auto &[key, value] : pairs)
        o.insert(key, value);
    return o;
}

// The mini catalog with English for topic 0 and for 1.001193 (procedures[1]), then `edit`.
QJsonObject miniWithEnglish(const std::function<void(QJsonObject &root)> &edit = {})
{
    QJsonObject root = readJsonObject(dataPath(QStringLiteral("mini-catalog.json")));
    QJsonArray topics = root.value(QStringLiteral("topics")).toArray();
    QJsonObject civil = topics.at(0).toObject();
    civil.insert(kEn, object({{QStringLiteral("name"), QStringLiteral("Civil status")},
                              {QStringLiteral("description"), QStringLiteral("Births, marriages, deaths")}}));
    topics[0] = civil;
    root.insert(QStringLiteral("topics"), topics);

    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject birth = procedures.at(1).toObject();
    birth.insert(kEn, object({{QStringLiteral("name"), QStringLiteral("Birth registration")},
                              {QStringLiteral("agency"), QStringLiteral("Commune People's Committee")},
                              {QStringLiteral("eligibility"), QStringLiteral("The child's father, mother or relatives")},
                              {QStringLiteral("result"), QStringLiteral("Birth certificate (original)")},
                              {QStringLiteral("summary"), QStringLiteral("Get a birth certificate for a newborn.")},
                              {QStringLiteral("keywords"), QJsonArray{QStringLiteral("birth certificate"),
                                                                      QStringLiteral("newborn")}}}));
    QJsonObject time = birth.value(QStringLiteral("processingTime")).toObject();
    time.insert(kEn, object({{QStringLiteral("text"), QStringLiteral("The same day")}}));
    birth.insert(QStringLiteral("processingTime"), time);
    QJsonObject fee = birth.value(QStringLiteral("fee")).toObject();
    fee.insert(kEn, object({{QStringLiteral("text"), QStringLiteral("Free when registered on time")}}));
    birth.insert(QStringLiteral("fee"), fee);
    QJsonArray documents = birth.value(QStringLiteral("documents")).toArray();
    QJsonObject notice = documents.at(1).toObject();
    notice.insert(kEn, object({{QStringLiteral("name"), QStringLiteral("Birth notice")},
                               {QStringLiteral("notes"), QStringLiteral("From the hospital")}}));
    documents[1] = notice;
    birth.insert(QStringLiteral("documents"), documents);
    procedures[1] = birth;
    root.insert(QStringLiteral("procedures"), procedures);
    if (edit)
        edit(root);
    return root;
}

Result<CatalogBundle> parse(const QJsonObject &root)
{
    return CatalogBundle::parse(QJsonDocument(root).toJson());
}

// Sets procedures[1] (1.001193) key `key` of the object at `path` ("" the procedure itself,
// "fee", "processingTime", "documents/1") to `value`.
QJsonObject withBirth(const QString &path, const QString &key, const QJsonValue &value)
{
    return miniWithEnglish([&](QJsonObject &root) {
        QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
        QJsonObject birth = procedures.at(1).toObject();
        if (path.isEmpty()) {
            birth.insert(key, value);
        } else if (path.startsWith(QLatin1String("documents/"))) {
            QJsonArray docs = birth.value(QStringLiteral("documents")).toArray();
            const int i = path.section(u'/', 1).toInt();
            QJsonObject d = docs.at(i).toObject();
            d.insert(key, value);
            docs[i] = d;
            birth.insert(QStringLiteral("documents"), docs);
        } else {
            QJsonObject inner = birth.value(path).toObject();
            inner.insert(key, value);
            birth.insert(path, inner);
        }
        procedures[1] = birth;
        root.insert(QStringLiteral("procedures"), procedures);
    });
}

QStringList problems(const Result<CatalogBundle> &r)
{
    return r.ok() ? QStringList() : r.error().split(u'\n');
}

} // namespace

TEST_CASE("the importer reads English texts beside the Vietnamese ones", "[bilingual][bundle]")
{
    VietnameseAfterwards language;
    const auto bundle = parse(miniWithEnglish());
    INFO(bundle.error());
    REQUIRE(bundle.ok());
    const Procedure &birth = bundle->procedures.at(1);
    CHECK(birth.name == QStringLiteral("Đăng ký khai sinh")); // the plain texts stay Vietnamese
    CHECK(birth.en.value(QStringLiteral("name")).toString() == QStringLiteral("Birth registration"));
    CHECK(birth.englishKeywords() == QStringList{QStringLiteral("birth certificate"), QStringLiteral("newborn")});
    CHECK(birth.processingTime.en.value(QStringLiteral("text")).toString() == QStringLiteral("The same day"));
    CHECK(birth.feeEn.value(QStringLiteral("text")).toString() == QStringLiteral("Free when registered on time"));
    CHECK(birth.documents.at(1).en.value(QStringLiteral("notes")).toString() == QStringLiteral("From the hospital"));
    CHECK(bundle->topics.at(0).en.value(QStringLiteral("name")).toString() == QStringLiteral("Civil status"));

    const Procedure english = birth.localized(kEn);
    CHECK(english.name == QStringLiteral("Birth registration"));
    CHECK(english.agency == QStringLiteral("Commune People's Committee"));
    CHECK(english.processingTime.text == QStringLiteral("The same day"));
    CHECK(english.feeText == QStringLiteral("Free when registered on time"));
    CHECK(english.documents.at(1).name == QStringLiteral("Birth notice"));
    CHECK(english.documents.at(0).name == QStringLiteral("Tờ khai đăng ký khai sinh")); // no English: Vietnamese
    CHECK(birth.localized(QStringLiteral("vi")) == birth);

    // What is written back (the store keeps it) reads the same again.
    const auto again = parse(bundle->toJson());
    INFO(again.error());
    REQUIRE(again.ok());
    CHECK(again->procedures == bundle->procedures);
    CHECK(again->topics == bundle->topics);
}

TEST_CASE("a malformed English object is refused with its JSON path", "[bilingual][bundle]")
{
    VietnameseAfterwards language;
    const auto refusedWith = [](const QJsonObject &root, const QString &expected) {
        const QStringList list = problems(parse(root));
        INFO(list.join(u'\n').toStdString());
        CHECK(list.contains(expected));
    };
    refusedWith(withBirth(QString(), kEn, QStringLiteral("Birth registration")),
                QStringLiteral("procedures[1].en: must be an object of English texts, e.g. { \"name\": \"…\" }"));
    refusedWith(withBirth(QString(), kEn, QJsonObject{{QStringLiteral("name"), 3}}),
                QStringLiteral("procedures[1].en.name: must be a string"));
    refusedWith(withBirth(QString(), kEn, QJsonObject{{QStringLiteral("name"), QStringLiteral("  ")}}),
                QStringLiteral("procedures[1].en.name: must not be empty (leave the key out instead)"));
    refusedWith(withBirth(QString(), kEn, QJsonObject{{QStringLiteral("nmae"), QStringLiteral("Birth")}}),
                QStringLiteral("procedures[1].en.nmae: unknown key (English texts here: name, agency, eligibility, "
                               "result, summary, keywords)"));
    refusedWith(withBirth(QString(), kEn, QJsonObject{{QStringLiteral("keywords"), QStringLiteral("birth")}}),
                QStringLiteral("procedures[1].en.keywords: must be an array of strings"));
    refusedWith(withBirth(QString(), kEn, QJsonObject{{QStringLiteral("keywords"), QJsonArray{QStringLiteral("a"), 2}}}),
                QStringLiteral("procedures[1].en.keywords[1]: must be a non-empty string"));
    refusedWith(withBirth(QStringLiteral("fee"), kEn, QJsonObject{{QStringLiteral("rule"), QStringLiteral("free")}}),
                QStringLiteral("procedures[1].fee.en.rule: unknown key (English texts here: text)"));
    refusedWith(withBirth(QStringLiteral("processingTime"), kEn, QJsonArray{}),
                QStringLiteral("procedures[1].processingTime.en: must be an object of English texts, e.g. { \"text\": \"…\" }"));
    refusedWith(withBirth(QStringLiteral("documents/0"), kEn, QJsonObject{{QStringLiteral("notes"), QStringLiteral("Signed")}}),
                QStringLiteral("procedures[1].documents[0].en.notes: has no Vietnamese 'notes' beside it to translate"));
    refusedWith(miniWithEnglish([](QJsonObject &root) {
                    QJsonArray topics = root.value(QStringLiteral("topics")).toArray();
                    QJsonObject t = topics.at(2).toObject();
                    t.insert(kEn, QJsonObject{{QStringLiteral("icon"), QStringLiteral("home")}});
                    topics[2] = t;
                    root.insert(QStringLiteral("topics"), topics);
                }),
                QStringLiteral("topics[2].en.icon: unknown key (English texts here: name, description)"));
    refusedWith(miniWithEnglish([](QJsonObject &root) {
                    QJsonObject rules = root.value(QStringLiteral("feeRules")).toObject();
                    QJsonObject province = rules.value(QStringLiteral("province")).toObject();
                    QJsonArray exemptions = province.value(QStringLiteral("exemptions")).toArray();
                    QJsonObject e = exemptions.at(0).toObject();
                    e.insert(kEn, QJsonObject{{QStringLiteral("label"), true}});
                    exemptions[0] = e;
                    province.insert(QStringLiteral("exemptions"), exemptions);
                    rules.insert(QStringLiteral("province"), province);
                    root.insert(QStringLiteral("feeRules"), rules);
                }),
                QStringLiteral("feeRules.province.exemptions[0].en.label: must be a string"));
    // Nothing else changed: the same bundle without the mistakes is fine.
    CHECK(parse(miniWithEnglish()).ok());
}

TEST_CASE("the store keeps the English texts", "[bilingual][store]")
{
    VietnameseAfterwards language;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.db"));
    {
        auto store = CatalogStore::open(path);
        REQUIRE(store.ok());
        const auto bundle = parse(miniWithEnglish());
        REQUIRE(bundle.ok());
        REQUIRE(store.value()->importBundle(bundle.value()).ok());
    }
    auto store = CatalogStore::open(path);
    REQUIRE(store.ok());
    const auto birth = store.value()->procedure(QStringLiteral("1.001193"));
    REQUIRE(birth.has_value());
    CHECK(*birth == parse(miniWithEnglish())->procedures.at(1));
    const auto civil = store.value()->topic(QStringLiteral("ho-tich"));
    REQUIRE(civil.has_value());
    CHECK(civil->localized(kEn).name == QStringLiteral("Civil status"));
    CHECK(civil->localized(kEn).description == QStringLiteral("Births, marriages, deaths"));
    CHECK(store.value()->topic(QStringLiteral("cu-tru"))->localized(kEn).name == QStringLiteral("Cư trú"));

    const QList<ProcedureSummary> summaries = store.value()->summaries({QStringLiteral("1.001193"), QStringLiteral("1.004194")});
    REQUIRE(summaries.size() == 2);
    const ProcedureSummary english = summaries.at(0).localized(kEn);
    CHECK(english.name == QStringLiteral("Birth registration"));
    CHECK(english.topicName == QStringLiteral("Civil status"));
    CHECK(english.summary == QStringLiteral("Get a birth certificate for a newborn."));
    CHECK(english.processingTimeText == QStringLiteral("The same day"));
    CHECK(summaries.at(0).localized(QStringLiteral("vi")).name == QStringLiteral("Đăng ký khai sinh"));
    CHECK(summaries.at(1).localized(kEn).name == QStringLiteral("Đăng ký tạm trú")); // none in English
    CHECK(summaries.at(1).localized(kEn).topicName == QStringLiteral("Cư trú"));
}

TEST_CASE("English words find a procedure; Vietnamese search is as it was", "[bilingual][search]")
{
    VietnameseAfterwards language;
    TempCatalog t{QString()}; // the demo catalog
    CHECK(codesOf(t.store->search(QStringLiteral("birth registration"))).value(0) == QStringLiteral("1.001193"));
    CHECK(codesOf(t.store->search(QStringLiteral("Birth regis"))).value(0) == QStringLiteral("1.001193"));
    CHECK(codesOf(t.store->search(QStringLiteral("certified copy"))).value(0) == QStringLiteral("2.000815"));
    CHECK(codesOf(t.store->search(QStringLiteral("marital status"))).value(0) == QStringLiteral("1.004873"));
    CHECK(codesOf(t.store->search(QStringLiteral("temporary residence"))).value(0) == QStringLiteral("1.004194"));
    CHECK_FALSE(t.store->search(QStringLiteral("birth registration")).approximate);
    // Vietnamese first, accent-free, đ → d, as before.
    CHECK(codesOf(t.store->search(QStringLiteral("dang ky khai sinh"))).value(0) == QStringLiteral("1.001193"));
    CHECK(codesOf(t.store->search(QStringLiteral("Đăng ký khai sinh"))).value(0) == QStringLiteral("1.001193"));

    // In English, the English texts are searched first and a sentence still finds its procedure.
    REQUIRE(UiLanguage::set(kEn));
    CHECK(codesOf(t.store->search(QStringLiteral("death"))).contains(QStringLiteral("1.000656")));
    const SearchResult sentence = t.store->search(QStringLiteral("I want to register the birth of my baby"));
    CHECK(codesOf(sentence).contains(QStringLiteral("1.001193")));
    CHECK(sentence.approximate);
    CHECK(codesOf(t.store->search(QStringLiteral("khai sinh"))).value(0) == QStringLiteral("1.001193"));
    CHECK(t.store->search(QStringLiteral("xyzzy plugh")).hits.isEmpty());
}

TEST_CASE("the list models show the current language and switch live", "[bilingual][models]")
{
    VietnameseAfterwards language;
    TempCatalog t{QString()};
    ProcedureListModel procedures;
    QAbstractItemModelTester tester(&procedures, QAbstractItemModelTester::FailureReportingMode::Fatal);
    procedures.setCatalog(t.store.get());
    procedures.setTopicId(QStringLiteral("ho-tich"));
    REQUIRE(procedures.rowCount() > 0);
    REQUIRE(procedures.codeAt(0) == QStringLiteral("1.001193"));
    const auto name = [&] { return procedures.data(procedures.index(0), ProcedureListModel::NameRole).toString(); };
    CHECK(name() == QStringLiteral("Đăng ký khai sinh"));
    CHECK(procedures.topicName() == QStringLiteral("Hộ tịch"));

    TopicListModel topics;
    QAbstractItemModelTester topicTester(&topics, QAbstractItemModelTester::FailureReportingMode::Fatal);
    topics.setCatalog(t.store.get());
    REQUIRE(topics.rowCount() > 0);
    CHECK(topics.data(topics.index(0), TopicListModel::NameRole).toString() == QStringLiteral("Hộ tịch"));

    QSignalSpy rows(&procedures, &QAbstractItemModel::dataChanged);
    QSignalSpy resets(&procedures, &QAbstractItemModel::modelReset);
    QSignalSpy title(&procedures, &ProcedureListModel::countChanged);
    QSignalSpy topicRows(&topics, &QAbstractItemModel::dataChanged);
    QSignalSpy switched(&UiLanguage::instance(), &UiLanguage::changed);
    REQUIRE(UiLanguage::set(kEn));
    CHECK(switched.count() == 1);
    CHECK(rows.count() + resets.count() >= 1);
    CHECK(title.count() >= 1);
    CHECK(topicRows.count() == 1);
    CHECK(name() == QStringLiteral("Birth registration"));
    CHECK(procedures.data(procedures.index(0), ProcedureListModel::SummaryRole).toString()
          == QStringLiteral("Get a birth certificate for a newborn child."));
    CHECK(procedures.data(procedures.index(0), ProcedureListModel::TopicNameRole).toString() == QStringLiteral("Civil status"));
    CHECK(procedures.data(procedures.index(0), ProcedureListModel::CodeRole).toString() == QStringLiteral("1.001193"));
    CHECK(procedures.topicName() == QStringLiteral("Civil status"));
    CHECK(topics.data(topics.index(0), TopicListModel::NameRole).toString() == QStringLiteral("Civil status"));
    CHECK(topics.nameOf(QStringLiteral("cu-tru")) == QStringLiteral("Residence"));

    // A search shown while the language changes is shown in the new language.
    procedures.setQuery(QStringLiteral("khai sinh"));
    REQUIRE(procedures.rowCount() > 0);
    CHECK(name() == QStringLiteral("Birth registration"));

    rows.clear();
    resets.clear();
    topicRows.clear();
    REQUIRE(UiLanguage::set(QStringLiteral("vi")));
    CHECK(rows.count() + resets.count() >= 1);
    CHECK(topicRows.count() == 1);
    CHECK(name() == QStringLiteral("Đăng ký khai sinh"));
    CHECK(topics.data(topics.index(0), TopicListModel::NameRole).toString() == QStringLiteral("Hộ tịch"));
    // Setting the same language again changes nothing.
    rows.clear();
    REQUIRE(UiLanguage::set(QStringLiteral("vi")));
    CHECK(rows.isEmpty());
}

TEST_CASE("ProcedureDetail shows the current language and switches live", "[bilingual][models]")
{
    VietnameseAfterwards language;
    TempCatalog t{QString()};
    ProcedureDetail detail;
    detail.setCatalog(t.store.get());
    detail.setCode(QStringLiteral("2.000815"));
    REQUIRE(detail.found());
    CHECK(detail.name().startsWith(QStringLiteral("Chứng thực bản sao từ bản chính")));

    QSignalSpy changed(&detail, &ProcedureDetail::changed);
    REQUIRE(UiLanguage::set(kEn));
    CHECK(changed.count() == 1);
    CHECK(detail.name().startsWith(QStringLiteral("Certified copy from the original")));
    CHECK(detail.topicName() == QStringLiteral("Certification"));
    CHECK(detail.feeText().contains(QStringLiteral("per page")));
    CHECK(detail.processingTime().startsWith(QStringLiteral("The same day")));
    CHECK(detail.eligibility().startsWith(QStringLiteral("Anyone")));
    CHECK(detail.result() == QStringLiteral("Certified copy"));
    CHECK(detail.agency() == QStringLiteral("Commune People's Committee"));
    const QVariantMap original = detail.documents().value(0).toMap();
    CHECK(original.value(QStringLiteral("name")).toString() == QStringLiteral("The original paper to be copied"));
    CHECK(original.value(QStringLiteral("form")).toString() == QStringLiteral("present"));
    // Without an English translator installed, the kiosk's own words stay the Vietnamese source.
    CHECK(original.value(QStringLiteral("description")).toString() == QStringLiteral("Xuất trình bản chính để cán bộ xem"));

    REQUIRE(UiLanguage::set(QStringLiteral("vi")));
    CHECK(changed.count() == 2);
    CHECK(detail.topicName() == QStringLiteral("Chứng thực"));
    CHECK(detail.documents().value(0).toMap().value(QStringLiteral("name")).toString()
          == QStringLiteral("Bản chính giấy tờ, văn bản cần sao"));
}

TEST_CASE("a store of schema 1 is upgraded; an old built-in demo is replaced, a province's kept",
          "[bilingual][store]")
{
    VietnameseAfterwards language;
    // A catalog as the first schema left it: one topic, one procedure, with no English.
    const auto makeOld = [](const QString &path, const QString &version) {
        QSqlDatabase handle;
        {
            auto db = Database::open(path, QStringLiteral("old-schema"));
            REQUIRE(db.ok());
            handle = db.value();
        }
        const QString data = QStringLiteral(
            R"({"code":"1.001193","name":"Đăng ký khai sinh","topic":"ho-tich","level":"commune",)"
            R"("processingTime":{"text":"Ngay trong ngày","workingDays":0},"onlineLevel":"full",)"
            R"("fee":{"text":"Miễn phí","rule":"free"},"documents":[],"eligibility":"Cha, mẹ",)"
            R"("legalBasis":["Luật Hộ tịch"],"delivery":["counter"]})");
        for (const QString &sql : {
                 QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE topics(id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                                "description TEXT NOT NULL, icon TEXT NOT NULL, position INTEGER NOT NULL)"),
                 QStringLiteral("CREATE TABLE fee_rules(id TEXT PRIMARY KEY, rule TEXT NOT NULL)"),
                 QStringLiteral("CREATE TABLE procedures(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
                                "provincial_code TEXT UNIQUE, name TEXT NOT NULL, "
                                "topic_id TEXT NOT NULL REFERENCES topics(id), summary TEXT NOT NULL, "
                                "time_text TEXT NOT NULL, name_folded TEXT NOT NULL, "
                                "keywords_folded TEXT NOT NULL, data TEXT NOT NULL, position INTEGER NOT NULL)"),
                 QStringLiteral("CREATE INDEX procedures_by_topic ON procedures(topic_id, position)"),
                 QStringLiteral("CREATE INDEX procedures_by_name ON procedures(name_folded)"),
                 QStringLiteral("CREATE TABLE procedure_keywords(keyword TEXT NOT NULL, "
                                "procedure_id INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE)"),
                 QStringLiteral("CREATE INDEX procedure_keywords_by_keyword ON procedure_keywords(keyword, procedure_id)"),
                 QStringLiteral("CREATE VIRTUAL TABLE procedure_fts USING fts5(name, keywords, "
                                "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"),
                 QStringLiteral("CREATE VIRTUAL TABLE procedure_text_fts USING fts5(text, "
                                "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"),
                 QStringLiteral("INSERT INTO topics VALUES('ho-tich', 'Hộ tịch', '', 'family', 0)"),
                 QStringLiteral("INSERT INTO fee_rules VALUES('free', '{\"kind\":\"free\"}')"),
                 QStringLiteral("INSERT INTO procedures VALUES(1, '1.001193', NULL, 'Đăng ký khai sinh', 'ho-tich', "
                                "'', 'Ngay trong ngày', 'dang ky khai sinh', '', '%1', 0)").arg(data),
                 QStringLiteral("INSERT INTO procedure_fts(rowid, name, keywords) VALUES(1, 'dang ky khai sinh', '')"),
                 QStringLiteral("INSERT INTO procedure_text_fts(rowid, text) VALUES(1, 'dang ky khai sinh')"),
                 QStringLiteral("INSERT INTO meta VALUES('catalog_version', '%1')").arg(version),
                 QStringLiteral("PRAGMA user_version=1")})
            REQUIRE(Database::exec(handle, sql).ok());
        Database::close(handle);
    };
    QTemporaryDir dir;

    SECTION("a province's catalog stays, in Vietnamese, until its next update")
    {
        const QString path = dir.filePath(QStringLiteral("province.db"));
        makeOld(path, QStringLiteral("2025.06.1"));
        auto store = CatalogStore::openSeeded(path);
        INFO((store.ok() ? QString() : store.error()).toStdString());
        REQUIRE(store.ok());
        CHECK(store.value()->catalogVersion() == QStringLiteral("2025.06.1"));
        CHECK(store.value()->procedureCount() == 1);
        CHECK(codesOf(store.value()->search(QStringLiteral("khai sinh"))) == QStringList{QStringLiteral("1.001193")});
        CHECK(store.value()->search(QStringLiteral("birth registration")).hits.isEmpty());
        CHECK(store.value()->summaries({QStringLiteral("1.001193")}).value(0).localized(kEn).name
              == QStringLiteral("Đăng ký khai sinh"));
        CHECK(store.value()->topics().value(0).topic.localized(kEn).name == QStringLiteral("Hộ tịch"));
    }
    SECTION("an older built-in demo is replaced by this program's, with its English")
    {
        const QString path = dir.filePath(QStringLiteral("demo.db"));
        makeOld(path, QStringLiteral("2025.07.demo-1"));
        {
            auto store = CatalogStore::openSeeded(path);
            INFO((store.ok() ? QString() : store.error()).toStdString());
            REQUIRE(store.ok());
            CHECK(store.value()->catalogVersion() == QStringLiteral("2025.07.demo-2"));
            CHECK(store.value()->procedureCount() == 52);
            CHECK(codesOf(store.value()->search(QStringLiteral("birth registration"))).value(0)
                  == QStringLiteral("1.001193"));
        }
        // Opening it again keeps it (the same version is not imported twice).
        auto reopened = CatalogStore::open(path);
        REQUIRE(reopened.ok());
        const auto seeded = reopened.value()->seedIfEmpty();
        REQUIRE(seeded.ok());
        CHECK_FALSE(seeded.value());
    }
}

TEST_CASE("the demo catalog has English for what citizens read", "[bilingual][demo]")
{
    VietnameseAfterwards language;
    const auto bundle = CatalogBundle::load(CatalogStore::demoCatalogResource());
    INFO(bundle.error());
    REQUIRE(bundle.ok());
    QStringList missing;
    const auto need = [&](const QJsonObject &en, const QString &vietnamese, const char *key, const QString &where) {
        if (!vietnamese.isEmpty() && en.value(QLatin1String(key)).toString().trimmed().isEmpty())
            missing.append(where + u'.' + QLatin1String(key));
    };
    for (const Topic &t : bundle->topics) {
        need(t.en, t.name, "name", t.id);
        need(t.en, t.description, "description", t.id);
    }
    const QStringList withForms = FormDefinition::bundledCodes();
    REQUIRE(withForms.size() == 8);
    for (const Procedure &p : bundle->procedures) {
        need(p.en, p.name, "name", p.code);
        need(p.en, p.summary, "summary", p.code);
        if (!withForms.contains(p.code))
            continue;
        // A procedure the kiosk files: everything its screens show.
        need(p.en, p.agency, "agency", p.code);
        need(p.en, p.eligibility, "eligibility", p.code);
        need(p.en, p.result, "result", p.code);
        need(p.processingTime.en, p.processingTime.text, "text", p.code + QStringLiteral(".processingTime"));
        need(p.feeEn, p.feeText, "text", p.code + QStringLiteral(".fee"));
        if (!p.keywords.isEmpty() && p.englishKeywords().isEmpty())
            missing.append(p.code + QStringLiteral(".keywords"));
        for (qsizetype i = 0; i < p.documents.size(); ++i) {
            const RequiredDocument &d = p.documents.at(i);
            const QString where = p.code + QStringLiteral(".documents[%1]").arg(i);
            need(d.en, d.name, "name", where);
            need(d.en, d.notes, "notes", where);
        }
    }
    for (auto it = bundle->feeRules.constBegin(); it != bundle->feeRules.constEnd(); ++it)
        for (const QJsonValue &e : it->toObject().value(QStringLiteral("exemptions")).toArray())
            need(e.toObject().value(kEn).toObject(), e.toObject().value(QStringLiteral("label")).toString(), "label",
                 it.key() + u'.' + e.toObject().value(QStringLiteral("key")).toString());
    INFO(missing.join(QStringLiteral(", ")).toStdString());
    CHECK(missing.isEmpty());
    CHECK(bundle->procedures.size() == 52);
}
