// SPDX-License-Identifier: GPL-3.0-or-later
// bench-qr-decode [IMAGES]: the kiosk's ZXing decoder against zbarimg (zbar-tools) on the same
// generated 1280×720 camera-like pictures, in the same run: time per frame and detection rate,
// by distortion. Our decoder is timed on the luminance plane, as a camera frame reaches it, and
// again with the PNG file read first, which is what zbarimg does (that one process per picture
// also pays its start-up, measured on a blank picture and shown).
#include "benchstats.h"
#include "qr/qrdecoder.h"
#include "qr/qrwriter.h"
#include "qrscenes.h"

#include <QGuiApplication>
#include <QImageReader>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <chrono>
#include <map>

using namespace motcua;
using bench::percentiles;

namespace {

struct Picture
{
    QString kind;
    QString text;
    QString file;
};

using Clock = std::chrono::steady_clock;
double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

// What codes at a commune counter hold: posters, chip ID cards, bank transfers, receipts.
QString payload(QRandomGenerator &random, int i)
{
    switch (i % 4) {
    case 0:
        return QStringLiteral("https://dichvucong.gov.vn/p/home/dvc-chi-tiet-thu-tuc-hanh-chinh.html?ma_thu_tuc=1.00%1")
            .arg(1000 + random.bounded(9000));
    case 1:
        return QStringLiteral("0%1||Nguyễn Văn An|1203198%2|Nam|Thôn Đông, Xã Minh Châu, Thành phố Hà Nội|05062021")
            .arg(random.bounded(10000000000LL, 99999999999LL))
            .arg(random.bounded(10));
    case 2:
        return QStringLiteral("00020101021238570010A00000072701270006970436011300110012345670208QRIBFTTA"
                              "53037045405%1").arg(10000 + random.bounded(90000))
               + QStringLiteral("5802VN62170813HS0001 le phi6304ABCD");
    default:
        return QStringLiteral("000.00.01.H01-2611%1-%2").arg(10 + random.bounded(18)).arg(random.bounded(1, 9999), 4, 10, QChar(u'0'));
    }
}

// One picture of distortion `kind` with `text` as a code ("no code": the counter, a little noisy,
// as the camera sees it most of the time).
QImage picture(const QString &kind, const QString &text, QRandomGenerator &random)
{
    if (kind == QLatin1String("no code"))
        return testmedia::noisy(testmedia::placeCode(QImage()), 10 + random.bounded(20), random.generate());
    const int side = kind == QLatin1String("small") ? 150 + random.bounded(50) : 240 + random.bounded(200);
    const QImage code = QrWriter::render(text, side).value();
    const QPoint centre(320 + random.bounded(640), 250 + random.bounded(220));
    const auto place = [&](const QTransform &t = {}) { return testmedia::placeCode(code, t, centre); };
    if (kind == QLatin1String("rotated"))
        return place(QTransform().rotate(random.bounded(360)));
    if (kind == QLatin1String("blurred"))
        return testmedia::blurred(place(), 1 + random.bounded(2));
    if (kind == QLatin1String("noisy"))
        return testmedia::noisy(place(), 20 + random.bounded(30), random.generate());
    if (kind == QLatin1String("faint"))
        return testmedia::faint(place(), 90 + random.bounded(40), 150 + random.bounded(40));
    if (kind == QLatin1String("tilted"))
        return place(testmedia::tilt(20 + random.bounded(30), random.bounded(25)));
    if (kind == QLatin1String("everything"))
        return testmedia::noisy(testmedia::blurred(place(QTransform().rotate(random.bounded(360)) *
                                                         testmedia::tilt(random.bounded(25), random.bounded(15))),
                                                   1),
                                20, random.generate());
    return place(); // "clean", "small"
}

// zbarimg on one file: the text it read (empty if none) and the time the process took.
std::pair<QString, double> zbar(const QString &zbarimg, const QString &file)
{
    QProcess p;
    const auto start = Clock::now();
    p.start(zbarimg, {QStringLiteral("-q"), QStringLiteral("--raw"), QStringLiteral("-Sdisable"),
                      QStringLiteral("-Sqrcode.enable"), file});
    p.waitForFinished(30000);
    const double ms = msSince(start);
    return {QString::fromUtf8(p.readAllStandardOutput()).trimmed(), ms};
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    const int count = std::max(argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 240, 8);
    const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
    const QStringList kinds{QStringLiteral("clean"), QStringLiteral("small"), QStringLiteral("rotated"),
                            QStringLiteral("blurred"), QStringLiteral("noisy"), QStringLiteral("faint"),
                            QStringLiteral("tilted"), QStringLiteral("everything"), QStringLiteral("no code")};

    QTemporaryDir dir;
    QRandomGenerator random(2026);
    QList<Picture> pictures;
    out << "Generating " << count << " pictures (1280x720, " << kinds.size() << " distortions) in " << dir.path()
        << "…\n";
    out.flush();
    for (int i = 0; i < count; ++i) {
        const QString kind = kinds.at(i % kinds.size());
        Picture p{kind, kind == QLatin1String("no code") ? QString() : payload(random, i / kinds.size()),
                  dir.filePath(QStringLiteral("%1.png").arg(i, 4, 10, QChar(u'0')))};
        picture(p.kind, p.text, random).convertToFormat(QImage::Format_Grayscale8).save(p.file);
        pictures.append(p);
    }

    // A picture is read right when the code's text comes out, or nothing does where there is none.
    struct Tally
    {
        int total = 0, ours = 0, zbar = 0;
        std::vector<double> oursMs;
    };
    std::map<QString, Tally> byKind;
    std::vector<double> oursFrame, oursFile, zbarFile;
    for (const Picture &p : pictures) {
        Tally &t = byKind[p.kind];
        ++t.total;
        // Camera path: the luminance plane is already in memory.
        const QImage luminance = QImage(p.file).convertToFormat(QImage::Format_Grayscale8);
        auto start = Clock::now();
        const QList<DecodedCode> codes = QrDecoder::decodeLuminance(luminance.constBits(), luminance.width(),
                                                                    luminance.height(), int(luminance.bytesPerLine()));
        oursFrame.push_back(msSince(start));
        t.oursMs.push_back(oursFrame.back());
        t.ours += (codes.isEmpty() ? QString() : codes.first().text) == p.text ? 1 : 0;
        // File path, like zbarimg: read the PNG, then decode.
        start = Clock::now();
        (void)QrDecoder::decode(QImage(p.file));
        oursFile.push_back(msSince(start));
        if (!zbarimg.isEmpty()) {
            const auto [text, ms] = zbar(zbarimg, p.file);
            zbarFile.push_back(ms);
            t.zbar += text == p.text ? 1 : 0;
        }
    }

    const auto row = [&](const QString &name, const std::vector<double> &ms) {
        const auto pc = percentiles(ms);
        out << QStringLiteral("  %1 p50 %2 ms   p95 %3 ms   mean %4 ms\n")
                   .arg(name, -34)
                   .arg(pc.p50, 6, 'f', 2)
                   .arg(pc.p95, 6, 'f', 2)
                   .arg(pc.mean, 6, 'f', 2);
    };
    out << "\nTime per picture (" << count << " pictures):\n";
    row(QStringLiteral("ours, luminance frame (camera)"), oursFrame);
    row(QStringLiteral("ours, PNG file read + decode"), oursFile);
    if (zbarimg.isEmpty()) {
        out << "  zbarimg: not installed (apt install zbar-tools) - no baseline\n";
    } else {
        row(QStringLiteral("zbarimg, one process per file"), zbarFile);
        QImage blank(1280, 720, QImage::Format_Grayscale8);
        blank.fill(200);
        const QString blankFile = dir.filePath(QStringLiteral("blank.png"));
        blank.save(blankFile);
        std::vector<double> startup;
        for (int i = 0; i < 10; ++i)
            startup.push_back(zbar(zbarimg, blankFile).second);
        row(QStringLiteral("zbarimg on a blank picture"), startup);
    }

    out << "\nRead right (the code's text; nothing where there is no code), and our p95 per frame:\n";
    out << QStringLiteral("  %1 %2 %3 %4\n").arg(QStringLiteral("distortion"), -12).arg(QStringLiteral("ours"), 10)
               .arg(QStringLiteral("zbarimg"), 10).arg(QStringLiteral("ours p95"), 10);
    Tally all;
    for (const auto &[kind, t] : byKind) {
        all.total += t.total;
        all.ours += t.ours;
        all.zbar += t.zbar;
        out << QStringLiteral("  %1 %2 %3 %4 ms\n").arg(kind, -12)
                   .arg(QStringLiteral("%1/%2").arg(t.ours).arg(t.total), 10)
                   .arg(zbarimg.isEmpty() ? QStringLiteral("-") : QStringLiteral("%1/%2").arg(t.zbar).arg(t.total), 10)
                   .arg(percentiles(t.oursMs).p95, 7, 'f', 2);
    }
    out << QStringLiteral("  %1 %2 %3\n").arg(QStringLiteral("all"), -12)
               .arg(QStringLiteral("%1%").arg(100.0 * all.ours / all.total, 0, 'f', 1), 10)
               .arg(zbarimg.isEmpty() ? QStringLiteral("-") : QStringLiteral("%1%").arg(100.0 * all.zbar / all.total, 0, 'f', 1), 10);
    const auto frame = percentiles(oursFrame);
    out << "\nGoal: p95 <= 10 ms per camera frame: " << (frame.p95 <= 10 ? "met" : "NOT met")
        << "; detection at least zbarimg's: " << (zbarimg.isEmpty() ? "no baseline" : all.ours >= all.zbar ? "met" : "NOT met")
        << '\n';
    return 0;
}
