// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultplan.h"

#include "common/jsonreader.h"

#include <QJsonArray>

#include <algorithm>

namespace motcua::sim {

namespace {

constexpr int kMaxSlowMs = 600000;
constexpr int kMaxRetryAfter = 86400;
constexpr qint64 kMaxSeed = qint64(1) << 53; // exact in a JSON number

// The rates, in the order FaultPlan::next() lays them out on [0, 1).
struct RateField
{
    QString flag;
    QString json;
    double FaultSettings::*member;
};

const QList<RateField> &rateFields()
{
    static const QList<RateField> fields{
        {QStringLiteral("error-rate"), QStringLiteral("errorRate"), &FaultSettings::errorRate},
        {QStringLiteral("rate-limit-rate"), QStringLiteral("rateLimitRate"), &FaultSettings::rateLimitRate},
        {QStringLiteral("timeout-rate"), QStringLiteral("timeoutRate"), &FaultSettings::timeoutRate},
        {QStringLiteral("drop-rate"), QStringLiteral("dropRate"), &FaultSettings::dropRate},
        {QStringLiteral("lost-reply-rate"), QStringLiteral("lostReplyRate"), &FaultSettings::lostReplyRate},
    };
    return fields;
}

QString keyOf(const FaultSettings::Name &name, bool flagNames)
{
    return flagNames ? QStringLiteral("--") + name.flag : name.json;
}

QString keyOf(const RateField &field, bool flagNames)
{
    return keyOf(FaultSettings::Name{field.flag, field.json}, flagNames);
}

// A fraction 0..1, 0 when absent.
double readRate(const QJsonObject &o, const QString &key, const JsonReader &reader)
{
    const QJsonValue v = o.value(key);
    if (v.isUndefined() || v.isNull())
        return 0;
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() > 1) {
        reader.fail(key, QStringLiteral("must be a number from 0 to 1"));
        return 0;
    }
    return v.toDouble();
}

// Each outcome's name in scripts, statistics and the log.
const QList<std::pair<Outcome::Kind, QString>> &kindNames()
{
    using Kind = Outcome::Kind;
    static const QList<std::pair<Kind, QString>> names{
        {Kind::Ok, QStringLiteral("ok")},          {Kind::Internal, QStringLiteral("500")},
        {Kind::Unavailable, QStringLiteral("503")}, {Kind::RateLimited, QStringLiteral("429")},
        {Kind::Timeout, QStringLiteral("timeout")}, {Kind::Drop, QStringLiteral("drop")},
        {Kind::LostReply, QStringLiteral("lost-reply")}, {Kind::Invalid, QStringLiteral("400")},
    };
    return names;
}

QString scriptEntries()
{
    QStringList list;
    for (const auto &[kind, name] : kindNames())
        list.append(name);
    list.append(QStringLiteral("slow:MS"));
    return list.join(QStringLiteral(", "));
}

} // namespace

