// SPDX-License-Identifier: GPL-3.0-or-later
#include "topiclistmodel.h"

namespace motcua {

TopicListModel::TopicListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &TopicListModel::languageChanged);
}

int TopicListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant TopicListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TopicSummary &t = m_rows.at(index.row());
    const Topic topic = t.topic.localized();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return topic.name;
    case IdRole: return topic.id;
    case DescriptionRole: return topic.description;
    case IconRole: return topic.icon;
    case ProcedureCountRole: return t.procedureCount;
    default: return {};
    }
}

QHash<int, QByteArray> TopicListModel::roleNames() const
{
    return {{IdRole, "topicId"}, {NameRole, "name"}, {DescriptionRole, "description"},
            {IconRole, "iconName"}, {ProcedureCountRole, "procedureCount"}};
}

void TopicListModel::setCatalog(CatalogStore *catalog)
{
    if (!m_catalog.set(catalog, this, [this] { reload(); }))
        return;
    Q_EMIT catalogChanged();
    reload();
}

QString TopicListModel::nameOf(const QString &topicId) const
{
    for (const TopicSummary &t : m_rows)
        if (t.topic.id == topicId)
            return t.topic.localized().name;
    return {};
}

void TopicListModel::reload()
{
    beginResetModel();
    m_rows = m_catalog ? m_catalog->topics() : QList<TopicSummary>();
    endResetModel();
    Q_EMIT countChanged();
}

void TopicListModel::languageChanged()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, NameRole, DescriptionRole});
}

} // namespace motcua
