// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontext.h"

namespace motcua {

namespace {
KioskContext *s_instance = nullptr;
}

KioskContext::KioskContext(KioskConfig config, std::unique_ptr<CatalogStore> catalog,
                           std::unique_ptr<FilingStore> filings)
    : m_config(std::move(config)), m_catalog(std::move(catalog)), m_filings(std::move(filings)),
      m_walkthrough(std::make_unique<Walkthrough>(
          m_catalog.get(), m_filings.get(),
          Walkthrough::Settings{m_config.agencyCode, m_config.holidays, m_config.draftMaxAgeHours,
                                m_config.scanFolder, m_config.timeZone, m_config.feeOverrides})),
      m_camera(std::make_unique<CameraScanner>(m_config.camera, m_config.cameraResolution)),
      m_voice(std::make_unique<VoiceGuide>(QLocale(m_config.language == QLatin1String("en") ? QLocale::English
                                                                                             : QLocale::Vietnamese)))
{
    // Codes the camera reads take the same way as a handheld scanner's.
    connect(m_camera.get(), &CameraScanner::codeFound, m_scans.get(), &ScanInbox::handle);
    m_payment = std::make_unique<PaymentDesk>(
        m_filings.get(), PaymentDesk::Settings{m_config.payeeBin, m_config.payeeAccount, m_config.payeeName,
                                               m_config.paymentMinutes, m_config.clerkCode});
    // The fee of a filing is paid right after it is filed; the next citizen sees none of it.
    connect(m_walkthrough.get(), &Walkthrough::submitted, m_payment.get(), &PaymentDesk::show);
    m_receipts = std::make_unique<ReceiptDesk>(
        m_filings.get(), m_catalog.get(),
        ReceiptDesk::Settings{m_config.receiptPrinter,
                              Receipt::layoutNamed(m_config.receiptPaper).value_or(Receipt::Layout::Roll80),
                              m_config.communeName, m_config.hotline, m_config.timeZone});
    // Filings go to the provincial portal in the background; a new one is sent at once.
    m_portal = std::make_unique<PortalClient>(PortalClient::settingsFrom(m_config));
    m_sync = std::make_unique<SyncEngine>(m_filings.get(), m_portal.get(), SyncEngine::settingsFrom(m_config));
    connect(m_walkthrough.get(), &Walkthrough::submitted, m_sync.get(), &SyncEngine::syncNow);
    m_sync->start();
    // Signed catalog updates from the portal: a first look soon after start, then every 6 hours.
    if (!m_config.catalogPublicKey.isEmpty()) {
        m_catalogUpdater = std::make_unique<CatalogUpdater>(m_catalog.get(), m_portal.get(), m_config.catalogPublicKey);
        connect(&m_catalogCheck, &QTimer::timeout, m_catalogUpdater.get(), [this] {
            m_catalogCheck.setInterval(6 * 3600 * 1000);
            m_catalogUpdater->checkNow();
        });
        m_catalogCheck.start(30 * 1000);
    }
    m_outbox = std::make_unique<OutboxModel>(m_filings.get(), m_sync.get(), m_config.clerkCode, m_config.timeZone);
    m_outbox->setReceiptDesk(m_receipts.get());
    m_statusLookup = std::make_unique<StatusLookup>(m_filings.get(), m_portal.get(), m_config.agencyCode,
                                                    m_config.timeZone);
    connect(m_walkthrough.get(), &Walkthrough::sessionChanged, this, [this] {
        if (!m_walkthrough->active()) {
            m_payment->clear();
            m_receipts->clear();
        }
    });
}

KioskContext::~KioskContext()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Result<std::unique_ptr<KioskContext>> KioskContext::start(const QString &configFile,
                                                          const QString &dbPath,
                                                          const QString &filingsPath)
{
    auto config = configFile.isEmpty() ? KioskConfig::load() : KioskConfig::loadFile(configFile);
    if (!config)
        return Error{config.error()};
    auto store = CatalogStore::openSeeded(dbPath.isEmpty() ? config->effectiveDatabasePath() : dbPath);
    if (!store)
        return Error{store.error()};
    auto filings = FilingStore::open(filingsPath.isEmpty() ? config->effectiveFilingsDatabasePath() : filingsPath);
    if (!filings)
        return Error{filings.error()};
    config->warnOfUnknownFeeRules(store.value()->feeRuleIds());
    for (const QString &warning : config->warnings)
        qWarning().noquote() << "config:" << warning;
    return std::make_unique<KioskContext>(std::move(config).value(), std::move(store).value(),
                                          std::move(filings).value());
}

KioskContext *KioskContext::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "KioskContext::create", "setInstance() must run before QML loads");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void KioskContext::setInstance(KioskContext *instance)
{
    s_instance = instance;
}

QString KioskContext::version() const
{
    return QStringLiteral(MOTCUA_VERSION);
}

} // namespace motcua
