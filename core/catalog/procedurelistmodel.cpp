// SPDX-License-Identifier: GPL-3.0-or-later
#include "procedurelistmodel.h"

namespace motcua {

ProcedureListModel::ProcedureListModel(QObject *parent) : QAbstractListModel(parent)
{
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &ProcedureListModel::languageChanged);
}

int ProcedureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProcedureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProcedureSummary p = m_rows.at(index.row()).localized();
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
    const Topic shownTopic = topic.value_or(Topic());
    if (rows == m_rows && approximate == m_approximate && shownTopic == m_topic)
        return;
    m_topic = shownTopic;
    beginResetModel();
    m_rows = std::move(rows);
    m_approximate = approximate;
    endResetModel();
    Q_EMIT countChanged();
}

void ProcedureListModel::languageChanged()
{
    // The search tries the kiosk's language first, so its results may change; other lists
    // keep their rows, whose texts change.
    const QList<ProcedureSummary> before = m_rows;
    reload();
    if (m_rows == before && !m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, NameRole, TopicNameRole, SummaryRole, ProcessingTimeRole});
    Q_EMIT countChanged(); // topicName
}

} // namespace motcua
