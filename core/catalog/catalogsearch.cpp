// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsearch.h"

#include "catalog/catalogsql.h"
#include "catalog/textnormalizer.h"
#include "common/uilanguage.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>
#include <QSqlError>

namespace motcua {

namespace {

// A national or provincial code, possibly partial while typing: "1.0011", "1.001193.000.00.00.h01".
bool looksLikeCode(const QString &q)
{
    static const QRegularExpression re(QStringLiteral("^[0-9]\\.[0-9.]*[0-9A-Za-z.]*$"));
    return q.size() >= 2 && re.match(q).hasMatch();
}

// Every word must match; the last one may be unfinished (the citizen is still typing it).
// Folded words hold only letters and digits (no quote can occur), so quoting each one keeps
// FTS5 syntax (AND, NEAR, column:, *) out of what citizens type.
QString ftsQuery(const QStringList &words)
{
    QStringList terms;
    for (const QString &w : words)
        terms.append(u'"' + w + u'"');
    if (!terms.isEmpty())
        terms.last().append(u'*');
    return terms.join(u' ');
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

// The same for English: words around a request that name no procedure.
const QSet<QString> &englishFillerWords()
{
    static const QSet<QString> words{
        QStringLiteral("i"), QStringLiteral("me"), QStringLiteral("my"), QStringLiteral("we"),
        QStringLiteral("our"), QStringLiteral("want"), QStringLiteral("need"), QStringLiteral("would"),
        QStringLiteral("like"), QStringLiteral("to"), QStringLiteral("a"), QStringLiteral("an"),
        QStringLiteral("the"), QStringLiteral("for"), QStringLiteral("of"), QStringLiteral("how"),
        QStringLiteral("do"), QStringLiteral("can"), QStringLiteral("get"), QStringLiteral("make"),
        QStringLiteral("please"), QStringLiteral("help"), QStringLiteral("with"), QStringLiteral("and"),
        QStringLiteral("is"), QStringLiteral("where"), QStringLiteral("what"), QStringLiteral("in"),
        QStringLiteral("on"), QStringLiteral("new"), QStringLiteral("apply"), QStringLiteral("procedure")};
    return words;
}

// Reads every row's first column as an id and releases the statement.
QList<qint64> readIds(QSqlQuery &q)
{
    QList<qint64> out;
    if (!q.exec()) {
        qWarning("catalog search failed: %s", qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next())
        out.append(q.value(0).toLongLong());
    q.finish();
    return out;
}

// Appends the ids of `more` not yet in `found`, while `found` holds fewer than `limit`.
void appendNew(QList<qint64> &found, const QList<qint64> &more, int limit)
{
    for (qint64 id : more)
        if (found.size() < limit && !found.contains(id))
            found.append(id);
}

} // namespace

QSqlQuery &CatalogSearch::statement(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        if (!q.prepare(sql))
            qWarning("catalog search cannot prepare: %s", qPrintable(q.lastError().text()));
        it = m_statements.insert(sql, q);
    }
    return *it;
}

QList<qint64> CatalogSearch::ids(const QString &sql, const QString &value, int limit)
{
    QSqlQuery &q = statement(sql);
    q.bindValue(QStringLiteral(":v"), value);
    q.bindValue(QStringLiteral(":limit"), limit);
    return readIds(q);
}

SearchResult CatalogSearch::search(const QString &query, int limit)
{
    const QString trimmed = query.trimmed();
    if (looksLikeCode(trimmed))
        return {byCode(trimmed.toUpper(), limit), false};
    // Each word once, at most kMaxWords of them: a search runs on every key press, and
    // nobody names a procedure in more words than that.
    constexpr qsizetype kMaxWords = 12;
    QStringList words;
    for (const QString &w : TextNormalizer::words(trimmed))
        if (!words.contains(w) && words.size() < kMaxWords)
            words.append(w);
    if (words.isEmpty())
        return {};
    // The kiosk's language first: Vietnamese searches as it always did, and only when no
    // procedure has every word in Vietnamese are the English texts searched ("birth
    // registration"); in English the other way round.
    const bool english = UiLanguage::isEnglish();
    const Tables &first = english ? catalogsql::kEnglish : catalogsql::kVietnamese;
    const Tables &second = english ? catalogsql::kVietnamese : catalogsql::kEnglish;
    for (const Tables *tables : {&first, &second})
        if (auto hits = allWords(words, limit, *tables); !hits.isEmpty())
            return {hits, false};
    if (words.size() < 2)
        return {};
    // Some of the words: in Vietnamese, and in English when the kiosk shows English.
    if (auto hits = someWords(words, limit, first); !hits.isEmpty() || !english)
        return {hits, !hits.isEmpty()};
    auto hits = someWords(words, limit, second);
    return {hits, !hits.isEmpty()};
}

QList<ProcedureSummary> CatalogSearch::someWords(const QStringList &words, int limit, const Tables &tables)
{
    // Nothing matches every word ("khai sinh cho con tôi"): leave out the filler words people
    // say around a request and the words no procedure contains, then the words found in no
    // procedure name, one at a time, until something matches. Only while more than half of
    // the meaningful words remain: "cấp phép bay drone" must not turn into a building permit.
    const QSet<QString> &filler = &tables == &catalogsql::kEnglish ? englishFillerWords() : fillerWords();
    QStringList meaningful;
    for (const QString &w : words)
        if (!filler.contains(w))
            meaningful.append(w);
    const qsizetype mustKeep = meaningful.size() / 2 + 1;
    QStringList kept;
    for (const QString &w : std::as_const(meaningful))
        if (documentFrequency(w, false, 1, tables) > 0)
            kept.append(w);
    QHash<QString, int> inNames; // counted once, and only when a word has to go
    while (kept.size() >= mustKeep) {
        if (auto hits = allWords(kept, limit, tables); !hits.isEmpty())
            return hits;
        if (inNames.isEmpty())
            for (const QString &w : std::as_const(kept))
                inNames.insert(w, documentFrequency(w, true, 1000, tables));
        kept.removeAt(std::distance(kept.cbegin(),
                                    std::min_element(kept.cbegin(), kept.cend(), [&](const QString &a, const QString &b) {
                                        return inNames.value(a) < inNames.value(b);
                                    })));
    }
    return {};
}

QList<ProcedureSummary> CatalogSearch::byCode(const QString &code, int limit)
{
    // Two range scans on the unique indexes (an OR of both would scan the table): every
    // national, then provincial, code that starts with what was typed.
    QString upper = code;
    upper[upper.size() - 1] = QChar(upper.back().unicode() + 1);
    QList<qint64> found;
    for (const char *column : {"code", "provincial_code"}) {
        QSqlQuery &q = statement(QStringLiteral("SELECT id FROM procedures WHERE %1 >= :from AND %1 < :to "
                                                "ORDER BY %1 LIMIT :limit").arg(QLatin1String(column)));
        q.bindValue(QStringLiteral(":from"), code);
        q.bindValue(QStringLiteral(":to"), upper);
        q.bindValue(QStringLiteral(":limit"), limit);
        appendNew(found, readIds(q), limit);
    }
    return summaries(found);
}

int CatalogSearch::documentFrequency(const QString &word, bool namesOnly, int cap, const Tables &tables)
{
    // Counting stops at `cap`: 1 tells whether a word occurs, 1000 rare words from common ones.
    QSqlQuery &q = statement(QStringLiteral("SELECT 1 FROM %1 WHERE %1 MATCH :v LIMIT :limit")
                                 .arg(QLatin1String(namesOnly ? tables.namesFts : tables.textFts)));
    q.bindValue(QStringLiteral(":v"), ftsQuery({word}));
    q.bindValue(QStringLiteral(":limit"), cap);
    return int(readIds(q).size());
}

QList<qint64> CatalogSearch::rankedWordMatches(const QStringList &words, const Tables &tables)
{
    // Up to 200 procedures whose name and keywords hold every word, in catalog order, then
    // ordered by how well the name matches: it starts with the phrase typed; it contains the
    // phrase, covering more of the name first ("Đăng ký kết hôn" before "Đăng ký kết hôn lưu
    // động"); a keyword contains it; the words are merely all there.
    QSqlQuery &q = statement(QStringLiteral("SELECT p.id, p.%1, p.%2 FROM %3 f "
                                            "JOIN procedures p ON p.id = f.rowid WHERE %3 MATCH :v LIMIT 200")
                                 .arg(QLatin1String(tables.nameColumn), QLatin1String(tables.keywordsColumn),
                                      QLatin1String(tables.namesFts)));
    q.bindValue(QStringLiteral(":v"), ftsQuery(words));
    struct Candidate
    {
        qint64 id;
        int tier;
        double coverage;
    };
    QList<Candidate> candidates;
    const QString phrase = u' ' + words.join(u' ');
    if (q.exec())
        while (q.next()) {
            const QString name = u' ' + q.value(1).toString();
            const QString keywords = q.value(2).toString().replace(u'|', u' ');
            const int tier = name.startsWith(phrase) ? 3
                             : name.contains(phrase)  ? 2
                             : keywords.contains(phrase) ? 1 : 0;
            candidates.append({q.value(0).toLongLong(), tier,
                               tier >= 2 ? double(phrase.size()) / double(name.size()) : 0.0});
        }
    q.finish();
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.tier != b.tier ? a.tier > b.tier : a.coverage > b.coverage;
    });
    QList<qint64> out;
    for (const Candidate &c : std::as_const(candidates))
        out.append(c.id);
    return out;
}

