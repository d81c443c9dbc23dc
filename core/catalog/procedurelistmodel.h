// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/cataloglink.h"

#include <QAbstractListModel>

namespace motcua {

// Procedures to show in a list: the live results of `query`; when the query is empty, every
// procedure of `topicId`; when that is empty too, the procedures listed in `codes`, in order.
// Texts in the kiosk's language (UiLanguage), shown again when it changes.
class ProcedureListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(motcua::CatalogStore *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString query READ query WRITE setQuery NOTIFY queryChanged)
    Q_PROPERTY(QString topicId READ topicId WRITE setTopicId NOTIFY topicIdChanged)
    // The name of `topicId` ("Hộ tịch"), for the screen's title (notified with the rows).
    Q_PROPERTY(QString topicName READ topicName NOTIFY countChanged)
    Q_PROPERTY(QStringList codes READ codes WRITE setCodes NOTIFY codesChanged)
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool approximate READ approximate NOTIFY countChanged)

public:
    enum Role { CodeRole = Qt::UserRole + 1, ProvincialCodeRole, NameRole, TopicIdRole,
                TopicNameRole, SummaryRole, ProcessingTimeRole };
    Q_ENUM(Role)

    explicit ProcedureListModel(QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] CatalogStore *catalog() const { return m_catalog.get(); }
    void setCatalog(CatalogStore *catalog);
    [[nodiscard]] QString query() const { return m_query; }
    void setQuery(const QString &query);
    [[nodiscard]] QString topicId() const { return m_topicId; }
    void setTopicId(const QString &topicId);
    [[nodiscard]] QString topicName() const { return m_topic.localized().name; }
    [[nodiscard]] QStringList codes() const { return m_codes; }
    void setCodes(const QStringList &codes);
    [[nodiscard]] int limit() const { return m_limit; }
    void setLimit(int limit);
    [[nodiscard]] bool approximate() const { return m_approximate; }

    Q_INVOKABLE [[nodiscard]] QString codeAt(int row) const;
    // Empties query and results (used when a citizen's session is wiped).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void catalogChanged();
    void queryChanged();
    void topicIdChanged();
    void codesChanged();
    void limitChanged();
    void countChanged();

private:
    void reload();
    void languageChanged();

    CatalogLink m_catalog;
    QString m_query;
    QString m_topicId;
    QStringList m_codes;
    Topic m_topic; // of m_topicId, both languages
    int m_limit = 30;
    bool m_approximate = false;
    QList<ProcedureSummary> m_rows;
};

} // namespace motcua
