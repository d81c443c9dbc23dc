// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>
#include <QVariantList>

namespace motcua {

class FilingStore;

// The satisfaction screen after a filing: four faces, optional reasons, stored with the filing
// (anonymous: nothing of the citizen) for the statistics and the portal.
class RatingDesk : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QVariantList choices READ choices CONSTANT) // [{ key, label (shown) }], best first
    Q_PROPERTY(QVariantList reasons READ reasons CONSTANT) // [{ key, label }]
    Q_PROPERTY(QString fileCode READ fileCode NOTIFY changed)
    Q_PROPERTY(QString chosen READ chosen NOTIFY changed)
    Q_PROPERTY(QStringList chosenReasons READ chosenReasons NOTIFY changed)
    Q_PROPERTY(QString state READ state NOTIFY changed) // idle | choosing | saved | failed
    Q_PROPERTY(QString message READ message NOTIFY changed) // tr(), as of the last move

public:
    explicit RatingDesk(FilingStore *store, QObject *parent = nullptr);

    [[nodiscard]] static QVariantList choices();
    [[nodiscard]] static QVariantList reasons();
    [[nodiscard]] QString fileCode() const { return m_fileCode; }
    [[nodiscard]] QString chosen() const { return m_chosen; }
    [[nodiscard]] QStringList chosenReasons() const { return m_reasons; }
    [[nodiscard]] QString state() const { return m_state; }
    [[nodiscard]] QString message() const { return m_message; }

    // The filing just confirmed is the one rated.
    Q_INVOKABLE void begin(const QString &fileCode);
    Q_INVOKABLE void choose(const QString &key);
    Q_INVOKABLE void toggleReason(const QString &key);
    // Stores the rating; false (and `message`) when nothing was chosen or the store refused.
    Q_INVOKABLE bool submit();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();

private:
    FilingStore *m_store;
    QString m_fileCode;
    QString m_chosen;
    QStringList m_reasons;
    QString m_state = QStringLiteral("idle");
    QString m_message;
};

} // namespace motcua
