// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>
#include <cstdlib>

namespace motcua::fuzz {

namespace {

QTemporaryDir &scratchDir()
{
    static QTemporaryDir dir;
    return dir;
}

} // namespace

QDateTime fixedNow()
{
    return QDateTime(kToday, QTime(9, 30), QTimeZone::utc());
}

QByteArray takeLine(QByteArray &rest)
{
    const qsizetype end = rest.indexOf('\n');
    const QByteArray line = end < 0 ? rest : rest.left(end);
    rest = end < 0 ? QByteArray() : rest.mid(end + 1);
    return line;
}

QString scratchFile(const char *suffix)
{
    static quint64 counter = 0;
    if (!scratchDir().isValid())
        fail("a scratch folder can be made", scratchDir().errorString());
    return scratchDir().filePath(QStringLiteral("f%1%2").arg(++counter).arg(QLatin1String(suffix)));
}

void fail(const char *invariant, const QString &detail)
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", invariant, qUtf8Printable(detail));
    std::fflush(stderr);
    std::abort();
}

} // namespace motcua::fuzz

// Qt wants an application object for its locale, text codecs and file system watchers; one for
// the whole run, never deleted (at exit Qt's own globals go first). No logging: a target's
// qWarning on a bad input is no finding; a qFatal is.
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static int appArgc = 1;
    static char *appArgv[] = {*argc > 0 ? (*argv)[0] : nullptr, nullptr};
    if (!QCoreApplication::instance())
        new QCoreApplication(appArgc, appArgv); // NOLINT: lives until the process ends
    qputenv("QT_LOGGING_RULES", "*=false");
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "qFatal: %s\n", qUtf8Printable(message));
            std::abort();
        }
    });
    return 0;
}
