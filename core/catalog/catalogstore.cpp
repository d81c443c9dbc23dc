// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogstore.h"

#include "catalog/catalogsearch.h"
#include "catalog/catalogsql.h"
#include "catalog/catalogupdater.h"
#include "catalog/textnormalizer.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

Q_DECLARE_LOGGING_CATEGORY(lcCatalog)

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
        // English texts beside the Vietnamese ones (empty where the catalog has none), searched
        // in tables of their own like the Vietnamese. A catalog imported before has no English
        // and keeps working as it was; the next import (an update, or the built-in demo, see
        // seedIfEmpty) fills them.
        {2,
         {QStringLiteral("ALTER TABLE topics ADD COLUMN name_en TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE topics ADD COLUMN description_en TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE procedures ADD COLUMN name_en TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE procedures ADD COLUMN summary_en TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE procedures ADD COLUMN time_text_en TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE procedures ADD COLUMN name_en_folded TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("ALTER TABLE procedures ADD COLUMN keywords_en_folded TEXT NOT NULL DEFAULT ''"),
          QStringLiteral("CREATE INDEX procedures_by_name_en ON procedures(name_en_folded)"),
          QStringLiteral("CREATE TABLE procedure_keywords_en(keyword TEXT NOT NULL, "
                         "procedure_id INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE)"),
          QStringLiteral("CREATE INDEX procedure_keywords_en_by_keyword ON procedure_keywords_en(keyword, procedure_id)"),
          QStringLiteral("CREATE VIRTUAL TABLE procedure_en_fts USING fts5(name, keywords, "
                         "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"),
          QStringLiteral("CREATE VIRTUAL TABLE procedure_en_text_fts USING fts5(text, "
                         "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')")}},
    };
    return steps;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

QString english(const QJsonObject &en, const char *key)
{
    return text(en.value(QLatin1String(key)).toString());
}

// "|giay khai sinh|lam khai sinh|": each keyword folded, bars to find whole keywords.
QString barredKeywords(const QStringList &folded)
{
    return folded.isEmpty() ? QString(QLatin1String("")) : u'|' + folded.join(u'|') + u'|';
}

