// SPDX-License-Identifier: GPL-3.0-or-later
#include "simprocess.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkProxy>
#include <QNetworkRequest>
#include <QTimer>

#ifndef MOTCUA_PORTAL_SIM_PATH
#error "MOTCUA_PORTAL_SIM_PATH must name the motcua-portal-sim binary"
#endif

namespace motcua::test {

namespace {

constexpr int kStartMs = 10000;
constexpr int kStopMs = 3000;
const QByteArray kListening = QByteArrayLiteral("listening on ");

// Runs the event loop for `ms` (lets QProcess read what the simulator wrote).
void spin(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace

QByteArray HttpResult::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString PortalSim::executable()
{
    return QStringLiteral(MOTCUA_PORTAL_SIM_PATH);
}

PortalSim::PortalSim(const QStringList &arguments)
{
    m_network.setProxy(QNetworkProxy::NoProxy); // never through an http_proxy of the machine
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments[i] == QStringLiteral("--token") && i + 1 < arguments.size())
            m_token = arguments[i + 1];
        else if (arguments[i].startsWith(QStringLiteral("--token=")))
            m_token = arguments[i].mid(8);
    }
    QObject::connect(&m_process, &QProcess::readyReadStandardError, &m_process, [this] { readLog(); });
    m_process.start(executable(), QStringList{QStringLiteral("--port"), QStringLiteral("0")} + arguments);
    if (!m_process.waitForStarted(kStartMs)) {
        m_error = QStringLiteral("cannot start %1: %2").arg(executable(), m_process.errorString());
        return;
    }
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    while (!out.contains('\n')) {
        const qint64 left = kStartMs - clock.elapsed();
        if (left <= 0 || (!m_process.waitForReadyRead(int(left)) && m_process.state() == QProcess::NotRunning))
            break;
        out += m_process.readAllStandardOutput();
    }
    const qsizetype at = out.indexOf(kListening);
    if (at < 0) {
        readLog();
        m_error = QStringLiteral("no \"listening on\" line (exit code %1): %2")
                      .arg(m_process.state() == QProcess::NotRunning ? m_process.exitCode() : -1)
                      .arg(QString::fromUtf8(m_log.trimmed()));
        return;
    }
    m_baseUrl = QUrl(QString::fromUtf8(out.mid(at + kListening.size()).trimmed()));
}

PortalSim::~PortalSim()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(kStopMs)) {
        m_process.kill();
        m_process.waitForFinished(kStopMs);
    }
}

bool PortalSim::isRunning() const
{
    return m_process.state() == QProcess::Running && m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

QUrl PortalSim::url(const QString &pathAndQuery) const
{
    return m_baseUrl.resolved(QUrl(pathAndQuery));
}

void PortalSim::readLog()
{
    m_log += m_process.readAllStandardError();
}

QByteArray PortalSim::log()
{
    spin(50); // the line of the last request may still be in the pipe
    readLog();
    return m_log;
}

HttpResult PortalSim::send(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                           const QList<QPair<QByteArray, QByteArray>> &headers, int timeoutMs)
{
    QNetworkRequest request(url(pathAndQuery));
    bool typed = false;
    for (const auto &[name, value] : headers) {
        request.setRawHeader(name, value);
        typed = typed || name.compare("Content-Type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() && !typed)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    HttpResult result;
    QElapsedTimer clock;
    clock.start();
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    timeout.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5 % early
    QObject::connect(&timeout, &QTimer::timeout, &loop, [&] {
        result.timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(timeoutMs);
    if (!reply->isFinished())
        loop.exec();
    result.elapsedMs = clock.elapsed();
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply->isOpen()) // not after an abort
        result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    result.error = reply->error();
    result.errorText = reply->errorString();
    reply->deleteLater();
    return result;
}

HttpResult PortalSim::api(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body,
                          QList<QPair<QByteArray, QByteArray>> headers, int timeoutMs)
{
    headers.prepend({QByteArrayLiteral("Authorization"), "Bearer " + m_token.toUtf8()});
    return send(method, pathAndQuery, body, headers, timeoutMs);
}

bool PortalSim::control(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    const HttpResult r = send(method, path, QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (r.status == 200)
        return true;
    m_error = QStringLiteral("%1 %2: %3").arg(QString::fromLatin1(method), path,
                                              r.replied() ? QString::number(r.status) + u' ' + QString::fromUtf8(r.body)
                                                          : r.errorText);
    return false;
}

bool PortalSim::setFaults(const QJsonObject &faults)
{
    return control("PUT", QStringLiteral("/sim/faults"), faults);
}

bool PortalSim::setStatus(const QString &fileCode, const QString &status, const QString &note)
{
    return control("POST", QStringLiteral("/sim/filings/%1/status").arg(QString::fromLatin1(QUrl::toPercentEncoding(fileCode))),
                   {{QStringLiteral("status"), status}, {QStringLiteral("note"), note}});
}

bool PortalSim::setPayment(const QString &fileCode, const QJsonObject &payment)
{
    return control("POST", QStringLiteral("/sim/filings/%1/payment").arg(QString::fromLatin1(QUrl::toPercentEncoding(fileCode))),
                   payment);
}

bool PortalSim::setCatalog(const QJsonObject &catalog)
{
    return control("PUT", QStringLiteral("/sim/catalog"), catalog);
}

QJsonObject PortalSim::stats()
{
    const HttpResult r = send("GET", QStringLiteral("/sim/stats"));
    if (r.status == 200)
        return r.json();
    m_error = QStringLiteral("GET /sim/stats: %1").arg(r.replied() ? QString::number(r.status) : r.errorText);
    return {};
}

} // namespace motcua::test
