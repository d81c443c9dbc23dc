// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts, photos, file codes and the outbox in a real SQLite file: sequences under concurrent
// writers and across a process killed in the middle of a submission.
#include "testsupport.h"

#include "outbox/filingstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QThread>
#include <QTimeZone>

#include <iostream>
#include <thread>

using namespace motcua;

namespace {

const QString kAgency = QStringLiteral("000.00.01.H01");

Submission sample(const QDateTime &at = QDateTime(QDate(2026, 11, 23), QTime(9, 30)))
{
    Submission s;
    s.agencyCode = kAgency;
    s.procedureCode = QStringLiteral("1.001193");
    s.procedureName = QStringLiteral("Đăng ký khai sinh");
    s.formVersion = 1;
    s.applicantName = QStringLiteral("Nguyễn Văn An");
    s.applicantIdNumber = QStringLiteral("001090012345");
    s.answers = {{QStringLiteral("relationship"), QStringLiteral("father")}};
    s.deliveryMethod = QStringLiteral("counter");
    s.receivedAt = at;
    s.appointmentDate = at.date();
    return s;
}

std::unique_ptr<FilingStore> openStore(const QString &path)
{
    auto store = FilingStore::open(path);
    INFO(store.error().toStdString());
    REQUIRE(store.ok());
    return std::move(store).value();
}

QStringList fileCodes(const FilingStore &store)
{
    const auto filings = store.filings(1000);
    REQUIRE(filings.ok());
    QStringList codes;
    for (const Filing &f : filings.value())
        codes.append(f.fileCode);
    codes.sort();
    return codes;
}

} // namespace

TEST_CASE("drafts are saved, listed newest first, and expire", "[filingstore]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const auto first = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(first.ok());
    QThread::msleep(5);
    const auto second = store->createDraft(QStringLiteral("2.000815"), 2);
    REQUIRE(second.ok());
    const QJsonObject state{{QStringLiteral("step"), QStringLiteral("child")}};
    QThread::msleep(5); // timestamps have millisecond resolution
    REQUIRE(store->saveDraft(first.value(), state, QStringLiteral("Nguyễn Văn An")).ok());

    const auto listed = store->drafts();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).id == first.value()); // saved last, so newest
    CHECK(listed->at(0).state == state);
    CHECK(listed->at(0).applicantName == QStringLiteral("Nguyễn Văn An"));
    CHECK(listed->at(1).formVersion == 2);

    const QDateTime cutoff = QDateTime::currentDateTimeUtc().addSecs(1);
    CHECK(store->drafts(cutoff)->isEmpty());
    const auto removed = store->deleteDraftsOlderThan(cutoff);
    REQUIRE(removed.ok());
    CHECK(removed.value() == 2);
    CHECK(store->drafts()->isEmpty());
    const Status gone = store->saveDraft(first.value(), state, QString());
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().contains(QStringLiteral("does not exist")));
}

