// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/jsonreader.h"
#include "common/uilanguage.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace motcua {

// Catalog and form records keep their English texts in an "en" object beside the Vietnamese
// ones, under the same keys (UiLanguage's convention). A record read from such data keeps that
// object as it is (its `en` member) and picks a text when it is shown.

// The text to show in `language`: the English one in `en` under `key` when `language` is
// English and there is one, else `vietnamese`.
[[nodiscard]] QString localText(const QString &vietnamese, const QJsonObject &en, const QString &key,
                                const QString &language = UiLanguage::current());

// Reads the optional "en" object of `owner`, which is at `path`, and records every problem with
// its JSON path: "en" is not an object; a key that is not one of `texts` (strings) or `lists`
// (arrays of strings); a value of the wrong type, or blank; an English text with no
// Vietnamese text beside it to translate. Returns the English texts, trimmed (empty when
// there are none or something is wrong).
[[nodiscard]] QJsonObject readEnglish(const JsonReader &r, const QJsonObject &owner, const QString &path,
                                      const QStringList &texts, const QStringList &lists = {});

} // namespace motcua
