// SPDX-License-Identifier: GPL-3.0-or-later
#include "procedurelistmodel.h"

namespace motcua {

ProcedureListModel::ProcedureListModel(QObject *parent) : QAbstractListModel(parent) {}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcedureSummary &p = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return p.name;
    case CodeRole: return p.code;
    case ProvincialCodeRole: return p.provincialCode;
    case TopicIdRole: return p.topicId;
    case TopicNameRole: return p.topicName;
    case SummaryRole: return p.summary;
    case ProcessingTimeRole: return p.processingTimeText;
    default: return {};
    }
}

QHash<int, QByteArray> ProcedureListModel::roleNames() const
{
    return {{CodeRole, "code"},         {ProvincialCodeRole, "provincialCode"},
            {NameRole, "name"},         {TopicIdRole, "topicId"},
            {TopicNameRole, "topicName"}, {SummaryRole, "summary"},
            {ProcessingTimeRole, "processingTime"}};
}

void ProcedureListModel::setCatalog(CatalogStore *catalog)
{
    if (!m_catalog.set(catalog, this, [this] { reload(); }))
        return;
    Q_EMIT catalogChanged();
    reload();
}

void ProcedureListModel::setQuery(const QString &query)
{
    if (m_query == query)
        return;
    m_query = query;
    Q_EMIT queryChanged();
    reload();
}

void ProcedureListModel::setTopicId(const QString &topicId)
{
    if (m_topicId == topicId)
        return;
    m_topicId = topicId;
    Q_EMIT topicIdChanged();
    reload();
}

void ProcedureListModel::setCodes(const QStringList &codes)
{
    if (m_codes == codes)
        return;
    m_codes = codes;
    Q_EMIT codesChanged();
    reload();
}

void ProcedureListModel::setLimit(int limit)
{
    if (m_limit == limit || limit <= 0)
        return;
    m_limit = limit;
    Q_EMIT limitChanged();
    reload();
}

QString ProcedureListModel::codeAt(int row) const
{
    return (row >= 0 && row < m_rows.size()) ? m_rows.at(row).code : QString();
}

void ProcedureListModel::clear()
{
    setQuery(QString());
}

void ProcedureListModel::reload()
{
    QList<ProcedureSummary> rows;
    bool approximate = false;
    if (m_catalog) {
        if (!m_query.trimmed().isEmpty()) {
            SearchResult r = m_catalog->search(m_query, m_limit);
            rows = std::move(r.hits);
            approximate = r.approximate;
        } else if (!m_topicId.isEmpty()) {
            rows = m_catalog->proceduresInTopic(m_topicId);
        } else if (!m_codes.isEmpty()) {
            rows = m_catalog->summaries(m_codes);
        }
    }
    const auto topic = (m_catalog && !m_topicId.isEmpty()) ? m_catalog->topic(m_topicId) : std::nullopt;
    const QString topicName = topic ? topic->name : QString();
    if (rows == m_rows && approximate == m_approximate && topicName == m_topicName)
        return;
    m_topicName = topicName;
    beginResetModel();
    m_rows = std::move(rows);
    m_approximate = approximate;
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace motcua
