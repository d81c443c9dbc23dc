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

// A line or key with the blanks QSettings skips around it: space, tab, CR and LF only. A form
// feed or vertical tab is no blank to QSettings ("\f[kiosk]" is no group header).
QByteArray trimmedAsSettings(QByteArray text)
{
    const auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
    qsizetype from = 0;
    qsizetype to = text.size();
    while (from < to && blank(text.at(from)))
        ++from;
    while (to > from && blank(text.at(to - 1)))
        --to;
    return text.sliced(from, to - from);
}

// A group or key name as QSettings reads it from the file: '\' is '/', and "%XX" and "%UXXXX"
// are characters (hexadecimal): "commune%5Fname" is commune_name, "\commune_name" is
// "/commune_name". QSettings keeps the slashes as they are: a key it stores as
// "kiosk//commune_name" is listed by allKeys() but no value() finds it.
QString settingsName(const QByteArray &raw)
{
    QString name = QStringLiteral(""); // never null: a null name means "no key" to the callers
    QByteArray plain; // UTF-8 bytes since the last escape
    const auto flush = [&] { name += QString::fromUtf8(plain); plain.clear(); };
    for (qsizetype i = 0; i < raw.size();) {
        const char c = raw.at(i);
        if (c == '\\') {
            flush();
            name += u'/';
            ++i;
            continue;
        }
        if (c == '%' && i + 1 < raw.size()) {
            const bool wide = raw.at(i + 1) == 'U';
            const qsizetype first = i + (wide ? 2 : 1);
            const qsizetype digits = wide ? 4 : 2;
            bool ok = false;
            const ushort code = first + digits <= raw.size() ? raw.mid(first, digits).toUShort(&ok, 16) : 0;
            if (ok) {
                flush();
                name += QChar(code);
                i = first + digits;
                continue;
            }
        }
        plain += c;
        ++i;
    }
    flush();
    return name;
}

// What QSettings puts before the keys of a group: nothing for [General] (in any case) and
// before the first header, else "group/".
QString keyPrefixOf(const QString &group)
{
    return group.isEmpty() || group.compare(QLatin1String("general"), Qt::CaseInsensitive) == 0 ? QString()
                                                                                              : group + u'/';
}

// "[name]" → name; else null. As QSettings reads it: up to the first ']', the rest of the line
// ignored ("[General]junk" starts [General]).
QString groupOf(const QByteArray &line)
{
    const QByteArray t = trimmedAsSettings(line);
    const qsizetype close = t.indexOf(']');
    if (t.startsWith('[') && close > 0)
        return settingsName(t.mid(1, close - 1).trimmed());
    return {};
}

// The key a "key = value" line sets, as QSettings names it (null for comments, blank lines
// and group headers).
QString activeKeyOf(const QByteArray &line)
{
    const QByteArray t = trimmedAsSettings(line);
    if (t.isEmpty() || t.startsWith(';') || t.startsWith('#') || t.startsWith('['))
        return {};
    const qsizetype eq = t.indexOf('=');
    return eq <= 0 ? QString() : settingsName(trimmedAsSettings(t.left(eq)));
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

// How QSettings joins lines: a line ending in '\' (escaped line break) or inside an open quote
// runs on into the next; a ';' outside quotes starts a comment, which ends the line.
struct LineFlow
{
    QList<bool> continued; // line i belongs to the line before it (is no key, group or comment)
    bool openQuoteAtEnd = false;
    bool runsOnAtEnd = false; // the last line ends in '\' (no line break after it)

    // Whether line i runs on into the line after it (or would, once one is added).
    [[nodiscard]] bool runsOn(qsizetype i) const { return i + 1 < continued.size() ? continued.at(i + 1) : runsOnAtEnd; }
};

LineFlow flowOf(const QByteArrayList &lines)
{
    LineFlow flow;
    flow.continued.fill(false, lines.size());
    bool inQuotes = false;
    bool runsOn = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        flow.continued[i] = runsOn;
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        runsOn = false;
        if (!flow.continued[i] && trimmedAsSettings(line).startsWith(';'))
            continue; // a comment line
        bool escaped = false;
        bool comment = false;
        for (qsizetype k = 0; k < line.size() && !comment; ++k) {
            const char c = line.at(k);
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inQuotes = !inQuotes;
            else if (c == ';' && !inQuotes)
                comment = true;
        }
        runsOn = !comment && (escaped || inQuotes);
        inQuotes = inQuotes && runsOn;
    }
    flow.openQuoteAtEnd = inQuotes;
    flow.runsOnAtEnd = runsOn;
    return flow;
}

