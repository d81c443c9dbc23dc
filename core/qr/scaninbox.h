// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qr/wedgedetector.h"

#include <QObject>
#include <QVariantMap>

class QCoreApplication;

namespace motcua {

class Walkthrough;

// Where every scanned code arrives — a handheld scanner anywhere in the app, later the camera
// screen — to be classified and acted on: a chip ID card fills the filing under way; anything
// else is described for the screens to route (procedure → its page, payment code → payee and
// amount, …). The CCCD itself never leaves C++ and never reaches a log.
class ScanInbox : public QObject
{
    Q_OBJECT
public:
    explicit ScanInbox(Walkthrough *walkthrough, QObject *parent = nullptr);

    // Listens to the keyboard of the whole application for scanner bursts.
    void listenTo(QCoreApplication *app);

    // { kind, procedureCode | fileCode | url | text | bank, account, amount, purpose,
    //   applied (cccd), message (for the citizen, in the kiosk's language) }
    Q_INVOKABLE QVariantMap handle(const QString &payload);

    // Forgets a half-received code (the session is wiped).
    void forget() { m_wedge.reset(); }

Q_SIGNALS:
    void scanned(const QVariantMap &result);

private:
    Walkthrough *m_walkthrough;
    WedgeDetector m_wedge;
};

} // namespace motcua
