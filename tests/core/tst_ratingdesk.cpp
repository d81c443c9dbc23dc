// SPDX-License-Identifier: GPL-3.0-or-later
// The satisfaction screen's desk on a real outbox: a face is needed, reasons toggle, the rating
// is stored with the filing (and nothing else of the citizen), clear() forgets it.
#include "testsupport.h"

#include "outbox/filingstore.h"
#include "session/ratingdesk.h"

#include <QVariantMap>

using namespace motcua;

TEST_CASE("rating desk: four faces, optional reasons, stored with the filing", "[rating]")
{
    QTemporaryDir dir;
    auto store = FilingStore::open(dir.filePath(QStringLiteral("f.db"))).value();
    FeeQuote fee;
    fee.total = 0;
    fee.known = true;
    const auto filing = store->submit({}, test::copiesSubmission(fee));
    REQUIRE(filing.ok());
    RatingDesk desk(store.get());
    REQUIRE(RatingDesk::choices().size() == 4);
    CHECK(RatingDesk::choices().first().toMap().value(QStringLiteral("label")).toString() == QStringLiteral("Rất hài lòng"));
    CHECK(RatingDesk::reasons().size() >= 4);

    desk.begin(filing->fileCode);
    CHECK(desk.state() == QStringLiteral("choosing"));
    CHECK_FALSE(desk.submit()); // no face chosen yet
    CHECK(desk.message().contains(QStringLiteral("khuôn mặt")));
    desk.choose(QStringLiteral("satisfied"));
    desk.toggleReason(QStringLiteral("fast"));
    desk.toggleReason(QStringLiteral("waited_long"));
    desk.toggleReason(QStringLiteral("fast"));
    CHECK(desk.chosenReasons() == QStringList{QStringLiteral("waited_long")});
    REQUIRE(desk.submit());
    CHECK(desk.state() == QStringLiteral("saved"));
    const auto stored = store->filingByCode(filing->fileCode);
    REQUIRE(stored.ok());
    CHECK((*stored)->rating.key == QStringLiteral("satisfied"));
    CHECK((*stored)->rating.reasons == QStringList{QStringLiteral("waited_long")});

    desk.clear();
    CHECK(desk.fileCode().isEmpty());
    CHECK(desk.chosen().isEmpty());

    // A filing that is not there: the citizen is thanked all the same, nothing breaks.
    desk.begin(QStringLiteral("000.00.01.H01-261123-9999"));
    desk.choose(QStringLiteral("neutral"));
    CHECK_FALSE(desk.submit());
    CHECK(desk.state() == QStringLiteral("failed"));
}
