// SPDX-License-Identifier: GPL-3.0-or-later
#include "soakjournal.h"

#include <QFile>

#include <fcntl.h>
#include <unistd.h>

namespace motcua::soak {

namespace {

// The words each kind of entry has (its name included).
int wordsOf(const QString &kind)
{
    if (kind == QLatin1String("filed"))
        return 4;
    if (kind == QLatin1String("saved") || kind == QLatin1String("answer-lost"))
        return 3;
    return 2;
}

bool writeAll(int fd, const QByteArray &bytes)
{
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0)
            return false;
        done += n;
    }
    return true;
}

} // namespace

SoakJournal::SoakJournal(const QString &path)
{
    QFile existing(path);
    bool torn = false;
    if (existing.open(QIODevice::ReadOnly) && existing.size() > 0) {
        existing.seek(existing.size() - 1);
        torn = existing.read(1) != "\n";
    }
    m_fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_APPEND | O_CREAT, 0600);
    if (m_fd >= 0 && torn)
        (void)writeAll(m_fd, "\n");
}

SoakJournal::~SoakJournal()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

void SoakJournal::append(const QStringList &words)
{
    if (m_fd < 0)
        return;
    (void)writeAll(m_fd, words.join(u' ').toUtf8() + '\n');
    ::fsync(m_fd);
}

SoakJournal::Read SoakJournal::read(const QString &path)
{
    Read r;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return r;
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The part after the last '\n' is torn (or empty); so is any line of the wrong shape.
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const bool complete = i + 1 < lines.size();
        const QStringList words = QString::fromUtf8(lines[i]).split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty())
            continue;
        if (!complete || words.size() != wordsOf(words.first())) {
            ++r.torn;
            continue;
        }
        r.entries.append(words);
    }
    return r;
}

} // namespace motcua::soak
