// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/catalogstore.h"
#include "storage/database.h"
#include "testsupport.h"

#include <QSqlQuery>

using namespace motcua;
using motcua::test::TempCatalog;

TEST_CASE("an imported catalog is there after reopening the file", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("catalog.db"));
    {
        auto store = CatalogStore::open(path);
        REQUIRE(store.ok());
        auto bundle = CatalogBundle::load(motcua::test::dataPath(QStringLiteral("mini-catalog.json")));
        REQUIRE(bundle.ok());
        REQUIRE(store.value()->importBundle(bundle.value()).ok());
    } // connection closed here
    auto reopened = CatalogStore::open(path);
    REQUIRE(reopened.ok());
    CHECK(reopened.value()->procedureCount() == 6);
    CHECK(reopened.value()->catalogVersion() == QStringLiteral("test-1"));
    CHECK(motcua::test::codesOf(reopened.value()->search(QStringLiteral("khai sinh"))).first()
          == QStringLiteral("1.001193"));
}

TEST_CASE("the database uses WAL and the current schema version", "[store]")
{
    TempCatalog t;
    auto db = Database::open(t.dbPath(), QStringLiteral("catalog"));
    REQUIRE(db.ok());
    QSqlDatabase handle = db.value();
    QSqlQuery q(handle);
    REQUIRE(q.exec(QStringLiteral("PRAGMA journal_mode")));
    REQUIRE(q.next());
    CHECK(q.value(0).toString() == QStringLiteral("wal"));
    CHECK(Database::schemaVersion(handle) == 2); // 2: English texts
}

TEST_CASE("a database from a newer program is refused with a clear message", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.db"));
    {
        auto db = Database::open(path, QStringLiteral("setup"));
        REQUIRE(db.ok());
        QSqlDatabase handle = db.value();
        REQUIRE(Database::exec(handle, QStringLiteral("PRAGMA user_version=99")).ok());
    }
    const auto store = CatalogStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(QStringLiteral("schema version 99, newer than this program knows (2)")));
}

TEST_CASE("a failing import changes nothing (one transaction)", "[store]")
{
    TempCatalog t;
    const auto before = t.store->search(QStringLiteral("khai sinh")).hits;
    REQUIRE_FALSE(before.isEmpty());

    // Bypass validation to make the database itself refuse the third record.
    CatalogBundle broken;
    broken.catalogVersion = QStringLiteral("broken");
    broken.topics = {{QStringLiteral("x"), QStringLiteral("X"), {}, {}}};
    broken.feeRules.insert(QStringLiteral("free"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("free")}});
    Procedure p;
    p.name = QStringLiteral("Thủ tục thử");
    p.topicId = QStringLiteral("x");
    for (const char *code : {"9.000001", "9.000002", "9.000001"}) {
        p.code = QLatin1String(code);
        broken.procedures.append(p);
    }
    const Status result = t.store->importBundle(broken);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().contains(QStringLiteral("9.000001")));

    CHECK(t.store->procedureCount() == 6);
    CHECK(t.store->catalogVersion() == QStringLiteral("test-1"));
    CHECK(t.store->search(QStringLiteral("khai sinh")).hits == before);
    CHECK(t.store->topics().size() == 3);
}

TEST_CASE("importing replaces the whole catalog", "[store]")
{
    TempCatalog t;
    auto bundle = CatalogBundle::load(motcua::test::dataPath(QStringLiteral("mini-catalog.json")));
    REQUIRE(bundle.ok());
    CatalogBundle smaller = bundle.value();
    smaller.catalogVersion = QStringLiteral("test-2");
    smaller.procedures = smaller.procedures.mid(0, 2);
    REQUIRE(t.store->importBundle(smaller).ok());
    CHECK(t.store->procedureCount() == 2);
    CHECK(t.store->catalogVersion() == QStringLiteral("test-2"));
    CHECK_FALSE(t.store->procedure(QStringLiteral("1.004194")).has_value());
    CHECK(t.store->search(QStringLiteral("tam tru")).hits.isEmpty());
}

TEST_CASE("procedures are found by national or provincial code", "[store]")
{
    TempCatalog t;
    const auto byNational = t.store->procedure(QStringLiteral("1.001193"));
    REQUIRE(byNational.has_value());
    CHECK(byNational->name == QStringLiteral("Đăng ký khai sinh"));
    const auto byProvincial = t.store->procedure(QStringLiteral(" 1.001193.000.00.00.h01 "));
    REQUIRE(byProvincial.has_value());
    CHECK(*byProvincial == *byNational);
    CHECK_FALSE(t.store->procedure(QStringLiteral("1.999999")).has_value());
}

TEST_CASE("topics come in bundle order with their counts", "[store]")
{
    TempCatalog t;
    const auto topics = t.store->topics();
    REQUIRE(topics.size() == 3);
    CHECK(topics.at(0).topic.id == QStringLiteral("ho-tich"));
    CHECK(topics.at(0).procedureCount == 3);
    CHECK(topics.at(1).procedureCount == 2);
    CHECK(topics.at(2).procedureCount == 1);
    const auto civil = t.store->proceduresInTopic(QStringLiteral("ho-tich"));
    REQUIRE(civil.size() == 3);
    CHECK(civil.at(0).code == QStringLiteral("1.000689"));
    CHECK(civil.at(0).topicName == QStringLiteral("Hộ tịch"));
}

TEST_CASE("fee rules are stored with the catalog", "[store]")
{
    TempCatalog t;
    const QJsonObject rule = t.store->feeRule(QStringLiteral("cert-copy"));
    CHECK(rule.value(QStringLiteral("kind")).toString() == QStringLiteral("tiered_per_page"));
    CHECK(rule.value(QStringLiteral("capPerCopy")).toInt() == 200000);
    CHECK(t.store->feeRule(QStringLiteral("missing")).isEmpty());
}

TEST_CASE("summaries keep the order of the codes asked for", "[store]")
{
    TempCatalog t;
    const auto list = t.store->summaries({QStringLiteral("1.004194"), QStringLiteral("9.999999"),
                                          QStringLiteral("1.001193")});
    REQUIRE(list.size() == 2);
    CHECK(list.at(0).code == QStringLiteral("1.004194"));
    CHECK(list.at(1).code == QStringLiteral("1.001193"));
}

TEST_CASE("an empty store is filled with the demo catalog once", "[store][demo]")
{
    QTemporaryDir dir;
    auto store = CatalogStore::open(dir.filePath(QStringLiteral("fresh.db")));
    REQUIRE(store.ok());
    CHECK(store.value()->procedureCount() == 0);
    const auto first = store.value()->seedIfEmpty();
    INFO(first.error());
    REQUIRE(first.ok());
    CHECK(first.value());
    CHECK(store.value()->procedureCount() >= 40);
    const auto second = store.value()->seedIfEmpty();
    REQUIRE(second.ok());
    CHECK_FALSE(second.value());
}

TEST_CASE("closing one store leaves another on the same file working", "[store]")
{
    TempCatalog t;
    auto other = CatalogStore::open(t.dbPath());
    REQUIRE(other.ok());
    t.store.reset();
    CHECK(other.value()->procedureCount() == 6);
    CHECK(motcua::test::codesOf(other.value()->search(QStringLiteral("tam tru"))) == QStringList{QStringLiteral("1.004194")});
}

TEST_CASE("a file that is not a database is refused, not overwritten", "[store]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notes.db"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(8192, 'x'));
    f.close();
    const auto store = CatalogStore::open(path);
    REQUIRE_FALSE(store.ok());
    CHECK(store.error().contains(path));
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(f.readAll() == QByteArray(8192, 'x'));
}
