// SPDX-License-Identifier: GPL-3.0-or-later
#include "uidriver.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QThread>

#include <algorithm>

namespace motcua {

namespace {

// The first visible item called `name` under `item`, depth first.
QQuickItem *findVisible(QQuickItem *item, const QString &name)
{
    if (!item || !item->isVisible())
        return nullptr;
    if (item->objectName() == name && item->opacity() > 0)
        return item;
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findVisible(child, name))
            return found;
    return nullptr;
}

// The key a keyboard would send for `c` (letters, digits and space; others only as text).
int keyFor(QChar c)
{
    if (c.unicode() < 128 && c.isLetter())
        return Qt::Key_A + (c.toUpper().unicode() - u'A');
    if (c.unicode() < 128 && c.isDigit())
        return Qt::Key_0 + (c.unicode() - u'0');
    if (c == u' ')
        return Qt::Key_Space;
    return Qt::Key_unknown;
}

} // namespace

UiDriver::UiDriver(QQuickWindow *window)
    : m_window(window), m_shell(window ? window->findChild<QObject *>(QStringLiteral("kioskShell")) : nullptr)
{
}

void UiDriver::settle(int ms)
{
    (void)waitUntil([] { return false; }, ms);
}

bool UiDriver::waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (condition())
            return true;
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        // Outside app.exec() a deleteLater() waits for an explicit request.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        QThread::msleep(5);
    }
}

QObject *UiDriver::openScreen(const QString &screen, const QString &argument)
{
    QVariant item;
    QMetaObject::invokeMethod(m_shell, "openScreen", Q_RETURN_ARG(QVariant, item), Q_ARG(QVariant, screen),
                              Q_ARG(QVariant, argument));
    return item.value<QObject *>();
}

void UiDriver::showHome()
{
    QMetaObject::invokeMethod(m_shell, "showHome");
}

QString UiDriver::currentScreen() const
{
    return m_shell ? m_shell->property("currentScreen").toString() : QString();
}

bool UiDriver::waitForScreen(const QString &screenName, int timeoutMs)
{
    return waitUntil(
        [&] {
            const auto *stack = m_shell->property("stack").value<QObject *>();
            return currentScreen() == screenName && (!stack || !stack->property("busy").toBool());
        },
        timeoutMs);
}

QQuickItem *UiDriver::findItem(const QString &objectName, int timeoutMs) const
{
    QQuickItem *found = nullptr;
    (void)waitUntil([&] { return (found = findVisible(m_window->contentItem(), objectName)) != nullptr; }, timeoutMs);
    return found;
}

void UiDriver::scrollIntoView(QQuickItem *item)
{
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        auto *content = p->property("contentItem").value<QQuickItem *>();
        if (!content || !p->property("flicking").isValid() || !p->property("contentY").isValid())
            continue;
        const qreal top = item->mapToItem(content, QPointF(0, 0)).y();
        const qreal contentY = p->property("contentY").toReal();
        const qreal bottom = top + std::min(item->height(), p->height());
        if (top < contentY)
            p->setProperty("contentY", std::max<qreal>(0, top - 20));
        else if (bottom > contentY + p->height())
            p->setProperty("contentY", std::min(std::max<qreal>(0, p->property("contentHeight").toReal() - p->height()),
                                                bottom - p->height() + 20));
    }
}

bool UiDriver::click(const QString &objectName)
{
    return click(findItem(objectName));
}

bool UiDriver::click(QQuickItem *item)
{
    if (!item)
        return false;
    settle(30); // layouts settle (an error summary may just have pushed things down)
    scrollIntoView(item);
    settle(30);
    const QPointF at = item->mapToScene(QPointF(item->width() / 2, item->height() / 2));
    const QPointF global = m_window->mapToGlobal(at);
    QMouseEvent press(QEvent::MouseButtonPress, at, global, Qt::LeftButton, Qt::LeftButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &press);
    settle(20);
    QMouseEvent release(QEvent::MouseButtonRelease, at, global, Qt::LeftButton, Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(m_window, &release);
    settle(20);
    return true;
}

void UiDriver::typeText(const QString &text, int msPerKey)
{
    for (const QChar c : text) {
        const int key = keyFor(c);
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(m_window, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(c));
        QCoreApplication::sendEvent(m_window, &release);
        settle(msPerKey);
    }
}

} // namespace motcua