QList<ProcedureSummary> CatalogSearch::allWords(const QStringList &words, int limit, const Tables &tables)
{
    // Best first, each step a bounded query: the name is what was typed; a citizen's keyword
    // is what was typed (several procedures with "tạm trú" come in catalog order, which lists
    // the most common first); name and keywords hold every word (see rankedWordMatches); only
    // when none do, all the text (documents, notes, fee) in a separate index.
    const QString phrase = words.join(u' ');
    QList<qint64> found;
    auto add = [&](const QList<qint64> &more) { appendNew(found, more, limit); };
    add(ids(QStringLiteral("SELECT id FROM procedures WHERE %1 = :v LIMIT :limit").arg(QLatin1String(tables.nameColumn)),
            phrase, limit));
    add(ids(QStringLiteral("SELECT procedure_id FROM %1 WHERE keyword = :v ORDER BY procedure_id LIMIT :limit")
                .arg(QLatin1String(tables.keywordTable)),
            phrase, limit));
    add(rankedWordMatches(words, tables));
    if (found.isEmpty())
        add(ids(QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH :v LIMIT :limit").arg(QLatin1String(tables.textFts)),
                ftsQuery(words), limit));
    return summaries(found);
}

QList<ProcedureSummary> CatalogSearch::summaries(const QList<qint64> &idList)
{
    QSqlQuery &q = statement(QStringLiteral("SELECT %1 FROM procedures p JOIN topics t ON t.id = p.topic_id "
                                            "WHERE p.id = :v").arg(QLatin1String(catalogsql::kSummaryColumns)));
    QList<ProcedureSummary> out;
    for (qint64 id : idList) {
        q.bindValue(QStringLiteral(":v"), id);
        if (q.exec() && q.next())
            out.append(catalogsql::summaryFromRow(q));
        q.finish();
    }
    return out;
}

} // namespace motcua
