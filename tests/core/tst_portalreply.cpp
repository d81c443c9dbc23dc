// SPDX-License-Identifier: GPL-3.0-or-later
// PortalClient::interpret without a network: how the kiosk reads the portal's status, headers
// and body (the network cases are in tests/integration/tst_portalclient.cpp). Retry-After's
// cap and its IMF-fixdate form were found by tests/fuzz (regressions/portalreply).
#include "outbox/portalclient.h"
#include "testsupport.h"

#include <QTimeZone>

using namespace motcua;

namespace {

const QDateTime kNow(QDate(2026, 11, 23), QTime(9, 30), QTimeZone::utc());

PortalReply interpret(int status, const QByteArray &body, const QByteArray &retryAfter = {})
{
    RawPortalReply raw;
    raw.httpStatus = status;
    raw.body = body;
    raw.retryAfterHeader = retryAfter;
    raw.transportError = QStringLiteral("Connection refused");
    raw.receivedAt = kNow;
    return PortalClient::interpret(raw, [](const QJsonObject &b) {
        return b.contains(QStringLiteral("protocol")) ? QString() : QStringLiteral("protocol is missing");
    });
}

} // namespace

TEST_CASE("Retry-After: seconds or an HTTP date, never negative nor more than a day", "[portalclient]")
{
    const auto retry = [](const char *value) { return PortalClient::parseRetryAfter(value, kNow); };
    CHECK(retry("120") == 120);
    CHECK(retry(" 0 ") == 0);
    CHECK(retry("86400") == 86400);
    CHECK(retry("86401") == PortalReply::kMaxRetryAfterSeconds);
    CHECK(retry("2147483647") == PortalReply::kMaxRetryAfterSeconds);
    CHECK(retry("99999999999999999999999999") == PortalReply::kMaxRetryAfterSeconds);
    CHECK(retry("Mon, 23 Nov 2026 09:31:30 GMT") == 90);          // IMF-fixdate (RFC 7231)
    CHECK(retry("Mon, 23 Nov 2026 16:31:30 +0700") == 90);        // RFC 2822
    CHECK(retry("Mon, 23 Nov 2026 09:00:00 GMT") == 0);           // past
    CHECK(retry("Fri, 31 Dec 9999 23:59:59 GMT") == PortalReply::kMaxRetryAfterSeconds);
    CHECK_FALSE(retry("").has_value());
    CHECK_FALSE(retry("-5").has_value());
    CHECK_FALSE(retry("+5").has_value());
    CHECK_FALSE(retry("soon").has_value());
}

TEST_CASE("interpret: the status decides, a 2xx body must pass its check", "[portalclient]")
{
    const PortalReply ok = interpret(200, R"({"protocol":1})");
    CHECK(ok.ok());
    CHECK(ok.body.value(QStringLiteral("protocol")).toInt() == 1);

    const PortalReply malformed = interpret(200, R"({"other":1})");
    CHECK(malformed.kind == PortalReply::Kind::Transient);
    CHECK(malformed.error == QStringLiteral("malformed reply: protocol is missing"));

    const PortalReply limited = interpret(429, R"({"code":"rate_limited","message":"slow down"})", "99999999999");
    CHECK(limited.kind == PortalReply::Kind::Transient);
    CHECK(limited.retryAfterSeconds == PortalReply::kMaxRetryAfterSeconds);
    CHECK(limited.describe() == QStringLiteral("HTTP 429 rate_limited: slow down"));

    const PortalReply refused = interpret(422, "not json");
    CHECK(refused.kind == PortalReply::Kind::Permanent);
    CHECK(refused.error == QStringLiteral("Connection refused")); // the network layer's words

    const PortalReply none = interpret(0, {});
    CHECK(none.kind == PortalReply::Kind::Transient);
    CHECK(none.describe() == QStringLiteral("network: Connection refused"));
}
