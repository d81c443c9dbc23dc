// SPDX-License-Identifier: GPL-3.0-or-later
#include "countertools.h"

#include "kioskcontext.h"
#include "diagnostics/storagechecks.h"
#include "diagnostics/systemchecks.h"
#include "forms/draftshelf.h"
#include "poster/qrposter.h"
#include "outbox/satisfaction.h"
#include "session/auditlog.h"
#include "session/counterstats.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QVariantMap>

namespace motcua {

Q_LOGGING_CATEGORY(lcCounterTools, "motcua.clerk.tools")

namespace {

QVariantMap fact(const QString &label, const QString &value, bool ok = true)
{
    return {{QStringLiteral("label"), label}, {QStringLiteral("value"), value}, {QStringLiteral("ok"), ok}};
}

} // namespace

CounterTools::CounterTools(KioskContext *kiosk) : QObject(kiosk), m_kiosk(kiosk) {}

bool CounterTools::allowed(bool technicianOnly) const
{
    const ClerkDesk *desk = m_kiosk->clerkDesk();
    return desk->loggedIn() && (!technicianOnly || desk->technician());
}

QVariantList CounterTools::keptDrafts() const
{
    QVariantList list;
    if (!allowed())
        return list;
    const auto drafts = m_kiosk->filings()->keptDrafts();
    if (!drafts) {
        qCWarning(lcCounterTools).noquote() << "cannot list kept drafts:" << drafts.error();
        return list;
    }
    const QTimeZone zone = m_kiosk->config().timeZone;
    for (const Draft &d : drafts.value()) {
        const auto procedure = m_kiosk->catalog()->procedure(d.procedureCode);
        list.append(QVariantMap{
            {QStringLiteral("code"), d.keptCode},
            {QStringLiteral("procedureName"), procedure ? procedure->name : d.procedureCode},
            {QStringLiteral("applicantInitials"), DraftShelf::initials(d.applicantName)},
            {QStringLiteral("updatedText"), d.updatedAt.toTimeZone(zone).toString(tr("HH:mm 'ngày' dd/MM"))}});
    }
    return list;
}

bool CounterTools::printPosters()
{
    if (!allowed())
        return false;
    QList<Procedure> procedures;
    for (const QString &code : m_kiosk->featuredProcedures())
        if (auto p = m_kiosk->catalog()->procedure(code))
            procedures.append(std::move(*p));
    const QString folder = QFileInfo(m_kiosk->filings()->path()).absolutePath();
    const QString path = QDir(folder).filePath(QStringLiteral("ap-phich-thu-tuc.pdf"));
    const auto pages = QrPoster::write(procedures, {m_kiosk->communeName(), m_kiosk->hotline()}, path);
    if (!pages) {
        qCWarning(lcCounterTools).noquote() << "posters not written:" << pages.error();
        setMessage(tr("Không tạo được áp phích."));
        return false;
    }
    m_kiosk->clerkGate()->record(QStringLiteral("posters_printed"), QString::number(pages.value()));
    const QString notPrinted =
        tr("Máy chưa có máy in A4. Đã lưu %1 trang áp phích tại %2").arg(pages.value()).arg(path);
    if (QStandardPaths::findExecutable(QStringLiteral("lp")).isEmpty()) {
        setMessage(notPrinted);
        return true;
    }
    // To the default CUPS printer, without holding up the screen.
    setMessage(tr("Đang gửi áp phích đến máy in…"));
    auto *lp = new QProcess(this);
    connect(lp, &QProcess::finished, this, [this, lp, notPrinted, pages = pages.value(), path](int code, QProcess::ExitStatus status) {
        if (status == QProcess::NormalExit && code == 0) {
            setMessage(tr("Đã gửi %1 trang áp phích đến máy in. Tệp PDF: %2").arg(pages).arg(path));
        } else {
            qCInfo(lcCounterTools).noquote() << "posters not printed:" << QString::fromLocal8Bit(lp->readAllStandardError()).trimmed();
            setMessage(notPrinted);
        }
        lp->deleteLater();
    });
    connect(lp, &QProcess::errorOccurred, this, [this, lp, notPrinted](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart) {
            setMessage(notPrinted);
            lp->deleteLater();
        }
    });
    lp->start(QStringLiteral("lp"), {path});
    return true;
}