TEST_CASE("submitting numbers file codes per agency per day and moves the photos", "[filingstore]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const auto draft = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(draft.ok());
    const auto photo = store->addAttachment(draft.value(), QStringLiteral("giay-chung-sinh.jpg"),
                                            QStringLiteral("image/jpeg"), QByteArray("\xFF\xD8 not really a jpeg"));
    REQUIRE(photo.ok());
    CHECK(photo->sha256.size() == 64);

    Submission withPhoto = sample();
    withPhoto.attachmentIds = {photo->id};
    const auto a = store->submit(draft.value(), withPhoto);
    REQUIRE(a.ok());
    CHECK(a->fileCode == QStringLiteral("000.00.01.H01-261123-0001"));
    CHECK(a->status == QStringLiteral("queued"));
    CHECK(a->attachmentCount == 1);
    CHECK_FALSE(store->draft(draft.value())->has_value()); // the draft became the filing
    const auto photos = store->attachmentsOfFiling(a->id);
    REQUIRE(photos.ok());
    REQUIRE(photos->size() == 1);
    CHECK(store->attachmentData(photos->at(0).id).value() == QByteArray("\xFF\xD8 not really a jpeg"));

    CHECK(store->submit(QString(), sample())->fileCode == QStringLiteral("000.00.01.H01-261123-0002"));
    Submission otherAgency = sample();
    otherAgency.agencyCode = QStringLiteral("000.00.02.H01");
    CHECK(store->submit(QString(), otherAgency)->fileCode == QStringLiteral("000.00.02.H01-261123-0001"));
    CHECK(store->submit(QString(), sample(QDateTime(QDate(2026, 11, 24), QTime(8, 0))))->fileCode
          == QStringLiteral("000.00.01.H01-261124-0001"));

    const auto stored = store->filingByCode(QStringLiteral("000.00.01.H01-261123-0001"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    const Filing &f = **stored;
    CHECK(f.id == a->id);
    CHECK(f.submission.applicantName == QStringLiteral("Nguyễn Văn An"));
    CHECK(f.submission.answers == sample().answers);
    CHECK(f.submission.receivedAt == sample().receivedAt);
    CHECK(f.attachmentCount == 1);

    Submission incomplete = sample();
    incomplete.appointmentDate = {};
    CHECK_FALSE(store->submit(QString(), incomplete).ok());
}

TEST_CASE("concurrent writers never share or skip a file-code number", "[filingstore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filings.db"));
    { auto init = openStore(path); } // create the schema once
    constexpr int kThreads = 4;
    constexpr int kEach = 15;
    std::vector<QStringList> codes(kThreads);
    std::vector<QString> failures(kThreads);
    std::vector<std::thread> threads;
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([&, t] {
            auto store = FilingStore::open(path);
            if (!store) {
                failures[size_t(t)] = store.error();
                return;
            }
            for (int i = 0; i < kEach; ++i) {
                const auto filing = store.value()->submit(QString(), sample());
                if (!filing) {
                    failures[size_t(t)] = filing.error();
                    return;
                }
                codes[size_t(t)].append(filing->fileCode);
            }
        });
    }
    for (std::thread &t : threads)
        t.join();
    QStringList all;
    for (int t = 0; t < kThreads; ++t) {
        INFO(failures[size_t(t)].toStdString());
        CHECK(failures[size_t(t)].isEmpty());
        all += codes[size_t(t)];
    }
    all.sort();
    QStringList expected;
    for (int n = 1; n <= kThreads * kEach; ++n)
        expected.append(FilingStore::fileCode(kAgency, QDate(2026, 11, 23), n));
    CHECK(all == expected);
    auto store = openStore(path);
    CHECK(fileCodes(*store) == expected);
}

// Run by the next test as a separate process: files two, then dies inside the third
// submission's transaction (after the number was taken, before COMMIT).
TEST_CASE("crash child", "[.crashchild]")
{
    const QString path = qEnvironmentVariable("MOTCUA_CRASH_DB");
    REQUIRE_FALSE(path.isEmpty());
    auto store = openStore(path);
    for (int i = 0; i < 2; ++i)
        REQUIRE(store->submit(QString(), sample()).ok());
    const auto draft = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(draft.ok());
    REQUIRE(store->saveDraft(draft.value(), {{QStringLiteral("step"), QStringLiteral("review")}}, QStringLiteral("Trần Thị Bình")).ok());
    REQUIRE(store->addAttachment(draft.value(), QStringLiteral("a.jpg"), QStringLiteral("image/jpeg"), "photo").ok());
    (void)store->submit(draft.value(), sample(), [] {
        std::cout << "IN-TRANSACTION" << std::endl;
        QThread::sleep(60); // killed here
    });
    FAIL("the parent should have killed this process");
}

TEST_CASE("a process killed mid-submission loses no draft and reuses no number", "[filingstore]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("filings.db"));
    QProcess child;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("MOTCUA_CRASH_DB"), path);
    child.setProcessEnvironment(env);
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("crash child")});
    REQUIRE(child.waitForStarted());
    QByteArray output;
    while (!output.contains("IN-TRANSACTION") && child.waitForReadyRead(20000))
        output += child.readAllStandardOutput();
    REQUIRE(output.contains("IN-TRANSACTION"));
    child.kill(); // SIGKILL: no destructor, no rollback, like a power cut for the process
    REQUIRE(child.waitForFinished());
    CHECK(child.exitStatus() == QProcess::CrashExit);

    auto store = openStore(path);
    CHECK(fileCodes(*store) == QStringList{FilingStore::fileCode(kAgency, QDate(2026, 11, 23), 1),
                                           FilingStore::fileCode(kAgency, QDate(2026, 11, 23), 2)});
    const auto drafts = store->drafts();
    REQUIRE(drafts.ok());
    REQUIRE(drafts->size() == 1);
    CHECK(drafts->at(0).applicantName == QStringLiteral("Trần Thị Bình"));
    const auto photos = store->attachmentsOfDraft(drafts->at(0).id);
    REQUIRE(photos.ok());
    REQUIRE(photos->size() == 1);
    Submission withPhoto = sample();
    withPhoto.attachmentIds = {photos->first().id};
    const auto next = store->submit(drafts->at(0).id, withPhoto);
    REQUIRE(next.ok());
    CHECK(next->fileCode == FilingStore::fileCode(kAgency, QDate(2026, 11, 23), 3));
    CHECK(next->attachmentCount == 1); // the photo survived with its draft
    CHECK(fileCodes(*store).size() == 3);
}

