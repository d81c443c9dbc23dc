// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogsignature.h"

#include <sodium.h>

namespace motcua {

namespace {

static_assert(CatalogSignature::kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(CatalogSignature::kSecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(CatalogSignature::kSignatureBytes == crypto_sign_BYTES);

[[nodiscard]] Status sodiumReady()
{
    // 0: initialised now, 1: already was; thread-safe.
    if (sodium_init() < 0)
        return Error{QStringLiteral("libsodium could not be initialised")};
    return Done{};
}

// Strict base64 of exactly `size` bytes; `what` names it in the message ("the public key").
[[nodiscard]] Result<QByteArray> decode(const QString &base64, const char *what, int size, const char *kind)
{
    const QByteArray text = base64.trimmed().toLatin1();
    const QString name = QLatin1String(what);
    if (text.isEmpty())
        return Error{QStringLiteral("%1 is empty").arg(name)};
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return Error{QStringLiteral("%1 is not valid base64").arg(name)};
    if (decoded.decoded.size() != size)
        return Error{QStringLiteral("%1 is %2 bytes, not the %3 of %4")
                         .arg(name)
                         .arg(decoded.decoded.size())
                         .arg(size)
                         .arg(QLatin1String(kind))};
    return decoded.decoded;
}

const unsigned char *bytesOf(const QByteArray &b)
{
    return reinterpret_cast<const unsigned char *>(b.constData());
}

} // namespace

Result<CatalogKeyPair> CatalogSignature::generateKeyPair()
{
    if (auto ready = sodiumReady(); !ready)
        return Error{ready.error()};
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char secretKey[crypto_sign_SECRETKEYBYTES];
    if (crypto_sign_keypair(publicKey, secretKey) != 0)
        return Error{QStringLiteral("libsodium could not make a key pair")};
    CatalogKeyPair pair{
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(publicKey), sizeof publicKey).toBase64()),
        QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(secretKey), sizeof secretKey).toBase64())};
    sodium_memzero(secretKey, sizeof secretKey);
    return pair;
}

Result<QString> CatalogSignature::sign(const QByteArray &bytes, const QString &secretKeyBase64)
{
    if (auto ready = sodiumReady(); !ready)
        return Error{ready.error()};
    auto secretKey = decode(secretKeyBase64, "the secret key", kSecretKeyBytes, "an Ed25519 secret key");
    if (!secretKey)
        return Error{secretKey.error()};
    // libsodium's secret key is the seed followed by the public key: a key whose halves do not
    // belong together (a copy-paste of two keys) would sign what no kiosk accepts.
    unsigned char seed[crypto_sign_SEEDBYTES];
    unsigned char publicKey[crypto_sign_PUBLICKEYBYTES];
    unsigned char rebuilt[crypto_sign_SECRETKEYBYTES];
    crypto_sign_ed25519_sk_to_seed(seed, bytesOf(*secretKey));
    const bool whole = crypto_sign_seed_keypair(publicKey, rebuilt, seed) == 0
                       && sodium_memcmp(publicKey, bytesOf(*secretKey) + crypto_sign_SEEDBYTES, sizeof publicKey) == 0;
    sodium_memzero(seed, sizeof seed);
    sodium_memzero(rebuilt, sizeof rebuilt);
    if (!whole) {
        sodium_memzero(secretKey->data(), size_t(secretKey->size()));
        return Error{QStringLiteral("the secret key is damaged: its public half does not belong to it")};
    }
    unsigned char signature[crypto_sign_BYTES];
    const int signedOk = crypto_sign_detached(signature, nullptr, bytesOf(bytes), size_t(bytes.size()),
                                              bytesOf(*secretKey));
    sodium_memzero(secretKey->data(), size_t(secretKey->size()));
    if (signedOk != 0)
        return Error{QStringLiteral("libsodium could not sign")};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(signature), sizeof signature).toBase64());
}

Status CatalogSignature::checkPublicKey(const QString &base64)
{
    const auto key = decode(base64, "the public key", kPublicKeyBytes, "an Ed25519 public key");
    return key ? Status(Done{}) : Status(Error{key.error()});
}

Status CatalogSignature::verify(const QByteArray &bytes, const QString &signatureBase64,
                                const QString &publicKeyBase64)
{
    if (auto ready = sodiumReady(); !ready)
        return ready;
    const auto publicKey = decode(publicKeyBase64, "the public key", kPublicKeyBytes, "an Ed25519 public key");
    if (!publicKey)
        return Error{publicKey.error()};
    const auto signature = decode(signatureBase64, "the signature", kSignatureBytes, "an Ed25519 signature");
    if (!signature)
        return Error{signature.error()};
    if (crypto_sign_verify_detached(bytesOf(*signature), bytesOf(bytes), size_t(bytes.size()), bytesOf(*publicKey))
        != 0)
        return Error{QStringLiteral("the signature does not match: the bundle was changed after it was signed, "
                                    "or it was signed with another key")};
    return Done{};
}

} // namespace motcua
