// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalog/proceduredetail.h"
#include "catalog/procedurelistmodel.h"
#include "catalog/topiclistmodel.h"
#include "testsupport.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

using namespace motcua;
using motcua::test::TempCatalog;

TEST_CASE("ProcedureListModel follows query, topic and codes", "[models]")
{
    TempCatalog t;
    ProcedureListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy countSpy(&model, &ProcedureListModel::countChanged);

    CHECK(model.rowCount() == 0);
    model.setCatalog(t.store.get());
    model.setQuery(QStringLiteral("khai sinh"));
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(0), ProcedureListModel::CodeRole).toString() == QStringLiteral("1.001193"));
    CHECK(model.data(model.index(0), ProcedureListModel::NameRole).toString() == QStringLiteral("Đăng ký khai sinh"));
    CHECK(model.data(model.index(0), ProcedureListModel::TopicNameRole).toString() == QStringLiteral("Hộ tịch"));
    CHECK(model.data(model.index(0), ProcedureListModel::ProcessingTimeRole).toString() == QStringLiteral("Ngay trong ngày"));
    CHECK(model.codeAt(0) == QStringLiteral("1.001193"));
    CHECK(model.codeAt(99).isEmpty());
    CHECK(countSpy.count() >= 1);

    model.setQuery(QStringLiteral("xyzzy"));
    CHECK(model.rowCount() == 0);

    model.setQuery(QString());
    model.setTopicId(QStringLiteral("chung-thuc"));
    CHECK(model.rowCount() == 2);
    CHECK(model.topicName() == QStringLiteral("Chứng thực"));

    model.setTopicId(QString());
    model.setCodes({QStringLiteral("1.004194"), QStringLiteral("1.001193")});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.codeAt(0) == QStringLiteral("1.004194"));

    model.setQuery(QStringLiteral("tôi muốn làm tạm trú"));
    CHECK(model.approximate());
    model.clear();
    CHECK(model.query().isEmpty());
    CHECK_FALSE(model.approximate());
    CHECK(model.rowCount() == 2); // back to the codes
}

TEST_CASE("ProcedureListModel reloads when the catalog changes", "[models]")
{
    TempCatalog t;
    ProcedureListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(t.store.get());
    model.setQuery(QStringLiteral("tam tru"));
    REQUIRE(model.rowCount() == 1);
    auto bundle = CatalogBundle::load(motcua::test::dataPath(QStringLiteral("mini-catalog.json")));
    REQUIRE(bundle.ok());
    CatalogBundle smaller = bundle.value();
    smaller.procedures.removeLast(); // 1.004194
    REQUIRE(t.store->importBundle(smaller).ok());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("TopicListModel lists topics with counts", "[models]")
{
    TempCatalog t;
    TopicListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setCatalog(t.store.get());
    REQUIRE(model.rowCount() == 3);
    CHECK(model.data(model.index(1), TopicListModel::IdRole).toString() == QStringLiteral("chung-thuc"));
    CHECK(model.data(model.index(1), TopicListModel::NameRole).toString() == QStringLiteral("Chứng thực"));
    CHECK(model.data(model.index(1), TopicListModel::IconRole).toString() == QStringLiteral("stamp"));
    CHECK(model.data(model.index(1), TopicListModel::ProcedureCountRole).toInt() == 2);
    CHECK(model.nameOf(QStringLiteral("cu-tru")) == QStringLiteral("Cư trú"));
    CHECK(model.roleNames().value(TopicListModel::IconRole) == QByteArray("iconName"));
}

TEST_CASE("ProcedureDetail shows every field of one procedure", "[models]")
{
    TempCatalog t;
    ProcedureDetail detail;
    QSignalSpy changed(&detail, &ProcedureDetail::changed);
    detail.setCatalog(t.store.get());
    CHECK_FALSE(detail.found());
    detail.setCode(QStringLiteral("1.001193"));
    REQUIRE(detail.found());
    CHECK(changed.count() >= 1);
    CHECK(detail.name() == QStringLiteral("Đăng ký khai sinh"));
    CHECK(detail.topicName() == QStringLiteral("Hộ tịch"));
    CHECK(detail.processingTime() == QStringLiteral("Ngay trong ngày"));
    CHECK(detail.feeText() == QStringLiteral("Miễn lệ phí khi đăng ký đúng hạn"));
    CHECK(detail.delivery() == QStringList{QStringLiteral("counter"), QStringLiteral("post")});
    CHECK(detail.legalBasis().size() == 2);
    const QVariantList docs = detail.documents();
    REQUIRE(docs.size() == 2);
    const QVariantMap second = docs.at(1).toMap();
    CHECK(second.value(QStringLiteral("name")).toString() == QStringLiteral("Giấy chứng sinh"));
    CHECK(second.value(QStringLiteral("form")).toString() == QStringLiteral("original"));
    CHECK(second.value(QStringLiteral("count")).toInt() == 1);

    detail.setCode(QStringLiteral("1.999999"));
    CHECK_FALSE(detail.found());
    CHECK(detail.name().isEmpty());
    CHECK(detail.documents().isEmpty());
}
