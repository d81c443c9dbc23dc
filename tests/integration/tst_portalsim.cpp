// SPDX-License-Identifier: GPL-3.0-or-later
// The real motcua-portal-sim over loopback: the contract of docs/portal-protocol.md, and every
// fault a kiosk must survive, as a client sees it.
#include "simprocess.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QUuid>

#include <catch2/catch.hpp>

#include <tuple>

std::ostream &operator<<(std::ostream &os, const QString &s);

using namespace Qt::Literals::StringLiterals;
using motcua::test::HttpResult;
using motcua::test::PortalSim;

namespace {

const QString kFileCode = u"000.00.01.H01-261123-0001"_s;
const QByteArray kPhoto = QByteArrayLiteral("\xff\xd8\xff\xe0 not really a JPEG \x00\x01");

QByteArray newKey()
{
    return QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
}

QByteArray bytes(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject attachment(const QByteArray &data)
{
    return {{u"id"_s, QUuid::createUuid().toString(QUuid::WithoutBraces)},
            {u"name"_s, u"cccd-front.jpg"_s},
            {u"mimeType"_s, u"image/jpeg"_s},
            {u"sha256"_s, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex())},
            {u"size"_s, data.size()},
            {u"data"_s, QString::fromLatin1(data.toBase64())}};
}

// A filing as the kiosk sends it (docs/portal-protocol.md), with one photo.
QJsonObject filing(const QString &fileCode = kFileCode)
{
    return {{u"fileCode"_s, fileCode},
            {u"agencyCode"_s, u"000.00.01.H01"_s},
            {u"procedureCode"_s, u"2.000815"_s},
            {u"procedureName"_s, u"Chứng thực bản sao từ bản chính"_s},
            {u"formVersion"_s, 1},
            {u"receivedAt"_s, u"2026-11-23T09:30:00+07:00"_s},
            {u"appointmentDate"_s, u"2026-11-24"_s},
            {u"deliveryMethod"_s, u"counter"_s},
            {u"applicant"_s, QJsonObject{{u"name"_s, u"Đặng Thị Thu"_s}, {u"idNumber"_s, u"001188089012"_s}}},
            {u"answers"_s, QJsonObject{{u"copies"_s, 2}}},
            {u"computed"_s, QJsonObject{}},
            {u"fee"_s, QJsonObject{{u"rule"_s, u"cert-copy"_s}, {u"total"_s, 14000}, {u"known"_s, true}, {u"lines"_s, QJsonArray{}}}},
            {u"attachments"_s, QJsonArray{attachment(kPhoto)}}};
}

HttpResult postFiling(PortalSim &sim, const QByteArray &key, const QByteArray &body, int timeoutMs = 5000)
{
    return sim.api("POST", u"/api/v1/filings"_s, body, {{"Idempotency-Key", key}}, timeoutMs);
}

HttpResult ping(PortalSim &sim, int timeoutMs = 5000)
{
    return sim.api("GET", u"/api/v1/ping"_s, {}, {}, timeoutMs);
}

QString text(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

QString codeOf(const HttpResult &r)
{
    return text(r.json(), u"code"_s);
}

int outcomes(const QJsonObject &stats, const QString &key)
{
    return stats.value(u"outcomes"_s).toObject().value(key).toInt();
}

bool isIsoTime(const QString &s)
{
    return QDateTime::fromString(s, Qt::ISODate).isValid();
}

} // namespace

TEST_CASE("portal-sim: a filing is stored once, the same key and body again gets the same bytes", "[portalsim]")
{
    PortalSim sim;
    INFO(sim.error());
    REQUIRE(sim.isRunning());
    const QByteArray key = newKey();
    const QByteArray body = bytes(filing());

    const HttpResult first = postFiling(sim, key, body);
    REQUIRE(first.status == 201);
    CHECK(first.header("X-Portal-Protocol") == "1");
    CHECK(first.header("Content-Type") == "application/json");
    const QJsonObject receipt = first.json();
    CHECK(text(receipt, u"fileCode"_s) == kFileCode);
    CHECK(text(receipt, u"receivedAt"_s) == u"2026-11-23T09:30:00+07:00"_s);
    CHECK(text(receipt, u"status"_s) == u"received"_s);
    CHECK(receipt.value(u"statusCode"_s).toInt() == 2);
    CHECK(text(receipt, u"portalId"_s) == u"P-000001"_s);

    const HttpResult again = postFiling(sim, key, body);
    CHECK(again.status == 200);
    CHECK(again.body == first.body);
    CHECK(again.header("X-Portal-Protocol") == "1");

    const QJsonObject stats = sim.stats();
    CHECK(stats.value(u"filings"_s).toInt() == 1);
    CHECK(stats.value(u"replays"_s).toInt() == 1);
    CHECK(stats.value(u"requests"_s).toInt() == 2);

    // One line per request, and never what the citizen entered.
    const QByteArray log = sim.log();
    CHECK(log.count("POST /api/v1/filings") == 2);
    CHECK_FALSE(log.contains("001188089012"));
    CHECK_FALSE(log.contains(u"Đặng Thị Thu"_s.toUtf8()));
}

TEST_CASE("portal-sim: a used key with another body is 422 idempotency_mismatch", "[portalsim]")
{
    PortalSim sim;
    REQUIRE(sim.isRunning());
    const QByteArray key = newKey();
    REQUIRE(postFiling(sim, key, bytes(filing())).status == 201);

    QJsonObject changed = filing();
    changed[u"answers"_s] = QJsonObject{{u"copies"_s, 3}};
    const HttpResult other = postFiling(sim, key, bytes(changed));
    CHECK(other.status == 422);
    CHECK(codeOf(other) == u"idempotency_mismatch"_s);
    // "Same body" is the same bytes: the same JSON laid out differently is another body.
    const HttpResult reformatted = postFiling(sim, key, QJsonDocument(filing()).toJson(QJsonDocument::Indented));
    CHECK(reformatted.status == 422);
    CHECK(sim.stats().value(u"filings"_s).toInt() == 1);
}

TEST_CASE("portal-sim: a file code sent under a new key is 422 file_code_taken, a duplicate", "[portalsim]")
{
    PortalSim sim;
    REQUIRE(sim.isRunning());
    const QByteArray body = bytes(filing());
    REQUIRE(postFiling(sim, newKey(), body).status == 201);
    const HttpResult second = postFiling(sim, newKey(), body);
    CHECK(second.status == 422);
    CHECK(codeOf(second) == u"file_code_taken"_s);
    const QJsonObject stats = sim.stats();
    CHECK(stats.value(u"duplicates"_s).toInt() == 1);
    CHECK(stats.value(u"filings"_s).toInt() == 1);
}

TEST_CASE("portal-sim: a filing that breaks the contract is 400 invalid naming the field", "[portalsim]")
{
    PortalSim sim;
    REQUIRE(sim.isRunning());
    const auto refused = [&](const QByteArray &body, const QString &field,
                             const QList<QPair<QByteArray, QByteArray>> &headers) {
        const HttpResult r = sim.api("POST", u"/api/v1/filings"_s, body, headers);
        INFO(field.toStdString() << ": " << r.body.toStdString());
        CHECK(r.status == 400);
        CHECK(codeOf(r) == u"invalid"_s);
        CHECK(text(r.json(), u"message"_s).contains(field));
        CHECK(r.header("X-Portal-Protocol") == "1");
    };
    const auto withKey = QList<QPair<QByteArray, QByteArray>>{{"Idempotency-Key", newKey()}};

    QJsonObject noName = filing();
    noName[u"applicant"_s] = QJsonObject{{u"idNumber"_s, u"001188089012"_s}};
    refused(bytes(noName), u"applicant.name"_s, withKey);

    QJsonObject noAnswers = filing();
    noAnswers.remove(u"answers"_s);
    refused(bytes(noAnswers), u"answers"_s, withKey);

    QJsonObject badHash = filing();
    QJsonObject photo = attachment(kPhoto);
    photo[u"sha256"_s] = QString::fromLatin1(QCryptographicHash::hash("another photo", QCryptographicHash::Sha256).toHex());
    badHash[u"attachments"_s] = QJsonArray{photo};
    refused(bytes(badHash), u"attachments[0].sha256"_s, withKey);

    QJsonObject badSize = filing();
    photo = attachment(kPhoto);
    photo[u"size"_s] = kPhoto.size() + 1;
    badSize[u"attachments"_s] = QJsonArray{photo};
    refused(bytes(badSize), u"attachments[0].size"_s, withKey);

    refused(bytes(filing()), u"Idempotency-Key"_s, {});
    refused(bytes(filing()), u"Idempotency-Key"_s, {{"Idempotency-Key", "filing-1"}});
    refused("{\"fileCode\": ", u"invalid JSON"_s, withKey);

    CHECK(sim.stats().value(u"filings"_s).toInt() == 0);
}

TEST_CASE("portal-sim: a body over 20 MiB is 413 too_large", "[portalsim]")
{
    PortalSim sim;
    REQUIRE(sim.isRunning());
    const HttpResult r = postFiling(sim, newKey(), QByteArray(20 * 1024 * 1024 + 1, ' '), 15000);
    CHECK(r.status == 413);
    CHECK(codeOf(r) == u"too_large"_s);
}

TEST_CASE("portal-sim: /api/ wants the device token, every reply says X-Portal-Protocol: 1", "[portalsim]")
{
    PortalSim sim({u"--token"_s, u"kiosk-42-secret"_s});
    REQUIRE(sim.isRunning());
    CHECK(sim.token() == u"kiosk-42-secret"_s);

    const HttpResult ok = ping(sim);
    REQUIRE(ok.status == 200);
    CHECK(ok.header("X-Portal-Protocol") == "1");
    CHECK(ok.json().value(u"protocol"_s).toInt() == 1);
    CHECK(isIsoTime(text(ok.json(), u"time"_s)));

    const HttpResult without = sim.send("GET", u"/api/v1/ping"_s);
    CHECK(without.status == 401);
    CHECK(codeOf(without) == u"unauthorized"_s);
    CHECK(without.header("X-Portal-Protocol") == "1");

    const HttpResult wrong = sim.send("GET", u"/api/v1/ping"_s, {}, {{"Authorization", "Bearer demo-token"}});
    CHECK(wrong.status == 401);
    CHECK(codeOf(wrong) == u"unauthorized"_s);
    CHECK(postFiling(sim, newKey(), bytes(filing())).status == 201);
    const HttpResult stolen = sim.send("POST", u"/api/v1/filings"_s, bytes(filing(u"000.00.01.H01-261123-0002"_s)),
                                       {{"Idempotency-Key", newKey()}, {"Authorization", "Bearer kiosk-42"}});
    CHECK(stolen.status == 401);
    CHECK(sim.stats().value(u"filings"_s).toInt() == 1);

    const HttpResult nowhere = sim.api("GET", u"/api/v1/nothing"_s);
    CHECK(nowhere.status == 404);
    CHECK(codeOf(nowhere) == u"not_found"_s);
    CHECK(nowhere.header("X-Portal-Protocol") == "1");
}

TEST_CASE("portal-sim: status lookup shows the history and the payment set through /sim/", "[portalsim]")
{
    PortalSim sim;
    REQUIRE(sim.isRunning());
    const QString path = u"/api/v1/filings/"_s + kFileCode;
    const HttpResult missing = sim.api("GET", path);
    CHECK(missing.status == 404);
    CHECK(codeOf(missing) == u"not_found"_s);

    REQUIRE(postFiling(sim, newKey(), bytes(filing())).status == 201);
    HttpResult r = sim.api("GET", path);
    REQUIRE(r.status == 200);
    QJsonObject o = r.json();
    CHECK(text(o, u"fileCode"_s) == kFileCode);
    CHECK(text(o, u"procedureCode"_s) == u"2.000815"_s);
    CHECK(text(o, u"appointmentDate"_s) == u"2026-11-24"_s);
    CHECK(text(o, u"status"_s) == u"received"_s);
    CHECK(o.value(u"statusCode"_s).toInt() == 2);
    CHECK(text(o, u"statusText"_s) == u"Đã tiếp nhận"_s);
    CHECK(o.value(u"history"_s).toArray().size() == 1);
    CHECK_FALSE(o.contains(u"payment"_s));

    INFO(sim.error());
    REQUIRE(sim.setStatus(kFileCode, u"processing"_s, u"Đang thẩm định"_s));
    REQUIRE(sim.setStatus(kFileCode, u"result_ready"_s));
    o = sim.api("GET", path).json();
    CHECK(text(o, u"status"_s) == u"result_ready"_s);
    CHECK(o.value(u"statusCode"_s).toInt() == 9);
    CHECK(text(o, u"statusText"_s) == u"Đã có kết quả, mời đến nhận"_s);
    const QJsonArray history = o.value(u"history"_s).toArray();
    REQUIRE(history.size() == 3);
    QStringList statuses;
    QList<int> codes;
    for (const QJsonValue &entry : history) {
        statuses.append(text(entry.toObject(), u"status"_s));
        codes.append(entry.toObject().value(u"statusCode"_s).toInt());
        CHECK(isIsoTime(text(entry.toObject(), u"at"_s)));
    }
    CHECK(statuses == QStringList{u"received"_s, u"processing"_s, u"result_ready"_s});
    CHECK(codes == QList<int>{2, 4, 9});
    CHECK(text(history.at(1).toObject(), u"note"_s) == u"Đang thẩm định"_s);

    REQUIRE(sim.setPayment(kFileCode, {{u"state"_s, u"paid"_s}, {u"amount"_s, 14000}, {u"method"_s, u"bank"_s},
                                       {u"reference"_s, u"FT2632"_s}}));
    const QJsonObject payment = sim.api("GET", path).json().value(u"payment"_s).toObject();
    CHECK(text(payment, u"state"_s) == u"paid"_s);
    CHECK(payment.value(u"amount"_s).toInt() == 14000);
    CHECK(text(payment, u"method"_s) == u"bank"_s);
    CHECK(text(payment, u"reference"_s) == u"FT2632"_s);
    CHECK(isIsoTime(text(payment, u"paidAt"_s)));

    CHECK_FALSE(sim.setStatus(kFileCode, u"lost_in_the_mail"_s));
    CHECK(sim.error().contains(u"400"_s));
    CHECK_FALSE(sim.setStatus(u"000.00.01.H01-261123-9999"_s, u"processing"_s));
    CHECK(sim.error().contains(u"404"_s));
    CHECK_FALSE(sim.setPayment(u"000.00.01.H01-261123-9999"_s, {{u"state"_s, u"paid"_s}, {u"amount"_s, 1}}));
}

TEST_CASE("portal-sim: every status has its TrangThaiHoSo code and the citizen's text", "[portalsim]")
{
    // The statuses table of docs/portal-protocol.md.
    const QList<std::tuple<QString, int, QString>> table{
        {u"processing"_s, 4, u"Đang giải quyết"_s},
        {u"needs_documents"_s, 5, u"Cần bổ sung giấy tờ"_s},
        {u"awaiting_payment"_s, 6, u"Chờ nộp lệ phí"_s},
        {u"withdrawn"_s, 7, u"Đã rút hồ sơ"_s},
        {u"refused"_s, 8, u"Không giải quyết (xem lý do)"_s},
        {u"result_ready"_s, 9, u"Đã có kết quả, mời đến nhận"_s},
        {u"done"_s, 10, u"Đã trả kết quả"_s},
        {u"received"_s, 2, u"Đã tiếp nhận"_s},
    };
    PortalSim sim;
    REQUIRE(sim.isRunning());
    REQUIRE(postFiling(sim, newKey(), bytes(filing())).status == 201);
    for (const auto &[status, code, shown] : table) {
        INFO(status.toStdString());
        REQUIRE(sim.setStatus(kFileCode, status));
        const QJsonObject o = sim.api("GET", u"/api/v1/filings/"_s + kFileCode).json();
        CHECK(text(o, u"status"_s) == status);
        CHECK(o.value(u"statusCode"_s).toInt() == code);
        CHECK(text(o, u"statusText"_s) == shown);
    }
}

TEST_CASE("portal-sim: 500 and 503 errors, 429 with Retry-After", "[portalsim][faults]")
{
    PortalSim sim({u"--retry-after"_s, u"3"_s, u"--script"_s, u"500,503,429"_s});
    REQUIRE(sim.isRunning());
    const HttpResult internal = ping(sim);
    CHECK(internal.status == 500);
    CHECK(codeOf(internal) == u"internal"_s);
    CHECK_FALSE(text(internal.json(), u"message"_s).isEmpty());
    CHECK(internal.header("X-Portal-Protocol") == "1");
    const HttpResult unavailable = ping(sim);
    CHECK(unavailable.status == 503);
    CHECK(codeOf(unavailable) == u"unavailable"_s);
    const HttpResult limited = ping(sim);
    CHECK(limited.status == 429);
    CHECK(codeOf(limited) == u"rate_limited"_s);
    CHECK(limited.header("Retry-After") == "3");
    CHECK(ping(sim).status == 200);

    // At random: both kinds of server error.
    REQUIRE(sim.setFaults({{u"errorRate"_s, 1}, {u"seed"_s, 7}}));
    QSet<int> seen;
    for (int i = 0; i < 12; ++i)
        seen.insert(ping(sim).status);
    CHECK(seen == QSet<int>{500, 503});
    REQUIRE(sim.setFaults({{u"rateLimitRate"_s, 1}, {u"retryAfter"_s, 9}}));
    CHECK(ping(sim).header("Retry-After") == "9");
}

TEST_CASE("portal-sim: timeout: the request is never answered, the client gives up", "[portalsim][faults]")
{
    PortalSim sim({u"--script"_s, u"timeout"_s});
    REQUIRE(sim.isRunning());
    const HttpResult r = ping(sim, 1000);
    CHECK(r.timedOut);
    CHECK_FALSE(r.replied());
    CHECK(r.elapsedMs >= 1000);
    CHECK(r.elapsedMs < 3000);
    const HttpResult next = ping(sim); // the simulator is not stuck on the held request
    CHECK(next.status == 200);
    CHECK(outcomes(sim.stats(), u"timeout"_s) == 1);
}

TEST_CASE("portal-sim: drop: the connection closes with no reply, /sim/ is never faulted", "[portalsim][faults]")
{
    PortalSim sim({u"--drop-rate"_s, u"1"_s});
    REQUIRE(sim.isRunning());
    const HttpResult r = ping(sim);
    CHECK_FALSE(r.replied());
    CHECK_FALSE(r.timedOut);
    CHECK(r.error != QNetworkReply::NoError);
    CHECK(r.elapsedMs < 2000);
    // QNetworkAccessManager resends by itself (up to twice) when a connection closes before
    // any byte of the reply: every attempt was dropped.
    const QJsonObject stats = sim.stats();
    REQUIRE_FALSE(stats.isEmpty());
    CHECK(outcomes(stats, u"drop"_s) >= 1);
    CHECK(outcomes(stats, u"drop"_s) == stats.value(u"requests"_s).toInt());
}

TEST_CASE("portal-sim: slow: the reply arrives after the delay", "[portalsim][faults]")
{
    PortalSim sim({u"--slow-ms"_s, u"600"_s});
    REQUIRE(sim.isRunning());
    const HttpResult slow = ping(sim);
    CHECK(slow.status == 200);
    CHECK(slow.elapsedMs >= 600);

    REQUIRE(sim.setFaults({{u"script"_s, QJsonArray{u"slow:300"_s}}}));
    const HttpResult scripted = ping(sim);
    CHECK(scripted.status == 200);
    CHECK(scripted.elapsedMs >= 300);
    const HttpResult fast = ping(sim); // the PUT replaced --slow-ms too
    CHECK(fast.status == 200);
    CHECK(fast.elapsedMs < 300);
    CHECK(outcomes(sim.stats(), u"slow"_s) == 2);
}

TEST_CASE("portal-sim: lost reply: stored but unanswered, the resend gets 200 and the receipt", "[portalsim][faults]")
{
    PortalSim sim({u"--lost-reply-rate"_s, u"1"_s});
    REQUIRE(sim.isRunning());
    CHECK(ping(sim).status == 200); // the rate applies to POST /api/v1/filings only

    const QByteArray key = newKey();
    const QByteArray body = bytes(filing());
    const HttpResult lost = postFiling(sim, key, body);
    CHECK_FALSE(lost.replied());
    CHECK_FALSE(lost.timedOut);
    CHECK(lost.error != QNetworkReply::NoError);
    CHECK(sim.stats().value(u"filings"_s).toInt() == 1);

    REQUIRE(sim.setFaults({}));
    const HttpResult resent = postFiling(sim, key, body);
    CHECK(resent.status == 200);
    CHECK(text(resent.json(), u"fileCode"_s) == kFileCode);
    CHECK(text(resent.json(), u"portalId"_s) == u"P-000001"_s);
    const QJsonObject stats = sim.stats();
    CHECK(stats.value(u"filings"_s).toInt() == 1);
    CHECK(stats.value(u"replays"_s).toInt() >= 1);
    CHECK(outcomes(stats, u"lost-reply"_s) >= 1);
}

TEST_CASE("portal-sim: a script plays in order, then the rates apply again", "[portalsim][faults]")
{
    PortalSim sim({u"--script"_s, u"500,429,ok"_s});
    REQUIRE(sim.isRunning());
    QList<int> statuses;
    for (int i = 0; i < 4; ++i)
        statuses.append(ping(sim).status);
    CHECK(statuses == QList<int>{500, 429, 200, 200});
    const QJsonObject stats = sim.stats();
    CHECK(outcomes(stats, u"500"_s) == 1);
    CHECK(outcomes(stats, u"429"_s) == 1);
    CHECK(outcomes(stats, u"ok"_s) == 2);
}

TEST_CASE("portal-sim: PUT /sim/faults refuses bad settings with 400 naming them", "[portalsim][faults]")
{
    PortalSim sim;
    REQUIRE(sim.isRunning());
    CHECK_FALSE(sim.setFaults({{u"errorRate"_s, 1.5}}));
    CHECK(sim.error().contains(u"errorRate"_s));
    CHECK_FALSE(sim.setFaults({{u"dropRate"_s, 0.6}, {u"timeoutRate"_s, 0.6}}));
    CHECK(sim.error().contains(u"more than 1"_s));
    CHECK_FALSE(sim.setFaults({{u"script"_s, QJsonArray{u"ok"_s, u"sometimes"_s}}}));
    CHECK(sim.error().contains(u"script[1]"_s));
    CHECK_FALSE(sim.setFaults({{u"errorRatio"_s, 0.5}}));
    CHECK(sim.error().contains(u"errorRatio"_s));
    CHECK(ping(sim).status == 200); // nothing was applied
}

TEST_CASE("portal-sim: catalog: 204 until one is offered, then exactly that bundle", "[portalsim]")
{
    const QByteArray bundle = u"{\"format\": \"motcua-catalog\", \"name\": \"Đăng ký khai sinh\"}"_s.toUtf8() + QByteArray("\x00\xff", 2);
    const QString signature = QString::fromLatin1(QByteArray(64, '\x5a').toBase64());
    {
        PortalSim sim;
        REQUIRE(sim.isRunning());
        const HttpResult nothing = sim.api("GET", u"/api/v1/catalog?since=2026.11.1"_s);
        CHECK(nothing.status == 204);
        CHECK(nothing.body.isEmpty());
        CHECK(nothing.header("X-Portal-Protocol") == "1");

        INFO(sim.error());
        REQUIRE(sim.setCatalog({{u"version"_s, u"2026.11.2"_s},
                                {u"bundle"_s, QString::fromLatin1(bundle.toBase64())},
                                {u"signature"_s, signature}}));
        const HttpResult offered = sim.api("GET", u"/api/v1/catalog?since=2026.11.1"_s);
        REQUIRE(offered.status == 200);
        const QJsonObject o = offered.json();
        CHECK(text(o, u"version"_s) == u"2026.11.2"_s);
        CHECK(QByteArray::fromBase64(text(o, u"bundle"_s).toLatin1()) == bundle);
        CHECK(text(o, u"signature"_s) == signature);
        CHECK(sim.api("GET", u"/api/v1/catalog?since=2026.11.2"_s).status == 204);
        CHECK(sim.api("GET", u"/api/v1/catalog"_s).status == 200);
    }
    // The same from files given on the command line.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    QFile bundleFile(dir.filePath(u"catalog.json"_s));
    REQUIRE(bundleFile.open(QIODevice::WriteOnly));
    bundleFile.write(bundle);
    bundleFile.close();
    QFile signatureFile(dir.filePath(u"catalog.json.sig"_s));
    REQUIRE(signatureFile.open(QIODevice::WriteOnly));
    signatureFile.write(signature.toLatin1() + '\n');
    signatureFile.close();
    PortalSim sim({u"--catalog"_s, bundleFile.fileName(), u"--catalog-signature"_s, signatureFile.fileName(),
                   u"--catalog-version"_s, u"7"_s});
    INFO(sim.error());
    REQUIRE(sim.isRunning());
    const HttpResult fromFiles = sim.api("GET", u"/api/v1/catalog?since=6"_s);
    REQUIRE(fromFiles.status == 200);
    CHECK(QByteArray::fromBase64(text(fromFiles.json(), u"bundle"_s).toLatin1()) == bundle);
    CHECK(text(fromFiles.json(), u"signature"_s) == signature);
    CHECK(sim.api("GET", u"/api/v1/catalog?since=7"_s).status == 204);
}

TEST_CASE("portal-sim: bad flag values are refused at start with exit status 2", "[portalsim]")
{
    const QList<QPair<QStringList, QString>> cases{
        {{u"--error-rate"_s, u"1.5"_s}, u"--error-rate"_s},
        {{u"--drop-rate"_s, u"half"_s}, u"--drop-rate"_s},
        {{u"--timeout-rate"_s, u"-0.1"_s}, u"--timeout-rate"_s},
        {{u"--error-rate"_s, u"0.7"_s, u"--rate-limit-rate"_s, u"0.7"_s}, u"more than 1"_s},
        {{u"--retry-after"_s, u"soon"_s}, u"--retry-after"_s},
        {{u"--slow-ms"_s, u"1.5"_s}, u"--slow-ms"_s},
        {{u"--script"_s, u"ok,sometimes"_s}, u"--script"_s},
        {{u"--seed"_s, u"-3"_s}, u"--seed"_s},
        {{u"--port"_s, u"70000"_s}, u"--port"_s},
        {{u"--catalog"_s, u"catalog.json"_s}, u"--catalog-version"_s},
        {{u"--no-such-flag"_s}, u"no-such-flag"_s},
    };
    for (const auto &[arguments, named] : cases) {
        INFO(arguments.join(u' ').toStdString());
        QProcess p;
        p.start(PortalSim::executable(), QStringList{u"--port"_s, u"0"_s} + arguments);
        REQUIRE(p.waitForFinished(5000));
        CHECK(p.exitStatus() == QProcess::NormalExit);
        CHECK(p.exitCode() == 2);
        CHECK(QString::fromUtf8(p.readAllStandardError()).contains(named));
        CHECK_FALSE(p.readAllStandardOutput().contains("listening"));
    }
    // The helper says why it could not start.
    PortalSim refused({u"--lost-reply-rate"_s, u"2"_s});
    CHECK_FALSE(refused.isRunning());
    CHECK(refused.error().contains(u"--lost-reply-rate"_s));
}
