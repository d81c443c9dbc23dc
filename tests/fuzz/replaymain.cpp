// SPDX-License-Identifier: GPL-3.0-or-later
// Runs a fuzz target once on each file named (a folder: each file in it, sorted), without
// libFuzzer: the replay tests of the checked-in corpus and regressions, in any build.
#include "fuzzsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

int main(int argc, char **argv)
{
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (!QFileInfo(arg).isDir()) {
            files.append(arg);
            continue;
        }
        QStringList inDir;
        QDirIterator it(arg, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext())
            inDir.append(it.next());
        inDir.sort();
        files.append(inDir);
    }
    LLVMFuzzerInitialize(&argc, &argv);
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s: %s\n", qUtf8Printable(path), qUtf8Printable(file.errorString()));
            return 1;
        }
        const QByteArray input = file.readAll();
        std::fprintf(stderr, "%s\n", qUtf8Printable(path)); // the culprit, should the next call abort
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("replayed %lld inputs\n", static_cast<long long>(files.size()));
    return files.isEmpty() ? 1 : 0; // no input at all: a missing corpus, not a pass
}
