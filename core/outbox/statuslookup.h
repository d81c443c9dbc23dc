// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "outbox/filingstore.h"
#include "outbox/portalclient.h"

#include <QObject>
#include <QTimeZone>
#include <QVariantList>

namespace motcua {

// "Tra cứu hồ sơ": how a filing stands, in plain Vietnamese, by its file code (typed or read
// from a receipt's QR). A filing still on this kiosk answers at once, network or not; one that
// has gone asks the portal, and falls back on what the kiosk last heard when it cannot.
// QML sees it as Kiosk.statusLookup.
class StatusLookup : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString state READ state NOTIFY changed) // idle | searching | found | notFound | invalid | unreachable
    Q_PROPERTY(QString fileCode READ fileCode NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(int statusCode READ statusCode NOTIFY changed)   // 0 while not at the portal
    Q_PROPERTY(QString note READ note NOTIFY changed)           // e.g. where the answer comes from
    Q_PROPERTY(QString procedureName READ procedureName NOTIFY changed)
    Q_PROPERTY(QString appointmentText READ appointmentText NOTIFY changed)
    Q_PROPERTY(QVariantList history READ history NOTIFY changed) // [{ when, text, note }], oldest first
    Q_PROPERTY(QString message READ message NOTIFY changed)     // for notFound, invalid, unreachable

public:
    StatusLookup(FilingStore *store, PortalClient *portal, QString agencyCode, QTimeZone officeZone,
                 QObject *parent = nullptr);

    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString fileCode() const { return m_fileCode; }
    [[nodiscard]] QString statusText() const { return m_statusText; }
    [[nodiscard]] int statusCode() const { return m_statusCode; }
    [[nodiscard]] QString note() const { return m_note; }
    [[nodiscard]] QString procedureName() const { return m_procedureName; }
    [[nodiscard]] QString appointmentText() const { return m_appointmentText; }
    [[nodiscard]] QVariantList history() const { return m_history; }
    [[nodiscard]] QString message() const { return m_message; }

    Q_INVOKABLE void lookUp(const QString &typed);
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    void showLocal(const Filing &filing, const QString &note);
    void showPortal(const QJsonObject &body, const std::optional<Filing> &local);
    [[nodiscard]] QVariantList historyOf(const QJsonArray &entries) const;
    void settle(const QString &state, const QString &message = {});

    FilingStore *m_store;
    PortalClient *m_portal;
    QString m_agencyCode;
    QTimeZone m_officeZone;
    int m_generation = 0;
    QString m_state = QStringLiteral("idle");
    QString m_fileCode;
    QString m_statusText;
    int m_statusCode = 0;
    QString m_note;
    QString m_procedureName;
    QString m_appointmentText;
    QVariantList m_history;
    QString m_message;
};

} // namespace motcua
