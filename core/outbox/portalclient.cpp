// SPDX-License-Identifier: GPL-3.0-or-later
#include "portalclient.h"

#include "common/asciidigits.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QSslKey>
#include <QTimeZone>

namespace motcua {

Q_LOGGING_CATEGORY(lcPortal, "motcua.portal")

namespace {

enum class Type { String, Integer, Object, Array };

bool hasType(const QJsonValue &v, Type type)
{
    switch (type) {
    case Type::String:
        return v.isString();
    case Type::Integer:
        return v.isDouble() && v.toDouble() == double(v.toInteger());
    case Type::Object:
        return v.isObject();
    case Type::Array:
        return v.isArray();
    }
    return false;
}

const char *typeName(Type type)
{
    switch (type) {
    case Type::String:
        return "a string";
    case Type::Integer:
        return "a whole number";
    case Type::Object:
        return "an object";
    case Type::Array:
        return "an array";
    }
    return "";
}

// "" when every field is there with its type; else the first one that is not.
QString require(const QJsonObject &o, std::initializer_list<std::pair<const char *, Type>> fields,
                const QString &where = {})
{
    for (const auto &[name, type] : fields) {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return QStringLiteral("%1%2 is missing").arg(where, QLatin1String(name));
        if (!hasType(v, type))
            return QStringLiteral("%1%2 is not %3").arg(where, QLatin1String(name), QLatin1String(typeName(type)));
    }
    return {};
}

QString sameFileCode(const QJsonObject &body, const QString &fileCode)
{
    const QString got = body.value(QStringLiteral("fileCode")).toString();
    return got == fileCode ? QString() : QStringLiteral("fileCode is %1, not %2").arg(got, fileCode);
}

} // namespace

QString PortalReply::describe() const
{
    if (httpStatus == 0)
        return QStringLiteral("network: %1").arg(error);
    return QStringLiteral("HTTP %1%2: %3")
        .arg(httpStatus)
        .arg(code.isEmpty() ? QString() : QStringLiteral(" ") + code, error);
}

PortalClient::PortalClient(Settings settings, QObject *parent) : QObject(parent), m_settings(std::move(settings))
{
    m_network.setAutoDeleteReplies(false);
}

PortalClient::Settings PortalClient::settingsFrom(const KioskConfig &config)
{
    return {config.portalUrl, config.portalToken, config.portalPinSha256, config.agencyCode};
}

PortalReply::Kind PortalClient::kindOf(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return PortalReply::Kind::Ok;
    if (httpStatus == 401 || httpStatus == 403)
        return PortalReply::Kind::Unauthorized;
    if (httpStatus == 408 || httpStatus == 409 || httpStatus == 429 || httpStatus >= 500)
        return PortalReply::Kind::Transient;
    if (httpStatus >= 400)
        return PortalReply::Kind::Permanent;
    return PortalReply::Kind::Transient; // 1xx/3xx left over: not an answer
}

QDateTime PortalClient::parseHttpDate(const QByteArray &value)
{
    // IMF-fixdate, the form RFC 9110 servers send; RFC 2822 with a numeric zone too.
    const QString text = QString::fromLatin1(value.trimmed());
    QDateTime at = QLocale::c().toDateTime(text, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (at.isValid()) {
        at.setTimeZone(QTimeZone::utc());
        return at;
    }
    at = QDateTime::fromString(text, Qt::RFC2822Date);
    return at.isValid() ? at.toUTC() : QDateTime();
}

std::optional<int> PortalClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const auto capped = [](qint64 seconds) { return int(std::clamp<qint64>(seconds, 0, PortalReply::kMaxRetryAfterSeconds)); };
    if (isAllAsciiDigits(text)) {
        // Stops at a day: any number of digits, no overflow on the way.
        qint64 seconds = 0;
        for (const char c : text) {
            seconds = seconds * 10 + (c - '0');
            if (seconds > PortalReply::kMaxRetryAfterSeconds)
                return PortalReply::kMaxRetryAfterSeconds;
        }
        return capped(seconds);
    }
    const QDateTime at = parseHttpDate(text);
    if (!at.isValid())
        return std::nullopt;
    return capped(now.secsTo(at));
}

PortalReply PortalClient::interpret(const RawPortalReply &raw, const Check &check)
{
    PortalReply r;
    r.httpStatus = raw.httpStatus;
    r.pin = raw.pin;
    r.serverDate = parseHttpDate(raw.dateHeader);
    if (raw.pin == PortalReply::Pin::Mismatched) {
        r.httpStatus = 0;
        r.error = QStringLiteral("the server's public key does not match portal_pin_sha256");
        return r;
    }
    if (r.httpStatus == 0) {
        r.error = raw.transportError;
        return r;
    }
    r.kind = kindOf(r.httpStatus);
    r.retryAfterSeconds = parseRetryAfter(raw.retryAfterHeader, raw.receivedAt);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(raw.body, &parseError);
    if (r.kind != PortalReply::Kind::Ok) {
        // The error body is a courtesy: the status alone decides.
        r.code = doc.object().value(QStringLiteral("code")).toString();
        r.error = doc.object().value(QStringLiteral("message")).toString();
        if (r.error.isEmpty())
            r.error = raw.transportError;
        return r;
    }
    if (r.httpStatus == 204 || raw.body.isEmpty()) {
        r.kind = r.httpStatus == 204 && check(QJsonObject()).isEmpty() ? PortalReply::Kind::Ok
                                                                        : PortalReply::Kind::Transient;
        if (!r.ok())
            r.error = QStringLiteral("malformed reply: empty body");
        return r;
    }
    QString problem;
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        problem = QStringLiteral("not a JSON object (%1)").arg(parseError.errorString());
    else
        problem = check(doc.object());
    if (!problem.isEmpty()) {
        r.kind = PortalReply::Kind::Transient;
        r.error = QStringLiteral("malformed reply: ") + problem;
        return r;
    }
    r.body = doc.object();
    return r;
}

QString PortalClient::checkAcknowledgement(const QJsonObject &body, const QString &fileCode)
{
    QString problem = require(body, {{"fileCode", Type::String}, {"status", Type::String},
                                     {"statusCode", Type::Integer}, {"portalId", Type::String}});
    return problem.isEmpty() ? sameFileCode(body, fileCode) : problem;
}

QString PortalClient::checkStatus(const QJsonObject &body, const QString &fileCode)
{
    QString problem = require(body, {{"fileCode", Type::String}, {"status", Type::String},
                                     {"statusCode", Type::Integer}, {"history", Type::Array}});
    if (!problem.isEmpty())
        return problem;
    const QJsonArray history = body.value(QStringLiteral("history")).toArray();
    for (qsizetype i = 0; i < history.size(); ++i) {
        if (!history.at(i).isObject())
            return QStringLiteral("history[%1] is not an object").arg(i);
        problem = require(history.at(i).toObject(), {{"at", Type::String}, {"status", Type::String},
                                                     {"statusCode", Type::Integer}},
                          QStringLiteral("history[%1].").arg(i));
        if (!problem.isEmpty())
            return problem;
    }
    if (body.contains(QStringLiteral("payment"))) {
        if (!body.value(QStringLiteral("payment")).isObject())
            return QStringLiteral("payment is not an object");
        problem = require(body.value(QStringLiteral("payment")).toObject(), {{"state", Type::String}},
                          QStringLiteral("payment."));
        if (!problem.isEmpty())
            return problem;
    }
    return sameFileCode(body, fileCode);
}

QString PortalClient::checkCatalog(const QJsonObject &body)
{
    if (body.isEmpty())
        return {}; // 204: nothing newer
    return require(body, {{"version", Type::String}, {"bundle", Type::String}, {"signature", Type::String}});
}

QString PortalClient::checkRating(const QJsonObject &body, const QString &fileCode)
{
    const QString problem = require(body, {{"fileCode", Type::String}, {"rating", Type::String}});
    return problem.isEmpty() ? sameFileCode(body, fileCode) : problem;
}

void PortalClient::ping(Callback done)
{
    send("GET", QStringLiteral("/api/v1/ping"), {}, {},
         [](const QJsonObject &body) { return require(body, {{"protocol", Type::Integer}}); }, std::move(done));
}

void PortalClient::postFiling(const QString &idempotencyKey, const QString &fileCode, const QByteArray &body,
                              Callback done)
{
    send("POST", QStringLiteral("/api/v1/filings"), body, {{"Idempotency-Key", idempotencyKey.toLatin1()}},
         [fileCode](const QJsonObject &reply) { return checkAcknowledgement(reply, fileCode); }, std::move(done));
}

void PortalClient::fetchStatus(const QString &fileCode, Callback done)
{
    send("GET", QStringLiteral("/api/v1/filings/") + QString::fromLatin1(QUrl::toPercentEncoding(fileCode)), {}, {},
         [fileCode](const QJsonObject &reply) { return checkStatus(reply, fileCode); }, std::move(done));
}

void PortalClient::putRating(const QString &fileCode, const QByteArray &body, Callback done)
{
    send("PUT", QStringLiteral("/api/v1/filings/%1/rating").arg(QString::fromLatin1(QUrl::toPercentEncoding(fileCode))),
         body, {}, [fileCode](const QJsonObject &reply) { return checkRating(reply, fileCode); }, std::move(done));
}

void PortalClient::fetchCatalog(const QString &sinceVersion, Callback done)
{
    send("GET",
         QStringLiteral("/api/v1/catalog?since=") + QString::fromLatin1(QUrl::toPercentEncoding(sinceVersion)), {}, {},
         &PortalClient::checkCatalog, std::move(done));
}

void PortalClient::send(const QByteArray &verb, const QString &path, const QByteArray &body,
                        const QList<std::pair<QByteArray, QByteArray>> &headers, Check check, Callback done)
{
    QString base = m_settings.baseUrl.toString(QUrl::StripTrailingSlash);
    QNetworkRequest request(QUrl(base + path));
    request.setTransferTimeout(m_settings.timeoutMs);
    request.setRawHeader("Authorization", "Bearer " + m_settings.token.toLatin1());
    request.setRawHeader("User-Agent", "motcua-kiosk/" MOTCUA_VERSION);
    request.setRawHeader("X-Kiosk-Agency", m_settings.agencyCode.toLatin1());
    request.setRawHeader("Accept", "application/json");
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
    auto pinState = std::make_shared<PortalReply::Pin>(PortalReply::Pin::NotChecked);
    if (!m_settings.pinSha256.isEmpty()) {
        connect(reply, &QNetworkReply::encrypted, this, [this, reply, pinState] {
            const QByteArray key = reply->sslConfiguration().peerCertificate().publicKey().toDer();
            const QByteArray pin = QCryptographicHash::hash(key, QCryptographicHash::Sha256).toBase64();
            const bool matched = pin == m_settings.pinSha256.toLatin1();
            *pinState = matched ? PortalReply::Pin::Matched : PortalReply::Pin::Mismatched;
            if (!matched)
                reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this, [this, reply, check = std::move(check), done = std::move(done),
                                                    pinState, verb, path] {
        const PortalReply result = readReply(reply, check, *pinState);
        reply->deleteLater();
        if (!result.ok())
            qCInfo(lcPortal).noquote() << verb << path.section(u'?', 0, 0) << "->" << result.describe();
        done(result);
    });
}

PortalReply PortalClient::readReply(QNetworkReply *reply, const Check &check, PortalReply::Pin pin) const
{
    RawPortalReply raw;
    raw.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    raw.pin = pin;
    raw.dateHeader = reply->rawHeader("Date");
    raw.retryAfterHeader = reply->rawHeader("Retry-After");
    raw.transportError = raw.httpStatus == 0 && reply->error() == QNetworkReply::OperationCanceledError
                             ? QStringLiteral("no reply within %1 s").arg(m_settings.timeoutMs / 1000.0)
                             : reply->errorString();
    if (raw.httpStatus != 0 && pin != PortalReply::Pin::Mismatched)
        raw.body = reply->readAll();
    return interpret(raw, check);
}

} // namespace motcua
