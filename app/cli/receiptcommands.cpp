// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptcommands.h"

#include "commandline.h"
#include "receipt/receipt.h"

namespace motcua::cli {

int runReceiptCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral("usage: motcua receipt FILECODE --out FILE.pdf [--layout a5|roll80]");
    const auto cl = CommandLine::parse(args, {QStringLiteral("out"), QStringLiteral("layout")}, {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    const QString layoutName = cl->option(QStringLiteral("layout"), QStringLiteral("a5"));
    if (cl->positionals.size() != 1 || cl->option(QStringLiteral("out")).isEmpty())
        return ctx.fail(usage, 2);
    if (layoutName != QLatin1String("a5") && layoutName != QLatin1String("roll80"))
        return ctx.fail(QStringLiteral("--layout must be a5 or roll80"), 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    const auto filing = store.value()->filingByCode(cl->positionals.first());
    if (!filing)
        return ctx.fail(filing.error());
    if (!filing.value())
        return ctx.fail(QStringLiteral("no filing %1 in the outbox").arg(cl->positionals.first()), 2);
    const auto catalog = ctx.openCatalog();
    if (!catalog)
        return ctx.fail(catalog.error());
    const ReceiptData receipt =
        ReceiptData::from(**filing, catalog.value()->procedure((*filing)->submission.procedureCode),
                          config->communeName, config->hotline, config->timeZone);
    const QString out = cl->option(QStringLiteral("out"));
    const Status written = Receipt::writePdf(
        receipt, layoutName == QLatin1String("roll80") ? Receipt::Layout::Roll80 : Receipt::Layout::A5, out);
    if (!written)
        return ctx.fail(written.error());
    ctx.print(QStringLiteral("%1: receipt of %2 (%3)").arg(out, receipt.fileCode, layoutName));
    return 0;
}

} // namespace motcua::cli
