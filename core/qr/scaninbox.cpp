// SPDX-License-Identifier: GPL-3.0-or-later
#include "scaninbox.h"

#include "forms/walkthrough.h"
#include "qr/payloadclassifier.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

namespace motcua {

Q_LOGGING_CATEGORY(lcScans, "motcua.scans")

ScanInbox::ScanInbox(Walkthrough *walkthrough, QObject *parent) : QObject(parent), m_walkthrough(walkthrough)
{
    connect(&m_wedge, &WedgeDetector::scanned, this, [this](const QString &payload) { (void)handle(payload); });
}

void ScanInbox::listenTo(QCoreApplication *app)
{
    app->installEventFilter(&m_wedge);
}

QVariantMap ScanInbox::handle(const QString &payload)
{
    const ScanPayload p = PayloadClassifier::classify(payload);
    QVariantMap result = p.summary().toVariantMap();
    switch (p.kind) {
    case ScanPayload::Kind::Cccd: {
        const bool canFill = m_walkthrough && m_walkthrough->offersCccd();
        const QString problem = canFill ? m_walkthrough->applyCccd(payload) : QString();
        result.insert(QStringLiteral("applied"), canFill && problem.isEmpty());
        result.insert(QStringLiteral("message"),
                      !canFill ? tr("Thẻ căn cước dùng để điền nhanh hồ sơ. Bạn hãy chọn thủ tục, "
                                    "rồi quét thẻ ở bước người nộp hồ sơ.")
                      : problem.isEmpty() ? tr("Đã điền thông tin từ thẻ căn cước. Bạn kiểm tra lại nhé.")
                                          : problem);
        break;
    }
    case ScanPayload::Kind::VietQr:
        // A bank the kiosk does not know by name is shown by its BIN.
        result.insert(QStringLiteral("bank"), p.vietQr.bankName().isEmpty() ? p.vietQr.bankBin : p.vietQr.bankName());
        result.insert(QStringLiteral("message"),
                      p.vietQr.amount > 0
                          ? tr("Mã chuyển khoản %1 đồng vào tài khoản %2 (%3).")
                                .arg(QLocale(QLocale::Vietnamese).toString(p.vietQr.amount), p.vietQr.account,
                                     result.value(QStringLiteral("bank")).toString())
                          : tr("Mã chuyển khoản vào tài khoản %1 (%2).")
                                .arg(p.vietQr.account, result.value(QStringLiteral("bank")).toString()));
        break;
    case ScanPayload::Kind::Url:
        result.insert(QStringLiteral("message"),
                      tr("Mã này là một đường dẫn: %1. Máy không mở đường dẫn lạ.").arg(p.url.toString()));
        break;
    case ScanPayload::Kind::Text:
        result.insert(QStringLiteral("text"), p.text);
        result.insert(QStringLiteral("message"), tr("Mã này chỉ chứa chữ: %1").arg(p.text.left(200)));
        break;
    case ScanPayload::Kind::Invalid:
        qCInfo(lcScans) << "code refused:" << p.english; // the reason, never the payload
        result.insert(QStringLiteral("message"), p.vietnamese);
        break;
    case ScanPayload::Kind::Procedure:
    case ScanPayload::Kind::FileCode:
        break; // the summary says it all: the screens route them
    }
    Q_EMIT scanned(result);
    return result;
}

} // namespace motcua
