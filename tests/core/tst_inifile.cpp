// SPDX-License-Identifier: GPL-3.0-or-later
// IniFile (what `motcua provision` edits the config with): keys set in a commented template
// with every other line kept, values read back by QSettings/KioskConfig exactly (commas, quotes,
// Vietnamese), the file's mode kept; portal_token_file in KioskConfig; FileOwner's decisions.
#include "config/inifile.h"
#include "config/kioskconfig.h"
#include "storage/database.h"
#include "storage/fileowner.h"
#include "testsupport.h"
#include "../common/files.h"

#include <QDir>
#include <QFile>
#include <QSettings>

#include <sys/stat.h>
#include <unistd.h>

using namespace motcua;

namespace {

const QByteArray kTemplate = "# MotCua Kiosk: configuration (a template; see docs/technician-guide.md)\n"
                             "; Lines starting with ; are comments.\n"
                             "[kiosk]\n"
                             "; The commune's name as the kiosk shows it\n"
                             ";commune_name = UBND xã ...\n"
                             "\n"
                             "; Hotline shown on every screen\n"
                             "hotline = 1800 1096\n"
                             "idle_timeout_seconds=120\n"
                             "\n"
                             "[fees]\n"
                             "; ho-tich = 5000\n";

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &text)
{
    return test::writeFile(dir.filePath(name), text);
}

// Every line of `original`, in order, is in `edited` (lines may have been added between them).
bool keepsEveryLine(const QByteArray &original, const QByteArray &edited)
{
    const QByteArrayList editedLines = edited.split('\n');
    qsizetype at = 0;
    for (const QByteArray &line : original.split('\n')) {
        while (at < editedLines.size() && editedLines.at(at) != line)
            ++at;
        if (at == editedLines.size())
            return false;
        ++at;
    }
    return true;
}

} // namespace

TEST_CASE("IniFile sets keys in a commented template and keeps every other line", "[inifile]")
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("kiosk.conf"), kTemplate);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    auto ini = IniFile::load(path);
    REQUIRE(ini.ok());
    CHECK(ini->value(QStringLiteral("kiosk"), QStringLiteral("hotline")) == QStringLiteral("1800 1096"));
    CHECK(ini->value(QStringLiteral("kiosk"), QStringLiteral("commune_name")).isNull());

    const QString commune = QStringLiteral("UBND xã Minh Châu, tỉnh Phú Thọ");
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), commune));
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("hotline"), QStringLiteral("0210 3855 123")));
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("agency_code"), QStringLiteral("000.00.31.H45")));
    CHECK_FALSE(ini->set(QStringLiteral("kiosk"), QStringLiteral("idle_timeout_seconds"), QStringLiteral("120")));
    REQUIRE(ini->save().ok());

    const QByteArray text = test::readFile(path);
    INFO(text.toStdString());
    CHECK(keepsEveryLine(QByteArray(kTemplate).replace("hotline = 1800 1096", "hotline = 0210 3855 123"), text));
    // Below its commented-out line, in its group; the spacing of an existing line kept.
    CHECK(text.contains(";commune_name = UBND xã ...\ncommune_name=\"UBND xã Minh Châu, tỉnh Phú Thọ\"\n"));
    CHECK(text.contains("\nhotline = 0210 3855 123\n"));
    CHECK(text.contains("idle_timeout_seconds=120\nagency_code=000.00.31.H45\n\n[fees]"));
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadUser
                                       | QFile::WriteUser));

    const auto config = KioskConfig::loadFile(path);
    INFO(config.error());
    REQUIRE(config.ok());
    CHECK(config->communeName == commune);
    CHECK(config->hotline == QStringLiteral("0210 3855 123"));
    CHECK(config->agencyCode == QStringLiteral("000.00.31.H45"));
    CHECK(config->idleTimeoutSeconds == 120);

    // Setting the same values again changes nothing, down to the byte.
    auto again = IniFile::load(path);
    REQUIRE(again.ok());
    CHECK_FALSE(again->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), commune));
    CHECK_FALSE(again->set(QStringLiteral("kiosk"), QStringLiteral("hotline"), QStringLiteral("0210 3855 123")));
    CHECK(again->text() == text);
}

