// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskconfig.h"

#include "storage/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace motcua {

namespace {

const QString kGroup = QStringLiteral("kiosk");

QStringList knownKeys()
{
    return {QStringLiteral("commune_name"), QStringLiteral("agency_code"),
            QStringLiteral("hotline"),      QStringLiteral("portal_url"),
            QStringLiteral("idle_timeout_seconds"), QStringLiteral("language"),
            QStringLiteral("database"), QStringLiteral("featured_procedures"),
            QStringLiteral("filings_database"), QStringLiteral("draft_max_age_hours"),
            QStringLiteral("holidays"), QStringLiteral("scan_folder"), QStringLiteral("time_zone"),
            QStringLiteral("camera"), QStringLiteral("camera_resolution"),
            QStringLiteral("payee_bin"), QStringLiteral("payee_account"), QStringLiteral("payee_name"),
            QStringLiteral("payment_minutes"), QStringLiteral("clerk_code"), QStringLiteral("receipt_printer"),
            QStringLiteral("receipt_paper"), QStringLiteral("portal_token"), QStringLiteral("portal_token_file"), QStringLiteral("portal_pin_sha256"),
            QStringLiteral("retention_days"), QStringLiteral("sync_probe_seconds"),
            QStringLiteral("catalog_public_key"), QStringLiteral("staff_database"),
            QStringLiteral("clerk_idle_minutes"), QStringLiteral("text_size"), QStringLiteral("high_contrast"),
            QStringLiteral("voice"), QStringLiteral("voice_rate"), QStringLiteral("voice_engine")};
}

// Reads a whole number from `min` to `max` into `target`; returns the problem, or "" when read.
QString wholeNumber(const QString &value, int min, int max, const char *unit, int &target)
{
    bool ok = false;
    const int n = value.toInt(&ok);
    if (!ok || n < min || n > max)
        return QStringLiteral("'%1' is not a whole number of %2 from %3 to %4")
            .arg(value, QLatin1String(unit))
            .arg(min)
            .arg(max);
    target = n;
    return {};
}

// Reads yes/no (true/false, on/off, 1/0) into `target`; returns the problem, or "" when read.
QString yesNo(const QString &value, bool &target)
{
    const QString v = value.toLower();
    if (v == QLatin1String("true") || v == QLatin1String("on") || v == QLatin1String("yes") || v == QLatin1String("1"))
        target = true;
    else if (v == QLatin1String("false") || v == QLatin1String("off") || v == QLatin1String("no") || v == QLatin1String("0"))
        target = false;
    else
        return QStringLiteral("'%1' is neither true nor false (also on/off, yes/no, 1/0)").arg(value);
    return {};
}

// A token file is read this far at most: the token (at most 512 characters) is its first line.
constexpr qint64 kMaxTokenFileBytes = 4096;

QString tokenProblem(const QString &token)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9._~+/=-]{8,512}$"));
    if (!re.match(token).hasMatch())
        return QStringLiteral("must be 8 to 512 characters of a bearer token (letters, digits, . _ ~ + / = -)");
    return {};
}

