// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogstore.h"
#include "config/kioskconfig.h"

#include <QObject>
#include <QQmlEngine>

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
    Q_PROPERTY(QString communeName READ communeName CONSTANT)
    Q_PROPERTY(QString hotline READ hotline CONSTANT)
    Q_PROPERTY(QString agencyCode READ agencyCode CONSTANT)
    Q_PROPERTY(int idleTimeoutSeconds READ idleTimeoutSeconds CONSTANT)
    Q_PROPERTY(QString language READ language CONSTANT)
    Q_PROPERTY(QStringList featuredProcedures READ featuredProcedures CONSTANT)
    Q_PROPERTY(QString version READ version CONSTANT)

public:
    // Loads nothing by itself: give it a config and an open catalog.
    KioskContext(KioskConfig config, std::unique_ptr<CatalogStore> catalog);
    ~KioskContext() override;

    // Config from the default files (or `configFile`), catalog at the configured path (or
    // `dbPath`), seeded with the demo catalog when empty.
    [[nodiscard]] static Result<std::unique_ptr<KioskContext>> start(const QString &configFile = {},
                                                                     const QString &dbPath = {});

    // QML_SINGLETON factory: hands QML the instance main() made.
    static KioskContext *create(QQmlEngine *, QJSEngine *);
    static void setInstance(KioskContext *instance);

    [[nodiscard]] CatalogStore *catalog() const { return m_catalog.get(); }
    [[nodiscard]] QString communeName() const { return m_config.communeName; }
    [[nodiscard]] QString hotline() const { return m_config.hotline; }
    [[nodiscard]] QString agencyCode() const { return m_config.agencyCode; }
    [[nodiscard]] int idleTimeoutSeconds() const { return m_config.idleTimeoutSeconds; }
    [[nodiscard]] QString language() const { return m_config.language; }
    [[nodiscard]] QStringList featuredProcedures() const { return m_config.featuredProcedures; }
    [[nodiscard]] QString version() const;
    [[nodiscard]] const KioskConfig &config() const { return m_config; }

private:
    KioskConfig m_config;
    std::unique_ptr<CatalogStore> m_catalog;
};

} // namespace motcua
