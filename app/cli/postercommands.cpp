// SPDX-License-Identifier: GPL-3.0-or-later
#include "postercommands.h"

#include "commandline.h"
#include "poster/qrposter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

int runPosterCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral("usage: motcua poster [--codes CODE,CODE…] --out FILE.pdf");
    const auto cl = CommandLine::parse(args, {QStringLiteral("codes"), QStringLiteral("out")}, {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    if (!cl->positionals.isEmpty() || cl->option(QStringLiteral("out")).isEmpty())
        return ctx.fail(usage, 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    // Without --codes: the procedures the kiosk's home screen features.
    QStringList codes;
    for (const QString &code : cl->option(QStringLiteral("codes")).split(u',', Qt::SkipEmptyParts))
        codes.append(code.trimmed());
    if (codes.isEmpty())
        codes = config->featuredProcedures;
    const auto catalog = ctx.openCatalog();
    if (!catalog)
        return ctx.fail(catalog.error());
    QList<Procedure> procedures;
    QStringList unknown;
    for (const QString &code : codes) {
        if (auto procedure = catalog.value()->procedure(code))
            procedures.append(*procedure);
        else
            unknown.append(code);
    }
    if (!unknown.isEmpty())
        return ctx.fail(QStringLiteral("not in the catalog: %1 (motcua catalog search finds codes)")
                            .arg(unknown.join(QStringLiteral(", "))),
                        2);
    const QString out = cl->option(QStringLiteral("out"));
    const auto pages = QrPoster::write(procedures, {config->communeName, config->hotline}, out);
    if (!pages)
        return ctx.fail(pages.error());
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out}, {QStringLiteral("pages"), pages.value()},
                                  {QStringLiteral("codes"), QJsonArray::fromStringList(codes)}});
    else
        ctx.print(QStringLiteral("%1: %2 poster(s): %3").arg(out).arg(pages.value()).arg(codes.join(QStringLiteral(", "))));
    return 0;
}

} // namespace motcua::cli
