// SPDX-License-Identifier: GPL-3.0-or-later
// motcua: the technician's command line for MotCua Kiosk.
#include "auditcommands.h"
#include "backupcommands.h"
#include "cameracommands.h"
#include "catalogcommands.h"
#include "cccdcommands.h"
#include "clerkcommands.h"
#include "clicontext.h"
#include "commandline.h"
#include "configcommands.h"
#include "diagnosticscommands.h"
#include "draftcommands.h"
#include "formcommands.h"
#include "outboxcommands.h"
#include "synccommands.h"
#include "paymentcommands.h"
#include "postercommands.h"
#include "provisioncommands.h"
#include "qrcommands.h"
#include "receiptcommands.h"
#include "statscommands.h"

#include <QGuiApplication>

#include <memory>

using namespace motcua::cli;

namespace {

const char *kUsage = R"(Usage: motcua [--db PATH] [--filings-db PATH] [--staff-db PATH] [--config FILE] [--json] COMMAND ...

Commands:
  catalog import FILE            replace the catalog with a motcua-catalog JSON bundle
  catalog search QUERY [--limit N]
                                 search procedures (accents optional, codes work too)
  catalog show CODE              every field of one procedure
  catalog topics                 topics with their procedure counts
  catalog update                 fetch a newer signed catalog from the portal, verify it with
                                 catalog_public_key and apply it (exit 0 applied or up to date,
                                 1 portal unreachable, 2 rejected: the old catalog stays)
  catalog keygen                 a new Ed25519 key pair for signing catalogs (base64); the
                                 secret key stays with the province
  catalog sign FILE --key SECRETKEYFILE
                                 the base64 signature of a valid bundle FILE
  config check                   validate the config files, print the effective values
  cccd parse TEXT                the fields of a chip ID card (CCCD) QR payload
  qr decode IMAGE...             the QR codes in images: text, corners, what each is
  qr classify TEXT               what a scanned text is (procedure, cccd, vietqr, filecode,
                                 url, text, or invalid with the reason)
  qr encode TEXT --out FILE.png [--size PX]
                                 a QR code image of TEXT (UTF-8)
  poster [--codes CODE,CODE...] --out FILE.pdf
                                 A4 QR posters, one procedure per page (default: the
                                 featured procedures of the home screen)
  camera list                    cameras present, their sizes, and the one [kiosk] camera picks
  diagnostics                    check the kiosk, one line per check (ok, degraded, broken,
                                 n/a, skipped): config, version, each database (read-only:
                                 integrity, size; never created or migrated), free disk
                                 (< 1 GB degraded, < 200 MB broken), outbox backlog (failed
                                 filings or one waiting > 24 h: degraded), the portal's last
                                 answer (> 24 h or never: degraded), portal and token (5 s;
                                 unreachable degraded, token refused broken), TLS pin, clock
                                 against the portal's (> 5 min degraded, > 1 h broken),
                                 camera, receipt printer, Vietnamese voice. Exit 0 healthy,
                                 1 degraded, 2 broken (the worst check), 3 a wrong command
                                 line (monitoring tools read 0/1/2)
  fee CODE [--pages N] [--copies N] [--cases N] [--exemption KEY]
                                 a procedure's fee with its breakdown (amounts from the
                                 catalog, or [fees] in the config)
  vietqr encode --bin BIN --account ACC [--card] [--amount N] [--note TEXT] [--png FILE]
                                 a VietQR payment code (and its QR image)
  vietqr parse PAYLOAD           the fields of a VietQR code, or what is wrong with it
  receipt FILECODE --out FILE.pdf [--layout a5|roll80]
                                 a filing's receipt (A5, or an 80 mm thermal roll)
  receipt FILECODE --print [--printer QUEUE] [--layout a5|roll80]
                                 prints it (default: receipt_printer, receipt_paper)
  payment list [--state STATE]   filings and how their fees stand
  payment confirm FILECODE --method bank|cash --by NAME [--amount N]
  payment reject FILECODE --by NAME
                                 a clerk settles a reported transfer or cash (the
                                 amount when the kiosk could not work it out)
  payment grant|refuse FILECODE --by NAME
                                 a clerk who checked the papers of a claimed exemption
  form list                      procedures that have a form the kiosk can walk through
  form validate FILE             check a form definition (docs/form-format.md)
  form run CODE --answers FILE [--at DATETIME] [--filed-by CLERK]
                                 fill a procedure's form headless: print every problem, or
                                 submit it to the outbox and print the file code and
                                 appointment date (--at: the time received, ISO 8601;
                                 --filed-by: the clerk who files on the citizen's behalf)
  outbox list [--limit N]        filings in the outbox, newest first, with their delivery
  outbox stats                   how many wait, were sent, failed, were purged
  outbox retry ID|FILECODE       queue a failed filing again (sent at the next sync)
  sync --once [--all]            send what is due to the portal (--all: ignore back-off),
                                 check sent filings' status; exit 1 if unreachable
  status FILECODE                a filing's status on this kiosk and at the portal
  rating FILECODE RATING [--reasons KEY,...]
                                 record the citizen's satisfaction rating of a filing
                                 (very_satisfied, satisfied, neutral, dissatisfied); sent
                                 to the portal by the next sync
  stats [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv FILE] [--pdf FILE]
                                 the counter's statistics for a period (default: this month
                                 so far, office time zone); CSV tables, A4 PDF report
  draft list                     forms being filled (or interrupted), newest first
  draft purge [--older-than-hours N]
                                 delete drafts not saved for N hours (default: the
                                 configured draft_max_age_hours)
  clerk add NAME --role clerk|technician [--pin-file FILE]
                                 a clerk's or technician's account; the PIN (4 to 8 digits)
                                 is the first line of FILE or of standard input, never an
                                 argument (on a terminal it is asked for without echo)
  clerk list                     accounts, their roles, last logins and locks (no PINs)
  clerk remove NAME
  clerk reset-pin NAME [--pin-file FILE]
                                 a new PIN (read as for add); a lock is lifted
  audit verify                   check the audit log's hash chain: exit 0 intact, 1 broken
                                 (the first problem is printed), 2 unreadable
  audit list [--limit N]         the last N entries (default 50)
  audit export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [--out FILE]
                                 entries of those days (office time zone, inclusive) as
                                 CSV (RFC 4180; --json without --csv: JSON), to stdout or FILE

