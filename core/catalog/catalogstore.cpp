// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogstore.h"

#include "catalog/textnormalizer.h"
#include "storage/database.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
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
          // Folded text only (see TextNormalizer); name weighs most in bm25().
          QStringLiteral("CREATE VIRTUAL TABLE procedure_fts USING fts5(name, keywords, body, "
                         "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')")}},
    };
    return steps;
}

// A national or provincial code, possibly partial while typing: "1.0011", "1.001193.000.00.00.h01".
bool looksLikeCode(const QString &q)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]\\.[0-9.]*[0-9A-Za-z.]*$"));
    return q.size() >= 2 && re.match(q).hasMatch();
}

// Every word must match; the last one may be unfinished (the citizen is still typing it).
// Words are folded to [a-z0-9] only, so quoting them is enough to keep FTS5 syntax out.
QString ftsQuery(const QStringList &words)
{
    QStringList terms;
    for (const QString &w : words)
        terms.append(u'"' + w + u'"');
    if (!terms.isEmpty())
        terms.last().append(u'*');
    return terms.join(u' ');
}

// A null QString binds as SQL NULL; the text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QString(QLatin1String("")) : s;
}

// Words people put around a request ("cho con tôi", "tôi muốn làm", "xin giúp") that name
// no procedure; folded like the index.
const QSet<QString> &fillerWords()
{
    static const QSet<QString> words{
        QStringLiteral("toi"), QStringLiteral("tui"), QStringLiteral("minh"), QStringLiteral("em"),
        QStringLiteral("muon"), QStringLiteral("can"), QStringLiteral("xin"), QStringLiteral("giup"),
        QStringLiteral("lam"), QStringLiteral("the"), QStringLiteral("nao"), QStringLiteral("o"),
        QStringLiteral("dau"), QStringLiteral("cho"), QStringLiteral("va"), QStringLiteral("thi"),
        QStringLiteral("la"), QStringLiteral("de"), QStringLiteral("nhu"), QStringLiteral("ve"),
        QStringLiteral("voi"), QStringLiteral("duoc"), QStringLiteral("khong"), QStringLiteral("a"),
        QStringLiteral("nhe"), QStringLiteral("oi"), QStringLiteral("giay"), QStringLiteral("thu"),
        QStringLiteral("tuc"), QStringLiteral("ho"), QStringLiteral("so"), QStringLiteral("con"),
        QStringLiteral("chau")};
    return words;
}

ProcedureSummary summaryFromRow(const QSqlQuery &q)
{
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
            q.value(6).toString()};
}

const char *kSummaryColumns = "p.code, coalesce(p.provincial_code, ''), p.name, p.topic_id, "
                              "t.name, p.summary, p.time_text";

} // namespace

CatalogStore::CatalogStore(QSqlDatabase db) : m_db(std::move(db)) {}

CatalogStore::~CatalogStore()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Result<std::unique_ptr<CatalogStore>> CatalogStore::open(const QString &path)
{
    auto db = Database::open(path, QStringLiteral("catalog"));
    if (!db)
        return Error{db.error()};
    QSqlDatabase handle = db.value();
    if (auto migrated = Database::migrate(handle, migrations()); !migrated)
        return Error{migrated.error()};
    return std::unique_ptr<CatalogStore>(new CatalogStore(handle));
}

QString CatalogStore::demoCatalogResource()
{
    return QStringLiteral(":/motcua/catalog/demo-catalog.json");
}

