// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

namespace motcua {

// An Ed25519 key pair, each half as base64 (libsodium's layout: the secret key is 64 bytes,
// seed then public key).
struct CatalogKeyPair
{
    QString publicKey;
    QString secretKey;
};

// Ed25519 detached signatures over catalog bundles (libsodium). The province signs each
// bundle with its secret key; every kiosk verifies it with the public key in
// `catalog_public_key` before it reads a byte of the bundle. Keys and signatures travel as
// base64 (surrounding white space is ignored). Every failure says what was wrong, in English.
class CatalogSignature
{
public:
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSecretKeyBytes = 64;
    static constexpr int kSignatureBytes = 64;

    [[nodiscard]] static Result<CatalogKeyPair> generateKeyPair();
    // The base64 signature of `bytes`.
    [[nodiscard]] static Result<QString> sign(const QByteArray &bytes, const QString &secretKeyBase64);
    // Done when `signatureBase64` is the signature of exactly `bytes` by the holder of the
    // secret key that goes with `publicKeyBase64`.
    [[nodiscard]] static Status verify(const QByteArray &bytes, const QString &signatureBase64,
                                       const QString &publicKeyBase64);
    // Done when `base64` decodes to an Ed25519 public key (32 bytes).
    [[nodiscard]] static Status checkPublicKey(const QString &base64);
};

} // namespace motcua
