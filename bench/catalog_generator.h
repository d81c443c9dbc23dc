// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/catalogbundle.h"

#include <QStringList>

#include <random>

namespace motcua::bench {

// A large catalog in the shape of the real one: the demo catalog's procedures, plus
// generated ones whose names, keywords and documents are built from real Vietnamese
// administrative vocabulary, so word frequencies look like a province's full catalog.
[[nodiscard]] CatalogBundle generateCatalog(const CatalogBundle &seed, int total, std::mt19937 &rng);

// What citizens type: whole names without accents, half-typed names, keywords, capitals,
// codes, sentences with filler words, and things no procedure has.
[[nodiscard]] QStringList generateQueries(const CatalogBundle &catalog, int count, std::mt19937 &rng);

} // namespace motcua::bench
