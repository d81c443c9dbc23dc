// SPDX-License-Identifier: GPL-3.0-or-later
// bench-catalog-search [PROCEDURES] [QUERIES]: our FTS5 search against a naive LIKE '%…%' scan
// over the same folded text, on the same generated catalog, in the same run.
#include "catalog/catalogstore.h"
#include "catalog/textnormalizer.h"
#include "benchstats.h"
#include "catalog_generator.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>

using namespace motcua;

namespace {

using bench::Percentiles;
using bench::percentiles;

template<typename F>
std::vector<double> timeEach(const QStringList &queries, F &&run, int *hitQueries)
{
    std::vector<double> ms;
    ms.reserve(queries.size());
    *hitQueries = 0;
    for (const QString &q : queries) {
        const auto start = std::chrono::steady_clock::now();
        const int hits = run(q);
        const auto end = std::chrono::steady_clock::now();
        ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
        *hitQueries += hits > 0 ? 1 : 0;
    }
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int total = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    const int queryCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 1000;
    if (total < 1 || queryCount < 1) {
        out << "usage: bench-catalog-search [PROCEDURES >= 1] [QUERIES >= 1]\n";
        return 2;
    }

    auto seed = CatalogBundle::load(CatalogStore::demoCatalogResource());
    if (!seed) {
        out << "demo catalog invalid: " << seed.error() << '\n';
        return 1;
    }
    std::mt19937 rng(20261123);
    const CatalogBundle big = bench::generateCatalog(seed.value(), total, rng);
    const QStringList queries = bench::generateQueries(big, queryCount, rng);

    QTemporaryDir dir;
    dir.setAutoRemove(!qEnvironmentVariableIsSet("MOTCUA_BENCH_KEEP")); // keep the DB to study it
    auto store = CatalogStore::open(dir.filePath(QStringLiteral("bench.db")));
    if (!store) {
        out << store.error() << '\n';
        return 1;
    }
    QElapsedTimer importTimer;
    importTimer.start();
    if (auto r = store.value()->importBundle(big); !r) {
        out << "import failed: " << r.error() << '\n';
        return 1;
    }
    const qint64 importMs = importTimer.elapsed();

    // Baseline: the same folded text the FTS indexes hold (name, keywords, documents, notes,
    // fee), searched the naive way.
    auto db = Database::open(dir.filePath(QStringLiteral("bench.db")), QStringLiteral("baseline"));
    QSqlDatabase handle = db.value();
    for (const char *pragma : {"PRAGMA mmap_size=268435456", "PRAGMA cache_size=-32768"}) // as ours
        (void)Database::exec(handle, QString::fromLatin1(pragma));
    if (auto made = Database::exec(handle, QStringLiteral(
        "CREATE TABLE like_scan AS SELECT p.code AS code, p.name AS name, "
        "f.text AS haystack FROM procedures p JOIN procedure_text_fts f ON f.rowid = p.id")); !made) {
        out << "baseline table: " << made.error() << '\n';
        return 1;
    }
    QSqlQuery like(handle);
    like.prepare(QStringLiteral("SELECT code FROM like_scan WHERE haystack LIKE :p "
                                "ORDER BY length(name) LIMIT 20"));

    // Warm both paths once.
    (void)store.value()->search(queries.first());
    int ourHits = 0;
    int likeHits = 0;
    const auto ours = timeEach(queries, [&](const QString &q) {
        return int(store.value()->search(q, 20).hits.size());
    }, &ourHits);
    if (qEnvironmentVariableIsSet("MOTCUA_BENCH_SLOWEST")) {
        std::vector<std::pair<double, QString>> slow;
        for (size_t i = 0; i < ours.size(); ++i)
            slow.emplace_back(ours[i], queries.at(qsizetype(i)));
        std::sort(slow.rbegin(), slow.rend());
        for (size_t i = 0; i < 25 && i < slow.size(); ++i)
            out << QStringLiteral("  slow: %1 ms  \"%2\"\n").arg(slow[i].first, 0, 'f', 2).arg(slow[i].second);
    }
    if (qEnvironmentVariableIsSet("MOTCUA_BENCH_OURS_ONLY")) // for profiling our path alone
        return 0;
    const auto naive = timeEach(queries, [&](const QString &q) {
        like.bindValue(QStringLiteral(":p"), QString(u'%' + TextNormalizer::fold(q) + u'%'));
        int n = 0;
        if (like.exec())
            while (like.next())
                ++n;
        return n;
    }, &likeHits);

    const Percentiles a = percentiles(ours);
    const Percentiles b = percentiles(naive);
    if (!dir.autoRemove())
        out << "database kept: " << dir.filePath(QStringLiteral("bench.db")) << '\n';
    out << QStringLiteral("catalog: %1 procedures (imported in %2 ms), %3 queries\n").arg(total).arg(importMs).arg(queries.size());
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n").arg(QStringLiteral("method"), -22).arg(QStringLiteral("p50 ms"), 9)
               .arg(QStringLiteral("p95 ms"), 9).arg(QStringLiteral("p99 ms"), 9).arg(QStringLiteral("mean ms"), 9)
               .arg(QStringLiteral("queries with hits"), 18);
    auto row = [&](const QString &name, const Percentiles &p, int hits) {
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n").arg(name, -22).arg(p.p50, 9, 'f', 3).arg(p.p95, 9, 'f', 3)
                   .arg(p.p99, 9, 'f', 3).arg(p.mean, 9, 'f', 3).arg(hits, 18);
    };
    row(QStringLiteral("FTS5 search (ours)"), a, ourHits);
    row(QStringLiteral("LIKE '%...%' scan"), b, likeHits);
    out << QStringLiteral("speed-up: p50 %1x, p95 %2x, mean %3x\n")
               .arg(b.p50 / a.p50, 0, 'f', 1).arg(b.p95 / a.p95, 0, 'f', 1).arg(b.mean / a.mean, 0, 'f', 1);
    auto verdict = [](bool met) { return met ? QStringLiteral("met") : QStringLiteral("NOT met"); };
    out << QStringLiteral("goal p95 <= 2 ms: %1; goal >= 20x faster than LIKE: at p50 %2, at mean %3, at p95 %4\n")
               .arg(verdict(a.p95 <= 2.0), verdict(b.p50 / a.p50 >= 20.0), verdict(b.mean / a.mean >= 20.0),
                    verdict(b.p95 / a.p95 >= 20.0));
    return 0;
}
