// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace motcua {

// Who owns the files the kiosk's tools create. The kiosk runs as its own user (motcua) while a
// technician runs `motcua` as root: a database root creates in the kiosk's data folder (owned
// by motcua, mode 0700) must belong to that folder's owner, or the kiosk cannot write it.
namespace FileOwner {

struct Owner
{
    uid_t uid = 0;
    gid_t gid = 0;
    friend bool operator==(const Owner &, const Owner &) = default;
};

// The owner a new file in a folder owned by `folder` must get when created by the effective
// user `euid`: the folder's, when root creates it in a folder another user owns; else none
// (the creator keeps it, as usual).
[[nodiscard]] std::optional<Owner> inheritedOwner(uid_t euid, const Owner &folder);

// Gives `path` (a file just created) its folder's owner as inheritedOwner() decides; errors
// name the file. Nothing to do (and Done) for anyone but root.
[[nodiscard]] Status adoptFolderOwner(const QString &path);

// Writes `bytes` to `path` atomically (a temporary file renamed over it) with mode `mode`, and
// `owner` when given (else the creator's).
[[nodiscard]] Status writeAtomically(const QString &path, const QByteArray &bytes, mode_t mode,
                                     std::optional<Owner> owner = std::nullopt);

// The uid/gid and permission bits of `path`, if it exists.
struct FileStat
{
    Owner owner;
    mode_t mode = 0;
};
[[nodiscard]] std::optional<FileStat> statOf(const QString &path);

} // namespace FileOwner

} // namespace motcua
