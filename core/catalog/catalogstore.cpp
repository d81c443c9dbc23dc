// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogstore.h"

#include "catalog/catalogsearch.h"
#include "catalog/catalogsql.h"
#include "catalog/textnormalizer.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

namespace {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps{
        {1,
         {QStringLiteral("CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE topics(id TEXT PRIMARY KEY, name TEXT NOT NULL, "
                         "description TEXT NOT NULL, icon TEXT NOT NULL, position INTEGER NOT NULL)"),
          QStringLiteral("CREATE TABLE fee_rules(id TEXT PRIMARY KEY, rule TEXT NOT NULL)"),
          QStringLiteral("CREATE TABLE procedures(id INTEGER PRIMARY KEY, code TEXT NOT NULL UNIQUE, "
                         "provincial_code TEXT UNIQUE, name TEXT NOT NULL, "
                         "topic_id TEXT NOT NULL REFERENCES topics(id), summary TEXT NOT NULL, "
                         "time_text TEXT NOT NULL, name_folded TEXT NOT NULL, "
                         "keywords_folded TEXT NOT NULL, data TEXT NOT NULL, position INTEGER NOT NULL)"),
          QStringLiteral("CREATE INDEX procedures_by_topic ON procedures(topic_id, position)"),
          QStringLiteral("CREATE INDEX procedures_by_name ON procedures(name_folded)"),
          // Citizens' words, folded, for exact look-up ("tam tru" → every procedure with it).
          QStringLiteral("CREATE TABLE procedure_keywords(keyword TEXT NOT NULL, "
                         "procedure_id INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE)"),
          QStringLiteral("CREATE INDEX procedure_keywords_by_keyword ON procedure_keywords(keyword, procedure_id)"),
          // Folded text only (see TextNormalizer). Names and keywords in a small index searched
          // first; all the text (documents, notes, fee) in another, searched only as a fallback.
          QStringLiteral("CREATE VIRTUAL TABLE procedure_fts USING fts5(name, keywords, "
                         "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"),
          QStringLiteral("CREATE VIRTUAL TABLE procedure_text_fts USING fts5(text, "
                         "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')")}},
    };
    return steps;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

} // namespace

CatalogStore::CatalogStore(QSqlDatabase db)
    : m_db(std::move(db)), m_search(std::make_unique<CatalogSearch>(m_db))
{
}

CatalogStore::~CatalogStore()
{
    m_search.reset();
    Database::close(m_db);
}

Result<std::unique_ptr<CatalogStore>> CatalogStore::open(const QString &path)
{
    auto db = Database::openForStore(path, QStringLiteral("catalog"), migrations());
    if (!db)
        return Error{db.error()};
    QSqlDatabase handle = std::move(db).value();
    // Read-mostly and searched on every key press: map the file and keep the index in memory
    // rather than copying pages in through read() calls (2-3x faster search).
    for (const char *pragma : {"PRAGMA mmap_size=268435456", "PRAGMA cache_size=-32768"})
        (void)Database::exec(handle, QString::fromLatin1(pragma));
    return std::unique_ptr<CatalogStore>(new CatalogStore(handle));
}

Result<std::unique_ptr<CatalogStore>> CatalogStore::openSeeded(const QString &path)
{
    auto store = open(path);
    if (!store)
        return store;
    if (auto seeded = store.value()->seedIfEmpty(); !seeded)
        return Error{seeded.error()};
    return store;
}

QString CatalogStore::demoCatalogResource()
{
    return QStringLiteral(":/motcua/catalog/demo-catalog.json");
}

namespace {

// Writes procedures during one import: the four statements are prepared once, not per record.
class ProcedureWriter
{
public:
    explicit ProcedureWriter(const QSqlDatabase &db)
        : m_procedure(db), m_keyword(db), m_names(db), m_allText(db)
    {
        m_procedure.prepare(QStringLiteral(
            "INSERT INTO procedures(code, provincial_code, name, topic_id, summary, time_text, "
            "name_folded, keywords_folded, data, position) VALUES(?,?,?,?,?,?,?,?,?,?)"));
        m_keyword.prepare(QStringLiteral("INSERT INTO procedure_keywords(keyword, procedure_id) VALUES(?,?)"));
        m_names.prepare(QStringLiteral("INSERT INTO procedure_fts(rowid, name, keywords) VALUES(?,?,?)"));
        m_allText.prepare(QStringLiteral("INSERT INTO procedure_text_fts(rowid, text) VALUES(?,?)"));
    }

