// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogupdater.h"

#include "catalog/catalogsignature.h"
#include "catalog/catalogstore.h"
#include "outbox/portalclient.h"

#include <QLoggingCategory>
#include <QPointer>

#include <utility>

namespace motcua {

Q_LOGGING_CATEGORY(lcCatalog, "motcua.catalog")

namespace {

using UpdateResult = CatalogUpdater::UpdateResult;
using Outcome = UpdateResult::Outcome;

// How many validation problems the one-line reason names (`motcua catalog import` lists all).
constexpr qsizetype kProblemsShown = 5;

QString invalidBundle(const QString &errors)
{
    const QStringList problems = errors.split(u'\n', Qt::SkipEmptyParts);
    QString text = problems.mid(0, kProblemsShown).join(QStringLiteral("; "));
    if (problems.size() > kProblemsShown)
        text += QStringLiteral("; and %1 more").arg(problems.size() - kProblemsShown);
    return QStringLiteral("invalid bundle (%1 problem%2): %3")
        .arg(QString::number(problems.size()),
             problems.size() == 1 ? QString() : QStringLiteral("s"), text);
}

} // namespace

QString UpdateResult::outcomeName() const
{
    switch (outcome) {
    case Outcome::UpToDate:
        return QStringLiteral("upToDate");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Rejected:
        return QStringLiteral("rejected");
    case Outcome::Unreachable:
        return QStringLiteral("unreachable");
    }
    return {};
}

QString UpdateResult::describe() const
{
    const QString current = version.isEmpty() ? QStringLiteral("(none)") : version;
    switch (outcome) {
    case Outcome::UpToDate:
        return QStringLiteral("catalog %1 is up to date").arg(current);
    case Outcome::Applied:
        return QStringLiteral("catalog updated from %1 to %2 (%3 procedures)")
            .arg(previousVersion.isEmpty() ? QStringLiteral("(none)") : previousVersion, current,
                 QString::number(procedures));
    case Outcome::Rejected:
        return QStringLiteral("catalog update%1 rejected, keeping %2: %3")
            .arg(offeredVersion.isEmpty() ? QString() : QStringLiteral(" to ") + offeredVersion, current, reason);
    case Outcome::Unreachable:
        return QStringLiteral("catalog update not possible, keeping %1: %2").arg(current, reason);
    }
    return {};
}

QJsonObject UpdateResult::toJson() const
{
    QJsonObject o{{QStringLiteral("outcome"), outcomeName()},
                  {QStringLiteral("version"), version},
                  {QStringLiteral("previousVersion"), previousVersion},
                  {QStringLiteral("message"), describe()}};
    if (!offeredVersion.isEmpty())
        o.insert(QStringLiteral("offeredVersion"), offeredVersion);
    if (outcome == Outcome::Applied)
        o.insert(QStringLiteral("procedures"), procedures);
    if (!reason.isEmpty())
        o.insert(QStringLiteral("reason"), reason);
    return o;
}

CatalogUpdater::CatalogUpdater(CatalogStore *store, PortalClient *portal, QString publicKeyBase64, QObject *parent)
    : QObject(parent), m_store(store), m_portal(portal), m_publicKey(std::move(publicKeyBase64).trimmed())
{
    connect(m_store, &CatalogStore::catalogChanged, this, &CatalogUpdater::versionChanged);
}

QString CatalogUpdater::version() const
{
    return m_store->catalogVersion();
}

int CatalogUpdater::compareVersions(const QString &a, const QString &b)
{
    const QStringList left = a.trimmed().split(u'.');
    const QStringList right = b.trimmed().split(u'.');
    for (qsizetype i = 0; i < std::min(left.size(), right.size()); ++i) {
        bool leftIsNumber = false;
        bool rightIsNumber = false;
        const qulonglong l = left.at(i).toULongLong(&leftIsNumber);
        const qulonglong r = right.at(i).toULongLong(&rightIsNumber);
        const int c = leftIsNumber && rightIsNumber ? (l > r) - (l < r) : QString::compare(left.at(i), right.at(i));
        if (c != 0)
            return c < 0 ? -1 : 1;
    }
    return (left.size() > right.size()) - (left.size() < right.size());
}

void CatalogUpdater::checkNow(Callback done)
{
    if (done)
        m_waiting.append(std::move(done));
    if (m_busy)
        return;
    const QString previous = version();
    UpdateResult refused{Outcome::Rejected, previous, previous, {}, 0, {}};
    if (m_publicKey.isEmpty()) {
        refused.reason = QStringLiteral("no catalog_public_key configured: updates are off");
        finish(refused);
        return;
    }
    if (const Status key = CatalogSignature::checkPublicKey(m_publicKey); !key) {
        refused.reason = QStringLiteral("catalog_public_key: ") + key.error();
        finish(refused);
        return;
    }
    m_busy = true;
    m_portal->fetchCatalog(previous, [self = QPointer<CatalogUpdater>(this), previous](const PortalReply &reply) {
        if (self)
            self->finish(self->handle(reply, previous));
    });
}

CatalogUpdater::UpdateResult CatalogUpdater::handle(const PortalReply &reply, const QString &previous)
{
    UpdateResult result{Outcome::Unreachable, previous, previous, {}, 0, {}};
    if (!reply.ok()) {
        result.reason = reply.describe();
        return result;
    }
    if (reply.body.isEmpty()) {
        result.outcome = Outcome::UpToDate;
        return result;
    }
    result.outcome = Outcome::Rejected;
    result.offeredVersion = reply.body.value(QStringLiteral("version")).toString();
    const auto bundle = acceptable(reply.body, previous);
    if (!bundle) {
        result.reason = bundle.error();
        return result;
    }
    if (const Status imported = m_store->importBundle(bundle.value()); !imported) {
        result.reason = QStringLiteral("it could not be stored: ") + imported.error();
        return result;
    }
    result.outcome = Outcome::Applied;
    result.version = version();
    result.procedures = int(bundle->procedures.size());
    return result;
}

Result<CatalogBundle> CatalogUpdater::acceptable(const QJsonObject &offer, const QString &previous) const
{
    const auto bytes = QByteArray::fromBase64Encoding(offer.value(QStringLiteral("bundle")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return Error{QStringLiteral("the bundle is not valid base64")};
    // The signature first: not one byte of an unsigned bundle reaches the JSON parser.
    const Status signature = CatalogSignature::verify(
        *bytes, offer.value(QStringLiteral("signature")).toString(), m_publicKey);
    if (!signature)
        return Error{QStringLiteral("bad signature: ") + signature.error()};
    auto bundle = CatalogBundle::parse(*bytes);
    if (!bundle)
        return Error{invalidBundle(bundle.error())};
    const QString offered = offer.value(QStringLiteral("version")).toString().trimmed();
    if (bundle->catalogVersion != offered)
        return Error{QStringLiteral("the portal offered version %1 but the signed bundle is version %2")
                         .arg(offered, bundle->catalogVersion)};
    if (!previous.isEmpty() && compareVersions(bundle->catalogVersion, previous) <= 0)
        return Error{QStringLiteral("version %1 is not newer than the current %2").arg(bundle->catalogVersion, previous)};
    return bundle;
}

void CatalogUpdater::finish(const UpdateResult &result)
{
    m_busy = false;
    m_lastResult = result.describe();
    m_lastCheckedAt = QDateTime::currentDateTime();
    if (result.outcome == Outcome::Applied || result.outcome == Outcome::UpToDate)
        qCInfo(lcCatalog).noquote() << m_lastResult;
    else
        qCWarning(lcCatalog).noquote() << m_lastResult;
    // Callbacks last, from a copy: one of them may start the next check or delete this object.
    const QList<Callback> waiting = std::exchange(m_waiting, {});
    Q_EMIT checked();
    if (result.outcome == Outcome::Applied)
        Q_EMIT catalogReplaced();
    for (const Callback &done : waiting)
        done(result);
}

} // namespace motcua