// Applies one key's text to `config`; returns a problem description or an empty string.
QString apply(KioskConfig &config, const QString &key, const QString &raw)
{
    const QString value = raw.trimmed();
    if (key == QLatin1String("commune_name")) {
        if (value.isEmpty() || value.size() > 120)
            return QStringLiteral("must be 1 to 120 characters");
        config.communeName = value;
    } else if (key == QLatin1String("agency_code")) {
        static const QRegularExpression re(
            QStringLiteral("^[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.[A-Z][0-9A-Z]{2}$"));
        if (!re.match(value).hasMatch())
            return QStringLiteral("'%1' is not an agency code like 000.00.01.H22").arg(value);
        config.agencyCode = value;
    } else if (key == QLatin1String("hotline")) {
        static const QRegularExpression re(QStringLiteral("^\\+?[0-9][0-9 .-]{2,18}[0-9]$"));
        if (!re.match(value).hasMatch())
            return QStringLiteral("'%1' is not a phone number (digits, spaces, dots or dashes)").arg(value);
        config.hotline = value;
    } else if (key == QLatin1String("portal_url")) {
        const QUrl url(value, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https")))
            return QStringLiteral("'%1' is not an http(s) URL").arg(value);
        config.portalUrl = url;
    } else if (key == QLatin1String("portal_token")) {
        if (const QString problem = tokenProblem(value); !problem.isEmpty())
            return problem;
        config.portalToken = value;
    } else if (key == QLatin1String("portal_token_file")) {
        // Read once every file is loaded (KioskConfig::load): the file wins over portal_token.
        if (value.isEmpty() || QFileInfo(value).isRelative())
            return QStringLiteral("'%1' is not an absolute path").arg(value);
        config.portalTokenFile = value;
    } else if (key == QLatin1String("portal_pin_sha256")) {
        if (QByteArray::fromBase64(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors).size() != 32)
            return QStringLiteral("is not the base64 of a SHA-256 (44 characters ending in =)");
        config.portalPinSha256 = value;
    } else if (key == QLatin1String("catalog_public_key")) {
        if (QByteArray::fromBase64(value.toLatin1(), QByteArray::AbortOnBase64DecodingErrors).size() != 32)
            return QStringLiteral("is not the base64 of an Ed25519 public key (32 bytes)");
        config.catalogPublicKey = value;
    } else if (key == QLatin1String("retention_days")) {
        return wholeNumber(value, 0, 3650, "days", config.retentionDays);
    } else if (key == QLatin1String("sync_probe_seconds")) {
        return wholeNumber(value, 5, 3600, "seconds", config.syncProbeSeconds);
    } else if (key == QLatin1String("idle_timeout_seconds")) {
        return wholeNumber(value, 15, 3600, "seconds", config.idleTimeoutSeconds);
    } else if (key == QLatin1String("clerk_idle_minutes")) {
        return wholeNumber(value, 1, 120, "minutes", config.clerkIdleMinutes);
    } else if (key == QLatin1String("language")) {
        if (value != QLatin1String("vi") && value != QLatin1String("en"))
            return QStringLiteral("'%1' is not a supported language (vi, en)").arg(value);
        config.language = value;
    } else if (key == QLatin1String("text_size")) {
        if (value != QLatin1String("normal") && value != QLatin1String("large") && value != QLatin1String("very_large"))
            return QStringLiteral("'%1' is not a text size: normal, large (1.5x) or very_large (2x)").arg(value);
        config.textSize = value;
    } else if (key == QLatin1String("high_contrast")) {
        return yesNo(value, config.highContrast);
    } else if (key == QLatin1String("voice")) {
        return yesNo(value, config.voice);
    } else if (key == QLatin1String("voice_rate")) {
        bool ok = false;
        const double rate = value.toDouble(&ok);
        if (!ok || rate < -1.0 || rate > 1.0)
            return QStringLiteral("'%1' is not a speed from -1.0 (slowest) to 1.0 (fastest)").arg(value);
        config.voiceRate = rate;
    } else if (key == QLatin1String("voice_engine")) {
        static const QRegularExpression re(QStringLiteral("^[a-z0-9_-]{1,32}$"));
        if (!re.match(value).hasMatch())
            return QStringLiteral("'%1' is not an engine name (none, speechd, flite…)").arg(value);
        config.voiceEngine = value;
    } else if (key == QLatin1String("database") || key == QLatin1String("filings_database")
               || key == QLatin1String("staff_database") || key == QLatin1String("scan_folder")) {
        if (value.isEmpty() || QFileInfo(value).isRelative())
            return QStringLiteral("'%1' is not an absolute path").arg(value);
        (key == QLatin1String("database")           ? config.databasePath
         : key == QLatin1String("filings_database") ? config.filingsDatabasePath
         : key == QLatin1String("staff_database")   ? config.staffDatabasePath
                                                    : config.scanFolder) = value;
    } else if (key == QLatin1String("draft_max_age_hours")) {
        return wholeNumber(value, 1, 24 * 30, "hours", config.draftMaxAgeHours);
    } else if (key == QLatin1String("time_zone")) {
        const QTimeZone zone(value.toUtf8());
        if (!zone.isValid())
            return QStringLiteral("'%1' is not a time zone like Asia/Ho_Chi_Minh").arg(value);
        config.timeZone = zone;
    } else if (key == QLatin1String("camera")) {
        if (value.isEmpty())
            return QStringLiteral("must be auto, none, part of a camera's name, or a video file's absolute path");
        if ((value.startsWith(u'/') || value.startsWith(u'.')) && QFileInfo(value).isRelative())
            return QStringLiteral("'%1' is not an absolute path").arg(value);
        config.camera = value;
    } else if (key == QLatin1String("camera_resolution")) {
        static const QRegularExpression re(QStringLiteral("^([0-9]{3,4})x([0-9]{3,4})$"));
        const auto m = re.match(value);
        if (!m.hasMatch() || m.captured(1).toInt() < 320 || m.captured(2).toInt() < 240)
            return QStringLiteral("'%1' is not a size like 1280x720 (at least 320x240)").arg(value);
        config.cameraResolution = QSize(m.captured(1).toInt(), m.captured(2).toInt());
    } else if (key == QLatin1String("payee_bin")) {
        static const QRegularExpression re(QStringLiteral("^[0-9]{6}$"));
        if (!re.match(value).hasMatch())
            return QStringLiteral("'%1' is not a 6-digit bank BIN like 970436").arg(value);
        config.payeeBin = value;
    } else if (key == QLatin1String("payee_account")) {
        static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z]{4,19}$"));
        if (!re.match(value).hasMatch())
            return QStringLiteral("'%1' is not an account number (4 to 19 letters or digits, no spaces)").arg(value);
        config.payeeAccount = value;
    } else if (key == QLatin1String("payee_name")) {
        if (value.isEmpty() || value.size() > 70)
            return QStringLiteral("must be 1 to 70 characters");
        config.payeeName = value;
    } else if (key == QLatin1String("payment_minutes")) {
        return wholeNumber(value, 1, 60, "minutes", config.paymentMinutes);
    } else if (key == QLatin1String("clerk_code")) {
        static const QRegularExpression re(QStringLiteral("^[0-9]{4,8}$"));
        if (!re.match(value).hasMatch())
            return QStringLiteral("must be 4 to 8 digits");
        config.clerkCode = value;
    } else if (key == QLatin1String("receipt_printer")) {
        static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_.-]{1,127}$"));
        if (!re.match(value).hasMatch())
            return QStringLiteral("'%1' is not a CUPS queue name (letters, digits, - _ .)").arg(value);
        config.receiptPrinter = value;
    } else if (key == QLatin1String("receipt_paper")) {
        if (value != QLatin1String("roll80") && value != QLatin1String("a5"))
            return QStringLiteral("'%1' is not a receipt paper: roll80 (80 mm thermal roll) or a5").arg(value);
        config.receiptPaper = value;
    } else if (key == QLatin1String("holidays")) {
        auto calendar = WorkingCalendar::fromIsoDates(value.split(u',', Qt::SkipEmptyParts));
        if (!calendar)
            return calendar.error();
        config.holidays = std::move(calendar).value();
    } else if (key == QLatin1String("featured_procedures")) {
        static const QRegularExpression code(QStringLiteral("^[0-9]\\.[0-9]{6}$"));
        QStringList codes;
        for (const QString &part : value.split(u',', Qt::SkipEmptyParts)) {
            if (part.trimmed().isEmpty())
                continue;
            if (!code.match(part.trimmed()).hasMatch())
                return QStringLiteral("'%1' is not a procedure code like 1.001193").arg(part.trimmed());
            codes.append(part.trimmed());
        }
        if (codes.size() > 12)
            return QStringLiteral("at most 12 codes fit on the home screen (%1 given)").arg(codes.size());
        config.featuredProcedures = codes;
    }
    return {};
}

