// SPDX-License-Identifier: GPL-3.0-or-later
#include "reply.h"

#include "simclock.h"

#include <QHttpServerResponder>
#include <QJsonDocument>

namespace motcua::sim {

Reply Reply::json(int status, const QJsonObject &body)
{
    return raw(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

Reply Reply::raw(int status, const QByteArray &body)
{
    Reply r;
    r.status = status;
    r.body = body;
    return r;
}

Reply Reply::error(int status, const QString &code, const QString &message)
{
    Reply r = json(status, {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}});
    r.code = code;
    return r;
}

Reply Reply::noContent()
{
    return raw(204, {});
}

void Reply::writeTo(QHttpServerResponder &responder) const
{
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(status));
    responder.writeHeader("X-Portal-Protocol", "1");
    responder.writeHeader("Date", SimClock::httpDate());
    if (!retryAfter.isEmpty())
        responder.writeHeader("Retry-After", retryAfter);
    if (status != 204) {
        responder.writeHeader("Content-Type", "application/json");
        responder.writeHeader("Content-Length", QByteArray::number(body.size()));
    }
    responder.writeBody(body); // also ends the header block when the body is empty
}

} // namespace motcua::sim
