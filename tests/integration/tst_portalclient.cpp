// SPDX-License-Identifier: GPL-3.0-or-later
// PortalClient against servers that misbehave in ways the simulator does not: replies that
// break the contract's schema (an error with a message, never a crash, never "sent"), error
// bodies that are not JSON, Retry-After as a date; and a TLS server whose public key is, or is
// not, the one pinned in the config.
#include "outbox/portalclient.h"

#include <QCryptographicHash>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QProcess>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace motcua;

namespace {

// Answers every request on a loopback port with the same raw bytes, then closes.
class CannedServer
{
public:
    explicit CannedServer(QTcpServer *server, QByteArray reply) : m_server(server), m_reply(std::move(reply))
    {
        QObject::connect(m_server, &QTcpServer::pendingConnectionAvailable, m_server, [this] {
            while (QTcpSocket *socket = m_server->nextPendingConnection()) {
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    if (!socket->readAll().contains("\r\n\r\n"))
                        return;
                    socket->write(m_reply);
                    socket->disconnectFromHost();
                });
            }
        });
        REQUIRE(m_server->listen(QHostAddress::LocalHost, 0));
    }
    [[nodiscard]] quint16 port() const { return m_server->serverPort(); }

private:
    QTcpServer *m_server;
    QByteArray m_reply;
};

QByteArray http(const QByteArray &status, const QByteArray &body, const QByteArray &extraHeaders = {})
{
    return "HTTP/1.1 " + status + "\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\nConnection: close\r\n" + extraHeaders + "\r\n" + body;
}

PortalReply call(PortalClient &client, const std::function<void(PortalClient &, PortalClient::Callback)> &request)
{
    PortalReply reply;
    bool done = false;
    QEventLoop loop;
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    request(client, [&](const PortalReply &r) {
        reply = r;
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
    REQUIRE(done);
    return reply;
}

PortalReply post(quint16 port)
{
    PortalClient client({QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port)), QStringLiteral("t"), {}, {}, 5000});
    return call(client, [](PortalClient &c, PortalClient::Callback done) {
        c.postFiling(QStringLiteral("5f0c3c52-6e44-4a55-9d55-2b1f2f9f7a10"), QStringLiteral("000.00.01.H01-261123-0001"),
                     "{}", std::move(done));
    });
}

} // namespace

TEST_CASE("portal client: a reply that breaks the contract is a transient error that says what is wrong",
          "[portalclient]")
{
    const std::pair<QByteArray, const char *> cases[] = {
        {http("201 Created", "<html>proxy error</html>"), "malformed reply: not a JSON object (illegal value)"},
        {http("201 Created", R"({"status":"received","statusCode":2,"portalId":"P-1"})"), "malformed reply: fileCode is missing"},
        {http("201 Created", R"({"fileCode":"000.00.01.H01-261123-0002","status":"received","statusCode":2,"portalId":"P-1"})"),
         "malformed reply: fileCode is 000.00.01.H01-261123-0002, not 000.00.01.H01-261123-0001"},
        {http("200 OK", R"({"fileCode":"000.00.01.H01-261123-0001","status":"received","statusCode":"2","portalId":"P-1"})"),
         "malformed reply: statusCode is not a whole number"},
        {http("200 OK", ""), "malformed reply: empty body"},
    };
    for (const auto &[raw, expected] : cases) {
        INFO(raw.toStdString());
        QTcpServer server;
        CannedServer canned(&server, raw);
        const PortalReply reply = post(canned.port());
        CHECK(reply.kind == PortalReply::Kind::Transient);
        CHECK(reply.error == QString::fromUtf8(expected));
        CHECK(reply.body.isEmpty());
    }
}

TEST_CASE("portal client: status codes decide, error bodies are a courtesy, Retry-After may be a date", "[portalclient]")
{
    {
        QTcpServer server;
        CannedServer canned(&server, http("422 Unprocessable Entity", "not json at all"));
        const PortalReply reply = post(canned.port());
        CHECK(reply.kind == PortalReply::Kind::Permanent);
        CHECK(reply.httpStatus == 422);
        CHECK_FALSE(reply.error.isEmpty());
    }
    {
        const QByteArray in90s = QDateTime::currentDateTimeUtc().addSecs(90).toString(Qt::RFC2822Date).toLatin1();
        QTcpServer server;
        CannedServer canned(&server, http("429 Too Many Requests", R"({"code":"rate_limited","message":"slow down"})",
                                          "Retry-After: " + in90s + "\r\n"));
        const PortalReply reply = post(canned.port());
        CHECK(reply.kind == PortalReply::Kind::Transient);
        CHECK(reply.code == QStringLiteral("rate_limited"));
        REQUIRE(reply.retryAfterSeconds.has_value());
        CHECK(*reply.retryAfterSeconds >= 85);
        CHECK(*reply.retryAfterSeconds <= 91);
        CHECK(reply.describe() == QStringLiteral("HTTP 429 rate_limited: slow down"));
    }
    CHECK(PortalClient::kindOf(408) == PortalReply::Kind::Transient);
    CHECK(PortalClient::kindOf(409) == PortalReply::Kind::Transient);
    CHECK(PortalClient::kindOf(403) == PortalReply::Kind::Unauthorized);
    CHECK(PortalClient::kindOf(413) == PortalReply::Kind::Permanent);
    CHECK(PortalClient::kindOf(502) == PortalReply::Kind::Transient);
}