// Whether the built-in demo catalog wrote this version ("2025.07.demo-2"): only such a catalog
// may be replaced by a newer built-in demo.
bool isDemoVersion(const QString &version)
{
    return version.contains(QLatin1String(".demo-"));
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

int CatalogStore::newestSchemaVersion()
{
    return migrations().back().version;
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

// Writes procedures during one import: the statements are prepared once, not per record.
class ProcedureWriter
{
public:
    explicit ProcedureWriter(const QSqlDatabase &db)
        : m_procedure(db), m_keyword(db), m_names(db), m_allText(db), m_keywordEn(db), m_namesEn(db),
          m_allTextEn(db)
    {
        m_procedure.prepare(QStringLiteral(
            "INSERT INTO procedures(code, provincial_code, name, topic_id, summary, time_text, "
            "name_folded, keywords_folded, data, position, name_en, summary_en, time_text_en, "
            "name_en_folded, keywords_en_folded) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"));
        m_keyword.prepare(QStringLiteral("INSERT INTO procedure_keywords(keyword, procedure_id) VALUES(?,?)"));
        m_names.prepare(QStringLiteral("INSERT INTO procedure_fts(rowid, name, keywords) VALUES(?,?,?)"));
        m_allText.prepare(QStringLiteral("INSERT INTO procedure_text_fts(rowid, text) VALUES(?,?)"));
        m_keywordEn.prepare(QStringLiteral("INSERT INTO procedure_keywords_en(keyword, procedure_id) VALUES(?,?)"));
        m_namesEn.prepare(QStringLiteral("INSERT INTO procedure_en_fts(rowid, name, keywords) VALUES(?,?,?)"));
        m_allTextEn.prepare(QStringLiteral("INSERT INTO procedure_en_text_fts(rowid, text) VALUES(?,?)"));
    }

    [[nodiscard]] Status insert(const Procedure &p, int position)
    {
        QStringList foldedKeywords;
        for (const QString &k : p.keywords)
            foldedKeywords.append(TextNormalizer::fold(k));
        QStringList foldedKeywordsEn;
        for (const QString &k : p.englishKeywords())
            foldedKeywordsEn.append(TextNormalizer::fold(k));
        const QString keywords = barredKeywords(foldedKeywords);
        const QString keywordsEn = barredKeywords(foldedKeywordsEn);
        const QString foldedName = TextNormalizer::fold(p.name);
        const QString nameEn = english(p.en, "name");
        const QString foldedNameEn = text(TextNormalizer::fold(nameEn));
        for (const QVariant &v : {QVariant(p.code),
                                  p.provincialCode.isEmpty() ? QVariant() : QVariant(p.provincialCode),
                                  QVariant(p.name), QVariant(p.topicId), QVariant(text(p.summary)),
                                  QVariant(text(p.processingTime.text)), QVariant(foldedName),
                                  QVariant(keywords),
                                  QVariant(QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact))),
                                  QVariant(position), QVariant(nameEn), QVariant(english(p.en, "summary")),
                                  QVariant(english(p.processingTime.en, "text")), QVariant(foldedNameEn),
                                  QVariant(keywordsEn)})
            m_procedure.addBindValue(v);
        if (!m_procedure.exec())
            return Error{QStringLiteral("cannot store procedure %1: %2").arg(p.code, m_procedure.lastError().text())};
        const qint64 rowId = m_procedure.lastInsertId().toLongLong();

        QStringList body{p.summary, p.result, p.eligibility, p.feeText};
        for (const RequiredDocument &d : p.documents)
            body << d.name << d.notes;
        if (auto r = index(rowId, p.code, foldedName, foldedKeywords, keywords, body, m_keyword, m_names, m_allText); !r)
            return r;
        // English: only the texts the catalog has in English (no Vietnamese in these tables).
        QStringList bodyEn;
        for (const char *key : {"summary", "result", "eligibility"})
            bodyEn << english(p.en, key);
        bodyEn << english(p.feeEn, "text");
        for (const RequiredDocument &d : p.documents)
            bodyEn << d.en.value(QStringLiteral("name")).toString() << d.en.value(QStringLiteral("notes")).toString();
        if (foldedNameEn.isEmpty() && foldedKeywordsEn.isEmpty() && TextNormalizer::fold(bodyEn.join(u' ')).isEmpty())
            return Done{};
        return index(rowId, p.code, foldedNameEn, foldedKeywordsEn, keywordsEn, bodyEn, m_keywordEn, m_namesEn,
                     m_allTextEn);
    }

private:
    // The search rows of one procedure in one language's tables.
    [[nodiscard]] static Status index(qint64 rowId, const QString &code, const QString &foldedName,
                                      const QStringList &foldedKeywords, const QString &keywords,
                                      const QStringList &body, QSqlQuery &keyword, QSqlQuery &names,
                                      QSqlQuery &allText)
    {
        for (const QString &k : foldedKeywords) {
            keyword.addBindValue(k);
            keyword.addBindValue(rowId);
            if (!keyword.exec())
                return Error{QStringLiteral("cannot store keywords of %1: %2").arg(code, keyword.lastError().text())};
        }
        names.addBindValue(rowId);
        names.addBindValue(foldedName);
        names.addBindValue(keywords);
        allText.addBindValue(rowId);
        allText.addBindValue(QString(foldedName + u' ' + keywords + u' ' + TextNormalizer::fold(body.join(u' '))));
        if (!names.exec() || !allText.exec())
            return Error{QStringLiteral("cannot index procedure %1: %2 %3")
                             .arg(code, names.lastError().text(), allText.lastError().text())};
        return Done{};
    }

    QSqlQuery m_procedure;
    QSqlQuery m_keyword;
    QSqlQuery m_names;
    QSqlQuery m_allText;
    QSqlQuery m_keywordEn;
    QSqlQuery m_namesEn;
    QSqlQuery m_allTextEn;
};

} // namespace