// The last line of the (logical) line that starts at `first`.
int lastLineOf(const LineFlow &flow, int first)
{
    int last = first;
    while (last + 1 < flow.continued.size() && flow.continued.at(last + 1))
        ++last;
    return last;
}

// The (logical) line that starts at `first`, its lines joined: what QSettings reads as one.
QByteArray logicalLine(const QByteArrayList &lines, const LineFlow &flow, int first)
{
    QByteArray joined = lines.at(first);
    for (int i = first + 1; i <= lastLineOf(flow, first); ++i)
        joined += '\n' + lines.at(i);
    return joined;
}

// One [group] section: the indexes of its header (-1: no header, the file's start for
// "General") and its end (one past its last line). A group may have several sections:
// QSettings reads them all, a later key winning.
struct Section
{
    int header = -1;
    int end = -1;
};

QList<Section> sectionsOf(const QByteArrayList &lines, const LineFlow &flow, const QString &group)
{
    QList<Section> found;
    const QString wanted = keyPrefixOf(group);
    QString current; // before the first header: no prefix, as in [General]
    if (current == wanted)
        found.append(Section{-1, -1});
    for (int i = 0; i < lines.size(); ++i) {
        if (flow.continued.at(i))
            continue;
        if (const QString g = groupOf(logicalLine(lines, flow, i)); !g.isNull()) {
            if (current == wanted && !found.isEmpty() && found.last().end < 0)
                found.last().end = i;
            current = keyPrefixOf(g);
            if (current == wanted)
                found.append(Section{i, -1});
        }
    }
    if (!found.isEmpty() && found.last().end < 0)
        found.last().end = int(lines.size());
    return found;
}

// The lines QSettings reads as group/key, anywhere in the file (the last one wins): "commune_name="
// under [kiosk] or [ki%6Fsk], "commune%5Fname=" under [kiosk], "kiosk/commune_name=" before the
// first header or under [General].
QList<int> activeKeyLinesOf(const QByteArrayList &lines, const LineFlow &flow, const QString &group, const QString &key)
{
    const QString wanted = keyPrefixOf(group) + key;
    QList<int> found;
    QString prefix;
    for (int i = 0; i < lines.size(); ++i) {
        if (flow.continued.at(i))
            continue;
        const QByteArray line = logicalLine(lines, flow, i);
        if (const QString g = groupOf(line); !g.isNull())
            prefix = keyPrefixOf(g);
        else if (const QString k = activeKeyOf(line); !k.isNull() && prefix + k == wanted)
            found.append(i);
    }
    return found;
}