Setting up and keeping a kiosk (docs/technician-guide.md; run as root on the kiosk):
  provision --commune NAME --agency-code CODE --hotline NUMBER --portal URL --token-file FILE
            [--pin-sha256 HASH] [--payee-bin BIN --payee-account ACC --payee-name NAME]
            [--catalog FILE] [--technician NAME --technician-pin-file FILE] [--offline]
                                 check every value, and the token with the portal (GET
                                 /api/v1/ping; --offline skips it), then: set these [kiosk]
                                 keys in the config file (--config FILE, else
                                 /etc/motcua/kiosk.conf; comments and other lines kept),
                                 write the token to portal-token beside it (mode 0640, group
                                 motcua) and point portal_token_file at it, import the
                                 catalog (--catalog FILE; else the portal's signed catalog
                                 when catalog_public_key is set; else the built-in one), add
                                 the technician (an existing one keeps its PIN). Prints
                                 each change; the same arguments again change nothing.
                                 Exit 2 bad arguments (all listed), 1 the portal refused
                                 the token or is unreachable (nothing written)
  backup --out FILE              a consistent snapshot of the catalog, filings and staff
                                 databases while the kiosk runs, in one tar file with a
                                 manifest (mode 0600: it holds citizens' personal data)
  restore FILE [--yes]           check a backup (checksums, integrity, schema) and replace
                                 the three databases with it; without --yes only checks
                                 and says what it would replace (exit 2)

Clerk commands, payment decisions, outbox retries and catalog changes are written to the
audit log (actor cli:$USER, or cli:NAME for --by NAME).

Global options:
  --db PATH       catalog database (default: $XDG_DATA_HOME/motcua/motcua.db or [kiosk] database)
  --filings-db PATH
                  drafts and outbox (default: $XDG_DATA_HOME/motcua/filings.db or
                  [kiosk] filings_database)
  --staff-db PATH clerk accounts and audit log (default: $XDG_DATA_HOME/motcua/staff.db or
                  [kiosk] staff_database)
  --config FILE   read only this config file (default: /etc/motcua/kiosk.conf, then
                  $XDG_CONFIG_HOME/motcua/kiosk.conf)
  --json          machine-readable output
  --help, --version

Exit status: 0 success, 1 failure, 2 bad input (diagnostics: 0 healthy, 1 degraded, 2 broken,
3 bad input).)";

// The command (first word that is neither an option nor an option's value), before Qt parses anything.
QByteArray commandWord(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--db" || a == "--config" || a == "--filings-db" || a == "--staff-db")
            ++i;
        else if (!a.startsWith("--"))
            return a;
    }
    return {};
}

} // namespace