QVariantList CounterTools::diagnostics() const
{
    QVariantList list;
    if (!allowed(true))
        return list;
    const QLocale vi(QLocale::Vietnamese);
    list.append(fact(tr("Phiên bản"), m_kiosk->version()));
    list.append(fact(tr("Danh mục thủ tục"),
                     tr("%1 thủ tục, phiên bản %2")
                         .arg(m_kiosk->catalog()->procedureCount())
                         .arg(m_kiosk->catalog()->catalogVersion())));
    const SyncEngine *sync = m_kiosk->sync();
    list.append(fact(tr("Cổng dịch vụ công"), sync->statusText(), sync->online()));
    list.append(fact(tr("Hồ sơ chờ gửi / bị lỗi"),
                     QStringLiteral("%1 / %2").arg(sync->waiting()).arg(sync->failed()), sync->failed() == 0));
    const auto chain = m_kiosk->auditLog()->verify();
    list.append(fact(tr("Nhật ký thao tác"),
                     !chain ? chain.error()
                     : chain->ok ? tr("nguyên vẹn, %1 mục").arg(chain->entries)
                                 : tr("BỊ SỬA: %1").arg(chain->problem),
                     chain && chain->ok));
    // The same checks and thresholds as `motcua diagnostics` (core/diagnostics), with Vietnamese labels.
    const HealthCheck disk = StorageChecks::disk(m_kiosk->filings()->path());
    const qint64 freeMb = disk.values.value(QStringLiteral("freeBytes")).toInteger() / (1024 * 1024);
    list.append(fact(tr("Ổ đĩa còn trống"), vi.toString(freeMb) + QStringLiteral(" MB"), disk.health == Health::Ok));
    const HealthCheck voice = SystemChecks::voice(*m_kiosk->voice());
    list.append(fact(tr("Giọng đọc"),
                     m_kiosk->voice()->available() ? m_kiosk->voice()->voiceName() : m_kiosk->voice()->problem(),
                     voice.health == Health::Ok));
    const HealthCheck printer = SystemChecks::printer(m_kiosk->config());
    list.append(fact(tr("Máy in biên nhận"),
                     m_kiosk->receipts()->canPrint() ? m_kiosk->config().receiptPrinter : tr("chưa cài"),
                     printer.health == Health::Ok));
    list.append(fact(tr("Dữ liệu hồ sơ"), m_kiosk->filings()->path()));
    return list;
}

QVariantList CounterTools::configEntries() const
{
    QVariantList list;
    if (!allowed(true))
        return list;
    for (const auto &[key, value] : m_kiosk->config().entries())
        list.append(QVariantMap{{QStringLiteral("key"), key}, {QStringLiteral("value"), value}});
    return list;
}

void CounterTools::updateCatalog()
{
    if (!allowed(true))
        return;
    CatalogUpdater *updater = m_kiosk->catalogUpdater();
    if (!updater) {
        setMessage(tr("Máy chưa được cài khóa xác thực danh mục (catalog_public_key)."));
        return;
    }
    setMessage(tr("Đang hỏi cổng dịch vụ công…"));
    const QString actor = m_kiosk->clerkGate()->actor();
    updater->checkNow([this, actor](const CatalogUpdater::UpdateResult &result) {
        m_kiosk->clerkDesk()->record(actor, QStringLiteral("catalog_update"), result.version, result.describe());
        switch (result.outcome) {
        case CatalogUpdater::UpdateResult::Outcome::Applied:
            setMessage(tr("Đã cập nhật danh mục lên phiên bản %1 (%2 thủ tục).").arg(result.version).arg(result.procedures));
            break;
        case CatalogUpdater::UpdateResult::Outcome::UpToDate:
            setMessage(tr("Danh mục đã là bản mới nhất (%1).").arg(result.version));
            break;
        case CatalogUpdater::UpdateResult::Outcome::Rejected:
            setMessage(tr("Bản danh mục mới bị từ chối: %1").arg(result.reason));
            break;
        case CatalogUpdater::UpdateResult::Outcome::Unreachable:
            setMessage(tr("Không kết nối được cổng dịch vụ công: %1").arg(result.reason));
            break;
        }
    });
}

std::pair<QDate, QDate> CounterTools::periodDays(const QString &period) const
{
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_kiosk->config().timeZone).date();
    const QDate monthStart(today.year(), today.month(), 1);
    if (period == QLatin1String("today"))
        return {today, today};
    if (period == QLatin1String("lastMonth"))
        return {monthStart.addMonths(-1), monthStart.addDays(-1)};
    return {monthStart, today};
}

QVariantMap CounterTools::counterStats(const QString &period) const
{
    if (!allowed())
        return {};
    const auto [from, to] = periodDays(period);
    const auto stats = CounterStats::compute(*m_kiosk->filings(), from, to, m_kiosk->config().timeZone);
    if (!stats) {
        qCWarning(lcCounterTools).noquote() << "statistics not computed:" << stats.error();
        return {};
    }
    QVariantMap map = stats->toJson().toVariantMap();
    QVariantMap labels;
    for (const RatingChoice &c : Satisfaction::ratingChoices())
        labels.insert(c.key, c.shownLabel());
    map.insert(QStringLiteral("ratingLabels"), labels);
    return map;
}

bool CounterTools::exportStats(const QString &period)
{
    if (!allowed())
        return false;
    const auto [from, to] = periodDays(period);
    const auto stats = CounterStats::compute(*m_kiosk->filings(), from, to, m_kiosk->config().timeZone);
    const QDir folder(QFileInfo(m_kiosk->filings()->path()).absolutePath());
    const QString base = QStringLiteral("thong-ke-%1-%2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
    const QString csv = folder.filePath(base + QStringLiteral(".csv"));
    const QString pdf = folder.filePath(base + QStringLiteral(".pdf"));
    Status written = stats ? stats->writeCsv(csv) : Status(Error{stats.error()});
    if (written)
        written = stats->writePdf(pdf, m_kiosk->communeName());
    if (!written) {
        qCWarning(lcCounterTools).noquote() << "statistics not exported:" << written.error();
        setMessage(tr("Không xuất được báo cáo thống kê."));
        return false;
    }
    m_kiosk->clerkGate()->record(QStringLiteral("stats_exported"), base);
    setMessage(tr("Đã lưu báo cáo: %1 và %2").arg(csv, pdf));
    return true;
}

void CounterTools::setMessage(const QString &message)
{
    m_message = message;
    Q_EMIT messageChanged();
}

} // namespace motcua
