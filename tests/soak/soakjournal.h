// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::soak {

// What the soak worker claimed, one line per event, each on disk (fsync) before the worker goes
// on: the checker compares it with the databases after the kills. Intents are written before
// the act ("submitting DRAFT"), acknowledgements after it returned ("filed DRAFT CODE ID": the
// file code was shown to the citizen). A kill can tear the last line; it is ignored.
//
//   start PROCEDURE          draft DRAFT           saved DRAFT FIELD
//   submitting DRAFT         filed DRAFT CODE ID   paid CODE
//   resumed DRAFT            resume-failed DRAFT   answer-lost DRAFT FIELD
class SoakJournal
{
public:
    // Opens for appending; a torn last line (a kill mid-write) is closed first.
    explicit SoakJournal(const QString &path);
    ~SoakJournal();
    SoakJournal(const SoakJournal &) = delete;
    SoakJournal &operator=(const SoakJournal &) = delete;

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    // Appends "WORDS…\n" and waits until it is on disk.
    void append(const QStringList &words);

    struct Read
    {
        QList<QStringList> entries;
        int torn = 0; // lines cut short by a kill
    };
    [[nodiscard]] static Read read(const QString &path);

private:
    int m_fd = -1;
};

} // namespace motcua::soak
