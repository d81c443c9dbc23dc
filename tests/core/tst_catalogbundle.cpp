// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogbundle.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace motcua;
using motcua::test::dataPath;
using motcua::test::readJsonObject;

namespace {

QJsonObject mini()
{
    return readJsonObject(dataPath(QStringLiteral("mini-catalog.json")));
}

// Applies `edit` to procedures[index] of the mini catalog and parses the result.
template<typename Edit>
Result<CatalogBundle> parseWithProcedure(int index, Edit edit)
{
    QJsonObject root = mini();
    QJsonArray procedures = root.value(QStringLiteral("procedures")).toArray();
    QJsonObject p = procedures.at(index).toObject();
    edit(p);
    procedures[index] = p;
    root.insert(QStringLiteral("procedures"), procedures);
    return CatalogBundle::parse(QJsonDocument(root).toJson());
}

QStringList problems(const Result<CatalogBundle> &r)
{
    return r.ok() ? QStringList() : r.error().split(u'\n');
}

} // namespace

TEST_CASE("a valid bundle parses into procedures, topics and fee rules", "[bundle]")
{
    const auto bundle = CatalogBundle::load(dataPath(QStringLiteral("mini-catalog.json")));
    INFO(bundle.error());
    REQUIRE(bundle.ok());
    CHECK(bundle->catalogVersion == QStringLiteral("test-1"));
    CHECK(bundle->topics.size() == 3);
    CHECK(bundle->procedures.size() == 6);
    CHECK(bundle->feeRules.contains(QStringLiteral("cert-copy")));

    const Procedure &birth = bundle->procedures.at(1);
    CHECK(birth.code == QStringLiteral("1.001193"));
    CHECK(birth.provincialCode == QStringLiteral("1.001193.000.00.00.H01"));
    CHECK(birth.name == QStringLiteral("Đăng ký khai sinh"));
    CHECK(birth.processingTime.workingDays == 0);
    REQUIRE(birth.documents.size() == 2);
    CHECK(birth.documents.at(1).name == QStringLiteral("Giấy chứng sinh"));
    CHECK(birth.documents.at(1).notes == QStringLiteral("Do cơ sở y tế cấp"));
    CHECK(birth.documents.at(1).required);
    CHECK(birth.delivery == QStringList{QStringLiteral("counter"), QStringLiteral("post")});
    CHECK(bundle->procedures.at(3).processingTime.nextDayAfter == QStringLiteral("15:00"));
}

TEST_CASE("a procedure survives toJson and back unchanged", "[bundle]")
{
    const auto bundle = CatalogBundle::load(dataPath(QStringLiteral("mini-catalog.json")));
    REQUIRE(bundle.ok());
    for (const Procedure &p : bundle->procedures)
        CHECK(CatalogBundle::procedureFromValidJson(p.toJson()) == p);
    const auto again = CatalogBundle::parse(QJsonDocument(bundle->toJson()).toJson());
    INFO(again.error());
    REQUIRE(again.ok());
    CHECK(again->procedures == bundle->procedures);
    CHECK(again->topics == bundle->topics);
}

TEST_CASE("a missing field is reported with its JSON path", "[bundle]")
{
    const auto r = parseWithProcedure(1, [](QJsonObject &p) {
        QJsonArray docs = p.value(QStringLiteral("documents")).toArray();
        QJsonObject d = docs.at(1).toObject();
        d.remove(QStringLiteral("name"));
        docs[1] = d;
        p.insert(QStringLiteral("documents"), docs);
    });
    REQUIRE_FALSE(r.ok());
    CHECK(problems(r) == QStringList{QStringLiteral("procedures[1].documents[1].name: missing")});
}

TEST_CASE("every problem of a bundle is reported in one pass", "[bundle]")
{
    const auto r = parseWithProcedure(2, [](QJsonObject &p) {
        p.insert(QStringLiteral("code"), QStringLiteral("1.00488"));           // 5 digits
        p.insert(QStringLiteral("topic"), QStringLiteral("dat-dai"));          // unknown topic
        p.insert(QStringLiteral("onlineLevel"), QStringLiteral("sometimes"));  // bad enum
        p.insert(QStringLiteral("fee"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")},
                                                    {QStringLiteral("rule"), QStringLiteral("nope")}});
        p.insert(QStringLiteral("legalBasis"), QJsonArray{});
        p.insert(QStringLiteral("delivery"), QJsonArray{QStringLiteral("drone")});
        p.insert(QStringLiteral("processingTime"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")},
                                                               {QStringLiteral("workingDays"), 2.5}});
    });
    const QStringList list = problems(r);
    INFO(r.error());
    CHECK(list.contains(QStringLiteral("procedures[2].code: '1.00488' is not a national procedure code like 1.001193")));
    CHECK(list.contains(QStringLiteral("procedures[2].topic: 'dat-dai' is not a topic id of this bundle")));
    CHECK(list.contains(QStringLiteral("procedures[2].onlineLevel: 'sometimes' is not one of: full, partial")));
    CHECK(list.contains(QStringLiteral("procedures[2].fee.rule: 'nope' is not in feeRules")));
    CHECK(list.contains(QStringLiteral("procedures[2].legalBasis: needs at least 1 item(s)")));
    CHECK(list.contains(QStringLiteral("procedures[2].delivery[0]: 'drone' is not one of: counter, post, online")));
    CHECK(list.contains(QStringLiteral("procedures[2].processingTime.workingDays: must be a whole number")));
    CHECK(list.size() == 7);
}

