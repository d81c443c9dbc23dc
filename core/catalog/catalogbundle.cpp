// SPDX-License-Identifier: GPL-3.0-or-later
#include "catalogbundle.h"

#include "common/jsonreader.h"
#include "common/localtext.h"
#include "payment/feerule.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>

namespace motcua {

namespace {

const QRegularExpression &nationalCodeRe()
{
    static const QRegularExpression re(QStringLiteral("^[0-9]\\.[0-9]{6}$"));
    return re;
}
const QRegularExpression &provincialCodeRe()
{
    static const QRegularExpression re(
        QStringLiteral("^[0-9]\\.[0-9]{6}\\.[0-9]{3}\\.[0-9]{2}\\.[0-9]{2}\\.H[0-9A-Z]{2}$"));
    return re;
}
const QRegularExpression &idRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return re;
}
const QRegularExpression &exemptionKeyRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-z][a-z0-9_]*$"));
    return re;
}
const QRegularExpression &timeOfDayRe()
{
    static const QRegularExpression re(QStringLiteral("^([01][0-9]|2[0-3]):[0-5][0-9]$"));
    return re;
}

void validateFeeRule(const JsonReader &r, const QJsonObject &rule, const QString &path)
{
    const auto kind = r.oneOf(rule, path, QStringLiteral("kind"), FeeRule::kindKeys());
    const qint64 maxAmount = 1'000'000'000; // 1 tỷ đồng; anything larger is a typo
    if (kind == QLatin1String("fixed")) {
        (void)r.integer(rule, path, QStringLiteral("amount"), 0, maxAmount);
        (void)r.oneOf(rule, path, QStringLiteral("per"), FeeRule::perKeys());
    } else if (kind == QLatin1String("tiered_per_page")) {
        const auto tiers = r.array(rule, path, QStringLiteral("tiers"));
        const QString tiersPath = JsonReader::join(path, QStringLiteral("tiers"));
        if (tiers && tiers->isEmpty())
            r.fail(tiersPath, QStringLiteral("needs at least 1 tier"));
        qint64 expectedFrom = 1;
        for (qsizetype i = 0; tiers && i < tiers->size(); ++i) {
            const QString tp = JsonReader::index(tiersPath, i);
            const auto tierObject = r.objectAt(*tiers, i, tiersPath);
            if (!tierObject)
                continue;
            const QJsonObject &tier = *tierObject;
            const auto from = r.integer(tier, tp, QStringLiteral("fromPage"), 1, 100000);
            const auto to = r.integer(tier, tp, QStringLiteral("toPage"), 1, 100000, false);
            (void)r.integer(tier, tp, QStringLiteral("amount"), 0, maxAmount);
            if (from && *from != expectedFrom)
                r.fail(JsonReader::join(tp, QStringLiteral("fromPage")),
                       QStringLiteral("must be %1 (tiers must follow each other)").arg(expectedFrom));
            if (to && from && *to < *from)
                r.fail(JsonReader::join(tp, QStringLiteral("toPage")),
                       QStringLiteral("is before fromPage"));
            if (!to && i + 1 < tiers->size())
                r.fail(JsonReader::join(tp, QStringLiteral("toPage")),
                       QStringLiteral("missing (only the last tier may be open-ended)"));
            expectedFrom = to ? *to + 1 : expectedFrom;
        }
        (void)r.integer(rule, path, QStringLiteral("capPerCopy"), 0, maxAmount, false);
    }
    const auto exemptions = r.array(rule, path, QStringLiteral("exemptions"), false);
    const QString ep = JsonReader::join(path, QStringLiteral("exemptions"));
    for (qsizetype i = 0; exemptions && i < exemptions->size(); ++i) {
        const auto exemption = r.objectAt(*exemptions, i, ep);
        if (!exemption)
            continue;
        const QJsonObject &e = *exemption;
        (void)r.matching(e, JsonReader::index(ep, i), QStringLiteral("key"), exemptionKeyRe(),
                         QStringLiteral("a key like on_time (lower case, digits, underscores)"));
        (void)r.string(e, JsonReader::index(ep, i), QStringLiteral("label"));
        (void)readEnglish(r, e, JsonReader::index(ep, i), {QStringLiteral("label")});
    }
}

