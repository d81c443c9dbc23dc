// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Core types (QtCore only, no QML) shown to QML under MotCua.Ui.
#include "catalog/catalogstore.h"
#include "catalog/procedurelistmodel.h"
#include "catalog/proceduredetail.h"
#include "catalog/topiclistmodel.h"
#include "forms/addressbook.h"
#include "forms/stepfieldmodel.h"
#include "forms/walkthrough.h"
#include "payment/paymentdesk.h"
#include "qr/camerascanner.h"
#include "qr/scaninbox.h"
#include "outbox/outboxmodel.h"
#include "outbox/statuslookup.h"
#include "outbox/syncengine.h"
#include "receipt/receiptdesk.h"
#include "session/clerkdesk.h"
#include "session/kiosksession.h"
#include "session/ratingdesk.h"
#include "voice/voiceguide.h"

#include <QQmlEngine>

namespace motcua::qml {

struct CatalogStoreForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::CatalogStore)
    QML_NAMED_ELEMENT(CatalogStore)
    QML_UNCREATABLE("CatalogStore is provided by Kiosk.catalog")
};

struct ProcedureListModelForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::ProcedureListModel)
    QML_NAMED_ELEMENT(ProcedureListModel)
};

struct TopicListModelForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::TopicListModel)
    QML_NAMED_ELEMENT(TopicListModel)
};

struct ProcedureDetailForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::ProcedureDetail)
    QML_NAMED_ELEMENT(ProcedureDetail)
};

struct AddressBookForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::AddressBook)
    QML_NAMED_ELEMENT(AddressBook)
    QML_UNCREATABLE("AddressBook is provided by Kiosk.addresses")
};

struct ScanInboxForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::ScanInbox)
    QML_NAMED_ELEMENT(ScanInbox)
    QML_UNCREATABLE("ScanInbox is provided by Kiosk.scans")
};

struct CameraScannerForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::CameraScanner)
    QML_NAMED_ELEMENT(CameraScanner)
    QML_UNCREATABLE("CameraScanner is provided by Kiosk.camera")
};

struct PaymentDeskForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::PaymentDesk)
    QML_NAMED_ELEMENT(PaymentDesk)
    QML_UNCREATABLE("PaymentDesk is provided by Kiosk.payment")
};

struct ReceiptDeskForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::ReceiptDesk)
    QML_NAMED_ELEMENT(ReceiptDesk)
    QML_UNCREATABLE("ReceiptDesk is provided by Kiosk.receipts")
};

struct SyncEngineForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::SyncEngine)
    QML_NAMED_ELEMENT(SyncEngine)
    QML_UNCREATABLE("SyncEngine is provided by Kiosk.sync")
};

struct OutboxModelForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::OutboxModel)
    QML_NAMED_ELEMENT(OutboxModel)
    QML_UNCREATABLE("OutboxModel is provided by Kiosk.outbox")
};

struct KioskSessionForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::KioskSession)
    QML_NAMED_ELEMENT(KioskSession)
    QML_UNCREATABLE("KioskSession is provided by Kiosk.session")
};

struct RatingDeskForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::RatingDesk)
    QML_NAMED_ELEMENT(RatingDesk)
    QML_UNCREATABLE("RatingDesk is provided by Kiosk.rating")
};

struct ClerkDeskForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::ClerkDesk)
    QML_NAMED_ELEMENT(ClerkDesk)
    QML_UNCREATABLE("ClerkDesk is provided by Kiosk.clerk")
};

struct StatusLookupForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::StatusLookup)
    QML_NAMED_ELEMENT(StatusLookup)
    QML_UNCREATABLE("StatusLookup is provided by Kiosk.statusLookup")
};

struct VoiceGuideForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::VoiceGuide)
    QML_NAMED_ELEMENT(VoiceGuide)
    QML_UNCREATABLE("VoiceGuide is provided by Kiosk.voice")
};

struct WalkthroughForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::Walkthrough)
    QML_NAMED_ELEMENT(Walkthrough)
    QML_UNCREATABLE("Walkthrough is provided by Kiosk.walkthrough")
};

struct StepFieldModelForeign
{
    Q_GADGET
    QML_FOREIGN(motcua::StepFieldModel)
    QML_NAMED_ELEMENT(StepFieldModel)
    QML_UNCREATABLE("StepFieldModel is provided by Kiosk.walkthrough.fields")
};

} // namespace motcua::qml
