// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/cataloglink.h"

#include <QAbstractListModel>

namespace motcua {

// The catalog's topics (lĩnh vực) with how many procedures each holds, in the kiosk's language
// (UiLanguage), shown again when it changes.
class TopicListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(motcua::CatalogStore *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { IdRole = Qt::UserRole + 1, NameRole, DescriptionRole, IconRole, ProcedureCountRole };
    Q_ENUM(Role)

    explicit TopicListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] CatalogStore *catalog() const { return m_catalog.get(); }
    void setCatalog(CatalogStore *catalog);
    Q_INVOKABLE [[nodiscard]] QString nameOf(const QString &topicId) const;

Q_SIGNALS:
    void catalogChanged();
    void countChanged();

private:
    void reload();
    void languageChanged();

    CatalogLink m_catalog;
    QList<TopicSummary> m_rows;
};

} // namespace motcua