void validateDocument(const JsonReader &r, const QJsonObject &d, const QString &path)
{
    (void)r.string(d, path, QStringLiteral("name"));
    (void)r.oneOf(d, path, QStringLiteral("form"), RequiredDocument::formKeys());
    (void)r.integer(d, path, QStringLiteral("count"), 1, 100);
    (void)r.boolean(d, path, QStringLiteral("required"), false);
    (void)r.string(d, path, QStringLiteral("notes"), false);
    (void)readEnglish(r, d, path, RequiredDocument::englishKeys());
}

void validateProcedure(const JsonReader &r, const QJsonObject &p, const QString &path,
                       const QSet<QString> &topicIds, const QJsonObject &feeRules)
{
    (void)r.matching(p, path, QStringLiteral("code"), nationalCodeRe(),
                     QStringLiteral("a national procedure code like 1.001193"));
    (void)r.matching(p, path, QStringLiteral("provincialCode"), provincialCodeRe(),
                     QStringLiteral("a provincial code like 1.001193.000.00.00.H01"), false);
    (void)r.string(p, path, QStringLiteral("name"));
    if (const auto topic = r.string(p, path, QStringLiteral("topic")); topic && !topicIds.contains(*topic))
        r.fail(JsonReader::join(path, QStringLiteral("topic")),
               QStringLiteral("'%1' is not a topic id of this bundle").arg(*topic));
    (void)r.oneOf(p, path, QStringLiteral("level"),
                  {QStringLiteral("commune"), QStringLiteral("province"), QStringLiteral("multiple")});
    (void)r.string(p, path, QStringLiteral("agency"), false);
    if (const auto time = r.object(p, path, QStringLiteral("processingTime"))) {
        const QString tp = JsonReader::join(path, QStringLiteral("processingTime"));
        (void)r.string(*time, tp, QStringLiteral("text"));
        (void)r.integer(*time, tp, QStringLiteral("workingDays"), 0, 365);
        (void)r.matching(*time, tp, QStringLiteral("nextDayAfter"), timeOfDayRe(),
                         QStringLiteral("a time like 15:00"), false);
        (void)readEnglish(r, *time, tp, {QStringLiteral("text")});
    }
    (void)r.oneOf(p, path, QStringLiteral("onlineLevel"),
                  {QStringLiteral("full"), QStringLiteral("partial")});
    if (const auto fee = r.object(p, path, QStringLiteral("fee"))) {
        const QString fp = JsonReader::join(path, QStringLiteral("fee"));
        (void)r.string(*fee, fp, QStringLiteral("text"));
        if (const auto rule = r.string(*fee, fp, QStringLiteral("rule")); rule && !feeRules.contains(*rule))
            r.fail(JsonReader::join(fp, QStringLiteral("rule")),
                   QStringLiteral("'%1' is not in feeRules").arg(*rule));
        (void)readEnglish(r, *fee, fp, {QStringLiteral("text")});
    }
    if (const auto docs = r.array(p, path, QStringLiteral("documents"))) {
        const QString dp = JsonReader::join(path, QStringLiteral("documents"));
        for (qsizetype i = 0; i < docs->size(); ++i) {
            if (!docs->at(i).isObject())
                r.fail(JsonReader::index(dp, i), QStringLiteral("must be an object"));
            else
                validateDocument(r, docs->at(i).toObject(), JsonReader::index(dp, i));
        }
    }
    (void)r.string(p, path, QStringLiteral("eligibility"));
    (void)r.stringList(p, path, QStringLiteral("legalBasis"), 1);
    if (const auto delivery = r.stringList(p, path, QStringLiteral("delivery"), 1)) {
        const QStringList allowed{QStringLiteral("counter"), QStringLiteral("post"),
                                  QStringLiteral("online")};
        for (qsizetype i = 0; i < delivery->size(); ++i)
            if (!allowed.contains(delivery->at(i)))
                r.fail(JsonReader::index(JsonReader::join(path, QStringLiteral("delivery")), i),
                       QStringLiteral("'%1' is not one of: counter, post, online").arg(delivery->at(i)));
    }
    (void)r.string(p, path, QStringLiteral("result"), false);
    (void)r.string(p, path, QStringLiteral("summary"), false);
    (void)r.stringList(p, path, QStringLiteral("keywords"), 0, false);
    (void)readEnglish(r, p, path, Procedure::englishKeys(), Procedure::englishListKeys());
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

// The record's English texts ("en"), already validated, trimmed like the Vietnamese ones.
QJsonObject english(const QJsonObject &o)
{
    QJsonObject en = o.value(QStringLiteral("en")).toObject();
    for (auto it = en.begin(); it != en.end(); ++it) {
        if (it->isString()) {
            *it = it->toString().trimmed();
        } else if (it->isArray()) {
            QJsonArray items;
            for (const QJsonValue &v : it->toArray())
                items.append(v.toString().trimmed());
            *it = items;
        }
    }
    return en;
}

QStringList strList(const QJsonObject &o, const char *key)
{
    QStringList out;
    for (const QJsonValue &v : o.value(QLatin1String(key)).toArray())
        out.append(v.toString().trimmed());
    return out;
}

} // namespace