int main(int argc, char *argv[])
{
    // Posters, receipts and reports need fonts, hence a GUI application (offscreen: the command line opens no window).
    std::unique_ptr<QCoreApplication> app;
    // diagnostics: QPrinterInfo asks CUPS through the GUI's print support.
    const QByteArray word = commandWord(argc, argv);
    if (word == "poster" || word == "receipt" || word == "stats" || word == "diagnostics") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    const QStringList args = QCoreApplication::arguments().mid(1);
    CliContext ctx;
    // diagnostics keeps 2 for "broken": its wrong command lines exit 3.
    const int badInput = word == "diagnostics" ? kDiagnosticsUsageExit : 2;
    // Global options may stand anywhere before "--"; pull them out, leave the rest to the command.
    QStringList rest;
    bool onlyPositionals = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        const QString name = a.section(u'=', 0, 0);
        if (onlyPositionals) {
            rest.append(a);
        } else if (a == QLatin1String("--")) {
            onlyPositionals = true;
            rest.append(a);
        } else if (a == QLatin1String("--json")) {
            ctx.json = true;
        } else if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            ctx.print(QString::fromUtf8(kUsage));
            return 0;
        } else if (a == QLatin1String("--version")) {
            ctx.print(QStringLiteral("motcua " MOTCUA_VERSION));
            return 0;
        } else if (name == QLatin1String("--db") || name == QLatin1String("--config")
                   || name == QLatin1String("--filings-db") || name == QLatin1String("--staff-db")) {
            QString value;
            if (a.contains(u'='))
                value = a.section(u'=', 1);
            else if (i + 1 < args.size())
                value = args.at(++i);
            if (value.isEmpty())
                return ctx.fail(QStringLiteral("option %1 needs a value").arg(name), badInput);
            (name == QLatin1String("--db")           ? ctx.dbPathOverride
             : name == QLatin1String("--config")   ? ctx.configPathOverride
             : name == QLatin1String("--staff-db") ? ctx.staffDbPathOverride
                                                   : ctx.filingsDbPathOverride) = value;
        } else {
            rest.append(a);
        }
    }
    if (rest.isEmpty())
        return ctx.fail(QStringLiteral("no command given; see motcua --help"), 2);
    const QString command = rest.takeFirst();
    if (command == QLatin1String("catalog"))
        return runCatalogCommand(ctx, rest);
    if (command == QLatin1String("config"))
        return runConfigCommand(ctx, rest);
    if (command == QLatin1String("cccd"))
        return runCccdCommand(ctx, rest);
    if (command == QLatin1String("form"))
        return runFormCommand(ctx, rest);
    if (command == QLatin1String("qr"))
        return runQrCommand(ctx, rest);
    if (command == QLatin1String("poster"))
        return runPosterCommand(ctx, rest);
    if (command == QLatin1String("camera"))
        return runCameraCommand(ctx, rest);
    if (command == QLatin1String("fee"))
        return runFeeCommand(ctx, rest);
    if (command == QLatin1String("vietqr"))
        return runVietQrCommand(ctx, rest);
    if (command == QLatin1String("receipt"))
        return runReceiptCommand(ctx, rest);
    if (command == QLatin1String("payment"))
        return runPaymentCommand(ctx, rest);
    if (command == QLatin1String("draft"))
        return runDraftCommand(ctx, rest);
    if (command == QLatin1String("outbox"))
        return runOutboxCommand(ctx, rest);
    if (command == QLatin1String("sync"))
        return runSyncCommand(ctx, rest);
    if (command == QLatin1String("status"))
        return runStatusCommand(ctx, rest);
    if (command == QLatin1String("clerk"))
        return runClerkCommand(ctx, rest);
    if (command == QLatin1String("audit"))
        return runAuditCommand(ctx, rest);
    if (command == QLatin1String("rating"))
        return runRatingCommand(ctx, rest);
    if (command == QLatin1String("stats"))
        return runStatsCommand(ctx, rest);
    if (command == QLatin1String("diagnostics"))
        return runDiagnosticsCommand(ctx, rest);
    if (command == QLatin1String("provision"))
        return runProvisionCommand(ctx, rest);
    if (command == QLatin1String("backup"))
        return runBackupCommand(ctx, rest);
    if (command == QLatin1String("restore"))
        return runRestoreCommand(ctx, rest);
    return ctx.fail(QStringLiteral("unknown command '%1'; see motcua --help").arg(command), 2);
}