// [fees] rule-id = đồng: the province's amount for a fee rule of the catalog.
QString applyFee(KioskConfig &config, const QString &ruleId, const QString &raw)
{
    static const QRegularExpression id(QStringLiteral("^[a-z0-9-]+$"));
    if (!id.match(ruleId).hasMatch())
        return QStringLiteral("'%1' is not a fee rule id (lower-case letters, digits, -)").arg(ruleId);
    bool ok = false;
    const qint64 amount = raw.trimmed().toLongLong(&ok);
    if (!ok || amount < 0 || amount > 1'000'000'000)
        return QStringLiteral("'%1' is not a whole number of đồng from 0 to 1000000000 (no dots or spaces)").arg(raw.trimmed());
    config.feeOverrides.insert(ruleId, amount);
    return {};
}

} // namespace

QStringList KioskConfig::defaultFiles()
{
    QString userBase = qEnvironmentVariable("XDG_CONFIG_HOME");
    if (userBase.isEmpty())
        userBase = QDir::homePath() + QStringLiteral("/.config");
    return {QStringLiteral("/etc/motcua/kiosk.conf"), userBase + QStringLiteral("/motcua/kiosk.conf")};
}

Result<KioskConfig> KioskConfig::load(const QStringList &files)
{
    KioskConfig config;
    QStringList problems;
    QString tokenFileSetIn; // the config file that named portal_token_file last
    QString tokenSetIn;     // the config file that set portal_token last
    for (const QString &file : files) {
        const QFileInfo info(file);
        if (!info.exists())
            continue;
        if (!info.isReadable()) {
            problems.append(QStringLiteral("%1: cannot be read (permissions)").arg(file));
            continue;
        }
        QSettings settings(file, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError) {
            problems.append(QStringLiteral("%1: is not a valid INI file").arg(file));
            continue;
        }
        config.loadedFiles.append(file);
        for (const QString &fullKey : settings.allKeys()) {
            const QString group = fullKey.section(u'/', 0, -2);
            const QString key = fullKey.section(u'/', -1);
            if (group == QLatin1String("fees")) {
                const QString problem = applyFee(config, key, settings.value(fullKey).toString());
                if (!problem.isEmpty())
                    problems.append(QStringLiteral("%1: [fees] %2: %3").arg(file, key, problem));
                continue;
            }
            if (group != kGroup || !knownKeys().contains(key)) {
                config.warnings.append(
                    QStringLiteral("%1: unknown key '%2' ignored (known keys in [kiosk]: %3)")
                        .arg(file, fullKey, knownKeys().join(QStringLiteral(", "))));
                continue;
            }
            // QSettings splits unquoted values with commas into lists; join them back.
            const QVariant v = settings.value(fullKey);
            const QString text = v.typeId() == QMetaType::QStringList
                                     ? v.toStringList().join(QStringLiteral(", "))
                                     : v.toString();
            const QString problem = apply(config, key, text);
            if (!problem.isEmpty())
                problems.append(QStringLiteral("%1: [kiosk] %2: %3").arg(file, key, problem));
            else if (key == QLatin1String("portal_token_file"))
                tokenFileSetIn = file;
            else if (key == QLatin1String("portal_token"))
                tokenSetIn = file;
        }
    }
    if (!config.portalTokenFile.isEmpty()) {
        if (const auto token = readTokenFile(config.portalTokenFile); !token)
            problems.append(QStringLiteral("%1: [kiosk] portal_token_file: %2").arg(tokenFileSetIn, token.error()));
        else
            config.portalToken = token.value();
        if (!tokenSetIn.isEmpty())
            config.warnings.append(QStringLiteral("%1: [kiosk] portal_token is ignored: portal_token_file (%2) wins")
                                       .arg(tokenSetIn, config.portalTokenFile));
    }
    if (!problems.isEmpty())
        return Error{problems.join(u'\n')};
    return config;
}

