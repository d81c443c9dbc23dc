// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace motcua {

class KioskContext;
class UiDriver;

// One citizen at the kiosk, through the real screens: searches (without and with accents),
// opens a procedure, shows a poster's QR code to the camera (a video file), files the
// procedure step by step, pays by bank transfer (VietQR, confirmed by the clerk's code), rates
// the service, starts another search and walks away: the idle wipe forgets it all.
class CitizenVisit
{
public:
    // The procedure the camera's video shows (its demo answers file it; it has a fee).
    static constexpr const char *kPosterProcedure = "2.000815";

    CitizenVisit(UiDriver &ui, KioskContext &kiosk, QString clerkCode);

    // Visit number `n` (the search words and the rating vary with it). False with `error` set
    // at the first step that did not happen.
    [[nodiscard]] bool run(int n, QString *error);

private:
    bool search(const QString &words, QString *error);
    // The search screen with `words` typed into its field (emptied first).
    bool openSearchAndType(const QString &words);
    bool scanPoster(QString *error);
    bool fileAndPay(QString *error);
    bool rate(int n, QString *error);
    bool walkAway(QString *error);

    UiDriver &m_ui;
    KioskContext &m_kiosk;
    QString m_clerkCode;
};

} // namespace motcua