TEST_CASE("duplicate codes are rejected", "[bundle]")
{
    const auto r = parseWithProcedure(2, [](QJsonObject &p) {
        p.insert(QStringLiteral("code"), QStringLiteral("1.001193"));
    });
    CHECK(problems(r) == QStringList{QStringLiteral("procedures[2].code: '1.001193' appears twice")});
}

TEST_CASE("wrong types name the expected type", "[bundle]")
{
    const auto r = parseWithProcedure(0, [](QJsonObject &p) {
        p.insert(QStringLiteral("name"), 42);
        p.insert(QStringLiteral("documents"), QStringLiteral("none"));
        p.insert(QStringLiteral("provincialCode"), QStringLiteral("1.000689.H01"));
    });
    const QStringList list = problems(r);
    CHECK(list.contains(QStringLiteral("procedures[0].name: must be a string")));
    CHECK(list.contains(QStringLiteral("procedures[0].documents: must be an array")));
    CHECK(list.contains(QStringLiteral(
        "procedures[0].provincialCode: '1.000689.H01' is not a provincial code like 1.001193.000.00.00.H01")));
}

TEST_CASE("fee rules are checked", "[bundle]")
{
    QJsonObject root = mini();
    QJsonObject rules = root.value(QStringLiteral("feeRules")).toObject();
    rules.insert(QStringLiteral("cert-copy"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("tiered_per_page")},
                             {QStringLiteral("tiers"),
                              QJsonArray{QJsonObject{{QStringLiteral("fromPage"), 1}, {QStringLiteral("amount"), 2000}},
                                         QJsonObject{{QStringLiteral("fromPage"), 4}, {QStringLiteral("amount"), -1}}}}});
    rules.insert(QStringLiteral("weird"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("lottery")}});
    root.insert(QStringLiteral("feeRules"), rules);
    const auto r = CatalogBundle::parse(QJsonDocument(root).toJson());
    const QStringList list = problems(r);
    INFO(r.error());
    CHECK(list.contains(QStringLiteral("feeRules.cert-copy.tiers[0].toPage: missing (only the last tier may be open-ended)")));
    CHECK(list.contains(QStringLiteral("feeRules.cert-copy.tiers[1].amount: -1 is out of range 0..1000000000")));
    CHECK(list.contains(QStringLiteral("feeRules.weird.kind: 'lottery' is not one of: free, fixed, tiered_per_page, province")));
}

TEST_CASE("array items of the wrong kind and absurd numbers are named", "[bundle]")
{
    QJsonObject root = mini();
    root.insert(QStringLiteral("topics"), QJsonArray{1, root.value(QStringLiteral("topics")).toArray().at(0)});
    QJsonObject rules = root.value(QStringLiteral("feeRules")).toObject();
    rules.insert(QStringLiteral("cert-sign"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("fixed")},
                                                          {QStringLiteral("amount"), 1e30},
                                                          {QStringLiteral("per"), QStringLiteral("case")},
                                                          {QStringLiteral("exemptions"), QJsonArray{QStringLiteral("poor")}}});
    root.insert(QStringLiteral("feeRules"), rules);
    const QStringList list = problems(CatalogBundle::parse(QJsonDocument(root).toJson()));
    CHECK(list.contains(QStringLiteral("topics[0]: must be an object")));
    CHECK(list.contains(QStringLiteral("feeRules.cert-sign.amount: 1e+30 is out of range 0..1000000000")));
    CHECK(list.contains(QStringLiteral("feeRules.cert-sign.exemptions[0]: must be an object")));
}

TEST_CASE("broken JSON is reported with line and column", "[bundle]")
{
    const auto r = CatalogBundle::parse("{\n  \"format\": \"motcua-catalog\",\n  \"topics\": [,]\n}");
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QStringLiteral("(document): invalid JSON at line 3, column")));
    CHECK(CatalogBundle::parse("[]").error() == QStringLiteral("(document): must be a JSON object"));
    CHECK(CatalogBundle::parse("").error().contains(QStringLiteral("invalid JSON")));
}

TEST_CASE("a file of another format is named as such", "[bundle]")
{
    QJsonObject root = mini();
    root.insert(QStringLiteral("format"), QStringLiteral("something-else"));
    root.insert(QStringLiteral("schemaVersion"), 2);
    const QStringList list = problems(CatalogBundle::parse(QJsonDocument(root).toJson()));
    CHECK(list.contains(QStringLiteral("format: 'something-else' is not a MotCua catalog (expected 'motcua-catalog')")));
    CHECK(list.contains(QStringLiteral("schemaVersion: 2 is out of range 1..1")));
}

TEST_CASE("an unreadable file gives the reason", "[bundle]")
{
    const auto r = CatalogBundle::load(QStringLiteral("/nonexistent/catalog.json"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.error().startsWith(QStringLiteral("cannot read /nonexistent/catalog.json")));
}

TEST_CASE("the demo catalog shipped in resources/ is valid and complete", "[bundle][demo]")
{
    const auto bundle = CatalogBundle::load(CatalogStore::demoCatalogResource());
    INFO(bundle.error());
    REQUIRE(bundle.ok());
    CHECK(bundle->procedures.size() >= 40);
    QSet<QString> usedTopics;
    QSet<QString> codes;
    for (const Procedure &p : bundle->procedures) {
        usedTopics.insert(p.topicId);
        codes.insert(p.code);
    }
    for (const Topic &t : bundle->topics)
        CHECK(usedTopics.contains(t.id));
    // The eight procedures the kiosk must walk a citizen through, and those DESIGN.md lists.
    for (const char *code : {"1.001193", "1.004873", "1.000894", "1.000656", "1.005461", "2.000884",
                             "2.000815", "2.000635", "1.004194", "1.004222", "1.004837", "1.001022"})
        CHECK(codes.contains(QLatin1String(code)));
}