Status CatalogStore::insertProcedure(const Procedure &p, int position)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
        "INSERT INTO procedures(code, provincial_code, name, topic_id, summary, time_text, "
        "name_folded, keywords_folded, data, position) VALUES(?,?,?,?,?,?,?,?,?,?)"));
    // "|giay khai sinh|lam khai sinh|": each keyword folded, bars to find whole keywords.
    QStringList foldedKeywords;
    for (const QString &k : p.keywords)
        foldedKeywords.append(TextNormalizer::fold(k));
    const QString keywords = foldedKeywords.isEmpty() ? QString()
                                                      : u'|' + foldedKeywords.join(u'|') + u'|';
    q.addBindValue(p.code);
    q.addBindValue(p.provincialCode.isEmpty() ? QVariant() : QVariant(p.provincialCode));
    q.addBindValue(p.name);
    q.addBindValue(p.topicId);
    q.addBindValue(text(p.summary));
    q.addBindValue(text(p.processingTime.text));
    q.addBindValue(TextNormalizer::fold(p.name));
    q.addBindValue(text(keywords));
    q.addBindValue(QString::fromUtf8(QJsonDocument(p.toJson()).toJson(QJsonDocument::Compact)));
    q.addBindValue(position);
    if (!q.exec())
        return Error{QStringLiteral("cannot store procedure %1: %2").arg(p.code, q.lastError().text())};
    const qint64 rowId = q.lastInsertId().toLongLong();

    QStringList body{p.summary, p.result, p.eligibility, p.feeText};
    for (const RequiredDocument &d : p.documents)
        body << d.name << d.notes;
    QSqlQuery fts(m_db);
    fts.prepare(QStringLiteral("INSERT INTO procedure_fts(rowid, name, keywords, body) VALUES(?,?,?,?)"));
    fts.addBindValue(rowId);
    fts.addBindValue(TextNormalizer::fold(p.name));
    fts.addBindValue(text(keywords));
    fts.addBindValue(TextNormalizer::fold(body.join(u' ')));
    if (!fts.exec())
        return Error{QStringLiteral("cannot index procedure %1: %2").arg(p.code, fts.lastError().text())};
    return Done{};
}

Status CatalogStore::importBundle(const CatalogBundle &bundle)
{
    Status done = Database::transaction(m_db, [&]() -> Status {
        for (const char *sql : {"DELETE FROM procedure_fts", "DELETE FROM procedures",
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
        for (const Procedure &p : bundle.procedures)
            if (auto r = insertProcedure(p, position++); !r)
                return r;
        QSqlQuery meta(m_db);
        meta.prepare(QStringLiteral("INSERT OR REPLACE INTO meta(key, value) VALUES('catalog_version', ?)"));
        meta.addBindValue(bundle.catalogVersion);
        if (!meta.exec())
            return Error{meta.lastError().text()};
        return Done{};
    });
    if (done) {
        (void)Database::exec(m_db, QStringLiteral("INSERT INTO procedure_fts(procedure_fts) VALUES('optimize')"));
        Q_EMIT catalogChanged();
    }
    return done;
}

Result<bool> CatalogStore::seedIfEmpty()
{
    if (procedureCount() > 0)
        return false;
    auto bundle = CatalogBundle::load(demoCatalogResource());
    if (!bundle)
        return Error{QStringLiteral("built-in demo catalog is invalid: %1").arg(bundle.error())};
    if (auto imported = importBundle(bundle.value()); !imported)
        return Error{imported.error()};
    return true;
}

QList<ProcedureSummary> CatalogStore::searchByCode(const QString &code, int limit) const
{
    // Range scans on the unique indexes: every code that starts with what was typed.
    QString upper = code;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM procedures p JOIN topics t ON t.id = p.topic_id "
                             "WHERE (p.code >= :from AND p.code < :to) "
                             "OR (p.provincial_code >= :from AND p.provincial_code < :to) "
                             "ORDER BY p.code = :from DESC, p.code LIMIT :limit")
                  .arg(QLatin1String(kSummaryColumns)));
    q.bindValue(QStringLiteral(":from"), code);
    q.bindValue(QStringLiteral(":to"), upper);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<ProcedureSummary> out;
    if (q.exec())
        while (q.next())
            out.append(summaryFromRow(q));
    return out;
}

int CatalogStore::documentFrequency(const QString &word, bool namesOnly) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT count(*) FROM procedure_fts WHERE procedure_fts MATCH :m"));
    q.bindValue(QStringLiteral(":m"), namesOnly ? QStringLiteral("{name keywords} : ") + ftsQuery({word})
                                                : ftsQuery({word}));
    return (q.exec() && q.next()) ? q.value(0).toInt() : 0;
}