TEST_CASE("IniFile writes values QSettings reads back exactly", "[inifile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new/kiosk.conf"));
    const QStringList values{QStringLiteral("UBND phường Hồng Hà, Hà Nội"),
                             QStringLiteral("a \"quoted\" name; with a semicolon"),
                             QStringLiteral("back\\slash, and comma"),
                             QStringLiteral("@String(not a type)"),
                             QStringLiteral("AbC+/=="),
                             QStringLiteral("  spaced  ")};
    auto ini = IniFile::load(path);
    REQUIRE(ini.ok());
    CHECK_FALSE(ini->exists());
    for (qsizetype i = 0; i < values.size(); ++i)
        CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("k%1").arg(i), values.at(i)));
    REQUIRE(ini->save().ok());
    CHECK(QFile::permissions(path) == (QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther
                                       | QFile::ReadUser | QFile::WriteUser));
    CHECK(test::readFile(path).startsWith("[kiosk]\nk0="));
    QSettings settings(path, QSettings::IniFormat);
    for (qsizetype i = 0; i < values.size(); ++i) {
        INFO(values.at(i).toStdString());
        const QVariant v = settings.value(QStringLiteral("kiosk/k%1").arg(i));
        CHECK(v.typeId() == QMetaType::QString);
        // KioskConfig trims every value; QSettings keeps quoted spaces.
        CHECK(v.toString() == values.at(i));
    }
    auto reread = IniFile::load(path);
    REQUIRE(reread.ok());
    for (qsizetype i = 0; i < values.size(); ++i)
        CHECK_FALSE(reread->set(QStringLiteral("kiosk"), QStringLiteral("k%1").arg(i), values.at(i)));
}

TEST_CASE("IniFile escapes line breaks and control characters, so a saved file reads back the same", "[inifile]")
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("k.conf"), "[kiosk]\nhotline = 1800 1096\nlanguage=vi\n");
    const QStringList values{QStringLiteral("line one\nlanguage=en"), QStringLiteral("cr\r\ttab"),
                             QStringLiteral("bell\x07""ab"), QString(QChar(0x1f)) + QStringLiteral("F0\x7f")};
    for (const QString &value : values) {
        INFO(value.toStdString());
        auto ini = IniFile::load(path);
        REQUIRE(ini.ok());
        CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), value));
        CHECK(ini->text().count('\n') == 4); // one line more, not two
        REQUIRE(ini->save().ok());
        QSettings settings(path, QSettings::IniFormat);
        CHECK(settings.value(QStringLiteral("kiosk/commune_name")).toString() == value);
        CHECK(settings.value(QStringLiteral("kiosk/language")).toString() == QStringLiteral("vi"));
        CHECK(IniFile::load(path)->value(QStringLiteral("kiosk"), QStringLiteral("commune_name")) == value);
        REQUIRE(QFile::remove(path));
        (void)write(dir, QStringLiteral("k.conf"), "[kiosk]\nhotline = 1800 1096\nlanguage=vi\n");
    }
    CHECK(IniFile::encoded(QStringLiteral("a\nb")) == "\"a\\nb\"");
    CHECK(IniFile::encoded(QString(QChar(0x01)) + QStringLiteral("a")) == "\"\\x01\\x61\""); // \x reads every hex digit
}

