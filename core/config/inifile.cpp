// SPDX-License-Identifier: GPL-3.0-or-later
#include "inifile.h"


#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace motcua {

namespace {

QString fullKey(const QString &group, const QString &key)
{
    return group + u'/' + key;
}

// "[name]" → name; else null.
QString groupOf(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    if (t.startsWith('[') && t.endsWith(']'))
        return QString::fromUtf8(t.mid(1, t.size() - 2).trimmed());
    return {};
}

// The key a "key = value" line sets (null for comments, blank lines and group headers).
QString activeKeyOf(const QByteArray &line)
{
    const QByteArray t = line.trimmed();
    if (t.isEmpty() || t.startsWith(';') || t.startsWith('#') || t.startsWith('['))
        return {};
    const qsizetype eq = t.indexOf('=');
    return eq <= 0 ? QString() : QString::fromUtf8(t.left(eq).trimmed());
}

// The key a ";key = value" or "# key=value" comment names (null otherwise).
QString commentedKeyOf(const QByteArray &line)
{
    QByteArray t = line.trimmed();
    if (!t.startsWith(';') && !t.startsWith('#'))
        return {};
    while (!t.isEmpty() && (t.startsWith(';') || t.startsWith('#')))
        t = t.mid(1).trimmed();
    static const QRegularExpression keyThenEquals(QStringLiteral("^([A-Za-z0-9_]+)\\s*="));
    const auto m = keyThenEquals.match(QString::fromUtf8(t));
    return m.hasMatch() ? m.captured(1) : QString();
}

} // namespace

Result<IniFile> IniFile::load(const QString &path)
{
    IniFile ini;
    ini.m_path = path;
    QFile file(path);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
        ini.m_existed = true;
        ini.m_lines = file.readAll().split('\n');
        QSettings settings(path, QSettings::IniFormat);
        if (settings.status() != QSettings::NoError)
            return Error{QStringLiteral("%1 is not a valid INI file").arg(path)};
        for (const QString &key : settings.allKeys()) {
            const QVariant v = settings.value(key);
            const QString name = key.contains(u'/') ? key : fullKey(QStringLiteral("General"), key);
            ini.m_values.insert(name, v.typeId() == QMetaType::QStringList ? v.toStringList().join(QStringLiteral(", "))
                                                                           : v.toString());
        }
    } else {
        ini.m_lines = {QByteArray()}; // an empty text: one empty line, no '\n'
    }
    return ini;
}

QString IniFile::value(const QString &group, const QString &key) const
{
    return m_values.value(fullKey(group, key));
}

std::optional<IniFile::Section> IniFile::section(const QString &group) const
{
    std::optional<Section> found;
    QString current = QStringLiteral("General");
    if (group == current)
        found = Section{-1, 0};
    for (int i = 0; i < m_lines.size(); ++i) {
        if (const QString g = groupOf(m_lines.at(i)); !g.isNull()) {
            if (found && found->end == 0 && current == group)
                found->end = i;
            current = g;
            if (g == group && !found)
                found = Section{i, 0};
        }
    }
    if (found && found->end == 0)
        found->end = int(m_lines.size());
    return found;
}

QList<int> IniFile::keyLines(const Section &s, const QString &key, bool commented) const
{
    QList<int> lines;
    for (int i = s.header + 1; i < s.end; ++i)
        if ((commented ? commentedKeyOf(m_lines.at(i)) : activeKeyOf(m_lines.at(i))) == key)
            lines.append(i);
    return lines;
}

QByteArray IniFile::encoded(const QString &value)
{
    // Plain when QSettings reads it back unchanged: no list comma, comment, quote, escape,
    // leading '@' (QSettings' type marker), control character or surrounding space.
    static const QRegularExpression unsafe(QStringLiteral("[,;\"\\\\\\x00-\\x1f\\x7f]"));
    if (!value.isEmpty() && !value.contains(unsafe) && !value.startsWith(u'@') && value.trimmed() == value)
        return value.toUtf8();
    QString quoted = value;
    quoted.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    if (quoted.startsWith(u'@'))
        quoted.prepend(u'@');
    return '"' + quoted.toUtf8() + '"';
}

bool IniFile::set(const QString &group, const QString &key, const QString &value)
{
    const QString name = fullKey(group, key);
    if (m_values.contains(name) && m_values.value(name) == value)
        return false;
    m_values.insert(name, value);
    std::optional<Section> s = section(group);
    if (!s) {
        // A new group at the end, after a blank line.
        if (!m_lines.last().trimmed().isEmpty())
            m_lines.append(QByteArray());
        if (m_lines.size() > 1 && !m_lines.at(m_lines.size() - 2).trimmed().isEmpty())
            m_lines.insert(m_lines.size() - 1, QByteArray());
        m_lines.insert(m_lines.size() - 1, '[' + group.toUtf8() + ']');
        s = section(group);
    }
    const QList<int> active = keyLines(*s, key, false);
    for (int i : active) {
        // "key = old" → "key = new": the spacing before the value stays.
        QByteArray &line = m_lines[i];
        qsizetype start = line.indexOf('=') + 1;
        while (start < line.size() && (line.at(start) == ' ' || line.at(start) == '\t'))
            ++start;
        const QByteArray lineEnd = line.endsWith('\r') ? QByteArray("\r") : QByteArray();
        line = line.left(start) + encoded(value) + lineEnd;
    }
    if (!active.isEmpty())
        return true;
    const QByteArray line = key.toUtf8() + '=' + encoded(value);
    if (const QList<int> commented = keyLines(*s, key, true); !commented.isEmpty()) {
        m_lines.insert(commented.last() + 1, line);
        return true;
    }
    // Below the group's last key (the comments after it may be about the next group), else
    // below its header.
    int at = s->header + 1;
    for (int i = s->header + 1; i < s->end; ++i)
        if (!activeKeyOf(m_lines.at(i)).isNull())
            at = i + 1;
    m_lines.insert(at, line);
    return true;
}

bool IniFile::remove(const QString &group, const QString &key)
{
    const auto s = section(group);
    if (!s)
        return false;
    const QList<int> active = keyLines(*s, key, false);
    for (auto it = active.crbegin(); it != active.crend(); ++it)
        m_lines.removeAt(*it);
    m_values.remove(fullKey(group, key));
    return !active.isEmpty();
}

Status IniFile::save(mode_t newFileMode, std::optional<FileOwner::Owner> newFileOwner) const
{
    const auto existing = FileOwner::statOf(m_path);
    return FileOwner::writeAtomically(m_path, text(), existing ? existing->mode : newFileMode,
                                      existing ? std::optional(existing->owner) : newFileOwner);
}

} // namespace motcua