// Lines in `sections` that name `key` in a comment (";key=", "# key =").
QList<int> commentedKeyLinesOf(const QByteArrayList &lines, const LineFlow &flow, const QList<Section> &sections,
                               const QString &key)
{
    QList<int> found;
    for (const Section &s : sections)
        for (int i = s.header + 1; i < s.end; ++i)
            if (!flow.continued.at(i) && commentedKeyOf(lines.at(i)) == key)
                found.append(i);
    return found;
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
        const QByteArray text = file.readAll();
        // QSettings ends a line at a lone CR too; IniFile's lines end at LF (or CRLF) only, and
        // would rewrite two keys as one.
        static const QRegularExpression loneCr(QStringLiteral("\r(?!\n)"));
        if (const auto m = loneCr.match(QString::fromLatin1(text)); m.hasMatch())
            return Error{QStringLiteral("%1: line %2 ends in a lone CR (carriage return): use LF or CRLF line ends")
                             .arg(path)
                             .arg(text.left(m.capturedStart()).count('\n') + 1)};
        ini.m_lines = text.split('\n');
        // The rest of the file would be one value, and any key set would land inside it.
        if (flowOf(ini.m_lines).openQuoteAtEnd)
            return Error{QStringLiteral("%1: a quote (\") is never closed").arg(path)};
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

QByteArray IniFile::encoded(const QString &value)
{
    // Plain when QSettings reads it back unchanged: no list comma, comment, quote, escape,
    // leading '@' (QSettings' type marker), control character or surrounding space.
    static const QRegularExpression unsafe(QStringLiteral("[,;\"\\\\\\x00-\\x1f\\x7f]"));
    if (!value.isEmpty() && !value.contains(unsafe) && !value.startsWith(u'@') && value.trimmed() == value)
        return value.toUtf8();
    // Quoted, with the escapes QSettings reads: a line break or other control character written
    // raw would end the line (or be dropped) and the file would read back differently.
    QString quoted;
    bool afterHexEscape = false; // QSettings' \x takes every hex digit that follows
    for (const QChar c : value) {
        const bool hexDigit = (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
        afterHexEscape = afterHexEscape && hexDigit;
        switch (c.unicode()) {
        case '\\': quoted += QStringLiteral("\\\\"); break;
        case '"': quoted += QStringLiteral("\\\""); break;
        case '\n': quoted += QStringLiteral("\\n"); break;
        case '\r': quoted += QStringLiteral("\\r"); break;
        case '\t': quoted += QStringLiteral("\\t"); break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x7f || afterHexEscape) {
                quoted += QStringLiteral("\\x%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
                afterHexEscape = true;
            } else {
                quoted += c;
            }
        }
    }
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
    LineFlow flow = flowOf(m_lines);
    QList<Section> s = sectionsOf(m_lines, flow, group);
    if (s.isEmpty()) {
        // A new group at the end, after a blank line.
        if (!m_lines.last().trimmed().isEmpty())
            m_lines.append(QByteArray());
        if (m_lines.size() > 1 && !m_lines.at(m_lines.size() - 2).trimmed().isEmpty())
            m_lines.insert(m_lines.size() - 1, QByteArray());
        m_lines.insert(m_lines.size() - 1, '[' + group.toUtf8() + ']');
        flow = flowOf(m_lines);
        s = sectionsOf(m_lines, flow, group);
    }
    const QList<int> active = activeKeyLinesOf(m_lines, flow, group, key);
    for (auto it = active.crbegin(); it != active.crend(); ++it) {
        // "key = old" → "key = new": the spacing before the value stays; the old value's
        // continuation lines go.
        const int i = *it;
        m_lines.remove(i + 1, lastLineOf(flow, i) - i);
        QByteArray &line = m_lines[i];
        if (!line.contains('='))
            line = key.toUtf8() + '='; // "key\" then "= old" on the next line
        qsizetype start = line.indexOf('=') + 1;
        while (start < line.size() && (line.at(start) == ' ' || line.at(start) == '\t'))
            ++start;
        // CRLF stays CRLF; a CR with no LF after it (the file's last line, once the old
        // value's continuation lines are gone) would be a lone CR, which QSettings reads as a
        // line end of its own.
        const bool lastLine = i + 1 == m_lines.size();
        const QByteArray lineEnd = line.endsWith('\r') && !lastLine ? QByteArray("\r") : QByteArray();
        line = line.left(start) + encoded(value) + lineEnd;
    }
    if (!active.isEmpty())
        return true;
    // Below its commented-out line; else in the group's last section (where it wins), below
    // its last key (the comments after it may be about the next group), else below its header.
    int at = 0;
    if (const QList<int> commented = commentedKeyLinesOf(m_lines, flow, s, key); !commented.isEmpty()) {
        at = lastLineOf(flow, commented.last()) + 1; // a "# key = …\" line runs on: '#' is no comment to QSettings
    } else {
        const Section &last = s.last();
        at = last.header < 0 ? 0 : lastLineOf(flow, last.header) + 1; // "[kiosk] …\" runs on too
        for (int i = last.header + 1; i < last.end; ++i)
            if (!flow.continued.at(i) && !activeKeyOf(logicalLine(m_lines, flow, i)).isNull())
                at = lastLineOf(flow, i) + 1;
    }
    const QByteArray line = key.toUtf8() + '=' + encoded(value);
    if (at > 0 && flow.runsOn(at - 1))
        m_lines.insert(at++, QByteArray()); // ends the file's last line, which ends in '\'
    m_lines.insert(at, line);
    return true;
}

bool IniFile::remove(const QString &group, const QString &key)
{
    const LineFlow flow = flowOf(m_lines);
    const QList<int> active = activeKeyLinesOf(m_lines, flow, group, key);
    for (auto it = active.crbegin(); it != active.crend(); ++it)
        m_lines.remove(*it, lastLineOf(flow, *it) - *it + 1);
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
