// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace motcua::sim {

// The catalog bundle GET /api/v1/catalog serves: exactly what was configured, even a bundle
// or signature that is wrong (tests use that to check the kiosk refuses it).
class CatalogOffer
{
public:
    // Nothing configured: every catalog request gets 204.
    CatalogOffer() = default;

    // --catalog FILE --catalog-signature FILE --catalog-version V: the bundle's bytes and the
    // signature file's base64 text (surrounding white space dropped).
    [[nodiscard]] static Result<CatalogOffer> fromFiles(const QString &bundlePath,
                                                        const QString &signaturePath,
                                                        const QString &version);
    // PUT /sim/catalog {"version", "bundle", "signature"}: three strings, kept as they are
    // (bundle and signature are not checked to be base64). An empty version withdraws it.
    [[nodiscard]] static Result<CatalogOffer> fromJson(const QJsonObject &o);

    [[nodiscard]] bool isConfigured() const { return !m_version.isEmpty(); }
    // Something to send to a kiosk that has `since` (versions compare as strings: any other
    // version than the configured one counts as newer).
    [[nodiscard]] bool isNewerThan(const QString &since) const;
    // {"version", "bundle", "signature"}; an empty object when nothing is configured.
    [[nodiscard]] QJsonObject toJson() const;

private:
    QString m_version;
    QString m_bundle; // base64
    QString m_signature; // base64
};

} // namespace motcua::sim
