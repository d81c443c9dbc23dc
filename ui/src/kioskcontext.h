// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogstore.h"
#include "catalog/catalogupdater.h"
#include "config/kioskconfig.h"
#include "forms/addressbook.h"
#include "forms/walkthrough.h"
#include "payment/paymentdesk.h"
#include "qr/camerascanner.h"
#include "receipt/receiptdesk.h"
#include "session/accesspreferences.h"
#include "session/auditlog.h"
#include "session/clerkaccounts.h"
#include "session/clerkdesk.h"
#include "session/clerkgate.h"
#include "session/kiosksession.h"
#include "session/ratingdesk.h"
#include "qr/scaninbox.h"
#include "voice/voiceguide.h"
#include "countertools.h"
#include "kiosktranslator.h"
#include "outbox/filingstore.h"
#include "outbox/portalclient.h"
#include "outbox/outboxmodel.h"
#include "outbox/statuslookup.h"
#include "outbox/syncengine.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <functional>
#include <memory>

namespace motcua {

// The services of one running kiosk, owned here and shown to QML as the singleton `Kiosk`.
// main() (or a test's setup) creates it before the QML engine and keeps it alive.
class KioskContext : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Kiosk)
    QML_SINGLETON
    Q_PROPERTY(motcua::CatalogStore *catalog READ catalog CONSTANT)
    Q_PROPERTY(motcua::Walkthrough *walkthrough READ walkthrough CONSTANT)
    Q_PROPERTY(motcua::AddressBook *addresses READ addresses CONSTANT)
    Q_PROPERTY(motcua::ScanInbox *scans READ scans CONSTANT)
    Q_PROPERTY(motcua::CameraScanner *camera READ camera CONSTANT)
    Q_PROPERTY(motcua::VoiceGuide *voice READ voice CONSTANT)
    Q_PROPERTY(motcua::PaymentDesk *payment READ payment CONSTANT)
    Q_PROPERTY(motcua::ReceiptDesk *receipts READ receipts CONSTANT)
    Q_PROPERTY(motcua::SyncEngine *sync READ sync CONSTANT)
    Q_PROPERTY(motcua::StatusLookup *statusLookup READ statusLookup CONSTANT)
    Q_PROPERTY(motcua::OutboxModel *outbox READ outbox CONSTANT)
    Q_PROPERTY(motcua::KioskSession *session READ session CONSTANT)
    Q_PROPERTY(motcua::RatingDesk *rating READ rating CONSTANT)
    Q_PROPERTY(motcua::ClerkDesk *clerk READ clerkDesk CONSTANT)
    Q_PROPERTY(motcua::CounterTools *tools READ tools CONSTANT)
    Q_PROPERTY(motcua::AccessPreferences *access READ access CONSTANT)
    Q_PROPERTY(QString communeName READ communeName CONSTANT)
    Q_PROPERTY(QString hotline READ hotline CONSTANT)
    Q_PROPERTY(QString agencyCode READ agencyCode CONSTANT)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds CONSTANT)
    Q_PROPERTY(QString language READ language NOTIFY languageChanged)
    Q_PROPERTY(QStringList featuredProcedures READ featuredProcedures CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    // The staff database's two parts: clerks' accounts and the audit log.
    struct StaffStores
    {
        std::unique_ptr<ClerkAccounts> accounts;
        std::unique_ptr<AuditLog> audit;
        [[nodiscard]] static Result<StaffStores> open(const QString &path);
    };

    // Loads nothing by itself: give it a config, an open catalog, filing store and staff stores.
    KioskContext(KioskConfig config, std::unique_ptr<CatalogStore> catalog,
                 std::unique_ptr<FilingStore> filings, StaffStores staff);
    ~KioskContext() override;

    // Config from the default files (or `configFile`), catalog at the configured path (or
    // `dbPath`), seeded with the demo catalog when empty; drafts and outbox at the configured
    // path (or `filingsPath`).
    [[nodiscard]] static Result<std::unique_ptr<KioskContext>> start(const QString &configFile = {},
                                                                     const QString &dbPath = {},
                                                                     const QString &filingsPath = {},
                                                                     const QString &staffPath = {},
                                                                     const std::function<void(KioskConfig &)> &adjust = {});

    // QML_SINGLETON factory: hands QML the instance main() made.
    static KioskContext *create(QQmlEngine *, QJSEngine *);
    static void setInstance(KioskContext *instance);

    [[nodiscard]] CatalogStore *catalog() const { return m_catalog.get(); }
    [[nodiscard]] Walkthrough *walkthrough() const { return m_walkthrough.get(); }
    [[nodiscard]] AddressBook *addresses() const { return m_addresses.get(); }
    [[nodiscard]] ScanInbox *scans() const { return m_scans.get(); }
    [[nodiscard]] CameraScanner *camera() const { return m_camera.get(); }
    [[nodiscard]] VoiceGuide *voice() const { return m_voice.get(); }
    [[nodiscard]] PaymentDesk *payment() const { return m_payment.get(); }
    [[nodiscard]] ReceiptDesk *receipts() const { return m_receipts.get(); }
    [[nodiscard]] SyncEngine *sync() const { return m_sync.get(); }
    [[nodiscard]] StatusLookup *statusLookup() const { return m_statusLookup.get(); }
    [[nodiscard]] OutboxModel *outbox() const { return m_outbox.get(); }
    [[nodiscard]] FilingStore *filings() const { return m_filings.get(); }
    [[nodiscard]] KioskSession *session() const { return m_session.get(); }
    [[nodiscard]] RatingDesk *rating() const { return m_rating.get(); }
    [[nodiscard]] ClerkDesk *clerkDesk() const { return m_clerkDesk.get(); }
    [[nodiscard]] ClerkGate *clerkGate() const { return m_clerkGate.get(); }
    [[nodiscard]] AuditLog *auditLog() const { return m_staff.audit.get(); }
    [[nodiscard]] ClerkAccounts *clerkAccounts() const { return m_staff.accounts.get(); }
    [[nodiscard]] CatalogUpdater *catalogUpdater() const { return m_catalogUpdater.get(); }
    [[nodiscard]] CounterTools *tools() const { return m_tools.get(); }
    [[nodiscard]] AccessPreferences *access() const { return m_access.get(); }
    // Why the language's translation could not be loaded, or empty.
    [[nodiscard]] QString translationProblem() const { return m_translator.problem(); }
    [[nodiscard]] QString communeName() const { return m_config.communeName; }
    [[nodiscard]] QString hotline() const { return m_config.hotline; }
    [[nodiscard]] QString agencyCode() const { return m_config.agencyCode; }
    [[nodiscard]] int idleTimeoutSeconds() const { return m_config.idleTimeoutSeconds; }
    // The language the screens show now (the citizen may switch it; the config gives the first).
    [[nodiscard]] QString language() const { return m_access->language(); }
    [[nodiscard]] QStringList featuredProcedures() const { return m_config.featuredProcedures; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] const KioskConfig &config() const { return m_config; }

    // The citizen is done ("Kết thúc", or the last screen of a filing): everything of theirs
    // is forgotten now, as after idle.
    Q_INVOKABLE void endSession(const QString &reason = QStringLiteral("finished"));

Q_SIGNALS:
    // Every service has forgotten the session; the screens go home and clear themselves.
    void sessionWiped(const QString &reason);
    void languageChanged();

private:
    void wipeSession(const QString &reason);
    void holdWhilePaymentShows();

    KioskConfig m_config;
    std::unique_ptr<CatalogStore> m_catalog;
    std::unique_ptr<FilingStore> m_filings;
    StaffStores m_staff;
    std::unique_ptr<ClerkGate> m_clerkGate;
    std::unique_ptr<Walkthrough> m_walkthrough;
    std::unique_ptr<AddressBook> m_addresses = std::make_unique<AddressBook>();
    std::unique_ptr<ScanInbox> m_scans = std::make_unique<ScanInbox>(m_walkthrough.get());
    std::unique_ptr<CameraScanner> m_camera;
    std::unique_ptr<VoiceGuide> m_voice;
    KioskTranslator m_translator;
    std::unique_ptr<AccessPreferences> m_access;
    std::unique_ptr<PaymentDesk> m_payment;
    std::unique_ptr<ReceiptDesk> m_receipts;
    std::unique_ptr<PortalClient> m_portal;
    std::unique_ptr<SyncEngine> m_sync;
    std::unique_ptr<StatusLookup> m_statusLookup;
    std::unique_ptr<OutboxModel> m_outbox;
    std::unique_ptr<CatalogUpdater> m_catalogUpdater;
    std::unique_ptr<KioskSession> m_session;
    std::unique_ptr<RatingDesk> m_rating = std::make_unique<RatingDesk>(m_filings.get());
    std::unique_ptr<ClerkDesk> m_clerkDesk;
    std::unique_ptr<CounterTools> m_tools;
    QTimer m_catalogCheck;
};

} // namespace motcua