TEST_CASE("IniFile knows a value that runs on over lines as QSettings reads it", "[inifile]")
{
    // Found by tests/fuzz (regressions/config/key-after-continued-line): a key added after a
    // value ending in '\' became part of that value.
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("k.conf"),
                               "[kiosk]\nhotline = 1800 \\\n  1096\nlanguage=\"v\ni\"\n[fees]\nho-tich=5000\n");
    auto ini = IniFile::load(path);
    REQUIRE(ini.ok());
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), QStringLiteral("Xã A")));
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("hotline"), QStringLiteral("1900 1234")));
    CHECK(ini->text() == "[kiosk]\nhotline = 1900 1234\nlanguage=\"v\ni\"\ncommune_name=Xã A\n[fees]\nho-tich=5000\n");
    REQUIRE(ini->save().ok());
    QSettings settings(path, QSettings::IniFormat);
    CHECK(settings.value(QStringLiteral("kiosk/commune_name")).toString() == QStringLiteral("Xã A"));
    CHECK(settings.value(QStringLiteral("kiosk/language")).toString() == QStringLiteral("v\ni"));
    CHECK(ini->remove(QStringLiteral("kiosk"), QStringLiteral("language")));
    CHECK(ini->text() == "[kiosk]\nhotline = 1900 1234\ncommune_name=Xã A\n[fees]\nho-tich=5000\n");

    // The file's last line ends in '\' (regressions/config/key-after-trailing-backslash).
    auto trailing = IniFile::load(write(dir, QStringLiteral("t.conf"), "[kiosk]\nhotline=1800\\"));
    REQUIRE(trailing.ok());
    CHECK(trailing->set(QStringLiteral("kiosk"), QStringLiteral("language"), QStringLiteral("en")));
    CHECK(trailing->text() == "[kiosk]\nhotline=1800\\\n\nlanguage=en");

    // A CRLF line whose quoted value runs on to the end of the file, which has no last line
    // break (regressions/config/crlf-value-running-on-to-the-end): the new value took the CR and
    // left it alone at the end, a lone CR.
    auto crlf = IniFile::load(write(dir, QStringLiteral("crlf.conf"), "[kiosk]\ncommune_name = \"A\r\nB\""));
    REQUIRE(crlf.ok());
    CHECK(crlf->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), QStringLiteral("Xã A")));
    CHECK(crlf->text() == "[kiosk]\ncommune_name = Xã A");

    const auto open = IniFile::load(write(dir, QStringLiteral("q.conf"), "[kiosk]\nhotline=\"1800\n"));
    REQUIRE_FALSE(open.ok());
    CHECK(open.error().contains(QStringLiteral("a quote (\") is never closed")));

    // QSettings ends a line at a lone CR: rewriting "commune_name=…\rlanguage=en" lost a key.
    const auto loneCr = IniFile::load(write(dir, QStringLiteral("cr.conf"), "[kiosk]\r\ncommune_name=A\rlanguage=en\r\n"));
    REQUIRE_FALSE(loneCr.ok());
    CHECK(loneCr.error().contains(QStringLiteral("line 2 ends in a lone CR")));
}

TEST_CASE("IniFile sets a key of a group that appears twice where QSettings reads it", "[inifile]")
{
    // Found by tests/fuzz (regressions/config/key-in-a-repeated-group): the key went to the
    // first [kiosk], and the empty one in the second still won.
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("k.conf"), "[kiosk]\nhotline=1\n[fees]\n[kiosk]\ncommune_name=\nlanguage=vi\n");
    auto ini = IniFile::load(path);
    REQUIRE(ini.ok());
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), QStringLiteral("Xã A")));
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("agency_code"), QStringLiteral("000.00.01.H01")));
    CHECK(ini->text() == "[kiosk]\nhotline=1\n[fees]\n[kiosk]\ncommune_name=Xã A\nlanguage=vi\nagency_code=000.00.01.H01\n");

    // QSettings starts [General] at "[General]junk" (regressions/config/group-header-with-junk-after).
    auto junk = IniFile::load(write(dir, QStringLiteral("j.conf"), "[kiosk]\nhotline=1\n[General]junk\nx=2\n"));
    REQUIRE(junk.ok());
    CHECK(junk->set(QStringLiteral("kiosk"), QStringLiteral("language"), QStringLiteral("en")));
    CHECK(junk->text() == "[kiosk]\nhotline=1\nlanguage=en\n[General]junk\nx=2\n");
}

