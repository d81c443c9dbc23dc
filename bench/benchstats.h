// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <algorithm>
#include <vector>

// Timing summaries the benchmarks print.
namespace motcua::bench {

struct Percentiles
{
    double p50 = 0, p95 = 0, p99 = 0, mean = 0;
};

inline Percentiles percentiles(std::vector<double> ms)
{
    if (ms.empty())
        return {};
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) { return ms.at(std::min(ms.size() - 1, size_t(q * double(ms.size())))); };
    double sum = 0;
    for (double v : ms)
        sum += v;
    return {at(0.50), at(0.95), at(0.99), sum / double(ms.size())};
}

} // namespace motcua::bench