    [[nodiscard]] Status insert(const Procedure &p, int position)
    {
        // "|giay khai sinh|lam khai sinh|": each keyword folded, bars to find whole keywords.
        QStringList foldedKeywords;
        for (const QString &k : p.keywords)
            foldedKeywords.append(TextNormalizer::fold(k));
        const QString keywords = foldedKeywords.isEmpty() ? QString()
                                                          : u'|' + foldedKeywords.join(u'|') + u'|';
        const QString foldedName = TextNormalizer::fold(p.name);
        for (const QVariant &v : {QVariant(p.code),
                                  p.provincialCode.isEmpty() ? QVariant() : QVariant(p.provincialCode),
                                  QVariant(p.name), QVariant(p.topicId), QVariant(text(p.summary)),
                                  QVariant(text(p.processingTime.text)), QVariant(foldedName),
                                  QVariant(text(keywords)),
                                  QVariant(QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact))),
                                  QVariant(position)})
            m_procedure.addBindValue(v);
        if (!m_procedure.exec())
            return Error{QStringLiteral("cannot store procedure %1: %2").arg(p.code, m_procedure.lastError().text())};
        const qint64 rowId = m_procedure.lastInsertId().toLongLong();

        for (const QString &k : std::as_const(foldedKeywords)) {
            m_keyword.addBindValue(k);
            m_keyword.addBindValue(rowId);
            if (!m_keyword.exec())
                return Error{QStringLiteral("cannot store keywords of %1: %2").arg(p.code, m_keyword.lastError().text())};
        }

        QStringList body{p.summary, p.result, p.eligibility, p.feeText};
        for (const RequiredDocument &d : p.documents)
            body << d.name << d.notes;
        m_names.addBindValue(rowId);
        m_names.addBindValue(foldedName);
        m_names.addBindValue(text(keywords));
        m_allText.addBindValue(rowId);
        m_allText.addBindValue(QString(foldedName + u' ' + keywords + u' ' + TextNormalizer::fold(body.join(u' '))));
        if (!m_names.exec() || !m_allText.exec())
            return Error{QStringLiteral("cannot index procedure %1: %2 %3")
                             .arg(p.code, m_names.lastError().text(), m_allText.lastError().text())};
        return Done{};
    }

private:
    QSqlQuery m_procedure;
    QSqlQuery m_keyword;
    QSqlQuery m_names;
    QSqlQuery m_allText;
};

} // namespace

Status CatalogStore::importBundle(const CatalogBundle &bundle)
{
    m_search->reset(); // no statement of the search may hold the tables open meanwhile
    Status done = Database::transaction(m_db, [&]() -> Status {
        for (const char *sql : {"DELETE FROM procedure_fts", "DELETE FROM procedure_text_fts",
                                "DELETE FROM procedure_keywords",
                                "DELETE FROM procedures",
                                "DELETE FROM fee_rules", "DELETE FROM topics"})
            if (auto r = Database::exec(m_db, QString::fromLatin1(sql)); !r)
                return r;
        int position = 0;
        for (const Topic &t : bundle.topics) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO topics(id, name, description, icon, position) "
                                     "VALUES(?,?,?,?,?)"));
            for (const QVariant &v : {QVariant(t.id), QVariant(t.name), QVariant(text(t.description)),
                                      QVariant(text(t.icon)), QVariant(position++)})
                q.addBindValue(v);
            if (!q.exec())
                return Error{QStringLiteral("cannot store topic %1: %2").arg(t.id, q.lastError().text())};
        }
        for (auto it = bundle.feeRules.constBegin(); it != bundle.feeRules.constEnd(); ++it) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO fee_rules(id, rule) VALUES(?,?)"));
            q.addBindValue(it.key());
            q.addBindValue(QString::fromUtf8(QJsonDocument(it->toObject()).toJson(QJsonDocument::Compact)));
            if (!q.exec())
                return Error{QStringLiteral("cannot store fee rule %1: %2").arg(it.key(), q.lastError().text())};
        }
        position = 0;
        ProcedureWriter writer(m_db);
        for (const Procedure &p : bundle.procedures)
            if (auto r = writer.insert(p, position++); !r)
                return r;
        QSqlQuery meta(m_db);
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('catalog_version', ?)"));
        meta.addBindValue(bundle.catalogVersion);
        if (!meta.exec())
            return Error{meta.lastError().text()};
        return Done{};
    });
    if (done) {
        for (const char *table : {"procedure_fts", "procedure_text_fts"})
            (void)Database::exec(m_db, QStringLiteral("INSERT INTO %1(%1) VALUES('optimize')").arg(QLatin1String(table)));
        Q_EMIT catalogChanged();
    }
    return done;
}