TEST_CASE("IniFile names groups and keys as QSettings does: escapes, slashes, form feeds", "[inifile]")
{
    // Found by tests/fuzz (regressions/config/form-feed-before-a-group-header): QSettings skips
    // only spaces, tabs and line ends before a header, so "\f[mkiosk]" starts no group and the
    // key after it, still in [kiosk], won over the one IniFile had set.
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("f.conf"), "[kiosk]\ncommune_name=A\n\f[other]\ncommune_name=\n");
    auto ini = IniFile::load(path);
    REQUIRE(ini.ok());
    CHECK(ini->value(QStringLiteral("kiosk"), QStringLiteral("commune_name")).isEmpty());
    CHECK(ini->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), QStringLiteral("Xã A")));
    REQUIRE(ini->save().ok());
    CHECK(QSettings(path, QSettings::IniFormat).value(QStringLiteral("kiosk/commune_name")).toString() == QStringLiteral("Xã A"));

    // "commune%5Fname" under [ki%6Fsk] is kiosk/commune_name too (%XX is a character), and so
    // is "kiosk/commune_name" before the first header; "\commune_name" is kiosk//commune_name,
    // which QSettings lists but never reads for kiosk/commune_name
    // (regressions/config/key-spelled-with-escapes).
    const QString escapedPath = write(dir, QStringLiteral("e.conf"),
                                      "kiosk/commune_name=Z\n[ki%6Fsk]\ncommune_name=A\n\\commune_name=B\ncommune%5Fname=C\n");
    auto escaped = IniFile::load(escapedPath);
    REQUIRE(escaped.ok());
    CHECK(escaped->value(QStringLiteral("kiosk"), QStringLiteral("commune_name")) == QStringLiteral("C"));
    CHECK(escaped->set(QStringLiteral("kiosk"), QStringLiteral("commune_name"), QStringLiteral("Xã A")));
    CHECK(escaped->text() == "kiosk/commune_name=Xã A\n[ki%6Fsk]\ncommune_name=Xã A\n\\commune_name=B\ncommune%5Fname=Xã A\n");
    REQUIRE(escaped->save().ok());
    CHECK(QSettings(escapedPath, QSettings::IniFormat).value(QStringLiteral("kiosk/commune_name")).toString() == QStringLiteral("Xã A"));
    CHECK(escaped->remove(QStringLiteral("kiosk"), QStringLiteral("commune_name")));
    CHECK(escaped->text() == "[ki%6Fsk]\n\\commune_name=B\n");

    // [general], in any case, is [General]: no "General/" before its keys.
    auto general = IniFile::load(write(dir, QStringLiteral("g.conf"), "[kiosk]\nhotline=1\n[general]\nx=1\n"));
    REQUIRE(general.ok());
    CHECK(general->set(QStringLiteral("General"), QStringLiteral("x"), QStringLiteral("2")));
    CHECK(general->set(QStringLiteral("General"), QStringLiteral("y"), QStringLiteral("3")));
    CHECK(general->text() == "[kiosk]\nhotline=1\n[general]\nx=2\ny=3\n");
}

TEST_CASE("IniFile adds a missing group and removes keys", "[inifile]")
{
    QTemporaryDir dir;
    const QString path = write(dir, QStringLiteral("k.conf"), "[fees]\nho-tich=5000\n[kiosk]\nportal_token=secret-token-1\nhotline=1800 1096");
    auto ini = IniFile::load(path);
    REQUIRE(ini.ok());
    CHECK(ini->remove(QStringLiteral("kiosk"), QStringLiteral("portal_token")));
    CHECK_FALSE(ini->remove(QStringLiteral("kiosk"), QStringLiteral("portal_token")));
    CHECK(ini->set(QStringLiteral("other"), QStringLiteral("x"), QStringLiteral("1")));
    CHECK(ini->text() == "[fees]\nho-tich=5000\n[kiosk]\nhotline=1800 1096\n\n[other]\nx=1\n");
}

