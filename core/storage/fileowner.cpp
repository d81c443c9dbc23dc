// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileowner.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::FileOwner {

namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

} // namespace

std::optional<Owner> inheritedOwner(uid_t euid, const Owner &folder)
{
    if (euid != 0 || folder.uid == 0)
        return std::nullopt;
    return folder;
}

std::optional<FileStat> statOf(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return std::nullopt;
    return FileStat{{st.st_uid, st.st_gid}, mode_t(st.st_mode & 07777)};
}

Status adoptFolderOwner(const QString &path)
{
    const auto folder = statOf(QFileInfo(path).absolutePath());
    if (!folder)
        return Error{QStringLiteral("cannot read the owner of %1: %2").arg(QFileInfo(path).absolutePath(), systemError())};
    const auto owner = inheritedOwner(geteuid(), folder->owner);
    if (!owner)
        return Done{};
    if (::chown(QFile::encodeName(path).constData(), owner->uid, owner->gid) != 0)
        return Error{QStringLiteral("cannot give %1 to its folder's owner (uid %2): %3")
                         .arg(path)
                         .arg(owner->uid)
                         .arg(systemError())};
    return Done{};
}

Status writeAtomically(const QString &path, const QByteArray &bytes, mode_t mode, std::optional<Owner> owner)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error{QStringLiteral("cannot create folder %1").arg(QFileInfo(path).absolutePath())};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    // The mode and owner are set on the temporary file, before any byte is in it and before
    // it takes the name: nobody ever sees the file with other ones.
    const int fd = file.handle();
    const bool chown = owner && !(owner->uid == geteuid() && owner->gid == getegid());
    if (::fchmod(fd, mode) != 0 || (chown && ::fchown(fd, owner->uid, owner->gid) != 0)) {
        const QString reason = systemError();
        file.cancelWriting();
        return Error{QStringLiteral("cannot set the mode or owner of %1: %2").arg(path, reason)};
    }
    if (file.write(bytes) != bytes.size() || !file.commit())
        return Error{QStringLiteral("cannot write %1: %2").arg(path, file.errorString())};
    return Done{};
}

} // namespace motcua::FileOwner