TEST_CASE("expiry removes only the drafts not touched since the cut-off", "[filingstore]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const auto old = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(old.ok());
    const auto touched = store->createDraft(QStringLiteral("1.001193"), 1); // old, but saved later
    REQUIRE(touched.ok());
    QThread::msleep(20);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc();
    QThread::msleep(20);
    const auto recent = store->createDraft(QStringLiteral("2.000815"), 2);
    REQUIRE(recent.ok());
    REQUIRE(store->saveDraft(recent.value(), {{QStringLiteral("step"), QStringLiteral("who")}},
                             QStringLiteral("Trần Thị Bình")).ok());
    QThread::msleep(5); // timestamps have millisecond resolution
    REQUIRE(store->saveDraft(touched.value(), {{QStringLiteral("step"), QStringLiteral("home")}},
                             QStringLiteral("Lê Văn Cường")).ok());

    const auto removed = store->deleteDraftsOlderThan(cutoff);
    REQUIRE(removed.ok());
    CHECK(removed.value() == 1);
    CHECK_FALSE(store->draft(old.value())->has_value());
    const auto kept = store->draft(recent.value());
    REQUIRE(kept.ok());
    REQUIRE(kept->has_value());
    CHECK((*kept)->applicantName == QStringLiteral("Trần Thị Bình"));
    CHECK(store->draft(touched.value())->has_value());
    const auto listed = store->drafts();
    REQUIRE(listed.ok());
    QStringList left;
    for (const Draft &d : listed.value())
        left.append(d.id);
    CHECK(left == QStringList{touched.value(), recent.value()}); // newest first

    // Asking again removes nothing more.
    CHECK(store->deleteDraftsOlderThan(cutoff).value() == 0);
}

TEST_CASE("deleting a draft, by hand or by expiry, deletes its photos", "[filingstore]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const auto cancelled = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(cancelled.ok());
    const auto cancelledPhoto = store->addAttachment(cancelled.value(), QStringLiteral("a.jpg"),
                                                     QStringLiteral("image/jpeg"), QByteArray("photo a"));
    REQUIRE(cancelledPhoto.ok());
    const auto expired = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(expired.ok());
    const auto expiredPhoto = store->addAttachment(expired.value(), QStringLiteral("b.jpg"),
                                                   QStringLiteral("image/jpeg"), QByteArray("photo b"));
    REQUIRE(expiredPhoto.ok());
    QThread::msleep(20);
    const QDateTime cutoff = QDateTime::currentDateTimeUtc();
    QThread::msleep(20);
    const auto kept = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(kept.ok());
    const auto keptPhoto = store->addAttachment(kept.value(), QStringLiteral("c.jpg"),
                                                QStringLiteral("image/jpeg"), QByteArray("photo c"));
    REQUIRE(keptPhoto.ok());
    REQUIRE(store->attachmentData(cancelledPhoto->id).ok());
    REQUIRE(store->attachmentData(expiredPhoto->id).ok());

    REQUIRE(store->deleteDraft(cancelled.value()).ok());
    const auto afterDelete = store->attachmentData(cancelledPhoto->id);
    REQUIRE_FALSE(afterDelete.ok());
    CHECK(afterDelete.error().contains(QStringLiteral("no attachment")));
    CHECK(store->attachmentData(expiredPhoto->id).value() == QByteArray("photo b")); // not yet

    const auto removed = store->deleteDraftsOlderThan(cutoff);
    REQUIRE(removed.ok());
    CHECK(removed.value() == 1);
    const auto afterExpiry = store->attachmentData(expiredPhoto->id);
    REQUIRE_FALSE(afterExpiry.ok());
    CHECK(afterExpiry.error().contains(QStringLiteral("no attachment")));
    CHECK(store->attachmentData(keptPhoto->id).value() == QByteArray("photo c"));
}