Procedure CatalogBundle::procedureFromValidJson(const QJsonObject &o)
{
    Procedure p;
    p.code = str(o, "code");
    p.provincialCode = str(o, "provincialCode");
    p.name = str(o, "name");
    p.topicId = str(o, "topic");
    p.level = str(o, "level");
    p.agency = str(o, "agency");
    const QJsonObject time = o.value(QStringLiteral("processingTime")).toObject();
    p.processingTime = {str(time, "text"), time.value(QStringLiteral("workingDays")).toInt(),
                        str(time, "nextDayAfter"), english(time)};
    p.onlineLevel = str(o, "onlineLevel");
    const QJsonObject fee = o.value(QStringLiteral("fee")).toObject();
    p.feeText = str(fee, "text");
    p.feeRule = str(fee, "rule");
    p.feeEn = english(fee);
    for (const QJsonValue &v : o.value(QStringLiteral("documents")).toArray()) {
        const QJsonObject d = v.toObject();
        RequiredDocument doc;
        doc.name = str(d, "name");
        doc.form = static_cast<RequiredDocument::Form>(
            std::max<qsizetype>(0, RequiredDocument::formKeys().indexOf(str(d, "form"))));
        doc.count = d.value(QStringLiteral("count")).toInt(1);
        doc.required = d.value(QStringLiteral("required")).toBool(true);
        doc.notes = str(d, "notes");
        doc.en = english(d);
        p.documents.append(doc);
    }
    p.eligibility = str(o, "eligibility");
    p.legalBasis = strList(o, "legalBasis");
    p.delivery = strList(o, "delivery");
    p.result = str(o, "result");
    p.summary = str(o, "summary");
    p.keywords = strList(o, "keywords");
    p.en = english(o);
    return p;
}

