// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

class QHttpServerResponder;

namespace motcua::sim {

// One answer, built before it is sent (the fault plan may delay it or throw it away).
// Every answer carries X-Portal-Protocol: 1; every error the body {"code", "message"}.
struct Reply
{
    int status = 200;
    QByteArray body; // JSON, or empty for 204
    QByteArray retryAfter; // seconds, sent as Retry-After when not empty
    QString code; // the error code, for the log; empty on success

    [[nodiscard]] static Reply json(int status, const QJsonObject &body);
    // A body already serialized (a replayed receipt must be the same bytes).
    [[nodiscard]] static Reply raw(int status, const QByteArray &body);
    [[nodiscard]] static Reply error(int status, const QString &code, const QString &message);
    [[nodiscard]] static Reply noContent();

    void writeTo(QHttpServerResponder &responder) const;
};

} // namespace motcua::sim
