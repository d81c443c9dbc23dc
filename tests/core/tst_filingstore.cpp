// SPDX-License-Identifier: GPL-3.0-or-later
// Drafts, photos, file codes and the outbox in a real SQLite file: sequences under concurrent
// writers and across a process killed in the middle of a submission.
#include "testsupport.h"

#include "outbox/filingstore.h"

#include <QCoreApplication>
#include <QProcess>
#include <QThread>

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
