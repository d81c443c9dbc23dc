// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerkgate.h"

namespace motcua {

void ClerkGate::setActing(const QString &name, const QString &role)
{
    if (name == m_actingName && role == m_actingRole)
        return;
    m_actingName = name;
    m_actingRole = role;
    Q_EMIT actingChanged();
}

QString ClerkGate::check(const QString &typedCode)
{
    if (isActing())
        return {};
    return m_code.check(typedCode);
}

QString ClerkGate::who() const
{
    return isActing() ? m_actingName : QStringLiteral("cán bộ tại quầy");
}

QString ClerkGate::actor() const
{
    return isActing() ? m_actingRole + u':' + m_actingName : QStringLiteral("clerk-code");
}

void ClerkGate::record(const QString &action, const QString &object, const QString &detail)
{
    Q_EMIT acted(actor(), action, object, detail);
}

} // namespace motcua
