// SPDX-License-Identifier: GPL-3.0-or-later
#include "config/kioskconfig.h"
#include "testsupport.h"
#include "../common/files.h"

#include <QFile>

using namespace motcua;

namespace {

QString writeConfig(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    return test::writeFile(dir.filePath(name), text);
}

} // namespace

TEST_CASE("no config file means the demo defaults", "[config]")
{
    const auto config = KioskConfig::load({QStringLiteral("/nonexistent/kiosk.conf")});
    REQUIRE(config.ok());
    CHECK(config->loadedFiles.isEmpty());
    CHECK(config->idleTimeoutSeconds == 90);
    CHECK(config->language == QStringLiteral("vi"));
    CHECK(config->hotline == QStringLiteral("1800 1096"));
    CHECK(config->featuredProcedures.size() == 8);
}

TEST_CASE("the user file overrides the system file key by key", "[config]")
{
    QTemporaryDir dir;
    const QString system = writeConfig(dir, QStringLiteral("system.conf"),
                                       "[kiosk]\ncommune_name=UBND xã An Bình\nagency_code=000.00.12.H40\n"
                                       "hotline=0238 3844 555\nidle_timeout_seconds=120\n");
    const QString user = writeConfig(dir, QStringLiteral("user.conf"),
                                     "[kiosk]\nidle_timeout_seconds=60\nlanguage=en\n"
                                     "portal_url=https://lgsp.nghean.gov.vn/motcua\n");
    const auto config = KioskConfig::load({system, user});
    INFO(config.error());
    REQUIRE(config.ok());
    CHECK(config->loadedFiles == QStringList{system, user});
    CHECK(config->communeName == QStringLiteral("UBND xã An Bình"));
    CHECK(config->agencyCode == QStringLiteral("000.00.12.H40"));
    CHECK(config->hotline == QStringLiteral("0238 3844 555"));
    CHECK(config->idleTimeoutSeconds == 60);
    CHECK(config->language == QStringLiteral("en"));
    CHECK(config->portalUrl == QUrl(QStringLiteral("https://lgsp.nghean.gov.vn/motcua")));
}

TEST_CASE("a commune name with a comma stays whole", "[config]")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, QStringLiteral("k.conf"),
                                     "[kiosk]\ncommune_name=UBND phường Hồng Hà, Hà Nội\n");
    const auto config = KioskConfig::load({path});
    REQUIRE(config.ok());
    CHECK(config->communeName == QStringLiteral("UBND phường Hồng Hà, Hà Nội"));
}

TEST_CASE("every bad value is named with its file and key", "[config]")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, QStringLiteral("bad.conf"),
                                     "[kiosk]\nagency_code=H40\nhotline=call us\nportal_url=ftp://x\n"
                                     "idle_timeout_seconds=abc\nlanguage=fr\ndatabase=relative.db\n"
                                     "featured_procedures=1.001193,khai sinh\n"
                                     "draft_max_age_hours=0\nholidays=2026-09-02,2026-02-30\n");
    const auto config = KioskConfig::load({path});
    REQUIRE_FALSE(config.ok());
    const QStringList problems = config.error().split(u'\n');
    CHECK(problems.size() == 9);
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] draft_max_age_hours: '0' is not a whole number of hours from 1 to 720")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] holidays: '2026-02-30' is not a date like 2026-09-02")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] agency_code: 'H40' is not an agency code like 000.00.01.H22")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] hotline: 'call us' is not a phone number (digits, spaces, dots or dashes)")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] portal_url: 'ftp://x' is not an http(s) URL")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] idle_timeout_seconds: 'abc' is not a whole number of seconds from 15 to 3600")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] language: 'fr' is not a supported language (vi, en)")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] database: 'relative.db' is not an absolute path")));
    CHECK(problems.contains(path + QStringLiteral(": [kiosk] featured_procedures: 'khai sinh' is not a procedure code like 1.001193")));
}

TEST_CASE("out-of-range idle timeouts are refused", "[config]")
{
    QTemporaryDir dir;
    for (const char *value : {"0", "14", "3601", "-5", "90.5"}) {
        INFO(value);
        const QString path = writeConfig(dir, QStringLiteral("t.conf"),
                                         QByteArray("[kiosk]\nidle_timeout_seconds=") + value + '\n');
        CHECK_FALSE(KioskConfig::load({path}).ok());
    }
    const QString ok = writeConfig(dir, QStringLiteral("ok.conf"), "[kiosk]\nidle_timeout_seconds=15\n");
    CHECK(KioskConfig::load({ok}).ok());
}