Result<KioskConfig> KioskConfig::loadFile(const QString &file)
{
    if (!QFileInfo::exists(file))
        return Error{QStringLiteral("%1: no such config file").arg(file)};
    return load({file});
}

QString KioskConfig::valueProblem(const QString &key, const QString &value)
{
    if (!knownKeys().contains(key))
        return QStringLiteral("'%1' is no [kiosk] key").arg(key);
    KioskConfig scratch;
    return apply(scratch, key, value);
}

Result<QString> KioskConfig::readTokenFile(const QString &path)
{
    // A regular file only: /dev/zero would be read forever, a FIFO would block the kiosk.
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return Error{QStringLiteral("the token file %1 is not a regular file").arg(path)};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read the token file %1: %2").arg(path, file.errorString())};
    const QByteArray head = file.read(kMaxTokenFileBytes);
    const qsizetype lineEnd = head.indexOf('\n');
    const QString token = QString::fromUtf8(lineEnd < 0 ? head : head.left(lineEnd)).trimmed();
    if (token.isEmpty())
        return Error{QStringLiteral("the token file %1 is empty (the token is its first line)").arg(path)};
    if (const QString problem = tokenProblem(token); !problem.isEmpty())
        return Error{QStringLiteral("the token in %1 %2").arg(path, problem)};
    return token;
}