TEST_CASE("portal_token_file: the token is read from its file, which wins over portal_token", "[config][token]")
{
    QTemporaryDir dir;
    const QString tokenFile = write(dir, QStringLiteral("portal-token"), "  kiosk-token-0042  \nsecond line\n");
    const QString conf = write(dir, QStringLiteral("k.conf"),
                               "[kiosk]\nportal_token=old-token-1234\nportal_token_file=" + tokenFile.toUtf8() + "\n");
    const auto config = KioskConfig::loadFile(conf);
    INFO(config.error());
    REQUIRE(config.ok());
    CHECK(config->portalToken == QStringLiteral("kiosk-token-0042"));
    CHECK(config->portalTokenFile == tokenFile);
    REQUIRE(config->warnings.size() == 1);
    CHECK(config->warnings.first().contains(QStringLiteral("portal_token is ignored: portal_token_file")));

    SECTION("a missing file is an error naming it")
    {
        const QString missing = dir.filePath(QStringLiteral("nowhere/portal-token"));
        const auto bad = KioskConfig::loadFile(
            write(dir, QStringLiteral("m.conf"), "[kiosk]\nportal_token_file=" + missing.toUtf8() + "\n"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("portal_token_file: cannot read the token file %1").arg(missing)));
    }
    SECTION("an empty file is an error naming it")
    {
        const QString empty = write(dir, QStringLiteral("empty-token"), "\n");
        const auto bad = KioskConfig::loadFile(
            write(dir, QStringLiteral("e.conf"), "[kiosk]\nportal_token_file=" + empty.toUtf8() + "\n"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("the token file %1 is empty").arg(empty)));
    }
    SECTION("only a regular file is read, and only its start: /dev/zero or a FIFO would hang the kiosk")
    {
        const QString fifo = dir.filePath(QStringLiteral("token-fifo"));
        REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
        for (const QString &special : {QStringLiteral("/dev/zero"), fifo}) {
            const auto bad = KioskConfig::readTokenFile(special);
            REQUIRE_FALSE(bad.ok());
            CHECK(bad.error() == QStringLiteral("the token file %1 is not a regular file").arg(special));
        }
        const QString huge = write(dir, QStringLiteral("huge-token"), QByteArray(1 << 20, 'a'));
        const auto tooLong = KioskConfig::readTokenFile(huge);
        REQUIRE_FALSE(tooLong.ok());
        CHECK(tooLong.error().contains(QStringLiteral("must be 8 to 512 characters")));
        const QString noLineBreak = write(dir, QStringLiteral("bare-token"), "kiosk-token-0043");
        CHECK(KioskConfig::readTokenFile(noLineBreak).value() == QStringLiteral("kiosk-token-0043"));
    }
    SECTION("a relative path is refused")
    {
        const auto bad = KioskConfig::loadFile(write(dir, QStringLiteral("r.conf"), "[kiosk]\nportal_token_file=portal-token\n"));
        REQUIRE_FALSE(bad.ok());
        CHECK(bad.error().contains(QStringLiteral("portal_token_file: 'portal-token' is not an absolute path")));
    }
}

TEST_CASE("FileOwner: root's new files in another user's folder go to that user", "[fileowner]")
{
    using FileOwner::Owner;
    CHECK(FileOwner::inheritedOwner(0, Owner{998, 997}) == Owner{998, 997});
    CHECK_FALSE(FileOwner::inheritedOwner(0, Owner{0, 0}).has_value());
    CHECK_FALSE(FileOwner::inheritedOwner(0, Owner{0, 997}).has_value());
    CHECK_FALSE(FileOwner::inheritedOwner(1000, Owner{998, 997}).has_value());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("secret"));
    REQUIRE(FileOwner::writeAtomically(path, "token\n", 0640).ok());
    CHECK(test::readFile(path) == "token\n");
    const auto written = FileOwner::statOf(path);
    REQUIRE(written.has_value());
    CHECK(written->mode == 0640);
    // Not root: nothing to adopt, the file stays its creator's.
    if (geteuid() != 0) {
        REQUIRE(FileOwner::adoptFolderOwner(path).ok());
        CHECK(FileOwner::statOf(path)->owner == Owner{geteuid(), getegid()});
    }
    REQUIRE(FileOwner::writeAtomically(path, "other\n", 0600).ok());
    CHECK(FileOwner::statOf(path)->mode == 0600);
}

TEST_CASE("Database: a database root creates in another user's folder is that user's, -wal too", "[fileowner]")
{
    if (geteuid() != 0)
        return; // only root can give files away (the package test checks it as root too)
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("motcua"));
    REQUIRE(QDir().mkpath(folder));
    const FileOwner::Owner kiosk{65534, 65534};
    REQUIRE(::chown(QFile::encodeName(folder).constData(), kiosk.uid, kiosk.gid) == 0);
    const QString path = folder + QStringLiteral("/filings.db");
    auto db = Database::open(path, QStringLiteral("owner-test"));
    INFO(db.error());
    REQUIRE(db.ok());
    REQUIRE(Database::exec(db.value(), QStringLiteral("CREATE TABLE t(x)")).ok());
    CHECK(FileOwner::statOf(path)->owner == kiosk);
    CHECK(FileOwner::statOf(path + QStringLiteral("-wal"))->owner == kiosk);
    CHECK(FileOwner::statOf(path + QStringLiteral("-shm"))->owner == kiosk);
    Database::close(db.value());
    // In root's own folder, root keeps what it creates.
    const QString mine = dir.filePath(QStringLiteral("mine.db"));
    auto other = Database::open(mine, QStringLiteral("owner-test"));
    REQUIRE(other.ok());
    Database::close(other.value());
    CHECK(FileOwner::statOf(mine)->owner == FileOwner::Owner{0, 0});
}
