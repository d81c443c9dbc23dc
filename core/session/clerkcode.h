// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/trylimiter.h"

#include <QCoreApplication>
#include <QString>

namespace motcua {

// The clerk code from the config, which lets a clerk act at the kiosk (confirm money, resend a
// filing) until clerk mode's PINs exist. A code is short: three wrong codes in a row lock it
// for 30 s, doubling with each further wrong code, up to 15 min.
class ClerkCode
{
    Q_DECLARE_TR_FUNCTIONS(motcua::ClerkCode)

public:
    explicit ClerkCode(QString code) : m_code(std::move(code)) {}

    // "" when `typed` is the code; else why not, for the clerk's dialog (tr()).
    [[nodiscard]] QString check(const QString &typed);

private:
    QString m_code;
    TryLimiter m_tries{{3, 30, 900}};
};

} // namespace motcua