Result<bool> CatalogStore::seedIfEmpty()
{
    QSqlQuery count(m_db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM procedures")) || !count.next())
        return Error{QStringLiteral("cannot read the catalog in %1: %2").arg(path(), count.lastError().text())};
    if (count.value(0).toInt() > 0)
        return false; // a read error must never be taken for an empty catalog and overwritten
    auto bundle = CatalogBundle::load(demoCatalogResource());
    if (!bundle)
        return Error{QStringLiteral("built-in demo catalog is invalid: %1").arg(bundle.error())};
    if (auto imported = importBundle(bundle.value()); !imported)
        return Error{imported.error()};
    return true;
}

SearchResult CatalogStore::search(const QString &query, int limit) const
{
    return m_search->search(query, limit);
}

std::optional<Procedure> CatalogStore::procedure(const QString &code) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT data FROM procedures WHERE code = :code OR provincial_code = :code"));
    q.bindValue(QStringLiteral(":code"), code.trimmed().toUpper());
    if (!q.exec() || !q.next())
        return std::nullopt;
    return CatalogBundle::procedureFromValidJson(
        QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object());
}

QList<TopicSummary> CatalogStore::topics() const
{
    QSqlQuery q(m_db);
    QList<TopicSummary> out;
    if (!q.exec(QStringLiteral("SELECT t.id, t.name, t.description, t.icon, "
                               "(SELECT count(*) FROM procedures p WHERE p.topic_id = t.id) "
                               "FROM topics t ORDER BY t.position")))
        return out;
    while (q.next())
        out.append({{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toString()},
                    q.value(4).toInt()});
    return out;
}

std::optional<Topic> CatalogStore::topic(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, description, icon FROM topics WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return Topic{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
}

QList<ProcedureSummary> CatalogStore::proceduresInTopic(const QString &topicId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM procedures p JOIN topics t ON t.id = p.topic_id "
                             "WHERE p.topic_id = ? ORDER BY p.position")
                  .arg(QLatin1String(catalogsql::kSummaryColumns)));
    q.addBindValue(topicId);
    QList<ProcedureSummary> out;
    if (q.exec())
        while (q.next())
            out.append(catalogsql::summaryFromRow(q));
    return out;
}

QList<ProcedureSummary> CatalogStore::summaries(const QStringList &codes) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM procedures p JOIN topics t ON t.id = p.topic_id "
                             "WHERE p.code = ?")
                  .arg(QLatin1String(catalogsql::kSummaryColumns)));
    QList<ProcedureSummary> out;
    for (const QString &code : codes) {
        q.addBindValue(code);
        if (q.exec() && q.next())
            out.append(catalogsql::summaryFromRow(q));
    }
    return out;
}

QJsonObject CatalogStore::feeRule(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT rule FROM fee_rules WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return {};
    return QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
}

QStringList CatalogStore::feeRuleIds() const
{
    QStringList ids;
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT id FROM fee_rules ORDER BY id")))
        while (q.next())
            ids.append(q.value(0).toString());
    return ids;
}

QString CatalogStore::catalogVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'catalog_version'")) && q.next())
        return q.value(0).toString();
    return {};
}

int CatalogStore::procedureCount() const
{
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM procedures")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace motcua
