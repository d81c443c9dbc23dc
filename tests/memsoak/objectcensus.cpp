// SPDX-License-Identifier: GPL-3.0-or-later
#include "objectcensus.h"

#include <QFile>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSqlDatabase>
#include <QStringList>

#include <algorithm>

#include <dlfcn.h>
#include <mutex>
#include <unordered_set>

namespace motcua {

namespace {

// QtCore's hook table (private/qhooks_p.h): [0] version, [3] AddQObject, [4] RemoveQObject.
constexpr int kHookVersion = 0;
constexpr int kAddQObject = 3;
constexpr int kRemoveQObject = 4;
using ObjectHook = void (*)(QObject *);

// Every live QObject made since install(), whatever its thread.
std::mutex s_mutex;
std::unordered_set<QObject *> s_live;
ObjectHook s_previousAdd = nullptr;
ObjectHook s_previousRemove = nullptr;
bool s_installed = false;

void added(QObject *object)
{
    {
        const std::lock_guard lock(s_mutex);
        s_live.insert(object);
    }
    if (s_previousAdd)
        s_previousAdd(object);
}

void removed(QObject *object)
{
    {
        const std::lock_guard lock(s_mutex);
        s_live.erase(object);
    }
    if (s_previousRemove)
        s_previousRemove(object);
}

// A line "Name:   1234 kB" of /proc/self/status, in kB.
qint64 statusKb(const QByteArray &status, const QByteArray &name)
{
    const QByteArray key = '\n' + name + ':';
    const qsizetype at = status.indexOf(key);
    if (at < 0)
        return 0;
    const qsizetype end = status.indexOf('\n', at + 1);
    QByteArray value = status.mid(at + key.size(), end - at - key.size());
    return value.replace("kB", "").trimmed().toLongLong();
}

int countItems(QQuickItem *item)
{
    int count = 1;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        count += countItems(child);
    return count;
}

} // namespace

bool ObjectCensus::install()
{
    auto *hooks = static_cast<quintptr *>(dlsym(RTLD_DEFAULT, "qtHookData"));
    if (!hooks || hooks[kHookVersion] < 1)
        return false;
    s_previousAdd = reinterpret_cast<ObjectHook>(hooks[kAddQObject]);
    s_previousRemove = reinterpret_cast<ObjectHook>(hooks[kRemoveQObject]);
    hooks[kAddQObject] = reinterpret_cast<quintptr>(&added);
    hooks[kRemoveQObject] = reinterpret_cast<quintptr>(&removed);
    s_installed = true;
    return true;
}

QStringList ObjectCensus::grownSince(const ObjectCensus &earlier) const
{
    QList<std::pair<int, QByteArray>> grown;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        if (const int more = it.value() - earlier.byClass.value(it.key()); more > 0)
            grown.append({more, it.key()});
    std::sort(grown.begin(), grown.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    QStringList lines;
    for (const auto &[more, name] : grown)
        lines.append(QStringLiteral("%1 +%2").arg(QString::fromLatin1(name)).arg(more));
    return lines;
}

ObjectCensus ObjectCensus::take(QQuickWindow *window)
{
    ObjectCensus census;
    QFile status(QStringLiteral("/proc/self/status"));
    if (status.open(QIODevice::ReadOnly)) {
        const QByteArray text = '\n' + status.readAll();
        census.rssKb = statusKb(text, "VmRSS");
        census.peakRssKb = statusKb(text, "VmHWM");
    }
    if (s_installed) {
        // An object being destroyed in another thread waits for the lock in its removal hook,
        // after its own destructor: its class is then QObject.
        const std::lock_guard lock(s_mutex);
        census.qobjects = qint64(s_live.size());
        for (const QObject *object : s_live)
            ++census.byClass[object->metaObject()->className()];
    }
    if (window) {
        census.windowObjects = int(window->findChildren<QObject *>().size());
        census.quickItems = countItems(window->contentItem());
    }
    census.sqlConnections = int(QSqlDatabase::connectionNames().size());
    return census;
}

} // namespace motcua
