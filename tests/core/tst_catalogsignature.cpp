// SPDX-License-Identifier: GPL-3.0-or-later
// Ed25519 signatures of catalog bundles (libsodium): what verifies, what does not and why,
// and the province's side of it on the command line (keygen, sign).
#include "testsupport.h"

#include "catalog/catalogsignature.h"
#include "catalog/catalogupdater.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

using namespace motcua;
using motcua::test::Cli;
using motcua::test::Run;
using motcua::test::dataPath;
using motcua::test::readFile;

namespace {

CatalogKeyPair newKeyPair()
{
    const auto pair = CatalogSignature::generateKeyPair();
    INFO(pair.error().toStdString());
    REQUIRE(pair.ok());
    return pair.value();
}

QString signature(const QByteArray &bytes, const QString &secretKey)
{
    const auto signed_ = CatalogSignature::sign(bytes, secretKey);
    INFO(signed_.error().toStdString());
    REQUIRE(signed_.ok());
    return signed_.value();
}

QString base64OfSize(int size)
{
    return QString::fromLatin1(QByteArray(size, '\x2a').toBase64());
}

} // namespace

TEST_CASE("a bundle signed with the secret key verifies with its public key", "[signature]")
{
    const CatalogKeyPair pair = newKeyPair();
    CHECK(QByteArray::fromBase64(pair.publicKey.toLatin1()).size() == 32);
    CHECK(QByteArray::fromBase64(pair.secretKey.toLatin1()).size() == 64);
    CHECK(pair.publicKey != newKeyPair().publicKey);

    const QByteArray bundle = readFile(dataPath(QStringLiteral("mini-catalog.json")));
    const QString sig = signature(bundle, pair.secretKey);
    CHECK(QByteArray::fromBase64(sig.toLatin1()).size() == 64);
    CHECK(sig == signature(bundle, pair.secretKey)); // Ed25519 is deterministic

    const Status verified = CatalogSignature::verify(bundle, sig, pair.publicKey);
    INFO(verified.error().toStdString());
    CHECK(verified.ok());
    // Key files end in a newline: white space around base64 is not part of it.
    CHECK(CatalogSignature::verify(bundle, sig + u'\n', QStringLiteral("  ") + pair.publicKey + u'\n').ok());
}

TEST_CASE("a changed byte or another key fails verification", "[signature]")
{
    const CatalogKeyPair pair = newKeyPair();
    const QByteArray bundle = readFile(dataPath(QStringLiteral("mini-catalog.json")));
    const QString sig = signature(bundle, pair.secretKey);
    const QString mismatch = QStringLiteral("the signature does not match");

    SECTION("one byte of the bundle flipped")
    {
        for (const qsizetype at : {qsizetype(0), bundle.size() / 2, bundle.size() - 1}) {
            QByteArray changed = bundle;
            changed[at] = char(changed.at(at) ^ 0x01);
            const Status verified = CatalogSignature::verify(changed, sig, pair.publicKey);
            REQUIRE_FALSE(verified.ok());
            CHECK(verified.error().startsWith(mismatch));
        }
    }
    SECTION("one byte more")
    {
        CHECK_FALSE(CatalogSignature::verify(bundle + '\n', sig, pair.publicKey).ok());
    }
    SECTION("signed with another key")
    {
        const Status verified = CatalogSignature::verify(bundle, signature(bundle, newKeyPair().secretKey), pair.publicKey);
        REQUIRE_FALSE(verified.ok());
        CHECK(verified.error().startsWith(mismatch));
    }
    SECTION("checked against another public key")
    {
        CHECK_FALSE(CatalogSignature::verify(bundle, sig, newKeyPair().publicKey).ok());
    }
    SECTION("a signature with one bit flipped")
    {
        QByteArray raw = QByteArray::fromBase64(sig.toLatin1());
        raw[10] = char(raw.at(10) ^ 0x80);
        CHECK_FALSE(CatalogSignature::verify(bundle, QString::fromLatin1(raw.toBase64()), pair.publicKey).ok());
    }
}

