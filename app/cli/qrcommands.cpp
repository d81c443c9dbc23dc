// SPDX-License-Identifier: GPL-3.0-or-later
#include "qrcommands.h"

#include "commandline.h"

#include "qr/payloadclassifier.h"
#include "qr/qrdecoder.h"
#include "qr/qrwriter.h"

#include <QImageReader>
#include <QJsonArray>

namespace motcua::cli {

namespace {

QString oneLine(const QJsonObject &o)
{
    QStringList parts;
    for (auto it = o.begin(); it != o.end(); ++it)
        if (it.key() != QLatin1String("kind"))
            parts.append(it.key() + u'=' + it.value().toVariant().toString());
    return o.value(QStringLiteral("kind")).toString() + (parts.isEmpty() ? QString() : u' ' + parts.join(u' '));
}

int decodeImages(const CliContext &ctx, const QStringList &files)
{
    if (files.isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua qr decode IMAGE… [--json]"), 2);
    QJsonArray results;
    QStringList lines;
    int failures = 0;
    for (const QString &file : files) {
        QImageReader reader(file);
        reader.setAutoTransform(true);
        const QImage image = reader.read();
        QJsonObject result{{QStringLiteral("file"), file}};
        if (image.isNull()) {
            ++failures;
            result.insert(QStringLiteral("error"), QStringLiteral("cannot read the image: %1").arg(reader.errorString()));
        } else if (const QList<DecodedCode> codes = QrDecoder::decode(image, QrDecoder::Effort::Thorough);
                   codes.isEmpty()) {
            ++failures;
            result.insert(QStringLiteral("error"), QStringLiteral("no QR code found"));
        } else {
            QJsonArray found;
            for (const DecodedCode &c : codes) {
                QJsonArray corners;
                for (const QPointF &p : c.corners)
                    corners.append(QJsonArray{qRound(p.x()), qRound(p.y())});
                found.append(QJsonObject{{QStringLiteral("text"), c.text},
                                         {QStringLiteral("format"), c.format},
                                         {QStringLiteral("corners"), corners},
                                         {QStringLiteral("classification"), PayloadClassifier::classify(c.text).summary()}});
            }
            result.insert(QStringLiteral("codes"), found);
        }
        results.append(result);
        if (result.contains(QStringLiteral("error"))) {
            lines.append(QStringLiteral("%1: %2").arg(file, result.value(QStringLiteral("error")).toString()));
            continue;
        }
        for (const QJsonValue &c : result.value(QStringLiteral("codes")).toArray())
            lines.append(QStringLiteral("%1: %2 [%3]").arg(file, c[QStringLiteral("format")].toString(),
                                                          oneLine(c[QStringLiteral("classification")].toObject())));
    }
    if (ctx.json)
        ctx.printJson(results);
    else
        ctx.print(lines.join(u'\n'));
    return failures == 0 ? 0 : 1;
}

int classifyText(const CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.fail(QStringLiteral("usage: motcua qr classify TEXT [--json]"), 2);
    const ScanPayload p = PayloadClassifier::classify(args.first());
    const QJsonObject o = p.summary();
    if (ctx.json)
        ctx.printJson(o);
    else
        ctx.print(oneLine(o));
    return p.kind == ScanPayload::Kind::Invalid ? 2 : 0;
}

int encodeText(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral("usage: motcua qr encode TEXT --out FILE.png [--size PX]");
    const auto cl = CommandLine::parse(args, {QStringLiteral("out"), QStringLiteral("size")}, {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    bool ok = false;
    const int size = cl->option(QStringLiteral("size"), QStringLiteral("400")).toInt(&ok);
    if (cl->positionals.size() != 1 || cl->option(QStringLiteral("out")).isEmpty())
        return ctx.fail(usage, 2);
    if (!ok || size < 64 || size > 4000)
        return ctx.fail(QStringLiteral("--size must be a whole number of pixels from 64 to 4000"), 2);
    const auto image = QrWriter::render(cl->positionals.first(), size);
    if (!image)
        return ctx.fail(image.error(), 2);
    const QString out = cl->option(QStringLiteral("out"));
    if (!image.value().save(out))
        return ctx.fail(QStringLiteral("cannot write %1 (folder missing, or not an image name like code.png)").arg(out));
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("size"), image.value().width()}});
    else
        ctx.print(QStringLiteral("%1: %2x%2").arg(out).arg(image.value().width()));
    return 0;
}

} // namespace

int runQrCommand(const CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("decode"))
        return decodeImages(ctx, args.mid(1));
    if (sub == QLatin1String("classify"))
        return classifyText(ctx, args.mid(1));
    if (sub == QLatin1String("encode"))
        return encodeText(ctx, args.mid(1));
    return ctx.fail(QStringLiteral("usage: motcua qr decode IMAGE… | qr classify TEXT | qr encode TEXT --out FILE.png"), 2);
}

} // namespace motcua::cli
