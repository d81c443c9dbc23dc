// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <optional>

namespace motcua {

// Reads typed fields out of a JSON object and records every problem with its JSON path
// ("procedures[3].documents[1].name: missing"). Parsers keep going after an error so that
// one pass reports everything that is wrong with a file.
class JsonReader
{
public:
    explicit JsonReader(QStringList *errors) : m_errors(errors) {}

    [[nodiscard]] static QString join(const QString &path, const QString &key);
    [[nodiscard]] static QString index(const QString &path, qsizetype i);

    void fail(const QString &path, const QString &problem) const;

    // Each getter: returns the value when present and well-typed, records an error otherwise.
    // Optional variants record an error only when the key is present with a wrong type.
    [[nodiscard]] std::optional<QString> string(const QJsonObject &o, const QString &path,
                                                const QString &key, bool required = true) const;
    [[nodiscard]] std::optional<QString> matching(const QJsonObject &o, const QString &path,
                                                  const QString &key, const QRegularExpression &re,
                                                  const QString &expected,
                                                  bool required = true) const;
    [[nodiscard]] std::optional<QString> oneOf(const QJsonObject &o, const QString &path,
                                               const QString &key, const QStringList &allowed,
                                               bool required = true) const;
    [[nodiscard]] std::optional<qint64> integer(const QJsonObject &o, const QString &path,
                                                const QString &key, qint64 min, qint64 max,
                                                bool required = true) const;
    [[nodiscard]] std::optional<bool> boolean(const QJsonObject &o, const QString &path,
                                              const QString &key, bool required = true) const;
    [[nodiscard]] std::optional<QJsonArray> array(const QJsonObject &o, const QString &path,
                                                  const QString &key, bool required = true) const;
    [[nodiscard]] std::optional<QJsonObject> object(const QJsonObject &o, const QString &path,
                                                    const QString &key, bool required = true) const;
    [[nodiscard]] std::optional<QStringList> stringList(const QJsonObject &o, const QString &path,
                                                        const QString &key, int minCount,
                                                        bool required = true) const;

    // array[i] as an object, or an error "<path>[i]: must be an object".
    [[nodiscard]] std::optional<QJsonObject> objectAt(const QJsonArray &array, qsizetype i,
                                                      const QString &arrayPath) const;

    // Parses a whole document; on a syntax error records "line L, column C: <reason>".
    [[nodiscard]] std::optional<QJsonObject> parseDocument(const QByteArray &bytes) const;

private:
    [[nodiscard]] std::optional<QJsonValue> present(const QJsonObject &o, const QString &path,
                                                    const QString &key, bool required) const;
    QStringList *m_errors;
};

} // namespace motcua
