// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace motcua {

class KioskContext;

// What clerk mode's screen does beyond one service: drafts kept under a code, QR posters for
// the counter, and for the technician the machine's state, the config and a catalog update.
// QML reaches it as Kiosk.tools. Nothing works unless a clerk is logged in (the technician's part
// only for a technician); every action goes to the audit log.
class CounterTools : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("CounterTools is provided by Kiosk.tools")
    Q_PROPERTY(QString message READ message NOTIFY messageChanged) // Vietnamese: the last action's outcome

public:
    explicit CounterTools(KioskContext *kiosk);

    [[nodiscard]] QString message() const { return m_message; }

    // Drafts kept with "Lưu lại": [{ code, procedureName, applicantInitials, updatedText }].
    Q_INVOKABLE [[nodiscard]] QVariantList keptDrafts() const;
    // A4 posters of the home screen's procedures, saved as a PDF and sent to the default CUPS
    // printer (lp) when there is one; `message` says where it went.
    Q_INVOKABLE bool printPosters();
    // [{ label, value, ok }]: version, catalog, outbox, portal, audit chain, disk, voice, printer.
    Q_INVOKABLE [[nodiscard]] QVariantList diagnostics() const;
    // [{ key, value }]: the effective config (secrets shown as "(set)").
    Q_INVOKABLE [[nodiscard]] QVariantList configEntries() const;
    // Asks the portal for a newer signed catalog now; `message` says what came of it.
    Q_INVOKABLE void updateCatalog();
    // The counter's statistics (CounterStats::toJson) for `period`: today | month | lastMonth,
    // on the office's clock, with `ratingLabels` (key → Vietnamese) for the chart.
    Q_INVOKABLE [[nodiscard]] QVariantMap counterStats(const QString &period) const;
    // The monthly report: CSV and PDF of `period` beside the filings database.
    Q_INVOKABLE bool exportStats(const QString &period);

Q_SIGNALS:
    void messageChanged();

private:
    void setMessage(const QString &message);
    [[nodiscard]] std::pair<QDate, QDate> periodDays(const QString &period) const;
    // Clerk mode only (a technician's tools: technicians only), whatever QML shows or hides.
    [[nodiscard]] bool allowed(bool technicianOnly = false) const;

    KioskContext *m_kiosk;
    QString m_message;
};

} // namespace motcua
