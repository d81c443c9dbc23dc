// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/clerkcode.h"

#include <QObject>

namespace motcua {

// Who may do a clerk's action at the kiosk (confirm money, decide an exemption, resend,
// reprint): the clerk logged in to clerk mode, or whoever types the config's clerk code. One
// gate for the whole kiosk, so wrong codes count together wherever they are typed. Every
// action let through is reported with `acted` (for the audit log): the file code, never the
// citizen's data.
class ClerkGate : public QObject
{
    Q_OBJECT
public:
    explicit ClerkGate(const QString &configCode, QObject *parent = nullptr)
        : QObject(parent), m_code(configCode)
    {
    }

    // Clerk mode: `name` (role clerk | technician) acts without typing a code until cleared.
    void setActing(const QString &name, const QString &role);
    void clearActing() { setActing({}, {}); }
    [[nodiscard]] bool isActing() const { return !m_actingName.isEmpty(); }
    [[nodiscard]] QString actingName() const { return m_actingName; }
    [[nodiscard]] QString actingRole() const { return m_actingRole; }

    // "" when the action may go ahead; else why not, for the clerk's dialog (tr()).
    [[nodiscard]] QString check(const QString &typedCode);
    // Who is recorded as having done it: the clerk's name, or "cán bộ tại quầy" (code typed).
    [[nodiscard]] QString who() const;
    // The audit log's actor: "clerk:Name", "technician:Name", or "clerk-code".
    [[nodiscard]] QString actor() const;
    // Tells the audit log that `action` was done on `object` (a file code).
    void record(const QString &action, const QString &object, const QString &detail = {});

Q_SIGNALS:
    void actingChanged();
    void acted(const QString &actor, const QString &action, const QString &object, const QString &detail);

private:
    ClerkCode m_code;
    QString m_actingName;
    QString m_actingRole;
};

} // namespace motcua
