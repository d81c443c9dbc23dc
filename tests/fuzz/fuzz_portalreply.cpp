// SPDX-License-Identifier: GPL-3.0-or-later
// PortalClient::interpret on any reply of the portal. The input is
//   line 1: "<HTTP status> <which reply: 0 ping, 1 filing, 2 status, 3 rating, 4 catalog> <pin: 0 1 2>"
//   line 2: the Date header, line 3: the Retry-After header, then the body.
// The kind follows the status, a 2xx is Ok only when its body passed its schema check, and a
// Retry-After is never negative nor longer than a day.
#include "fuzzsupport.h"

#include "outbox/portalclient.h"

#include <QList>

using namespace motcua;
using motcua::fuzz::require;

namespace {

const QString kFileCode = QStringLiteral("000.00.01.H01-261123-0001");

PortalClient::Check checkOf(int which)
{
    switch (which) {
    case 1: return [](const QJsonObject &b) { return PortalClient::checkAcknowledgement(b, kFileCode); };
    case 2: return [](const QJsonObject &b) { return PortalClient::checkStatus(b, kFileCode); };
    case 3: return [](const QJsonObject &b) { return PortalClient::checkRating(b, kFileCode); };
    case 4: return &PortalClient::checkCatalog;
    default: return [](const QJsonObject &b) { return b.value(QStringLiteral("protocol")).isDouble() ? QString() : QStringLiteral("no protocol"); };
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray rest = fuzz::bytes(data, size);
    const QList<QByteArray> first = fuzz::takeLine(rest).split(' ');
    const auto number = [&first](int i) { return i < first.size() ? first.at(i).toInt() : 0; };
    RawPortalReply raw;
    raw.httpStatus = std::clamp(number(0), 0, 999); // QNetworkReply's status attribute is a 3-digit code
    const int which = number(1);
    raw.pin = static_cast<PortalReply::Pin>(std::clamp(number(2), 0, 2));
    raw.transportError = QStringLiteral("Connection refused");
    raw.dateHeader = fuzz::takeLine(rest);
    raw.retryAfterHeader = fuzz::takeLine(rest);
    raw.body = rest;
    raw.receivedAt = fuzz::fixedNow();
    const PortalClient::Check check = checkOf(which);

    const PortalReply r = PortalClient::interpret(raw, check);
    (void)r.describe();
    if (raw.pin == PortalReply::Pin::Mismatched || raw.httpStatus == 0) {
        require(r.httpStatus == 0 && r.kind == PortalReply::Kind::Transient && !r.error.isEmpty(),
                "no reply (or the wrong server) is a transient network error");
        return 0;
    }
    const PortalReply::Kind byStatus = PortalClient::kindOf(raw.httpStatus);
    if (byStatus != PortalReply::Kind::Ok)
        require(r.kind == byStatus, "the status alone decides an error reply");
    else
        require(r.kind == PortalReply::Kind::Ok || r.kind == PortalReply::Kind::Transient, "a 2xx is Ok or malformed");
    if (r.ok())
        require(check(r.body).isEmpty(), "an Ok reply's body passed its check");
    else
        require(!r.error.isEmpty() || byStatus != PortalReply::Kind::Ok, "a malformed 2xx says why");
    if (r.retryAfterSeconds)
        require(*r.retryAfterSeconds >= 0 && *r.retryAfterSeconds <= PortalReply::kMaxRetryAfterSeconds,
                "Retry-After is 0 to a day", QString::number(*r.retryAfterSeconds));
    const auto parsed = PortalClient::parseRetryAfter(raw.retryAfterHeader, raw.receivedAt);
    require(parsed == r.retryAfterSeconds, "interpret reads Retry-After as parseRetryAfter does");
    return 0;
}
