// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's filing controller without a screen: what the step screen binds to, the draft
// written at every answer, photos, CCCD prefill, resume after a crash, and submission.
#include "testsupport.h"

#include "forms/walkthrough.h"

#include <QAbstractItemModelTester>
#include <QImage>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace motcua;

namespace {

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
                                                                   catalog.dir.filePath(QStringLiteral("scans")),
                                                                   QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))});
    }

    [[nodiscard]] QJsonObject draftAnswers() const
    {
        const auto draft = store->draft(walk->draftId());
        REQUIRE(draft.ok());
        REQUIRE(draft->has_value());
        return (*draft)->state.value(QStringLiteral("answers")).toObject();
    }

    [[nodiscard]] QStringList fieldIds() const
    {
        QStringList ids;
        for (int row = 0; row < walk->fields()->rowCount(); ++row)
            ids.append(walk->fields()->index(row).data(StepFieldModel::FieldIdRole).toString());
        return ids;
    }
};

const QString kCard = QStringLiteral("001195012345||Trần Thị Hoa|18031995|Nữ|Số 12 ngõ 5, Phường Ba Đình, Thành phố Hà Nội|01022021");

} // namespace

TEST_CASE("a filing starts with a draft and its first step's fields", "[walkthrough]")
{
    Kiosk k;
    QAbstractItemModelTester tester(k.walk->fields(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    CHECK(k.walk->canFile(QStringLiteral("1.001193")));
    CHECK_FALSE(k.walk->canFile(QStringLiteral("1.004222"))); // in the catalog, no form yet
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    CHECK(k.walk->active());
    CHECK(k.walk->stage() == QStringLiteral("fields"));
    CHECK(k.walk->stepId() == QStringLiteral("filer"));
    CHECK(k.walk->position() == 1);
    CHECK(k.walk->offersCccd());
    CHECK(k.fieldIds() == QStringList{QStringLiteral("applicant"), QStringLiteral("relationship"),
                                      QStringLiteral("relationshipOther"), QStringLiteral("phone")});
    const QModelIndex other = k.walk->fields()->index(2);
    CHECK_FALSE(other.data(StepFieldModel::ShownRole).toBool());
    CHECK(other.data(StepFieldModel::TypeRole).toString() == QStringLiteral("text"));
    const QVariantList options = k.walk->fields()->index(1).data(StepFieldModel::SettingsRole).toMap()
                                     .value(QStringLiteral("options")).toList();
    CHECK(options.size() >= 3);
    CHECK(k.store->drafts()->size() == 1);
}

TEST_CASE("every answer reaches the draft at once and moves the conditions", "[walkthrough]")
{
    Kiosk k;
    QAbstractItemModelTester tester(k.walk->fields(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    QSignalSpy changed(k.walk->fields(), &QAbstractItemModel::dataChanged);
    k.walk->setAnswerJson(QStringLiteral("relationship"), QStringLiteral("\"other\""));
    CHECK(k.draftAnswers().value(QStringLiteral("relationship")).toString() == QStringLiteral("other"));
    CHECK(k.walk->fields()->index(2).data(StepFieldModel::ShownRole).toBool());
    CHECK_FALSE(changed.isEmpty());
    k.walk->setPart(QStringLiteral("applicant"), QStringLiteral("fullName"), QStringLiteral("Trần Thị Hoa"));
    CHECK(k.draftAnswers().value(QStringLiteral("applicant")).toObject().value(QStringLiteral("fullName")).toString()
          == QStringLiteral("Trần Thị Hoa"));
    k.walk->setAnswerJson(QStringLiteral("relationship"), QStringLiteral("\"mother\""));
    CHECK_FALSE(k.walk->fields()->index(2).data(StepFieldModel::ShownRole).toBool());
}

TEST_CASE("Next shows every problem, and correcting a field clears its error", "[walkthrough]")
{
    Kiosk k;
    QAbstractItemModelTester tester(k.walk->fields(), QAbstractItemModelTester::FailureReportingMode::Fatal);
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    k.walk->setAnswer(QStringLiteral("phone"), QStringLiteral("0123"));
    CHECK_FALSE(k.walk->next());
    CHECK(k.walk->stepId() == QStringLiteral("filer"));
    QStringList fields;
    for (const QVariant &e : k.walk->errors())
        fields.append(e.toMap().value(QStringLiteral("fieldId")).toString());
    CHECK(fields == QStringList{QStringLiteral("applicant"), QStringLiteral("relationship"), QStringLiteral("phone")});
    const QVariantMap phoneErrors = k.walk->fields()->index(3).data(StepFieldModel::ErrorsRole).toMap();
    CHECK(phoneErrors.value(QString()).toString().startsWith(QStringLiteral("Số điện thoại chưa đúng")));

    k.walk->setAnswer(QStringLiteral("phone"), QStringLiteral("0912 345 678"));
    CHECK(k.walk->errors().size() == 2);
    CHECK(k.walk->fields()->index(3).data(StepFieldModel::ErrorsRole).toMap().isEmpty());
}

TEST_CASE("a CCCD code fills the applicant; a bad one says what is wrong in Vietnamese", "[walkthrough]")
{
    Kiosk k;
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    const QString refused = k.walk->applyCccd(QStringLiteral("00119501234||Trần Thị Hoa|18031995|Nữ|x|01022021"));
    CHECK(refused.contains(QStringLiteral("12 chữ số")));
    CHECK(k.draftAnswers().value(QStringLiteral("applicant")).isUndefined());
    CHECK(k.walk->applyCccd(kCard).isEmpty());
    const QJsonObject applicant = k.draftAnswers().value(QStringLiteral("applicant")).toObject();
    CHECK(applicant.value(QStringLiteral("idNumber")).toString() == QStringLiteral("001195012345"));
    CHECK(applicant.value(QStringLiteral("sex")).toString() == QStringLiteral("nu"));
    CHECK(k.draftAnswers().value(QStringLiteral("filerResidence")).toObject().value(QStringLiteral("communeCode")).toString()
          == QStringLiteral("00004"));
}

TEST_CASE("an interrupted draft is offered with initials only, resumes where it was, or is discarded", "[walkthrough]")
{
    Kiosk k;
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    REQUIRE(k.walk->applyCccd(kCard).isEmpty());
    k.walk->setAnswerJson(QStringLiteral("relationship"), QStringLiteral("\"mother\""));
    k.walk->setAnswer(QStringLiteral("phone"), QStringLiteral("0912345678"));
    REQUIRE(k.walk->next());
    CHECK(k.walk->resumableDrafts().isEmpty()); // not the one being filled
    const QString draftId = k.walk->draftId();

    // A new kiosk process on the same files (the old one lost power).
    Walkthrough again(k.catalog.store.get(), k.store.get(),
                      {QStringLiteral("000.00.01.H22"), WorkingCalendar(), 8, {}, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))});
    const QVariantList offered = again.resumableDrafts();
    REQUIRE(offered.size() == 1);
    const QVariantMap draft = offered.first().toMap();
    CHECK(draft.value(QStringLiteral("applicantInitials")).toString() == QStringLiteral("T. T. H."));
    CHECK(draft.value(QStringLiteral("procedureName")).toString() == QStringLiteral("Đăng ký khai sinh"));
    CHECK(draft.value(QStringLiteral("needsIdCheck")).toBool());
    // The filing holds an ID number: only the one who knows its last four digits reopens it.
    CHECK_FALSE(again.resume(draftId));
    CHECK_FALSE(again.resume(draftId, QStringLiteral("1234")));
    CHECK(again.problem().contains(QStringLiteral("4 số cuối")));
    CHECK_FALSE(again.active());
    REQUIRE(again.resume(draftId, QStringLiteral("2345")));
    CHECK(again.stepId() == QStringLiteral("filerAddress"));
    CHECK(again.session()->applicantName() == QStringLiteral("Trần Thị Hoa"));

    again.discardDraft(draftId);
    CHECK(k.store->drafts()->isEmpty());
    CHECK_FALSE(again.resume(QStringLiteral("no-such-draft")));
    CHECK_FALSE(again.problem().isEmpty());
}

TEST_CASE("a whole filing with a document photo ends in the outbox, and nothing stays behind", "[walkthrough]")
{
    Kiosk k;
    // Clerk mode: a clerk files on the citizen's behalf ("người nộp thay").
    k.walk->setFiledBy(QStringLiteral("Lan"));
    REQUIRE(k.walk->start(QStringLiteral("2.000815")));
    const QJsonObject answers = test::readJsonObject(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/answers/2.000815.json"));
    QImage page(2400, 3200, QImage::Format_RGB32);
    page.fill(Qt::white);
    const QString scan = k.catalog.dir.filePath(QStringLiteral("scan.png"));
    REQUIRE(page.save(scan));
    QSignalSpy submitted(k.walk.get(), &Walkthrough::submitted);
    while (k.walk->stage() != QStringLiteral("review")) {
        for (const FieldDefinition &f : k.walk->session()->steps()[size_t(k.walk->session()->currentStep())].fields) {
            if (f.type == FieldType::Document)
                REQUIRE(k.walk->attachPhoto(f.id, QUrl::fromLocalFile(scan)));
            else if (answers.contains(f.id))
                k.walk->setAnswer(f.id, answers.value(f.id).toVariant());
        }
        INFO(k.walk->stepId().toStdString());
        REQUIRE(k.walk->next());
    }
    CHECK_FALSE(k.walk->review().isEmpty());
    CHECK_FALSE(k.walk->attachPhoto(QStringLiteral("doc1"), QUrl::fromLocalFile(k.catalog.dir.filePath(QStringLiteral("missing.png")))));
    REQUIRE(k.walk->submit());
    CHECK(k.walk->stage() == QStringLiteral("done"));
    CHECK(k.walk->fileCode().startsWith(QStringLiteral("000.00.01.H22-")));
    CHECK_FALSE(k.walk->appointmentText().isEmpty());
    CHECK(submitted.size() == 1);
    CHECK(k.store->drafts()->isEmpty());

    const auto filing = k.store->filingByCode(k.walk->fileCode());
    REQUIRE(filing.ok());
    REQUIRE(filing->has_value());
    CHECK((*filing)->attachmentCount >= 1);
    CHECK((*filing)->submission.filedBy == QStringLiteral("Lan"));
    CHECK_FALSE((*filing)->submission.applicantName.isEmpty()); // the citizen stays the applicant
    const auto photos = k.store->attachmentsOfFiling((*filing)->id);
    REQUIRE(photos.ok());
    const QImage stored = QImage::fromData(k.store->attachmentData(photos->first().id).value(), "JPEG");
    CHECK(stored.height() == 1600); // scaled down to a readable, light photo
    CHECK(stored.width() == 1200);

    k.walk->finish();
    CHECK_FALSE(k.walk->active());
    CHECK(k.walk->fileCode().isEmpty());
    CHECK(k.walk->fields()->rowCount() == 0);
}

TEST_CASE("a new draft is written with its form state at once: a kill right after start resumes", "[walkthrough]")
{
    // Found by the chaos soak: the draft row was created with an empty state and filled by a
    // second write, so a kill between the two left a draft that could never be resumed.
    // Here any later write to the drafts fails, as if the process had died after the first.
    Kiosk k;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("freeze-drafts"));
        db.setDatabaseName(k.store->path());
        REQUIRE(db.open());
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral("CREATE TRIGGER freeze BEFORE UPDATE ON drafts "
                                      "BEGIN SELECT RAISE(ABORT, 'killed'); END")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("freeze-drafts"));
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    CHECK(k.walk->problem().isEmpty());
    const QString draftId = k.walk->draftId();
    const auto draft = k.store->draft(draftId);
    REQUIRE(draft.ok());
    REQUIRE(draft->has_value());
    CHECK((*draft)->state == k.walk->session()->toJson());

    Walkthrough again(k.catalog.store.get(), k.store.get(),
                      {QStringLiteral("000.00.01.H22"), WorkingCalendar(), 8, {}, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh"))});
    REQUIRE(again.resume(draftId));
    CHECK(again.stepId() == QStringLiteral("filer"));
    CHECK(k.store->draft(draftId)->has_value());
}

TEST_CASE("cancelling deletes the draft and its photos", "[walkthrough]")
{
    Kiosk k;
    REQUIRE(k.walk->start(QStringLiteral("1.000656")));
    k.walk->setAnswerJson(QStringLiteral("relationship"), QStringLiteral("\"child\""));
    REQUIRE(k.store->drafts()->size() == 1);
    k.walk->cancel();
    CHECK(k.store->drafts()->isEmpty());
    CHECK_FALSE(k.walk->active());
    CHECK(k.walk->stage().isEmpty());
}

TEST_CASE("'Lưu lại' keeps a draft past the session under a code; anything else is wiped with it", "[walkthrough][session]")
{
    Kiosk k;
    // Not kept: the end of the session deletes it.
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    REQUIRE(k.walk->applyCccd(kCard).isEmpty());
    k.walk->forgetSession();
    CHECK_FALSE(k.walk->active());
    CHECK(k.store->drafts()->isEmpty());

    // Kept: a 6-digit code, the draft stays, hidden from the home screen's list.
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    REQUIRE(k.walk->applyCccd(kCard).isEmpty());
    k.walk->setAnswerJson(QStringLiteral("relationship"), QStringLiteral("\"mother\""));
    const QString code = k.walk->keepForLater();
    CHECK(QRegularExpression(QStringLiteral("^[0-9]{6}$")).match(code).hasMatch());
    CHECK(k.walk->keptCode() == code);
    CHECK(k.walk->keepForLater() == code); // asked twice: the same code
    k.walk->forgetSession();
    CHECK_FALSE(k.walk->active());
    CHECK(k.walk->keptCode().isEmpty());
    REQUIRE(k.store->drafts()->size() == 1);
    CHECK(k.store->keptDrafts()->size() == 1);
    CHECK(k.walk->resumableDrafts().isEmpty());

    // The code, and only the code, brings it back.
    const QString wrong = code == QStringLiteral("000000") ? QStringLiteral("000001") : QStringLiteral("000000");
    CHECK_FALSE(k.walk->resumeKept(wrong));
    CHECK(k.walk->problem().contains(QStringLiteral("Không tìm thấy")));
    REQUIRE(k.walk->resumeKept(code));
    CHECK(k.walk->session()->applicantName() == QStringLiteral("Trần Thị Hoa"));
    CHECK(k.walk->keptCode() == code);
    // Walked away again: still kept (the citizen chose so once).
    k.walk->forgetSession();
    CHECK(k.store->keptDraft(code)->has_value());

    // Kept drafts expire after kKeptDraftDays, ordinary ones after draftMaxAgeHours.
    CHECK(k.store->deleteDraftsOlderThan(QDateTime::currentDateTimeUtc().addSecs(60)).value() == 0);
    CHECK(k.store->deleteDraftsOlderThan(QDateTime::currentDateTimeUtc(), QDateTime::currentDateTimeUtc().addSecs(60)).value() == 1);
    CHECK_FALSE(k.walk->resumeKept(code));
}

TEST_CASE("guessing kept-draft codes locks the search", "[walkthrough][session]")
{
    Kiosk k;
    REQUIRE(k.walk->start(QStringLiteral("1.001193")));
    const QString code = k.walk->keepForLater();
    REQUIRE_FALSE(code.isEmpty());
    k.walk->forgetSession();
    int wrong = 0;
    for (int guess = 0; wrong < 5; ++guess) {
        const QString typed = QStringLiteral("%1").arg(guess, 6, 10, QLatin1Char('0'));
        if (typed == code)
            continue;
        CHECK_FALSE(k.walk->resumeKept(typed));
        ++wrong;
    }
    // Locked: even the right code is not looked at now.
    CHECK_FALSE(k.walk->resumeKept(code));
    CHECK(k.walk->problem().contains(QStringLiteral("Nhập sai mã nhiều lần")));
    CHECK(k.store->keptDraft(code)->has_value()); // nothing lost
}