TEST_CASE("unknown keys are warnings, not errors", "[config]")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, QStringLiteral("k.conf"),
                                     "[kiosk]\nhotine=1900 1234\n[other]\nx=1\n");
    const auto config = KioskConfig::load({path});
    REQUIRE(config.ok());
    REQUIRE(config->warnings.size() == 2);
    CHECK(config->warnings.at(0).contains(QStringLiteral("unknown key 'kiosk/hotine' ignored")));
    CHECK(config->hotline == QStringLiteral("1800 1096"));
}

TEST_CASE("holidays, draft age and the filings and staff databases are read", "[config]")
{
    QTemporaryDir dir;
    const QString path = writeConfig(dir, QStringLiteral("h.conf"),
                                     "[kiosk]\nholidays=2026-09-02, 2026-09-01\ndraft_max_age_hours=6\n"
                                     "filings_database=/var/lib/motcua/filings.db\nstaff_database=/var/lib/motcua/staff.db\n");
    const auto config = KioskConfig::load({path});
    REQUIRE(config.ok());
    CHECK(config->holidays.isoDates() == QStringList{QStringLiteral("2026-09-01"), QStringLiteral("2026-09-02")});
    CHECK_FALSE(config->holidays.isWorkingDay(QDate(2026, 9, 1)));
    CHECK(config->draftMaxAgeHours == 6);
    CHECK(config->effectiveFilingsDatabasePath() == QStringLiteral("/var/lib/motcua/filings.db"));
    CHECK(config->effectiveStaffDatabasePath() == QStringLiteral("/var/lib/motcua/staff.db"));
    CHECK(KioskConfig().effectiveStaffDatabasePath().endsWith(QStringLiteral("/motcua/staff.db")));
    const auto relative = KioskConfig::load({writeConfig(dir, QStringLiteral("r.conf"), "[kiosk]\nstaff_database=staff.db\n")});
    REQUIRE_FALSE(relative.ok());
    CHECK(relative.error().contains(QStringLiteral("staff_database: 'staff.db' is not an absolute path")));
}

TEST_CASE("the camera is chosen by name, turned off, or replaced by a video", "[config]")
{
    QTemporaryDir dir;
    const auto read = [&](const QByteArray &lines) {
        return KioskConfig::load({writeConfig(dir, QStringLiteral("c.conf"), "[kiosk]\n" + lines)});
    };
    CHECK(KioskConfig().camera == QStringLiteral("auto"));
    const auto named = read("camera=Logitech C920\ncamera_resolution=1920x1080\n");
    REQUIRE(named.ok());
    CHECK(named->camera == QStringLiteral("Logitech C920"));
    CHECK(named->cameraResolution == QSize(1920, 1080));
    const auto video = read("camera=/usr/share/motcua/demo-scan.mp4\n");
    REQUIRE(video.ok());
    CHECK(video->camera == QStringLiteral("/usr/share/motcua/demo-scan.mp4"));

    const auto bad = read("camera=./scan.mp4\ncamera_resolution=1280*720\n");
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("camera: './scan.mp4' is not an absolute path")));
    CHECK(bad.error().contains(QStringLiteral("camera_resolution: '1280*720' is not a size like 1280x720")));
    CHECK_FALSE(read("camera_resolution=100x100\n").ok());
}

TEST_CASE("payee, clerk code and the province's fee amounts", "[config]")
{
    QTemporaryDir dir;
    const QString good = writeConfig(dir, QStringLiteral("p.conf"),
                                     "[kiosk]\npayee_bin=970405\npayee_account=3600205123456\n"
                                     "payee_name=UBND XA MINH CHAU\nclerk_code=2468\npayment_minutes=15\n"
                                     "receipt_printer=quay-mot-cua\nreceipt_paper=a5\n[fees]\nho-tich=5000\nprovince=100000\n");
    const auto config = KioskConfig::load({good});
    INFO(config.error());
    REQUIRE(config.ok());
    CHECK(config->takesBankTransfers());
    CHECK(config->payeeName == QStringLiteral("UBND XA MINH CHAU"));
    CHECK(config->paymentMinutes == 15);
    CHECK(config->receiptPaper == QStringLiteral("a5"));
    CHECK(config->feeOverrides.value(QStringLiteral("ho-tich")) == 5000);
    CHECK(config->feeOverrides.size() == 2);
    CHECK(config->entries().contains(std::pair{QStringLiteral("fees/province"), QStringLiteral("100000")}));
    CHECK(config->entries().contains(std::pair{QStringLiteral("clerk_code"), QStringLiteral("(set)")}));
    CHECK_FALSE(KioskConfig().takesBankTransfers());

    const QString bad = writeConfig(dir, QStringLiteral("b.conf"),
                                    "[kiosk]\npayee_bin=9704\nclerk_code=12\nreceipt_paper=A4\n[fees]\nho-tich=5.000\nHo Tich=1\n");
    const auto refused = KioskConfig::load({bad});
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().contains(QStringLiteral("payee_bin: '9704' is not a 6-digit bank BIN")));
    CHECK(refused.error().contains(QStringLiteral("clerk_code: must be 4 to 8 digits")));
    CHECK(refused.error().contains(QStringLiteral("receipt_paper: 'A4' is not a receipt paper")));
    CHECK(refused.error().contains(QStringLiteral("[fees] ho-tich: '5.000' is not a whole number of đồng")));
}

