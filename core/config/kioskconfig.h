// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "common/workingcalendar.h"

#include <QHash>
#include <QSize>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QUrl>

namespace motcua {

// The kiosk's settings. Files are INI (QSettings), group [kiosk]; later files override
// earlier ones key by key: /etc/motcua/kiosk.conf, then $XDG_CONFIG_HOME/motcua/kiosk.conf.
constexpr int kDefaultDraftMaxAgeHours = 8;

struct KioskConfig
{
    QString communeName = QStringLiteral("UBND xã Minh Châu (bản trình diễn)");
    QString agencyCode = QStringLiteral("000.00.01.H01");
    QString hotline = QStringLiteral("1800 1096");
    // The provincial portal (docs/portal-protocol.md): its base URL, this kiosk's device token,
    // and optionally the pinned SHA-256 (base64) of the server's public key.
    QUrl portalUrl = QUrl(QStringLiteral("http://127.0.0.1:8765"));
    QString portalToken = QStringLiteral("demo-token");
    // Where the token is kept instead (its first line, trimmed): `motcua provision` writes it
    // there (mode 0640) so it is in no config file. When both are set, the file wins.
    QString portalTokenFile;
    QString portalPinSha256;
    // Days a sent filing's personal data stays on the kiosk after the portal acknowledged it.
    int retentionDays = 0;
    // How often the portal is probed while filings wait.
    int syncProbeSeconds = 60;
    // Ed25519 public key (base64) that catalog updates must be signed with; empty: no updates.
    QString catalogPublicKey;
    int idleTimeoutSeconds = 90;
    // Clerk mode logs out after this long without a touch (and whenever the kiosk idles out).
    int clerkIdleMinutes = 5;
    QString language = QStringLiteral("vi");
    // What a citizen finds when they walk up (each citizen may change them; the next one finds
    // these again): text size "normal" | "large" (1.5x) | "very_large" (2x), the high-contrast
    // theme, voice guidance and its speed (-1.0 slowest to 1.0 fastest; 0 is the voice's own).
    QString textSize = QStringLiteral("normal");
    bool highContrast = false;
    bool voice = true;
    double voiceRate = -0.2;
    // Qt TextToSpeech engine: empty for the system's default (speech-dispatcher), or "none" for a
    // kiosk without voice (no sound hardware; tests).
    QString voiceEngine;
    QString databasePath; // empty: $XDG_DATA_HOME/motcua/motcua.db
    // Shown as quick buttons on the home screen (most common procedures at a commune counter).
    QStringList featuredProcedures{QStringLiteral("1.001193"), QStringLiteral("1.004873"),
                                   QStringLiteral("1.000894"), QStringLiteral("1.000656"),
                                   QStringLiteral("2.000815"), QStringLiteral("2.000884"),
                                   QStringLiteral("1.004194"), QStringLiteral("1.004222")};

    QString filingsDatabasePath; // drafts and outbox; empty: $XDG_DATA_HOME/motcua/filings.db
    // Clerk and technician accounts and the audit log; empty: $XDG_DATA_HOME/motcua/staff.db
    QString staffDatabasePath;
    // A draft untouched for this long is no longer offered and is deleted (privacy).
    int draftMaxAgeHours = kDefaultDraftMaxAgeHours;
    // Public holidays (ISO dates, comma-separated in the file): appointment dates skip them.
    WorkingCalendar holidays;
    // Where a document scanner drops its images; the walkthrough offers them as photos.
    QString scanFolder;
    // The office's clock: file-code days, appointment dates and the 15:00 cut-off follow it,
    // whatever time zone the machine itself is set to.
    QTimeZone timeZone{QByteArrayLiteral("Asia/Ho_Chi_Minh")};
    // The QR scanner's camera: "auto" (the system's default camera), "none" (no camera: the
    // handheld scanner still works), part of a camera's name or id (`motcua camera list`), or
    // the absolute path of a video file played in a loop instead (demos, tests).
    QString camera = QStringLiteral("auto");
    // The capture size asked of the camera; the nearest it offers is used.
    QSize cameraResolution{1280, 720};

    // Who fees are paid to (VietQR): bank BIN (970436 = Vietcombank…), account, account name.
    // Without them the kiosk takes fees in cash at the counter only.
    QString payeeBin;
    QString payeeAccount;
    QString payeeName;
    // How long the payment code stays on screen.
    int paymentMinutes = 10;
    // Confirms a bank transfer or cash at the counter until clerk mode (PINs) exists.
    QString clerkCode;
    // Amounts the province sets: group [fees], fee rule id = đồng (e.g. ho-tich = 5000).
    QHash<QString, qint64> feeOverrides;
    // CUPS queue for receipts; empty: receipts are saved as PDF only.
    QString receiptPrinter;
    // What the receipt printer takes: "roll80" (80 mm thermal roll) or "a5".
    QString receiptPaper = QStringLiteral("roll80");
    [[nodiscard]] bool takesBankTransfers() const { return !payeeBin.isEmpty() && !payeeAccount.isEmpty(); }

    QStringList loadedFiles; // which files contributed, in order
    QStringList warnings;    // e.g. unknown keys: reported, not fatal

    [[nodiscard]] static QStringList defaultFiles();
    // Reads `files` in order (missing files are skipped). Any bad value fails the whole load
    // with every problem listed, each naming the file and the key.
    [[nodiscard]] static Result<KioskConfig> load(const QStringList &files = defaultFiles());
    // One file named by the user (--config): unlike the default files, it must exist.
    [[nodiscard]] static Result<KioskConfig> loadFile(const QString &file);
    [[nodiscard]] QString effectiveDatabasePath() const;
    [[nodiscard]] QString effectiveFilingsDatabasePath() const;
    [[nodiscard]] QString effectiveStaffDatabasePath() const;
    // Warns of [fees] ids that are no fee rule of the catalog (a typo would leave the fee unset).
    void warnOfUnknownFeeRules(const QStringList &catalogFeeRuleIds);
    // key → value as the effective config, for `motcua config check`.
    [[nodiscard]] QList<std::pair<QString, QString>> entries() const;
    // Why `value` is no valid value of [kiosk] `key` (as a file would be checked), or "".
    [[nodiscard]] static QString valueProblem(const QString &key, const QString &value);
    // The token in a portal_token_file: its first line, trimmed; else why not (naming the file).
    [[nodiscard]] static Result<QString> readTokenFile(const QString &path);
};

} // namespace motcua