TEST_CASE("the file-code day is the date of receivedAt in its own time zone", "[filingstore]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const QTimeZone vietnam(QByteArrayLiteral("Asia/Ho_Chi_Minh"));
    REQUIRE(vietnam.isValid());
    // 23:59 and 00:01 in Hà Nội are 16:59 and 17:01 UTC of the same UTC day: only the
    // office's own date may decide the day, not the machine's time zone.
    const QDateTime lateEvening(QDate(2026, 11, 23), QTime(23, 59), vietnam);
    const QDateTime justAfterMidnight(QDate(2026, 11, 24), QTime(0, 1), vietnam);
    const auto evening = store->submit(QString(), sample(lateEvening));
    REQUIRE(evening.ok());
    CHECK(evening->fileCode == QStringLiteral("000.00.01.H01-261123-0001"));
    const auto night = store->submit(QString(), sample(justAfterMidnight));
    REQUIRE(night.ok());
    CHECK(night->fileCode == QStringLiteral("000.00.01.H01-261124-0001"));
    const auto second = store->submit(QString(), sample(lateEvening.addSecs(30)));
    REQUIRE(second.ok());
    CHECK(second->fileCode == QStringLiteral("000.00.01.H01-261123-0002"));

    // The time is kept as the same instant.
    const auto stored = store->filingByCode(QStringLiteral("000.00.01.H01-261124-0001"));
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->submission.receivedAt == justAfterMidnight);
}

TEST_CASE("only the photos the submission lists go with the filing; the draft's others are deleted", "[filingstore]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const auto draft = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(draft.ok());
    const auto used = store->addAttachment(draft.value(), QStringLiteral("giay-chung-sinh.jpg"),
                                           QStringLiteral("image/jpeg"), QByteArray("the photo in the answers"));
    REQUIRE(used.ok());
    const auto replaced = store->addAttachment(draft.value(), QStringLiteral("giay-chung-sinh-cu.jpg"),
                                               QStringLiteral("image/jpeg"), QByteArray("a photo taken again"));
    REQUIRE(replaced.ok());

    Submission s = sample();
    s.attachmentIds = {used->id};
    const auto filing = store->submit(draft.value(), s);
    INFO((filing ? QString() : filing.error()).toStdString());
    REQUIRE(filing.ok());
    CHECK(filing->attachmentCount == 1);
    const auto photos = store->attachmentsOfFiling(filing->id);
    REQUIRE(photos.ok());
    REQUIRE(photos->size() == 1);
    CHECK(photos->at(0).id == used->id);
    CHECK(store->attachmentData(used->id).value() == QByteArray("the photo in the answers"));
    CHECK_FALSE(store->attachmentData(replaced->id).ok());
    const auto stored = store->filingByCode(filing->fileCode);
    REQUIRE(stored.ok());
    REQUIRE(stored->has_value());
    CHECK((*stored)->attachmentCount == 1);
    CHECK_FALSE(store->draft(draft.value())->has_value());
}

TEST_CASE("a draft is filed once: submitting it again fails and takes no number", "[filingstore]")
{
    QTemporaryDir dir;
    auto store = openStore(dir.filePath(QStringLiteral("filings.db")));
    const auto draft = store->createDraft(QStringLiteral("1.001193"), 1);
    REQUIRE(draft.ok());
    const auto photo = store->addAttachment(draft.value(), QStringLiteral("a.jpg"), QStringLiteral("image/jpeg"),
                                            QByteArray("photo"));
    REQUIRE(photo.ok());
    Submission s = sample();
    s.attachmentIds = {photo->id};
    const auto first = store->submit(draft.value(), s);
    REQUIRE(first.ok());
    CHECK(first->fileCode == QStringLiteral("000.00.01.H01-261123-0001"));

    const auto again = store->submit(draft.value(), s);
    REQUIRE_FALSE(again.ok());
    CHECK(again.error().contains(QStringLiteral("already filed")));
    CHECK(fileCodes(*store) == QStringList{QStringLiteral("000.00.01.H01-261123-0001")});
    // The first filing keeps its photo, and the failed attempt used no number.
    CHECK(store->attachmentsOfFiling(first->id)->size() == 1);
    CHECK(store->submit(QString(), sample())->fileCode == QStringLiteral("000.00.01.H01-261123-0002"));
}