TEST_CASE("entries list the effective values", "[config]")
{
    KioskConfig config;
    config.databasePath = QStringLiteral("/var/lib/motcua/motcua.db");
    const auto entries = config.entries();
    CHECK(entries.size() == 35);
    CHECK(entries.contains(std::pair{QStringLiteral("portal_token_file"), QString()}));
    CHECK(entries.contains(std::pair{QStringLiteral("text_size"), QStringLiteral("normal")}));
    CHECK(entries.contains(std::pair{QStringLiteral("voice_engine"), QStringLiteral("(system default)")}));
    CHECK(entries.contains(std::pair{QStringLiteral("receipt_paper"), QStringLiteral("roll80")}));
    CHECK(entries.contains(std::pair{QStringLiteral("camera_resolution"), QStringLiteral("1280x720")}));
    CHECK(entries.contains(std::pair{QStringLiteral("time_zone"), QStringLiteral("Asia/Ho_Chi_Minh")}));
    CHECK(entries.contains(std::pair{QStringLiteral("database"), QStringLiteral("/var/lib/motcua/motcua.db")}));
    CHECK(entries.contains(std::pair{QStringLiteral("idle_timeout_seconds"), QStringLiteral("90")}));
}

TEST_CASE("a config file named by the user must exist", "[config]")
{
    const auto missing = KioskConfig::loadFile(QStringLiteral("/etc/motcua/kiosk.cnf"));
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error() == QStringLiteral("/etc/motcua/kiosk.cnf: no such config file"));
}

TEST_CASE("empty items in the featured list are skipped", "[config]")
{
    QTemporaryDir dir;
    const QString good = writeConfig(dir, QStringLiteral("a.conf"), "[kiosk]\nfeatured_procedures=1.001193,,1.004194\n");
    const auto config = KioskConfig::loadFile(good);
    REQUIRE(config.ok());
    CHECK(config->featuredProcedures == QStringList{QStringLiteral("1.001193"), QStringLiteral("1.004194")});
    const QString bad = writeConfig(dir, QStringLiteral("b.conf"), "[kiosk]\nfeatured_procedures=1.001193,,1.0\n");
    const auto refused = KioskConfig::loadFile(bad);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().endsWith(QStringLiteral("featured_procedures: '1.0' is not a procedure code like 1.001193")));
}

TEST_CASE("what each citizen starts with: text size, contrast, voice and its speed", "[config][access]")
{
    QTemporaryDir dir;
    const auto defaults = KioskConfig::load({QStringLiteral("/nonexistent/kiosk.conf")});
    REQUIRE(defaults.ok());
    CHECK(defaults->textSize == QStringLiteral("normal"));
    CHECK_FALSE(defaults->highContrast);
    CHECK(defaults->voice);
    CHECK(defaults->voiceRate == Approx(-0.2));

    const auto set = KioskConfig::load({writeConfig(dir, QStringLiteral("a.conf"),
                                                    "[kiosk]\ntext_size=very_large\nhigh_contrast=true\nvoice=off\n"
                                                    "voice_rate=0.5\n")});
    REQUIRE(set.ok());
    CHECK(set->textSize == QStringLiteral("very_large"));
    CHECK(set->highContrast);
    CHECK_FALSE(set->voice);
    CHECK(set->voiceRate == Approx(0.5));

    const auto bad = KioskConfig::load({writeConfig(dir, QStringLiteral("b.conf"),
                                                    "[kiosk]\ntext_size=huge\nhigh_contrast=maybe\nvoice=loud\n"
                                                    "voice_rate=2\n")});
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().contains(QStringLiteral("text_size: 'huge' is not a text size")));
    CHECK(bad.error().contains(QStringLiteral("high_contrast: 'maybe' is neither true nor false")));
    CHECK(bad.error().contains(QStringLiteral("voice: 'loud' is neither true nor false")));
    CHECK(bad.error().contains(QStringLiteral("voice_rate: '2' is not a speed from -1.0")));
}
