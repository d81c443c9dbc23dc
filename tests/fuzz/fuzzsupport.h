// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: the Qt setup (LLVMFuzzerInitialize), the input as text or as
// lines, a scratch folder, and a failed invariant that stops the run with a message.
#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace motcua::fuzz {

// The fixed "today" and "now" the targets use, so that an input always does the same.
inline const QDate kToday{2026, 11, 23};
[[nodiscard]] QDateTime fixedNow();

[[nodiscard]] inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
[[nodiscard]] inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// Takes the input's next line (without its '\n') off `rest`; the last line when there is no '\n'.
[[nodiscard]] QByteArray takeLine(QByteArray &rest);

// A folder of this process, removed at exit; a fresh file name in it on every call.
[[nodiscard]] QString scratchFile(const char *suffix);

// An invariant that does not hold: prints what and aborts, which libFuzzer reports as a crash
// (and the replay runner as a failure).
[[noreturn]] void fail(const char *invariant, const QString &detail = {});
inline void require(bool holds, const char *invariant, const QString &detail = {})
{
    if (!holds)
        fail(invariant, detail);
}

} // namespace motcua::fuzz