TEST_CASE("portal client: the status reply's history and payment are checked too", "[portalclient]")
{
    const QString code = QStringLiteral("000.00.01.H01-261123-0001");
    QJsonObject good{{QStringLiteral("fileCode"), code}, {QStringLiteral("status"), QStringLiteral("processing")},
                     {QStringLiteral("statusCode"), 4},
                     {QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("at"), QStringLiteral("2026-11-23T02:30:00Z")},
                                                                        {QStringLiteral("status"), QStringLiteral("received")},
                                                                        {QStringLiteral("statusCode"), 2}}}}};
    CHECK(PortalClient::checkStatus(good, code).isEmpty());
    QJsonObject badHistory = good;
    badHistory.insert(QStringLiteral("history"), QJsonArray{QJsonObject{{QStringLiteral("at"), 5}}});
    CHECK(PortalClient::checkStatus(badHistory, code) == QStringLiteral("history[0].at is not a string"));
    QJsonObject badPayment = good;
    badPayment.insert(QStringLiteral("payment"), QStringLiteral("paid"));
    CHECK(PortalClient::checkStatus(badPayment, code) == QStringLiteral("payment is not an object"));
    CHECK(PortalClient::checkCatalog({{QStringLiteral("version"), QStringLiteral("1")}}) == QStringLiteral("bundle is missing"));
}

namespace {

// A self-signed certificate for 127.0.0.1, made with the openssl tool.
struct Certificate
{
    QTemporaryDir dir;
    QSslCertificate certificate;
    QSslKey key;
    Certificate()
    {
        const QString keyFile = dir.filePath(QStringLiteral("key.pem"));
        const QString certFile = dir.filePath(QStringLiteral("cert.pem"));
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                       QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                       QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                       QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
                       keyFile, QStringLiteral("-out"), certFile});
        REQUIRE(openssl.waitForFinished(30000));
        REQUIRE(openssl.exitCode() == 0);
        QFile c(certFile);
        QFile k(keyFile);
        REQUIRE(c.open(QIODevice::ReadOnly));
        REQUIRE(k.open(QIODevice::ReadOnly));
        certificate = QSslCertificate(c.readAll());
        key = QSslKey(k.readAll(), QSsl::Ec);
        REQUIRE_FALSE(certificate.isNull());
        REQUIRE_FALSE(key.isNull());
    }
    [[nodiscard]] QString pin() const
    {
        return QString::fromLatin1(
            QCryptographicHash::hash(certificate.publicKey().toDer(), QCryptographicHash::Sha256).toBase64());
    }
};

} // namespace

TEST_CASE("portal client: TLS with the server's public key pinned: the right key passes, another is refused",
          "[portalclient][tls]")
{
    REQUIRE(QSslSocket::supportsSsl()); // the OpenSSL backend of Qt (libqopensslbackend)
    Certificate cert;
    // The test's own certificate authority: the kiosk trusts the system's.
    QSslConfiguration trusted = QSslConfiguration::defaultConfiguration();
    trusted.addCaCertificate(cert.certificate);
    QSslConfiguration::setDefaultConfiguration(trusted);

    QSslServer server;
    QSslConfiguration serverTls = QSslConfiguration::defaultConfiguration();
    serverTls.setLocalCertificate(cert.certificate);
    serverTls.setPrivateKey(cert.key);
    server.setSslConfiguration(serverTls);
    QObject::connect(&server, &QTcpServer::pendingConnectionAvailable, &server, [&server] {
        while (QTcpSocket *socket = server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                if (!socket->readAll().contains("\r\n\r\n"))
                    return;
                socket->write(http("200 OK", R"({"protocol":1,"time":"2026-11-23T02:30:00Z"})"));
                socket->disconnectFromHost();
            });
        }
    });
    REQUIRE(server.listen(QHostAddress::LocalHost, 0));
    const QUrl url(QStringLiteral("https://127.0.0.1:%1").arg(server.serverPort()));
    const auto ping = [](PortalClient &c, PortalClient::Callback done) { c.ping(std::move(done)); };

    PortalClient pinned({url, QStringLiteral("t"), cert.pin(), {}, 5000});
    const PortalReply ok = call(pinned, ping);
    INFO(ok.describe().toStdString());
    CHECK(ok.ok());

    PortalClient otherPin({url, QStringLiteral("t"), QString::fromLatin1(QByteArray(32, 'x').toBase64()), {}, 5000});
    const PortalReply refused = call(otherPin, ping);
    CHECK(refused.kind == PortalReply::Kind::Transient);
    CHECK(refused.httpStatus == 0);
    CHECK(refused.error == QStringLiteral("the server's public key does not match portal_pin_sha256"));
    QSslConfiguration::setDefaultConfiguration(QSslConfiguration());
}