TEST_CASE("bad base64 and wrong lengths are named, not just refused", "[signature]")
{
    const CatalogKeyPair pair = newKeyPair();
    const QByteArray bundle("{}");
    const QString sig = signature(bundle, pair.secretKey);

    const auto errorOf = [&](const QString &signatureBase64, const QString &publicKey) {
        const Status verified = CatalogSignature::verify(bundle, signatureBase64, publicKey);
        REQUIRE_FALSE(verified.ok());
        return verified.error();
    };
    CHECK(errorOf(sig, QStringLiteral("not*base64!")) == QStringLiteral("the public key is not valid base64"));
    CHECK(errorOf(sig, QString()) == QStringLiteral("the public key is empty"));
    CHECK(errorOf(sig, base64OfSize(31))
          == QStringLiteral("the public key is 31 bytes, not the 32 of an Ed25519 public key"));
    CHECK(errorOf(QStringLiteral("%%%"), pair.publicKey) == QStringLiteral("the signature is not valid base64"));
    CHECK(errorOf(base64OfSize(63), pair.publicKey)
          == QStringLiteral("the signature is 63 bytes, not the 64 of an Ed25519 signature"));
    CHECK(errorOf(QStringLiteral("  "), pair.publicKey) == QStringLiteral("the signature is empty"));

    CHECK(CatalogSignature::checkPublicKey(pair.publicKey).ok());
    CHECK(CatalogSignature::checkPublicKey(pair.secretKey).error()
          == QStringLiteral("the public key is 64 bytes, not the 32 of an Ed25519 public key"));

    CHECK(CatalogSignature::sign(bundle, pair.publicKey).error()
          == QStringLiteral("the secret key is 32 bytes, not the 64 of an Ed25519 secret key"));
    CHECK(CatalogSignature::sign(bundle, QStringLiteral("é")).error() == QStringLiteral("the secret key is not valid base64"));
    // Two keys pasted together: the seed of one, the public half of another.
    const QByteArray spliced = QByteArray::fromBase64(pair.secretKey.toLatin1()).left(32)
                               + QByteArray::fromBase64(newKeyPair().publicKey.toLatin1());
    CHECK(CatalogSignature::sign(bundle, QString::fromLatin1(spliced.toBase64())).error()
          == QStringLiteral("the secret key is damaged: its public half does not belong to it"));
}

TEST_CASE("catalog versions compare part by part, numbers as numbers", "[signature][update]")
{
    CHECK(CatalogUpdater::compareVersions(QStringLiteral("2026.11.2"), QStringLiteral("2026.11.1")) > 0);
    CHECK(CatalogUpdater::compareVersions(QStringLiteral("2026.10"), QStringLiteral("2026.9.1")) > 0);
    CHECK(CatalogUpdater::compareVersions(QStringLiteral("2026.11"), QStringLiteral("2026.11.1")) < 0);
    CHECK(CatalogUpdater::compareVersions(QStringLiteral("2026.07.1"), QStringLiteral("2026.7.1")) == 0);
    CHECK(CatalogUpdater::compareVersions(QStringLiteral("2025.07.demo-1"), QStringLiteral("2026.01.1")) < 0);
    CHECK(CatalogUpdater::compareVersions(QStringLiteral("2025.07.demo-2"), QStringLiteral("2025.07.demo-1")) > 0);
    CHECK(CatalogUpdater::compareVersions(QStringLiteral("test-1"), QStringLiteral("test-1")) == 0);
}

TEST_CASE("cli: keygen, then sign a bundle with the secret key file", "[signature][cli]")
{
    Cli cli;
    const Run keygen = cli({QStringLiteral("--json"), QStringLiteral("catalog"), QStringLiteral("keygen")});
    INFO(keygen.err.toStdString());
    REQUIRE(keygen.exitCode == 0);
    CHECK(keygen.err.contains(QStringLiteral("secret key must stay with the province")));
    const QJsonObject keys = QJsonDocument::fromJson(keygen.out.toUtf8()).object();
    const QString publicKey = keys.value(QStringLiteral("publicKey")).toString();
    REQUIRE(CatalogSignature::checkPublicKey(publicKey).ok());

    const QString keyFile = cli.dir.filePath(QStringLiteral("province.key"));
    QFile out(keyFile);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(keys.value(QStringLiteral("secretKey")).toString().toLatin1() + '\n');
    out.close();

    const QString bundle = dataPath(QStringLiteral("mini-catalog.json"));
    const Run signed_ = cli({QStringLiteral("catalog"), QStringLiteral("sign"), bundle, QStringLiteral("--key"), keyFile});
    INFO(signed_.err.toStdString());
    REQUIRE(signed_.exitCode == 0);
    const Status verified = CatalogSignature::verify(readFile(bundle), signed_.out.trimmed(), publicKey);
    INFO(verified.error().toStdString());
    CHECK(verified.ok());

    // Only a valid bundle is signed, only with a secret key.
    const QString invalid = cli.dir.filePath(QStringLiteral("invalid.json"));
    QFile bad(invalid);
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write(R"({"format": "motcua-catalog", "schemaVersion": 1})");
    bad.close();
    const Run refused = cli({QStringLiteral("catalog"), QStringLiteral("sign"), invalid, QStringLiteral("--key"), keyFile});
    CHECK(refused.exitCode == 2);
    CHECK(refused.err.contains(QStringLiteral("nothing was signed")));
    CHECK(refused.err.contains(QStringLiteral("catalogVersion: missing")));
    CHECK(refused.out.isEmpty());

    const Run publicKeyGiven = cli({QStringLiteral("catalog"), QStringLiteral("sign"), bundle, QStringLiteral("--key"), bundle});
    CHECK(publicKeyGiven.exitCode == 2);
    CHECK(publicKeyGiven.err.contains(QStringLiteral("the secret key is not valid base64")));
    const Run noKey = cli({QStringLiteral("catalog"), QStringLiteral("sign"), bundle});
    CHECK(noKey.exitCode == 2);
    CHECK(noKey.err.contains(QStringLiteral("usage: motcua catalog sign FILE --key SECRETKEYFILE")));
}