Status CatalogStore::importBundle(const CatalogBundle &bundle)
{
    m_search->reset(); // no statement of the search may hold the tables open meanwhile
    Status done = Database::transaction(m_db, [&]() -> Status {
        for (const char *sql : {"DELETE FROM procedure_fts", "DELETE FROM procedure_text_fts",
                                "DELETE FROM procedure_en_fts", "DELETE FROM procedure_en_text_fts",
                                "DELETE FROM procedure_keywords", "DELETE FROM procedure_keywords_en",
                                "DELETE FROM procedures",
                                "DELETE FROM fee_rules", "DELETE FROM topics"})
            if (auto r = Database::exec(m_db, QString::fromLatin1(sql)); !r)
                return r;
        int position = 0;
        for (const Topic &t : bundle.topics) {
            QSqlQuery q(m_db);
            q.prepare(QStringLiteral("INSERT INTO topics(id, name, description, icon, position, name_en, "
                                     "description_en) VALUES(?,?,?,?,?,?,?)"));
            for (const QVariant &v : {QVariant(t.id), QVariant(t.name), QVariant(text(t.description)),
                                      QVariant(text(t.icon)), QVariant(position++), QVariant(english(t.en, "name")),
                                      QVariant(english(t.en, "description"))})
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
        for (const char *table : {"procedure_fts", "procedure_text_fts", "procedure_en_fts", "procedure_en_text_fts"})
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
    // A read error must never be taken for an empty catalog and overwritten; a catalog that is
    // not the built-in demo's (a province's) is never replaced here.
    const bool empty = count.value(0).toInt() == 0;
    const QString stored = empty ? QString() : catalogVersion();
    if (!empty && !isDemoVersion(stored))
        return false;
    auto bundle = CatalogBundle::load(demoCatalogResource());
    if (!bundle)
        return Error{QStringLiteral("built-in demo catalog is invalid: %1").arg(bundle.error())};
    if (!empty && CatalogUpdater::compareVersions(stored, bundle.value().catalogVersion) >= 0)
        return false;
    if (!empty)
        qCInfo(lcCatalog) << "replacing the demo catalog" << stored << "by the built-in"
                          << bundle.value().catalogVersion;
    if (auto imported = importBundle(bundle.value()); !imported)
        return Error{imported.error()};
    return true;
}

namespace {

// id, name, description, icon, name_en, description_en
Topic topicFromRow(const QSqlQuery &q)
{
    QJsonObject en;
    for (const auto &[column, key] : {std::pair{4, "name"}, std::pair{5, "description"}})
        if (const QString text = q.value(column).toString(); !text.isEmpty())
            en.insert(QLatin1String(key), text);
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), en};
}

} // namespace

ProcedureSummary ProcedureSummary::localized(const QString &language) const
{
    if (language != QLatin1String("en"))
        return *this;
    ProcedureSummary p = *this;
    for (const auto &[shown, english] : {std::pair{&p.name, &nameEn}, std::pair{&p.topicName, &topicNameEn},
                                         std::pair{&p.summary, &summaryEn},
                                         std::pair{&p.processingTimeText, &processingTimeTextEn}})
        if (!english->trimmed().isEmpty())
            *shown = *english;
    return p;
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
    if (!q.exec(QStringLiteral("SELECT t.id, t.name, t.description, t.icon, t.name_en, t.description_en, "
                               "(SELECT count(*) FROM procedures p WHERE p.topic_id = t.id) "
                               "FROM topics t ORDER BY t.position")))
        return out;
    while (q.next())
        out.append({topicFromRow(q), q.value(6).toInt()});
    return out;
}

std::optional<Topic> CatalogStore::topic(const QString &id) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT id, name, description, icon, name_en, description_en FROM topics WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return topicFromRow(q);
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
    return catalogVersionOf(m_db);
}

int CatalogStore::procedureCount() const
{
    return procedureCountOf(m_db);
}

QString CatalogStore::catalogVersionOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'catalog_version'")) && q.next())
        return q.value(0).toString();
    return {};
}

int CatalogStore::procedureCountOf(const QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT count(*) FROM procedures")) && q.next())
        return q.value(0).toInt();
    return 0;
}

} // namespace motcua
