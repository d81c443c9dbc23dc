// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptcommands.h"

#include "commandline.h"
#include "receipt/receiptdesk.h"

namespace motcua::cli {

int runReceiptCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua receipt FILECODE (--out FILE.pdf | --print [--printer QUEUE]) [--layout a5|roll80]");
    const auto cl = CommandLine::parse(args, {QStringLiteral("out"), QStringLiteral("layout"), QStringLiteral("printer")},
                                       {QStringLiteral("print")});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    const QString out = cl->option(QStringLiteral("out"));
    const bool print = cl->has(QStringLiteral("print"));
    if (cl->positionals.size() != 1 || out.isEmpty() == !print)
        return ctx.fail(usage, 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    const QString queue = cl->option(QStringLiteral("printer"), config->receiptPrinter);
    if (print && queue.isEmpty())
        return ctx.fail(QStringLiteral("no printer: set receipt_printer in the config or give --printer QUEUE"), 2);
    const QString layoutName = cl->option(QStringLiteral("layout"), print ? config->receiptPaper : QStringLiteral("a5"));
    const auto layout = Receipt::layoutNamed(layoutName);
    if (!layout)
        return ctx.fail(QStringLiteral("--layout must be a5 or roll80"), 2);
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    const auto catalog = ctx.openCatalog();
    if (!catalog)
        return ctx.fail(catalog.error());
    const auto receipt = loadReceipt(*store.value(), *catalog.value(), cl->positionals.first(), config->communeName,
                                     config->hotline, config->timeZone);
    if (!receipt)
        return ctx.fail(receipt.error(), 2);
    const Status done = print ? Receipt::print(*receipt, *layout, queue) : Receipt::writePdf(*receipt, *layout, out);
    if (!done)
        return ctx.fail(done.error());
    ctx.print(QStringLiteral("%1: receipt of %2 (%3)").arg(print ? queue : out, receipt->fileCode, layoutName));
    return 0;
}

} // namespace motcua::cli
