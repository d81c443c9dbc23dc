// SPDX-License-Identifier: GPL-3.0-or-later
#include "selftest.h"

#include "screentour.h"
#include "uidriver.h"

#include <QDirIterator>
#include <QMutex>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTextStream>

namespace motcua::SelfTest {

namespace {

QMutex s_mutex;
QStringList s_problems;
QtMessageHandler s_previous = nullptr;

bool isQmlProblem(const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    const QString file = QString::fromLatin1(context.file ? context.file : "");
    return category == QLatin1String("qml") || category == QLatin1String("js")
           || category.startsWith(QLatin1String("qt.qml")) || file.contains(QLatin1String(".qml"))
           || message.contains(QLatin1String(".qml")) || message.contains(QLatin1String("qrc:/"));
}

void record(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && isQmlProblem(context, message)) {
        QMutexLocker lock(&s_mutex);
        s_problems.append(message);
    }
    if (s_previous)
        s_previous(type, context, message);
}

const QString kModuleRoot = QStringLiteral(":/qt/qml/MotCua/Ui");

} // namespace

void startRecording()
{
    s_previous = qInstallMessageHandler(record);
}

int run(QQmlApplicationEngine &engine, QQuickWindow *window, const CatalogStore &catalog, Walkthrough *walkthrough,
        const FilingStore &filings)
{
    QTextStream out(stdout);
    int files = 0;
    // Every screen and component on its own: compiles, and builds without warnings.
    for (const QString &folder : {QStringLiteral("/screens"), QStringLiteral("/components"), QStringLiteral("/filing"),
                                  QStringLiteral("/scanner")}) {
        QDirIterator it(kModuleRoot + folder, {QStringLiteral("*.qml")}, QDir::Files);
        while (it.hasNext()) {
            const QString path = it.next();
            QQmlComponent component(&engine, QUrl(QStringLiteral("qrc") + path));
            std::unique_ptr<QObject> object(component.create());
            if (!object) {
                QMutexLocker lock(&s_mutex);
                s_problems.append(QStringLiteral("%1: %2").arg(path, component.errorString()));
                continue;
            }
            if (auto *item = qobject_cast<QQuickItem *>(object.get())) {
                item->setParentItem(window->contentItem());
                item->setSize(window->size());
            }
            UiDriver::settle(30);
            ++files;
        }
    }
    // Then every screen as a citizen reaches it, with real catalog data.
    QString error;
    const QStringList steps = ScreenTour(window, catalog, walkthrough, filings).run(QString(), &error);
    if (steps.isEmpty())
        s_problems.append(QStringLiteral("screen tour failed: %1").arg(error));

    QMutexLocker lock(&s_mutex);
    out << QStringLiteral("self-test: %1 QML files instantiated, %2 screens visited, %3 problem(s)\n")
               .arg(files)
               .arg(steps.size())
               .arg(s_problems.size());
    for (const QString &p : std::as_const(s_problems))
        out << QStringLiteral("  problem: ") << p << '\n';
    out.flush();
    return (s_problems.isEmpty() && files > 0 && !steps.isEmpty()) ? 0 : 1;
}

} // namespace motcua::SelfTest
