// SPDX-License-Identifier: GPL-3.0-or-later
// Receipts printed on a real CUPS queue: a private cupsd (its own config, spool and socket in a
// temporary folder) with a cups-pdf queue, as packaging/install-deps.sh installs them. The PDF
// cups-pdf writes (through PostScript and Ghostscript, so its text is drawn, not searchable)
// is turned into a picture and its QR read back to the file code.
#include "testsupport.h"

#include "catalog/catalogstore.h"
#include "qr/payloadclassifier.h"
#include "qr/qrdecoder.h"
#include "receipt/receiptdesk.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QTest>

#include <pwd.h>
#include <unistd.h>

using namespace motcua;

namespace {

// cupsd in the foreground, on a socket of its own; CUPS_SERVER points this process (and the
// CLI it starts) at it. Backends such as cups-pdf run as root only under a root cupsd.
class PrivateCups
{
public:
    PrivateCups()
    {
        QFile::setPermissions(m_dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup
                                                | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        for (const char *sub : {"spool", "cache", "state", "log"})
            QDir(m_dir.path()).mkdir(QLatin1String(sub));
        write(QStringLiteral("cupsd.conf"), QStringLiteral("Listen %1\nWebInterface No\nBrowsing No\nLogLevel warn\n"
                                                           "<Location />\n  Order allow,deny\n  Allow all\n</Location>\n")
                                                .arg(socket()));
        write(QStringLiteral("cups-files.conf"),
              QStringLiteral("ServerRoot %1\nRequestRoot %1/spool\nTempDir %1/spool\nCacheDir %1/cache\n"
                             "StateDir %1/state\nErrorLog %1/log/error_log\nAccessLog %1/log/access_log\n"
                             "PageLog %1/log/page_log\n")
                  .arg(m_dir.path()));
        m_cupsd.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_cupsd.start(QStringLiteral("/usr/sbin/cupsd"),
                      {QStringLiteral("-f"), QStringLiteral("-c"), m_dir.filePath(QStringLiteral("cupsd.conf")),
                       QStringLiteral("-s"), m_dir.filePath(QStringLiteral("cups-files.conf"))});
        REQUIRE(m_cupsd.waitForStarted(10000));
        qputenv("CUPS_SERVER", socket().toLocal8Bit());
        // lpstat -r exits 0 either way: only its words say whether cupsd listens yet.
        REQUIRE(test::waitUntil(
            [] { return output(QStringLiteral("lpstat"), {QStringLiteral("-r")}).startsWith("scheduler is running"); },
            15000));
    }
    ~PrivateCups()
    {
        m_cupsd.terminate();
        m_cupsd.waitForFinished(10000);
        qunsetenv("CUPS_SERVER");
    }

    // A queue whose "printer" is cups-pdf: it writes each job as a PDF into the user's ~/PDF.
    void addPdfQueue(const QString &name) const
    {
        REQUIRE(run(QStringLiteral("lpadmin"),
                    {QStringLiteral("-p"), name, QStringLiteral("-E"), QStringLiteral("-v"), QStringLiteral("cups-pdf:/"),
                     QStringLiteral("-P"), QStringLiteral("/usr/share/ppd/cups-pdf/CUPS-PDF_opt.ppd")})
                == 0);
    }
    // Paper out, cover open: CUPS stops the queue.
    void stop(const QString &queue) const { REQUIRE(run(QStringLiteral("cupsdisable"), {queue}) == 0); }

    // The exit code (-1 when it crashed or hung); what it wrote to stderr goes into the test's
    // report.
    static int run(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(15000))
            return -1;
        const QByteArray err = p.readAllStandardError();
        if (!err.isEmpty())
            UNSCOPED_INFO(program.toStdString() << ": " << err.toStdString());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    static QByteArray output(const QString &program, const QStringList &args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(15000);
        return p.readAllStandardOutput();
    }

private:
    [[nodiscard]] QString socket() const { return m_dir.filePath(QStringLiteral("cups.sock")); }
    void write(const QString &name, const QString &text) const
    {
        QFile f(m_dir.filePath(name));
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(text.toUtf8());
    }

    QTemporaryDir m_dir;
    QProcess m_cupsd;
};

// Where cups-pdf puts a user's jobs (Out ${HOME}/PDF in /etc/cups/cups-pdf.conf: the home in
// the password file, whatever $HOME says).
QDir cupsPdfFolder()
{
    return QDir(QString::fromLocal8Bit(getpwuid(geteuid())->pw_dir) + QStringLiteral("/PDF"));
}

// cups-pdf names its file after the job's title, "Bien nhan ho so <file code>".
QStringList printedReceipts(const QString &fileCode)
{
    return cupsPdfFolder().entryList({QStringLiteral("Bien_nhan_ho_so_%1*.pdf").arg(fileCode)}, QDir::Files);
}

// The PDFs, and the pictures made of them.
void removePrintedReceipts(const QString &fileCode)
{
    for (const QString &name : cupsPdfFolder().entryList({QStringLiteral("Bien_nhan_ho_so_%1*").arg(fileCode)}, QDir::Files))
        QFile::remove(cupsPdfFolder().filePath(name));
}

QString waitForPrintedReceipt(const QString &fileCode)
{
    REQUIRE(test::waitUntil([&] { return !printedReceipts(fileCode).isEmpty(); }, 60000));
    const QString path = cupsPdfFolder().filePath(printedReceipts(fileCode).first());
    // cups-pdf writes the file, then gives it to the user: wait until it is whole.
    REQUIRE(test::waitUntil(
        [&] {
            QPdfDocument document;
            return document.load(path) == QPdfDocument::Error::None && document.pageCount() == 1;
        },
        30000));
    return path;
}

QString fileCodeInQr(const QString &pdf)
{
    const QList<DecodedCode> codes = QrDecoder::decode(test::pageImage(pdf), QrDecoder::Effort::Thorough);
    REQUIRE(codes.size() == 1);
    const ScanPayload scanned = PayloadClassifier::classify(codes.first().text);
    REQUIRE(scanned.kind == ScanPayload::Kind::FileCode);
    return scanned.fileCode;
}

} // namespace

TEST_CASE("receipts printed on a real CUPS queue, and a stopped or missing printer is said", "[receipt][print]")
{
    if (geteuid() != 0) {
        WARN("not run: cups-pdf prints only under a cupsd running as root (CI runs as root)");
        return;
    }
    REQUIRE(QFile::exists(QStringLiteral("/usr/sbin/cupsd")));                 // packaging/install-deps.sh: cups
    REQUIRE(QFile::exists(QStringLiteral("/usr/lib/cups/backend/cups-pdf"))); // printer-driver-cups-pdf
    PrivateCups cups;
    const QString queue = QStringLiteral("motcua-test-receipts");
    cups.addPdfQueue(queue);

    test::TempCatalog catalog(QString{});
    auto filings = FilingStore::open(catalog.dir.filePath(QStringLiteral("filings.db"))).value();
    FeeQuote fee;
    fee.known = true;
    fee.total = 14000;
    Submission submission = test::copiesSubmission(fee);
    // An agency of this process's own, so the file code (and cups-pdf's file name) is too: two
    // runs at once share the user's ~/PDF.
    submission.agencyCode = QStringLiteral("000.00.01.H%1").arg(QString::number(getpid() % 1296, 36).toUpper(), 2, u'0');
    const auto filed = filings->submit({}, submission);
    REQUIRE(filed.ok());
    const QString code = filed->fileCode;
    removePrintedReceipts(code); // from an earlier run of this test

    ReceiptDesk desk(filings.get(), catalog.store.get(),
                     {queue, Receipt::Layout::Roll80, QStringLiteral("UBND xã An Bình"), QStringLiteral("1800 1096"),
                      QTimeZone("Asia/Ho_Chi_Minh"), 300});
    CHECK(desk.canPrint());

    // Printed: the PDF cups-pdf made is an 80 mm roll whose QR gives the file code.
    REQUIRE(desk.print(code));
    CHECK(desk.state() == QStringLiteral("printed"));
    const QString printed = waitForPrintedReceipt(code);
    CHECK(fileCodeInQr(printed) == code);
    CHECK(test::pageImage(printed).width() * 25.4 / 150 == Approx(80).margin(1.5));
    QTest::qWait(500); // the queue was looked at again after the job: still fine
    CHECK(desk.state() == QStringLiteral("printed"));
    removePrintedReceipts(code);

    // The CLI prints the same receipt again (the clerk's reprint), on the queue it is given.
    test::Cli cli;
    const test::Run reprint = cli({QStringLiteral("--filings-db"), catalog.dir.filePath(QStringLiteral("filings.db")),
                                   QStringLiteral("receipt"), code, QStringLiteral("--print"), QStringLiteral("--printer"),
                                   queue});
    INFO(reprint.err.toStdString());
    CHECK(reprint.exitCode == 0);
    CHECK(fileCodeInQr(waitForPrintedReceipt(code)) == code);
    removePrintedReceipts(code);

    // A job CUPS took, then the printer stopped (paper out): the desk looks again and says so.
    REQUIRE(desk.print(code));
    cups.stop(queue);
    CHECK(test::waitUntil([&] { return desk.state() == QStringLiteral("failed"); }, 5000));
    CHECK(desk.message().contains(QStringLiteral("báo lỗi")));

    // A stopped queue: nothing is sent, and the citizen is told to ask the clerk.
    CHECK_FALSE(desk.print(code));
    CHECK(desk.state() == QStringLiteral("failed"));
    CHECK(desk.message().contains(QStringLiteral("cán bộ")));
    const test::Run stopped = cli({QStringLiteral("--filings-db"), catalog.dir.filePath(QStringLiteral("filings.db")),
                                   QStringLiteral("receipt"), code, QStringLiteral("--print"), QStringLiteral("--printer"),
                                   queue});
    CHECK(stopped.exitCode == 1);
    CHECK(stopped.err.contains(QStringLiteral("is stopped")));

    // No such queue.
    ReceiptDesk nowhere(filings.get(), catalog.store.get(),
                        {QStringLiteral("no-such-printer"), Receipt::Layout::A5, {}, {}, QTimeZone::utc(), 300});
    CHECK_FALSE(nowhere.print(code));
    CHECK(nowhere.state() == QStringLiteral("failed"));
    removePrintedReceipts(code);
}

TEST_CASE("a kiosk without a receipt printer says so instead of printing", "[receipt]")
{
    test::TempCatalog catalog(QString{});
    auto filings = FilingStore::open(catalog.dir.filePath(QStringLiteral("filings.db"))).value();
    ReceiptDesk desk(filings.get(), catalog.store.get(), {});
    CHECK_FALSE(desk.canPrint());
    CHECK_FALSE(desk.print(QStringLiteral("000.00.01.H01-261123-0001")));
    CHECK(desk.message().contains(QStringLiteral("không có máy in")));
    desk.clear();
    CHECK(desk.state() == QStringLiteral("idle"));
    CHECK(desk.message().isEmpty());
}
