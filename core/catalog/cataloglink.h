// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogstore.h"

#include <QPointer>

#include <functional>

namespace motcua {

// What a model keeps of the catalog it shows: the store (which may go away) and the
// connection that reloads the model when the catalog changes.
class CatalogLink
{
public:
    // Points at `catalog` and calls `onChange` (in `context`) whenever it changes.
    // Returns false when `catalog` is already the one linked.
    bool set(CatalogStore *catalog, QObject *context, const std::function<void()> &onChange)
    {
        if (m_catalog == catalog)
            return false;
        QObject::disconnect(m_connection);
        m_catalog = catalog;
        if (catalog)
            m_connection = QObject::connect(catalog, &CatalogStore::catalogChanged, context, onChange);
        return true;
    }
    [[nodiscard]] CatalogStore *get() const { return m_catalog; }
    [[nodiscard]] CatalogStore *operator->() const { return m_catalog; }
    explicit operator bool() const { return !m_catalog.isNull(); }

private:
    QPointer<CatalogStore> m_catalog;
    QMetaObject::Connection m_connection;
};

} // namespace motcua
