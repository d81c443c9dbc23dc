// SPDX-License-Identifier: GPL-3.0-or-later
#include "localtext.h"

#include <QJsonArray>

namespace motcua {

QString localText(const QString &vietnamese, const QJsonObject &en, const QString &key, const QString &language)
{
    if (language == QLatin1String("en")) {
        const QString english = en.value(key).toString();
        if (!english.trimmed().isEmpty())
            return english;
    }
    return vietnamese;
}

namespace {

// Whether `owner` has a Vietnamese text (or non-empty list) under `key` for English to translate.
bool hasVietnamese(const QJsonObject &owner, const QString &key)
{
    const QJsonValue v = owner.value(key);
    if (v.isArray())
        return !v.toArray().isEmpty();
    return v.isString() && !v.toString().trimmed().isEmpty();
}

} // namespace

QJsonObject readEnglish(const JsonReader &r, const QJsonObject &owner, const QString &path,
                        const QStringList &texts, const QStringList &lists)
{
    const QString enKey = QStringLiteral("en");
    const QString enPath = JsonReader::join(path, enKey);
    if (!owner.contains(enKey))
        return {};
    const QJsonValue value = owner.value(enKey);
    if (!value.isObject()) {
        r.fail(enPath, QStringLiteral("must be an object of English texts, e.g. { \"%1\": \"…\" }")
                           .arg(texts.value(0, lists.value(0))));
        return {};
    }
    const QJsonObject en = value.toObject();
    QJsonObject out;
    bool ok = true;
    const auto fail = [&](const QString &at, const QString &problem) {
        r.fail(at, problem);
        ok = false;
    };
    for (auto it = en.constBegin(); it != en.constEnd(); ++it) {
        const QString key = it.key();
        const QString keyPath = JsonReader::join(enPath, key);
        if (texts.contains(key)) {
            if (!it->isString())
                fail(keyPath, QStringLiteral("must be a string"));
            else if (it->toString().trimmed().isEmpty())
                fail(keyPath, QStringLiteral("must not be empty (leave the key out instead)"));
            else
                out.insert(key, it->toString().trimmed());
        } else if (lists.contains(key)) {
            if (!it->isArray()) {
                fail(keyPath, QStringLiteral("must be an array of strings"));
                continue;
            }
            QJsonArray items;
            const QJsonArray array = it->toArray();
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!array.at(i).isString() || array.at(i).toString().trimmed().isEmpty())
                    fail(JsonReader::index(keyPath, i), QStringLiteral("must be a non-empty string"));
                else
                    items.append(array.at(i).toString().trimmed());
            }
            out.insert(key, items);
        } else {
            const QStringList known = texts + lists;
            fail(keyPath, known.isEmpty()
                              ? QStringLiteral("unknown key (nothing here has an English text)")
                              : QStringLiteral("unknown key (English texts here: %1)").arg(known.join(QStringLiteral(", "))));
            continue;
        }
        if (!hasVietnamese(owner, key))
            fail(keyPath, QStringLiteral("has no Vietnamese '%1' beside it to translate").arg(key));
    }
    return ok ? out : QJsonObject();
}

} // namespace motcua