Result<CatalogBundle> CatalogBundle::parse(const QByteArray &json)
{
    QStringList errors;
    const JsonReader r(&errors);
    const auto root = r.parseDocument(json);
    if (!root)
        return Error{errors.join(u'\n')};

    const auto format = r.string(*root, QString(), QStringLiteral("format"));
    if (format && *format != QLatin1String("motcua-catalog"))
        r.fail(QStringLiteral("format"),
               QStringLiteral("'%1' is not a MotCua catalog (expected 'motcua-catalog')").arg(*format));
    (void)r.integer(*root, QString(), QStringLiteral("schemaVersion"), 1, 1);
    const auto version = r.string(*root, QString(), QStringLiteral("catalogVersion"));

    CatalogBundle bundle;
    bundle.catalogVersion = version.value_or(QString());
    QSet<QString> topicIds;
    if (const auto topics = r.array(*root, QString(), QStringLiteral("topics"))) {
        if (topics->isEmpty())
            r.fail(QStringLiteral("topics"), QStringLiteral("needs at least 1 topic"));
        for (qsizetype i = 0; i < topics->size(); ++i) {
            const QString tp = JsonReader::index(QStringLiteral("topics"), i);
            const auto topicObject = r.objectAt(*topics, i, QStringLiteral("topics"));
            if (!topicObject)
                continue;
            const QJsonObject &t = *topicObject;
            const auto id = r.matching(t, tp, QStringLiteral("id"), idRe(),
                                       QStringLiteral("a lower-case id like ho-tich"));
            const auto name = r.string(t, tp, QStringLiteral("name"));
            if (id && topicIds.contains(*id))
                r.fail(JsonReader::join(tp, QStringLiteral("id")),
                       QStringLiteral("'%1' appears twice").arg(*id));
            if (id)
                topicIds.insert(*id);
            bundle.topics.append({id.value_or(QString()), name.value_or(QString()),
                                  r.string(t, tp, QStringLiteral("description"), false).value_or(QString()),
                                  r.string(t, tp, QStringLiteral("icon"), false).value_or(QString()),
                                  readEnglish(r, t, tp, Topic::englishKeys())});
        }
    }
    if (const auto rules = r.object(*root, QString(), QStringLiteral("feeRules"))) {
        bundle.feeRules = *rules;
        for (auto it = rules->constBegin(); it != rules->constEnd(); ++it) {
            const QString rp = JsonReader::join(QStringLiteral("feeRules"), it.key());
            if (!it->isObject())
                r.fail(rp, QStringLiteral("must be an object"));
            else
                validateFeeRule(r, it->toObject(), rp);
        }
    }
    if (const auto procedures = r.array(*root, QString(), QStringLiteral("procedures"))) {
        if (procedures->isEmpty())
            r.fail(QStringLiteral("procedures"), QStringLiteral("needs at least 1 procedure"));
        QSet<QString> codes;
        for (qsizetype i = 0; i < procedures->size(); ++i) {
            const QString pp = JsonReader::index(QStringLiteral("procedures"), i);
            if (!procedures->at(i).isObject()) {
                r.fail(pp, QStringLiteral("must be an object"));
                continue;
            }
            const QJsonObject p = procedures->at(i).toObject();
            validateProcedure(r, p, pp, topicIds, bundle.feeRules);
            for (const char *key : {"code", "provincialCode"}) {
                const QString code = str(p, key);
                if (code.isEmpty())
                    continue;
                if (codes.contains(code))
                    r.fail(JsonReader::join(pp, QLatin1String(key)),
                           QStringLiteral("'%1' appears twice").arg(code));
                codes.insert(code);
            }
            bundle.procedures.append(procedureFromValidJson(p));
        }
    }
    if (!errors.isEmpty())
        return Error{errors.join(u'\n')};
    return bundle;
}

Result<CatalogBundle> CatalogBundle::load(const QString &filePath)
{
    QFile f(filePath);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(filePath, f.errorString())};
    return parse(f.readAll());
}

QJsonObject CatalogBundle::toJson() const
{
    QJsonArray topicArray;
    for (const Topic &t : topics) {
        QJsonObject o{{QStringLiteral("id"), t.id}, {QStringLiteral("name"), t.name}};
        if (!t.description.isEmpty())
            o.insert(QStringLiteral("description"), t.description);
        if (!t.icon.isEmpty())
            o.insert(QStringLiteral("icon"), t.icon);
        if (!t.en.isEmpty())
            o.insert(QStringLiteral("en"), t.en);
        topicArray.append(o);
    }
    QJsonArray procedureArray;
    for (const Procedure &p : procedures)
        procedureArray.append(p.toJson());
    return {{QStringLiteral("format"), QStringLiteral("motcua-catalog")},
            {QStringLiteral("schemaVersion"), 1},
            {QStringLiteral("catalogVersion"), catalogVersion},
            {QStringLiteral("topics"), topicArray},
            {QStringLiteral("feeRules"), feeRules},
            {QStringLiteral("procedures"), procedureArray}};
}

} // namespace motcua