QString Outcome::key() const
{
    if (kind == Kind::Ok && delayMs > 0)
        return QStringLiteral("slow");
    for (const auto &[k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    return QStringLiteral("ok");
}

std::optional<Outcome> Outcome::fromScriptEntry(const QString &entry)
{
    const QString e = entry.trimmed().toLower();
    for (const auto &[kind, name] : kindNames()) {
        if (name == e)
            return Outcome{kind, 0};
    }
    if (e.startsWith(QStringLiteral("slow:"))) {
        bool ok = false;
        const int ms = e.mid(5).toInt(&ok);
        if (ok && ms >= 0 && ms <= kMaxSlowMs)
            return Outcome{Kind::Ok, ms};
    }
    return std::nullopt;
}

const QList<FaultSettings::Name> &FaultSettings::names()
{
    static const QList<Name> all = [] {
        QList<Name> list;
        for (const RateField &f : rateFields())
            list.append({f.flag, f.json});
        list.append({QStringLiteral("retry-after"), QStringLiteral("retryAfter")});
        list.append({QStringLiteral("slow-ms"), QStringLiteral("slowMs")});
        list.append({QStringLiteral("script"), QStringLiteral("script")});
        list.append({QStringLiteral("seed"), QStringLiteral("seed")});
        return list;
    }();
    return all;
}

Result<FaultSettings> FaultSettings::fromJson(const QJsonObject &o, bool flagNames)
{
    QStringList errors;
    const JsonReader reader(&errors);
    QStringList known;
    for (const Name &n : names())
        known.append(keyOf(n, flagNames));
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!known.contains(it.key()))
            reader.fail(it.key(), QStringLiteral("unknown setting (known: %1)").arg(known.join(QStringLiteral(", "))));
    }

    FaultSettings s;
    double sum = 0;
    QStringList rateKeys;
    for (const RateField &f : rateFields()) {
        s.*f.member = readRate(o, keyOf(f, flagNames), reader);
        sum += s.*f.member;
        rateKeys.append(keyOf(f, flagNames));
    }
    if (sum > 1 + 1e-9)
        reader.fail(rateKeys.join(QStringLiteral(" + ")),
                    QStringLiteral("the rates add up to %1, more than 1").arg(sum));

    const auto &all = names();
    const auto keyNamed = [&](const QString &json) {
        const auto it = std::find_if(all.cbegin(), all.cend(), [&](const Name &n) { return n.json == json; });
        return keyOf(*it, flagNames);
    };
    s.retryAfter = int(reader.integer(o, {}, keyNamed(QStringLiteral("retryAfter")), 0, kMaxRetryAfter, false).value_or(1));
    s.slowMs = int(reader.integer(o, {}, keyNamed(QStringLiteral("slowMs")), 0, kMaxSlowMs, false).value_or(0));
    s.seed = quint64(reader.integer(o, {}, keyNamed(QStringLiteral("seed")), 0, kMaxSeed, false).value_or(0));

    const QString scriptKey = keyNamed(QStringLiteral("script"));
    if (const auto script = reader.array(o, {}, scriptKey, false)) {
        for (qsizetype i = 0; i < script->size(); ++i) {
            const QString entry = script->at(i).toString();
            if (!script->at(i).isString() || !Outcome::fromScriptEntry(entry))
                reader.fail(JsonReader::index(scriptKey, i),
                            QStringLiteral("'%1' is not one of %2").arg(entry, scriptEntries()));
            else
                s.script.append(entry.trimmed().toLower());
        }
    }
    if (!errors.isEmpty())
        return Error{errors.join(QStringLiteral("; "))};
    return s;
}

QJsonObject FaultSettings::toJson() const
{
    QJsonObject o;
    for (const RateField &f : rateFields())
        o.insert(f.json, this->*f.member);
    o.insert(QStringLiteral("retryAfter"), retryAfter);
    o.insert(QStringLiteral("slowMs"), slowMs);
    o.insert(QStringLiteral("script"), QJsonArray::fromStringList(script));
    o.insert(QStringLiteral("seed"), double(seed));
    return o;
}

void FaultPlan::setSettings(const FaultSettings &settings)
{
    m_settings = settings;
    m_script.clear();
    for (const QString &entry : settings.script) {
        if (const auto outcome = Outcome::fromScriptEntry(entry))
            m_script.append(*outcome);
    }
    m_random.seed(settings.seed);
}

double FaultPlan::draw()
{
    return std::uniform_real_distribution<double>(0.0, 1.0)(m_random);
}

Outcome FaultPlan::next(bool storesFiling)
{
    if (!m_script.isEmpty()) {
        Outcome o = m_script.takeFirst();
        if (o.delayMs == 0)
            o.delayMs = m_settings.slowMs;
        return o;
    }
    using Kind = Outcome::Kind;
    const FaultSettings &s = m_settings;
    const std::pair<double, Kind> bands[] = {
        {s.errorRate, Kind::Internal},
        {s.rateLimitRate, Kind::RateLimited},
        {s.timeoutRate, Kind::Timeout},
        {s.dropRate, Kind::Drop},
        {storesFiling ? s.lostReplyRate : 0.0, Kind::LostReply},
    };
    Outcome o{Kind::Ok, s.slowMs};
    double u = draw();
    for (const auto &[rate, kind] : bands) {
        if (u < rate) {
            o.kind = kind;
            break;
        }
        u -= rate;
    }
    if (o.kind == Kind::Internal && draw() < 0.5)
        o.kind = Kind::Unavailable;
    return o;
}

} // namespace motcua::sim