QList<ProcedureSummary> CatalogStore::searchText(const QString &match, const QString &folded,
                                                 int limit) const
{
    // Ranked in tiers: the name is the query; a citizen's keyword is the query; the name starts
    // with it; the name contains it as a phrase (more of the name covered first); a keyword
    // contains it; then bm25 with the name weighing most (bm25 is negative, lower is better).
    // Several procedures with the same keyword ("tạm trú") come in catalog order, which lists
    // the most common procedure first.
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral(
                  "SELECT %1, "
                  "  CASE WHEN p.name_folded = :q THEN 6 "
                  "       WHEN instr(p.keywords_folded, '|' || :q || '|') > 0 THEN 5 "
                  "       WHEN substr(p.name_folded, 1, length(:q)) = :q THEN 4 "
                  "       WHEN instr(p.name_folded, :q) > 0 THEN 3 "
                  "       WHEN instr(p.keywords_folded, :q) > 0 THEN 2 ELSE 0 END AS tier, "
                  "  CASE WHEN instr(p.name_folded, :q) > 0 "
                  "       THEN length(:q) * 1.0 / length(p.name_folded) ELSE 0 END AS coverage "
                  "FROM procedure_fts f JOIN procedures p ON p.id = f.rowid "
                  "JOIN topics t ON t.id = p.topic_id "
                  "WHERE procedure_fts MATCH :match "
                  "ORDER BY tier DESC, CASE WHEN tier = 5 THEN p.position ELSE 0 END, "
                  "coverage DESC, bm25(procedure_fts, 10.0, 6.0, 1.0), p.position LIMIT :limit")
                  .arg(QLatin1String(kSummaryColumns)));
    q.bindValue(QStringLiteral(":match"), match);
    q.bindValue(QStringLiteral(":q"), folded);
    q.bindValue(QStringLiteral(":limit"), limit);
    QList<ProcedureSummary> out;
    if (!q.exec()) {
        qWarning("search failed: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(summaryFromRow(q));
    return out;
}

SearchResult CatalogStore::search(const QString &query, int limit) const
{
    const QString trimmed = query.trimmed();
    if (looksLikeCode(trimmed))
        return {searchByCode(trimmed.toUpper(), limit), false};
    const QStringList words = TextNormalizer::words(trimmed);
    if (words.isEmpty())
        return {};
    if (auto hits = searchAllWords(words, limit); !hits.isEmpty() || words.size() < 2)
        return {hits, false};

    // Nothing matches every word ("khai sinh cho con tôi"): leave out the filler words people
    // say around a request and the words no procedure contains, then the words found in no
    // procedure name, one at a time, until something matches. Only while more than half of
    // the meaningful words remain: "cấp phép bay drone" must not turn into a building permit.
    QStringList meaningful;
    for (const QString &w : words)
        if (!fillerWords().contains(w))
            meaningful.append(w);
    const qsizetype mustKeep = meaningful.size() / 2 + 1;
    QStringList kept;
    for (const QString &w : std::as_const(meaningful))
        if (documentFrequency(w, false) > 0)
            kept.append(w);
    while (kept.size() >= mustKeep) {
        if (auto hits = searchAllWords(kept, limit); !hits.isEmpty())
            return {hits, true};
        const auto leastTitled = std::min_element(kept.cbegin(), kept.cend(),
                                                  [this](const QString &a, const QString &b) {
                                                      return documentFrequency(a, true)
                                                             < documentFrequency(b, true);
                                                  });
        kept.removeAt(std::distance(kept.cbegin(), leastTitled));
    }
    return {};
}

QList<ProcedureSummary> CatalogStore::searchAllWords(const QStringList &words, int limit) const
{
    // Names and citizens' keywords first; the text of documents and notes only when no name
    // or keyword has every word (so "khai sinh" never lists a procedure that merely says
    // "tờ khai" and "sinh sống").
    const QString folded = words.join(u' ');
    if (auto hits = searchText(QStringLiteral("{name keywords} : (%1)").arg(ftsQuery(words)), folded, limit);
        !hits.isEmpty())
        return hits;
    return searchText(ftsQuery(words), folded, limit);
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
    for (const TopicSummary &t : topics())
        if (t.topic.id == id)
            return t.topic;
    return std::nullopt;
}

QList<ProcedureSummary> CatalogStore::proceduresInTopic(const QString &topicId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM procedures p JOIN topics t ON t.id = p.topic_id "
                             "WHERE p.topic_id = ? ORDER BY p.position")
                  .arg(QLatin1String(kSummaryColumns)));
    q.addBindValue(topicId);
    QList<ProcedureSummary> out;
    if (q.exec())
        while (q.next())
            out.append(summaryFromRow(q));
    return out;
}

QList<ProcedureSummary> CatalogStore::summaries(const QStringList &codes) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM procedures p JOIN topics t ON t.id = p.topic_id "
                             "WHERE p.code = ?")
                  .arg(QLatin1String(kSummaryColumns)));
    QList<ProcedureSummary> out;
    for (const QString &code : codes) {
        q.addBindValue(code);
        if (q.exec() && q.next())
            out.append(summaryFromRow(q));
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
