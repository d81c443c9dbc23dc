// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogbundle.h"
#include "catalog/procedure.h"
#include "common/result.h"

#include <QObject>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace motcua {

class CatalogSearch;

// What a result list shows of a procedure, without loading the whole record.
struct ProcedureSummary
{
    QString code;
    QString provincialCode;
    QString name;
    QString topicId;
    QString topicName;
    QString summary;
    QString processingTimeText;
    // The English of name, topicName, summary and processingTimeText; empty where the catalog
    // has none.
    QString nameEn{};
    QString topicNameEn{};
    QString summaryEn{};
    QString processingTimeTextEn{};

    // A copy whose plain texts are those to show in `language` (see Procedure::localized).
    [[nodiscard]] ProcedureSummary localized(const QString &language = UiLanguage::current()) const;
    bool operator==(const ProcedureSummary &) const = default;
};

struct TopicSummary
{
    Topic topic;
    int procedureCount = 0;
};

struct SearchResult
{
    QList<ProcedureSummary> hits;
    // True when no procedure matched every word and the hits match only some of them.
    bool approximate = false;
};

// The procedure catalog in SQLite (FTS5 over Vietnamese text folded to plain ASCII letters, and
// over the English texts where the catalog has them). Lives on the thread that opened it.
class CatalogStore : public QObject
{
    Q_OBJECT
    Q_PROPERTY(QString catalogVersion READ catalogVersion NOTIFY catalogChanged)
    Q_PROPERTY(int procedureCount READ procedureCount NOTIFY catalogChanged)

public:
    [[nodiscard]] static Result<std::unique_ptr<CatalogStore>> open(const QString &path);
    // open(), then the demo catalog when the store is empty: how the kiosk and CLI start.
    [[nodiscard]] static Result<std::unique_ptr<CatalogStore>> openSeeded(const QString &path);
    // The schema version (PRAGMA user_version) this program brings a catalog database to.
    [[nodiscard]] static int newestSchemaVersion();
    ~CatalogStore() override;

    // Replaces the whole catalog by `bundle` in one transaction.
    [[nodiscard]] Status importBundle(const CatalogBundle &bundle);
    // Imports the demo catalog compiled into the program when the store is empty, or when it
    // holds an older version of the built-in demo (a kiosk that never had a province catalog
    // gets the demo of the program it now runs, e.g. with its English texts; a province's
    // catalog is never replaced here). Returns true when it imported.
    [[nodiscard]] Result<bool> seedIfEmpty();
    [[nodiscard]] static QString demoCatalogResource();

    [[nodiscard]] SearchResult search(const QString &query, int limit = 20) const;
    [[nodiscard]] std::optional<Procedure> procedure(const QString &code) const;
    [[nodiscard]] QList<TopicSummary> topics() const;
    [[nodiscard]] std::optional<Topic> topic(const QString &id) const;
    [[nodiscard]] QList<ProcedureSummary> proceduresInTopic(const QString &topicId) const;
    // The procedures with these national codes, in the order given; unknown codes are skipped.
    [[nodiscard]] QList<ProcedureSummary> summaries(const QStringList &codes) const;
    [[nodiscard]] QJsonObject feeRule(const QString &id) const;
    [[nodiscard]] QStringList feeRuleIds() const; // sorted
    [[nodiscard]] QString catalogVersion() const;
    [[nodiscard]] int procedureCount() const;
    // The same from any connection to a catalog database (motcua diagnostics reads it
    // read-only, without migrating it); empty / 0 when it has none.
    [[nodiscard]] static QString catalogVersionOf(const QSqlDatabase &db);
    [[nodiscard]] static int procedureCountOf(const QSqlDatabase &db);
    [[nodiscard]] QString path() const { return m_db.databaseName(); }

Q_SIGNALS:
    void catalogChanged();

private:
    explicit CatalogStore(QSqlDatabase db);

    QSqlDatabase m_db;
    std::unique_ptr<CatalogSearch> m_search;
};

} // namespace motcua
