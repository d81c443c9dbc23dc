// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogoffer.h"

#include "common/jsonreader.h"

#include <QFile>

namespace motcua::sim {

namespace {

Result<QByteArray> readFile(const QString &path, const QString &flag)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("%1: cannot read %2: %3").arg(flag, path, file.errorString())};
    return file.readAll();
}

} // namespace

Result<CatalogOffer> CatalogOffer::fromFiles(const QString &bundlePath, const QString &signaturePath,
                                             const QString &version)
{
    if (version.trimmed().isEmpty())
        return Error{QStringLiteral("--catalog-version: needed with --catalog")};
    const auto bundle = readFile(bundlePath, QStringLiteral("--catalog"));
    if (!bundle)
        return Error{bundle.error()};
    const auto signature = readFile(signaturePath, QStringLiteral("--catalog-signature"));
    if (!signature)
        return Error{signature.error()};
    const QByteArray text = signature->trimmed();
    if (!QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors))
        return Error{QStringLiteral("--catalog-signature: %1 does not hold base64 text").arg(signaturePath)};
    CatalogOffer offer;
    offer.m_version = version.trimmed();
    offer.m_bundle = QString::fromLatin1(bundle->toBase64());
    offer.m_signature = QString::fromLatin1(text);
    return offer;
}

Result<CatalogOffer> CatalogOffer::fromJson(const QJsonObject &o)
{
    QStringList errors;
    const JsonReader reader(&errors);
    for (const QString &key : {QStringLiteral("version"), QStringLiteral("bundle"), QStringLiteral("signature")}) {
        if (!o.value(key).isString())
            reader.fail(key, QStringLiteral("must be a string"));
    }
    if (!errors.isEmpty())
        return Error{errors.join(QStringLiteral("; "))};
    CatalogOffer offer;
    offer.m_version = o.value(QStringLiteral("version")).toString();
    offer.m_bundle = o.value(QStringLiteral("bundle")).toString();
    offer.m_signature = o.value(QStringLiteral("signature")).toString();
    return offer;
}

bool CatalogOffer::isNewerThan(const QString &since) const
{
    return isConfigured() && m_version != since;
}

QJsonObject CatalogOffer::toJson() const
{
    if (!isConfigured())
        return {};
    return {{QStringLiteral("version"), m_version},
            {QStringLiteral("bundle"), m_bundle},
            {QStringLiteral("signature"), m_signature}};
}

} // namespace motcua::sim
