// SPDX-License-Identifier: GPL-3.0-or-later
#include "kioskcontext.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QInputMethod>

namespace motcua {

namespace {
KioskContext *s_instance = nullptr;
}

Result<KioskContext::StaffStores> KioskContext::StaffStores::open(const QString &path)
{
    auto accounts = ClerkAccounts::open(path);
    if (!accounts)
        return Error{accounts.error()};
    auto audit = AuditLog::open(path);
    if (!audit)
        return Error{audit.error()};
    return StaffStores{std::move(accounts).value(), std::move(audit).value()};
}

KioskContext::KioskContext(KioskConfig config, std::unique_ptr<CatalogStore> catalog,
                           std::unique_ptr<FilingStore> filings, StaffStores staff)
    : m_config(std::move(config)), m_catalog(std::move(catalog)), m_filings(std::move(filings)),
      m_staff(std::move(staff)), m_clerkGate(std::make_unique<ClerkGate>(m_config.clerkCode)),
      m_walkthrough(std::make_unique<Walkthrough>(
          m_catalog.get(), m_filings.get(),
          Walkthrough::Settings{m_config.agencyCode, m_config.holidays, m_config.draftMaxAgeHours,
                                m_config.scanFolder, m_config.timeZone, m_config.feeOverrides})),
      m_camera(std::make_unique<CameraScanner>(m_config.camera, m_config.cameraResolution)),
      m_voice(std::make_unique<VoiceGuide>(m_config.language, m_config.voiceEngine))
{
    // Language, text size, contrast and voice: what the config says until a citizen changes
    // them; the screens' qsTr() texts follow the language live.
    m_translator.install(m_config.language);
    m_access = std::make_unique<AccessPreferences>(
        AccessPreferences::Defaults{m_config.language, m_config.textSize, m_config.highContrast, m_config.voice,
                                    m_config.voiceRate},
        m_voice.get(), [this](const QString &language) { m_translator.install(language); });
    connect(m_access.get(), &AccessPreferences::languageChanged, this, [this] {
        m_translator.retranslate();
        Q_EMIT languageChanged();
    });
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
    // Clerk mode: one gate for every clerk action, the login desk, the clerk screen's tools.
    m_payment->setClerkGate(m_clerkGate.get());
    m_outbox->setClerkGate(m_clerkGate.get());
    m_clerkDesk = std::make_unique<ClerkDesk>(m_staff.accounts.get(), m_staff.audit.get(), m_clerkGate.get(),
                                              m_config.clerkIdleMinutes);
    connect(m_clerkGate.get(), &ClerkGate::acted, m_clerkDesk.get(), &ClerkDesk::record);
    connect(m_clerkGate.get(), &ClerkGate::actingChanged, this, [this] {
        m_walkthrough->setFiledBy(m_clerkGate->isActing() ? m_clerkGate->actingName() : QString());
    });
    connect(m_walkthrough.get(), &Walkthrough::submitted, this, [this](const QString &fileCode) {
        if (m_clerkGate->isActing())
            m_clerkGate->record(QStringLiteral("filing_on_behalf"), fileCode);
    });
    m_tools = std::make_unique<CounterTools>(this);
    m_statusLookup = std::make_unique<StatusLookup>(m_filings.get(), m_portal.get(), m_config.agencyCode,
                                                    m_config.timeZone);
    connect(m_walkthrough.get(), &Walkthrough::sessionChanged, this, [this] {
        if (!m_walkthrough->active()) {
            m_payment->clear();
            m_receipts->clear();
        }
    });
    // One citizen at a time: idle, "Kết thúc" or the end of a filing wipes what they left.
    m_session = std::make_unique<KioskSession>(KioskSession::Settings{m_config.idleTimeoutSeconds, 20});
    connect(m_session.get(), &KioskSession::wipeRequested, this, &KioskContext::wipeSession);
    connect(m_scans.get(), &ScanInbox::scanned, m_session.get(), &KioskSession::touched);
    connect(m_session.get(), &KioskSession::activity, m_clerkDesk.get(), &ClerkDesk::touched);
    // The clerk left (by hand or idle) in the middle of a filing on someone's behalf: it must
    // not linger for whoever comes next.
    connect(m_clerkDesk.get(), &ClerkDesk::loggedOut, this, [this] {
        if (m_walkthrough->active())
            endSession(QStringLiteral("clerk logged out"));
    });
    connect(m_payment.get(), &PaymentDesk::changed, this, &KioskContext::holdWhilePaymentShows);
    connect(m_payment.get(), &PaymentDesk::secondsLeftChanged, this, &KioskContext::holdWhilePaymentShows);
    if (QCoreApplication::instance())
        m_session->listenTo(QCoreApplication::instance());
}

void KioskContext::endSession(const QString &reason)
{
    if (m_session->state() == QLatin1String("none"))
        wipeSession(reason); // nothing was touched (a test, a scan-only visit): wipe all the same
    else
        m_session->end(reason);
}

void KioskContext::wipeSession(const QString &reason)
{
    // A draft the citizen chose to keep stays in the store; every other answer and photo goes.
    m_walkthrough->forgetSession();
    m_payment->clear();
    m_receipts->clear();
    m_statusLookup->clear();
    m_rating->clear();
    m_scans->forget();
    m_camera->stop();
    m_voice->forget();
    m_access->reset();
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        QGuiApplication::clipboard()->clear();
        QGuiApplication::inputMethod()->reset();
        QGuiApplication::inputMethod()->hide();
    }
    m_clerkDesk->record(QStringLiteral("kiosk"), QStringLiteral("wipe"), reason);
    m_clerkDesk->sessionWiped(reason);
    Q_EMIT sessionWiped(reason);
}

// The payment code must stay while the citizen scans it with a phone: no idle question then.
void KioskContext::holdWhilePaymentShows()
{
    const QString hold = QStringLiteral("payment");
    if (m_payment->offersTransfer() && m_payment->secondsLeft() > 0)
        m_session->hold(hold);
    else
        m_session->release(hold);
}

KioskContext::~KioskContext()
{
    if (s_instance == this)
        s_instance = nullptr;
}

Result<std::unique_ptr<KioskContext>> KioskContext::start(const QString &configFile,
                                                          const QString &dbPath,
                                                          const QString &filingsPath,
                                                          const QString &staffPath,
                                                          const std::function<void(KioskConfig &)> &adjust)
{
    auto config = configFile.isEmpty() ? KioskConfig::load() : KioskConfig::loadFile(configFile);
    if (!config)
        return Error{config.error()};
    if (adjust)
        adjust(config.value());
    auto store = CatalogStore::openSeeded(dbPath.isEmpty() ? config->effectiveDatabasePath() : dbPath);
    if (!store)
        return Error{store.error()};
    auto filings = FilingStore::open(filingsPath.isEmpty() ? config->effectiveFilingsDatabasePath() : filingsPath);
    if (!filings)
        return Error{filings.error()};
    auto staff = StaffStores::open(staffPath.isEmpty() ? config->effectiveStaffDatabasePath() : staffPath);
    if (!staff)
        return Error{staff.error()};
    config->warnOfUnknownFeeRules(store.value()->feeRuleIds());
    for (const QString &warning : config->warnings)
        qWarning().noquote() << "config:" << warning;
    return std::make_unique<KioskContext>(std::move(config).value(), std::move(store).value(),
                                          std::move(filings).value(), std::move(staff).value());
}

KioskContext *KioskContext::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "KioskContext::create", "setInstance() must run before QML loads");
    s_instance->m_translator.setEngine(engine);
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
