// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage/fileowner.h"

#include <QByteArrayList>
#include <QHash>
#include <QString>

namespace motcua {

// An INI config file edited line by line: `set` changes or adds one key of one group and keeps
// every other line (comments, blank lines, other groups, their order) byte for byte. QSettings
// would rewrite the whole file and drop its comments (the packaged kiosk.conf is a commented
// template). Values are written as QSettings reads them back: plain when that is safe, else in
// double quotes with " and \ escaped (a commune name with a comma stays one string, not a list).
class IniFile
{
public:
    // The file's text and its values as QSettings reads them; a missing file is an empty one.
    [[nodiscard]] static Result<IniFile> load(const QString &path);

    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] bool exists() const { return m_existed; }
    // The value as KioskConfig sees it (a list joined with ", "); null when the key is absent.
    [[nodiscard]] QString value(const QString &group, const QString &key) const;
    // Gives `key` this value: every line QSettings reads as group/key is rewritten; a missing key goes
    // below its commented-out line (";key = …") when the group has one, else below the
    // group's last key (or its header); a missing group is added at the end. False (and nothing touched) when the key
    // already has this value.
    bool set(const QString &group, const QString &key, const QString &value);
    // Removes every line QSettings reads as group/key; false when there were none.
    bool remove(const QString &group, const QString &key);
    [[nodiscard]] QByteArray text() const { return m_lines.join('\n'); }
    // Writes the text atomically, keeping the file's mode, owner and group; a new file gets
    // `newFileMode` and `newFileOwner` (else the creator's).
    [[nodiscard]] Status save(mode_t newFileMode = 0644,
                              std::optional<FileOwner::Owner> newFileOwner = std::nullopt) const;

    // How `value` is written after "key=" so that QSettings reads exactly `value` back.
    [[nodiscard]] static QByteArray encoded(const QString &value);

private:
    QString m_path;
    bool m_existed = false;
    QByteArrayList m_lines; // without their '\n' (a '\r' stays)
    QHash<QString, QString> m_values; // "group/key" → value
};

} // namespace motcua