QString KioskConfig::effectiveFilingsDatabasePath() const
{
    return filingsDatabasePath.isEmpty() ? Database::defaultPath(QStringLiteral("filings.db"))
                                         : filingsDatabasePath;
}

QString KioskConfig::effectiveStaffDatabasePath() const
{
    return staffDatabasePath.isEmpty() ? Database::defaultPath(QStringLiteral("staff.db")) : staffDatabasePath;
}

QString KioskConfig::effectiveDatabasePath() const
{
    return databasePath.isEmpty() ? Database::defaultPath(QStringLiteral("motcua.db")) : databasePath;
}

QList<std::pair<QString, QString>> KioskConfig::entries() const
{
    QList<std::pair<QString, QString>> list{{QStringLiteral("commune_name"), communeName},
            {QStringLiteral("agency_code"), agencyCode},
            {QStringLiteral("hotline"), hotline},
            {QStringLiteral("portal_url"), portalUrl.toString()},
            {QStringLiteral("idle_timeout_seconds"), QString::number(idleTimeoutSeconds)},
            {QStringLiteral("clerk_idle_minutes"), QString::number(clerkIdleMinutes)},
            {QStringLiteral("language"), language},
            {QStringLiteral("text_size"), textSize},
            {QStringLiteral("high_contrast"), highContrast ? QStringLiteral("true") : QStringLiteral("false")},
            {QStringLiteral("voice"), voice ? QStringLiteral("on") : QStringLiteral("off")},
            {QStringLiteral("voice_rate"), QString::number(voiceRate)},
            {QStringLiteral("voice_engine"), voiceEngine.isEmpty() ? QStringLiteral("(system default)") : voiceEngine},
            {QStringLiteral("database"), effectiveDatabasePath()},
            {QStringLiteral("featured_procedures"), featuredProcedures.join(QStringLiteral(","))},
            {QStringLiteral("filings_database"), effectiveFilingsDatabasePath()},
            {QStringLiteral("staff_database"), effectiveStaffDatabasePath()},
            {QStringLiteral("draft_max_age_hours"), QString::number(draftMaxAgeHours)},
            {QStringLiteral("holidays"), holidays.isoDates().join(QStringLiteral(","))},
            {QStringLiteral("scan_folder"), scanFolder},
            {QStringLiteral("time_zone"), QString::fromUtf8(timeZone.id())},
            {QStringLiteral("camera"), camera},
            {QStringLiteral("payee_bin"), payeeBin},
            {QStringLiteral("payee_account"), payeeAccount},
            {QStringLiteral("payee_name"), payeeName},
            {QStringLiteral("payment_minutes"), QString::number(paymentMinutes)},
            {QStringLiteral("clerk_code"), clerkCode.isEmpty() ? QString() : QStringLiteral("(set)")},
            {QStringLiteral("receipt_printer"), receiptPrinter},
            {QStringLiteral("receipt_paper"), receiptPaper},
            {QStringLiteral("portal_token"), portalToken.isEmpty() ? QString() : QStringLiteral("(set)")},
            {QStringLiteral("portal_token_file"), portalTokenFile},
            {QStringLiteral("portal_pin_sha256"), portalPinSha256},
            {QStringLiteral("retention_days"), QString::number(retentionDays)},
            {QStringLiteral("sync_probe_seconds"), QString::number(syncProbeSeconds)},
            {QStringLiteral("catalog_public_key"), catalogPublicKey},
            {QStringLiteral("camera_resolution"),
             QStringLiteral("%1x%2").arg(cameraResolution.width()).arg(cameraResolution.height())}};
    for (auto it = feeOverrides.constBegin(); it != feeOverrides.constEnd(); ++it)
        list.append({QStringLiteral("fees/") + it.key(), QString::number(it.value())});
    return list;
}

void KioskConfig::warnOfUnknownFeeRules(const QStringList &catalogFeeRuleIds)
{
    QStringList ids = feeOverrides.keys();
    ids.sort();
    for (const QString &id : ids) {
        if (!catalogFeeRuleIds.contains(id))
            warnings.append(QStringLiteral("[fees] %1: the catalog has no fee rule with this id (it has: %2)")
                                .arg(id, catalogFeeRuleIds.join(QStringLiteral(", "))));
    }
}

} // namespace motcua
