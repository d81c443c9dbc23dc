// SPDX-License-Identifier: GPL-3.0-or-later
#include "receipt.h"

#include "print/textpainter.h"

#include <QPrinter>
#include <QPrinterInfo>

namespace motcua::Receipt {

std::optional<Layout> layoutNamed(const QString &name)
{
    if (name == QLatin1String("a5"))
        return Layout::A5;
    if (name == QLatin1String("roll80"))
        return Layout::Roll80;
    return std::nullopt;
}

Status print(const ReceiptData &receipt, Layout layout, const QString &queue)
{
    const QPrinterInfo info = QPrinterInfo::printerInfo(queue);
    if (info.isNull())
        return Error{QStringLiteral("there is no printer queue '%1' (lpstat -p lists the queues)").arg(queue)};
    if (info.state() == QPrinter::Error)
        return Error{QStringLiteral("printer queue '%1' is stopped (cupsenable %1 starts it again)").arg(queue)};
    QPrinter printer(info, QPrinter::HighResolution);
    printer.setResolution(Print::kDpi);
    printer.setFullPage(true);
    // ASCII: print servers and cups-pdf make file names from the job's title.
    printer.setDocName(QStringLiteral("Bien nhan ho so %1").arg(receipt.fileCode));
    printer.setCreator(QStringLiteral("MotCua Kiosk"));
    if (!printer.setPageLayout(pageLayout(receipt, layout)))
        return Error{QStringLiteral("printer queue '%1' does not take the receipt's page size").arg(queue)};
    if (const Status painted = paint(receipt, layout, printer, printer.height()); !painted)
        return painted;
    if (printer.printerState() == QPrinter::Error || printer.printerState() == QPrinter::Aborted)
        return Error{QStringLiteral("printer queue '%1' did not take the receipt of %2").arg(queue, receipt.fileCode)};
    return Done{};
}

} // namespace motcua::Receipt
