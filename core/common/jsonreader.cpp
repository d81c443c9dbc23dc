// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace motcua {

QString JsonReader::join(const QString &path, const QString &key)
{
    return path.isEmpty() ? key : path + u'.' + key;
}

QString JsonReader::index(const QString &path, qsizetype i)
{
    return path + u'[' + QString::number(i) + u']';
}

void JsonReader::fail(const QString &path, const QString &problem) const
{
    m_errors->append((path.isEmpty() ? QStringLiteral("(document)") : path) + QStringLiteral(": ")
                     + problem);
}

std::optional<QJsonValue> JsonReader::present(const QJsonObject &o, const QString &path,
                                              const QString &key, bool required) const
{
    const auto it = o.constFind(key);
    if (it == o.constEnd() || it->isNull()) {
        if (required)
            fail(join(path, key), QStringLiteral("missing"));
        return std::nullopt;
    }
    return *it;
}

std::optional<QString> JsonReader::string(const QJsonObject &o, const QString &path,
                                          const QString &key, bool required) const
{
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isString()) {
        fail(join(path, key), QStringLiteral("must be a string"));
        return std::nullopt;
    }
    const QString s = v->toString().trimmed();
    if (s.isEmpty()) {
        if (required)
            fail(join(path, key), QStringLiteral("must not be empty"));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonReader::matching(const QJsonObject &o, const QString &path,
                                            const QString &key, const QRegularExpression &re,
                                            const QString &expected, bool required) const
{
    auto s = string(o, path, key, required);
    if (s && !re.match(*s).hasMatch()) {
        fail(join(path, key), QStringLiteral("'%1' is not %2").arg(*s, expected));
        return std::nullopt;
    }
    return s;
}

std::optional<QString> JsonReader::oneOf(const QJsonObject &o, const QString &path,
                                         const QString &key, const QStringList &allowed,
                                         bool required) const
{
    auto s = string(o, path, key, required);
    if (s && !allowed.contains(*s)) {
        fail(join(path, key),
             QStringLiteral("'%1' is not one of: %2").arg(*s, allowed.join(QStringLiteral(", "))));
        return std::nullopt;
    }
    return s;
}

std::optional<qint64> JsonReader::integer(const QJsonObject &o, const QString &path,
                                          const QString &key, qint64 min, qint64 max,
                                          bool required) const
{
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    const double d = v->toDouble(-1.5);
    if (v->isDouble() && (d < double(min) || d > double(max))) { // before any cast to an integer
        fail(join(path, key), QStringLiteral("%1 is out of range %2..%3").arg(d, 0, 'g', 15).arg(min).arg(max));
        return std::nullopt;
    }
    if (!v->isDouble() || d != static_cast<double>(static_cast<qint64>(d))) {
        fail(join(path, key), QStringLiteral("must be a whole number"));
        return std::nullopt;
    }
    const auto n = static_cast<qint64>(d);
    if (n < min || n > max) {
        fail(join(path, key), QStringLiteral("%1 is out of range %2..%3").arg(n).arg(min).arg(max));
        return std::nullopt;
    }
    return n;
}

std::optional<bool> JsonReader::boolean(const QJsonObject &o, const QString &path,
                                        const QString &key, bool required) const
{
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isBool()) {
        fail(join(path, key), QStringLiteral("must be true or false"));
        return std::nullopt;
    }
    return v->toBool();
}

std::optional<QJsonArray> JsonReader::array(const QJsonObject &o, const QString &path,
                                            const QString &key, bool required) const
{
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isArray()) {
        fail(join(path, key), QStringLiteral("must be an array"));
        return std::nullopt;
    }
    return v->toArray();
}

std::optional<QJsonObject> JsonReader::object(const QJsonObject &o, const QString &path,
                                              const QString &key, bool required) const
{
    const auto v = present(o, path, key, required);
    if (!v)
        return std::nullopt;
    if (!v->isObject()) {
        fail(join(path, key), QStringLiteral("must be an object"));
        return std::nullopt;
    }
    return v->toObject();
}

std::optional<QStringList> JsonReader::stringList(const QJsonObject &o, const QString &path,
                                                  const QString &key, int minCount,
                                                  bool required) const
{
    const auto arr = array(o, path, key, required);
    if (!arr)
        return std::nullopt;
    QStringList out;
    bool good = true;
    for (qsizetype i = 0; i < arr->size(); ++i) {
        const QJsonValue v = arr->at(i);
        if (!v.isString() || v.toString().trimmed().isEmpty()) {
            fail(index(join(path, key), i), QStringLiteral("must be a non-empty string"));
            good = false;
            continue;
        }
        out.append(v.toString().trimmed());
    }
    if (good && out.size() < minCount) {
        fail(join(path, key), QStringLiteral("needs at least %1 item(s)").arg(minCount));
        return std::nullopt;
    }
    return good ? std::optional<QStringList>(out) : std::nullopt;
}

std::optional<QJsonObject> JsonReader::objectAt(const QJsonArray &array, qsizetype i,
                                                const QString &arrayPath) const
{
    if (!array.at(i).isObject()) {
        fail(index(arrayPath, i), QStringLiteral("must be an object"));
        return std::nullopt;
    }
    return array.at(i).toObject();
}

std::optional<QJsonObject> JsonReader::parseDocument(const QByteArray &bytes) const
{
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError) {
        // Convert the byte offset to line and column, which is what a person can find.
        const QByteArray head = bytes.left(err.offset);
        const int line = head.count('\n') + 1;
        const int column = int(err.offset - (head.lastIndexOf('\n') + 1)) + 1;
        fail(QString(), QStringLiteral("invalid JSON at line %1, column %2: %3")
                            .arg(line)
                            .arg(column)
                            .arg(err.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        fail(QString(), QStringLiteral("must be a JSON object"));
        return std::nullopt;
    }
    return doc.object();
}

} // namespace motcua
