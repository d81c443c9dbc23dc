// SPDX-License-Identifier: GPL-3.0-or-later
#include "receiptdesk.h"

#include "catalog/catalogstore.h"
#include "outbox/filingstore.h"

#include <QLoggingCategory>
#include <QPrinterInfo>

namespace motcua {

Q_LOGGING_CATEGORY(lcReceipt, "motcua.receipt")

Result<ReceiptData> loadReceipt(const FilingStore &filings, const CatalogStore &catalog, const QString &fileCode,
                                const QString &communeName, const QString &hotline, const QTimeZone &officeZone)
{
    const auto filing = filings.filingByCode(fileCode);
    if (!filing)
        return Error{filing.error()};
    if (!filing.value())
        return Error{QStringLiteral("no filing %1 in the outbox").arg(fileCode)};
    return ReceiptData::from(**filing, catalog.procedure((*filing)->submission.procedureCode), communeName, hotline,
                             officeZone);
}

ReceiptDesk::ReceiptDesk(FilingStore *filings, const CatalogStore *catalog, Settings settings, QObject *parent)
    : QObject(parent), m_filings(filings), m_catalog(catalog), m_settings(std::move(settings))
{
    m_recheck.setSingleShot(true);
    m_recheck.setInterval(m_settings.recheckMs);
    connect(&m_recheck, &QTimer::timeout, this, &ReceiptDesk::recheckQueue);
}

bool ReceiptDesk::print(const QString &fileCode)
{
    m_fileCode = fileCode;
    m_recheck.stop();
    if (!canPrint()) {
        settle(QStringLiteral("failed"), tr("Máy này không có máy in biên nhận. Cán bộ một cửa sẽ in cho bạn."));
        return false;
    }
    const auto receipt = loadReceipt(*m_filings, *m_catalog, fileCode, m_settings.communeName, m_settings.hotline,
                                     m_settings.officeZone);
    if (!receipt) {
        qCWarning(lcReceipt).noquote() << "receipt not printed:" << receipt.error();
        settle(QStringLiteral("failed"), tr("Không tìm thấy hồ sơ này trên máy. Hãy báo cán bộ một cửa."));
        return false;
    }
    const Status printed = Receipt::print(*receipt, m_settings.layout, m_settings.printerQueue);
    if (!printed) {
        qCWarning(lcReceipt).noquote() << "receipt of" << fileCode << "not printed:" << printed.error();
        settle(QStringLiteral("failed"),
               tr("Máy in biên nhận đang lỗi, chưa in được. Hãy báo cán bộ một cửa: cán bộ sẽ in lại cho bạn."));
        return false;
    }
    qCInfo(lcReceipt).noquote() << "receipt of" << fileCode << "sent to printer queue" << m_settings.printerQueue;
    settle(QStringLiteral("printed"), tr("Đang in giấy biên nhận. Hãy nhận giấy ở khe máy in."));
    m_recheck.start();
    return true;
}

void ReceiptDesk::recheckQueue()
{
    if (m_state != QLatin1String("printed"))
        return;
    // CUPS stops a queue whose printer failed the job (out of paper, cover open, unplugged).
    if (QPrinterInfo::printerInfo(m_settings.printerQueue).state() == QPrinter::Error) {
        qCWarning(lcReceipt).noquote() << "printer queue" << m_settings.printerQueue << "stopped after the receipt of"
                                       << m_fileCode;
        settle(QStringLiteral("failed"),
               tr("Máy in biên nhận báo lỗi (hết giấy hoặc kẹt giấy?). Hãy báo cán bộ một cửa: cán bộ sẽ in lại cho bạn."));
    }
}

void ReceiptDesk::clear()
{
    m_recheck.stop();
    m_fileCode.clear();
    settle(QStringLiteral("idle"), {});
}

void ReceiptDesk::settle(const QString &state, const QString &message)
{
    m_state = state;
    m_message = message;
    Q_EMIT changed();
}

} // namespace motcua
