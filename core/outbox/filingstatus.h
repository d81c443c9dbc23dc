// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace motcua::FilingStatus {

// What a citizen reads for a portal status code (TrangThaiHoSo, docs/portal-protocol.md);
// an unknown code reads as "Đang giải quyết". Both texts are for the screens, in the kiosk's
// language (tr(), context motcua::FilingStatus).
[[nodiscard]] QString citizenText(int statusCode);
// For a filing not yet at the portal: the kiosk's outbox state (queued, sending, failed).
[[nodiscard]] QString notSentText(const QString &outboxStatus);
// A file code as a citizen types it: spaces ignored, letters upper-cased, and the short form
// "261123-0001" (or "2611230001") completed with this kiosk's agency code. nullopt when it is
// not a file code at all.
[[nodiscard]] std::optional<QString> normalizeFileCode(const QString &typed, const QString &agencyCode);

} // namespace motcua::FilingStatus
