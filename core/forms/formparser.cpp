// SPDX-License-Identifier: GPL-3.0-or-later
// FormDefinition::parse: reads a motcua-form file and reports every problem with its JSON path.
#include "formdefinition.h"

#include "common/jsonreader.h"
#include "common/localtext.h"

#include <QRegularExpression>
#include <QSet>

namespace motcua {

namespace {

const QRegularExpression &idRe()
{
    static const QRegularExpression re(QStringLiteral("^[a-zA-Z][a-zA-Z0-9]*$"));
    return re;
}

const QStringList &reservedIds()
{
    static const QStringList ids{QStringLiteral("deliveryMethod"), QStringLiteral("deliveryAddress"),
                                 QStringLiteral("deliveryPhone")};
    return ids;
}

bool isReservedId(const QString &id)
{
    static const QRegularExpression docRe(QStringLiteral("^doc[0-9]+$"));
    return reservedIds().contains(id) || docRe.match(id).hasMatch();
}

// Parses one form, keeping every error; names are resolved after all fields are known.
class FormParser
{
public:
    explicit FormParser(QStringList *errors) : r(errors) {}

    FormDefinition parse(const QJsonObject &root);

private:
    std::optional<Condition> condition(const QJsonObject &o, const QString &path);
    std::optional<Condition> conditionAt(const QJsonObject &owner, const QString &ownerPath);
    FieldDefinition field(const QJsonObject &o, const QString &path, bool inGroup);
    void checkDefault(const FieldDefinition &f, const QString &path);
    void typeSpecific(FieldDefinition &f, const QJsonObject &o, const QString &path, bool inGroup);
    StepDefinition step(const QJsonObject &o, const QString &path);
    ComputedDefinition computed(const QJsonObject &o, const QString &path);
    std::optional<FeeBinding> fee(const QJsonObject &root);
    void checkFee(const FormDefinition &form);
    void checkReferences(const FormDefinition &form);
    void checkCondition(const Condition &c, const QString &path, const FormDefinition &form,
                        const FieldDefinition *group);
    bool resolves(const QString &name, const FormDefinition &form,
                  const FieldDefinition *group) const;

    JsonReader r;
};

std::optional<Condition> FormParser::conditionAt(const QJsonObject &owner, const QString &ownerPath)
{
    const auto o = r.object(owner, ownerPath, QStringLiteral("showIf"), false);
    if (!o)
        return std::nullopt;
    return condition(*o, JsonReader::join(ownerPath, QStringLiteral("showIf")));
}

std::optional<Condition> FormParser::condition(const QJsonObject &o, const QString &path)
{
    Condition c;
    for (const auto &[key, kind] : {std::pair{QStringLiteral("all"), Condition::Kind::All},
                                    std::pair{QStringLiteral("any"), Condition::Kind::Any}}) {
        if (!o.contains(key))
            continue;
        c.kind = kind;
        const auto list = r.array(o, path, key);
        const QString listPath = JsonReader::join(path, key);
        if (list && list->isEmpty())
            r.fail(listPath, QStringLiteral("needs at least 1 condition"));
        for (qsizetype i = 0; list && i < list->size(); ++i) {
            if (const auto child = r.objectAt(*list, i, listPath))
                if (auto parsed = condition(*child, JsonReader::index(listPath, i)))
                    c.children.push_back(std::move(*parsed));
        }
        return c;
    }
    const auto field = r.string(o, path, QStringLiteral("field"));
    if (!field)
        return std::nullopt;
    c.field = *field;
    if (o.contains(QStringLiteral("equals"))) {
        c.kind = Condition::Kind::Equals;
        c.value = o.value(QStringLiteral("equals"));
    } else if (o.contains(QStringLiteral("notEquals"))) {
        c.kind = Condition::Kind::NotEquals;
        c.value = o.value(QStringLiteral("notEquals"));
    } else if (o.contains(QStringLiteral("in"))) {
        c.kind = Condition::Kind::In;
        const auto values = r.array(o, path, QStringLiteral("in"));
        if (!values)
            return std::nullopt;
        c.values = *values;
    } else if (o.contains(QStringLiteral("answered"))) {
        c.kind = Condition::Kind::Answered;
        c.answered = r.boolean(o, path, QStringLiteral("answered")).value_or(true);
    } else {
        r.fail(path, QStringLiteral("needs one of equals, notEquals, in, answered, all, any"));
        return std::nullopt;
    }
    return c;
}

void FormParser::typeSpecific(FieldDefinition &f, const QJsonObject &o, const QString &path,
                              bool inGroup)
{
    switch (f.type) {
    case FieldType::Text:
        f.maxLength = int(r.integer(o, path, QStringLiteral("maxLength"), 1, 2000, false).value_or(200));
        f.nameFormat = r.oneOf(o, path, QStringLiteral("format"),
                               {QStringLiteral("free"), QStringLiteral("name")}, false)
                       == QLatin1String("name");
        break;
    case FieldType::Multiline:
        f.maxLength = int(r.integer(o, path, QStringLiteral("maxLength"), 1, 5000, false).value_or(1000));
        break;
    case FieldType::Number: {
        const qint64 limit = 1'000'000'000;
        f.min = r.integer(o, path, QStringLiteral("min"), -limit, limit, false).value_or(0);
        f.max = r.integer(o, path, QStringLiteral("max"), -limit, limit, false).value_or(limit);
        if (f.max < f.min)
            r.fail(JsonReader::join(path, QStringLiteral("max")), QStringLiteral("is below min"));
        break;
    }
    case FieldType::Date: {
        const auto range = r.oneOf(o, path, QStringLiteral("range"),
                                   {QStringLiteral("past"), QStringLiteral("future"),
                                    QStringLiteral("any")},
                                   false);
        f.range = range == QLatin1String("future") ? DateRange::Future
                  : range == QLatin1String("any")  ? DateRange::Any
                                                   : DateRange::Past;
        break;
    }
    case FieldType::Choice: {
        f.multiple = r.boolean(o, path, QStringLiteral("multiple"), false).value_or(false);
        const auto options = r.array(o, path, QStringLiteral("options"));
        const QString optionsPath = JsonReader::join(path, QStringLiteral("options"));
        if (options && options->size() < 2)
            r.fail(optionsPath, QStringLiteral("needs at least 2 entries"));
        QSet<QString> seen;
        for (qsizetype i = 0; options && i < options->size(); ++i) {
            const QString op = JsonReader::index(optionsPath, i);
            const auto option = r.objectAt(*options, i, optionsPath);
            if (!option)
                continue;
            const auto value = r.string(*option, op, QStringLiteral("value"));
            const auto label = r.string(*option, op, QStringLiteral("label"));
            const QJsonObject en = readEnglish(r, *option, op, {QStringLiteral("label")});
            if (value && seen.contains(*value))
                r.fail(JsonReader::join(op, QStringLiteral("value")),
                       QStringLiteral("'%1' appears twice").arg(*value));
            if (value && label) {
                seen.insert(*value);
                f.options.push_back({*value, *label, en});
            }
        }
        break;
    }
    case FieldType::Address:
        f.askDetail = r.boolean(o, path, QStringLiteral("detail"), false).value_or(true);
        break;
    case FieldType::Person: {
        if (inGroup)
            r.fail(JsonReader::join(path, QStringLiteral("type")),
                   QStringLiteral("a person cannot be inside a group"));
        const QStringList all = FormDefinition::personParts();
        f.parts = r.stringList(o, path, QStringLiteral("parts"), 1, false).value_or(all);
        f.optionalParts = r.stringList(o, path, QStringLiteral("optionalParts"), 1, false).value_or(QStringList());
        for (const QString &part : f.parts + f.optionalParts)
            if (!all.contains(part))
                r.fail(JsonReader::join(path, QStringLiteral("parts")),
                       QStringLiteral("unknown part '%1' (expected %2)").arg(part, all.join(QStringLiteral(", "))));
        for (const QString &part : std::as_const(f.optionalParts))
            if (!f.parts.contains(part))
                r.fail(JsonReader::join(path, QStringLiteral("optionalParts")),
                       QStringLiteral("'%1' is not one of the parts").arg(part));
        const auto prefill = r.oneOf(o, path, QStringLiteral("prefill"), {QStringLiteral("cccd")}, false);
        f.prefillFromCccd = prefill.has_value();
        break;
    }
    case FieldType::Group: {
        if (inGroup)
            r.fail(JsonReader::join(path, QStringLiteral("type")),
                   QStringLiteral("a group cannot be inside a group"));
        f.minItems = int(r.integer(o, path, QStringLiteral("min"), 0, 50, false).value_or(1));
        f.maxItems = int(r.integer(o, path, QStringLiteral("max"), 1, 50, false).value_or(10));
        if (f.maxItems < f.minItems)
            r.fail(JsonReader::join(path, QStringLiteral("max")), QStringLiteral("is below min"));
        f.itemLabel = r.string(o, path, QStringLiteral("itemLabel"), false).value_or(QString());
        f.addLabel = r.string(o, path, QStringLiteral("addLabel"), false).value_or(QString());
        if (f.itemLabel.contains(QLatin1String("%1")) && f.en.contains(QStringLiteral("itemLabel"))
            && !f.en.value(QStringLiteral("itemLabel")).toString().contains(QLatin1String("%1")))
            r.fail(JsonReader::join(JsonReader::join(path, QStringLiteral("en")), QStringLiteral("itemLabel")),
                   QStringLiteral("needs %1 where the item's number goes, like the Vietnamese"));
        const auto fields = r.array(o, path, QStringLiteral("fields"));
        const QString fieldsPath = JsonReader::join(path, QStringLiteral("fields"));
        if (fields && fields->isEmpty())
            r.fail(fieldsPath, QStringLiteral("needs at least 1 field"));
        QSet<QString> ids;
        for (qsizetype i = 0; fields && i < fields->size(); ++i) {
            const auto sub = r.objectAt(*fields, i, fieldsPath);
            if (!sub)
                continue;
            FieldDefinition subField = field(*sub, JsonReader::index(fieldsPath, i), true);
            if (!subField.id.isEmpty() && ids.contains(subField.id))
                r.fail(JsonReader::join(JsonReader::index(fieldsPath, i), QStringLiteral("id")),
                       QStringLiteral("'%1' appears twice in the group").arg(subField.id));
            ids.insert(subField.id);
            f.fields.push_back(std::move(subField));
        }
        break;
    }
    default:
        break;
    }
}

FieldDefinition FormParser::field(const QJsonObject &o, const QString &path, bool inGroup)
{
    FieldDefinition f;
    f.id = r.matching(o, path, QStringLiteral("id"), idRe(), QStringLiteral("a letter, then letters or digits"))
               .value_or(QString());
    if (isReservedId(f.id))
        r.fail(JsonReader::join(path, QStringLiteral("id")),
               QStringLiteral("'%1' is reserved for the kiosk's own steps").arg(f.id));
    QStringList typeKeys;
    for (int t = 0; t < int(FieldType::Document); ++t) // a document field is the kiosk's own
        typeKeys.append(FormDefinition::typeKey(FieldType(t)));
    const auto type = r.oneOf(o, path, QStringLiteral("type"), typeKeys);
    if (type)
        f.type = FieldType(typeKeys.indexOf(*type));
    f.label = r.string(o, path, QStringLiteral("label")).value_or(QString());
    f.help = r.string(o, path, QStringLiteral("help"), false).value_or(QString());
    f.example = r.string(o, path, QStringLiteral("example"), false).value_or(QString());
    f.required = r.boolean(o, path, QStringLiteral("required"), false).value_or(true);
    f.defaultValue = o.value(QStringLiteral("default"));
    f.showIf = conditionAt(o, path);
    f.en = readEnglish(r, o, path, FieldDefinition::englishKeys());
    if (type)
        typeSpecific(f, o, path, inGroup);
    if (!f.defaultValue.isUndefined())
        checkDefault(f, JsonReader::join(path, QStringLiteral("default")));
    return f;
}

void FormParser::checkDefault(const FieldDefinition &f, const QString &path)
{
    const QJsonValue &v = f.defaultValue;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Multiline:
    case FieldType::Date:
    case FieldType::Cccd:
    case FieldType::Phone:
    case FieldType::Email:
        if (!v.isString())
            r.fail(path, QStringLiteral("must be a string for a %1 field").arg(FormDefinition::typeKey(f.type)));
        break;
    case FieldType::Number:
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()) || v.toInteger() < f.min || v.toInteger() > f.max)
            r.fail(path, QStringLiteral("must be a whole number from %1 to %2").arg(f.min).arg(f.max));
        break;
    case FieldType::YesNo:
        if (!v.isBool())
            r.fail(path, QStringLiteral("must be true or false"));
        break;
    case FieldType::Choice: {
        const QJsonArray values = f.multiple && v.isArray() ? v.toArray() : QJsonArray{v};
        for (const QJsonValue &value : values)
            if (!value.isString() || !f.option(value.toString()))
                r.fail(path, QStringLiteral("must be one of the option values"));
        break;
    }
    default:
        r.fail(path, QStringLiteral("not allowed for a %1 field").arg(FormDefinition::typeKey(f.type)));
    }
}

StepDefinition FormParser::step(const QJsonObject &o, const QString &path)
{
    StepDefinition s;
    s.id = r.matching(o, path, QStringLiteral("id"), idRe(), QStringLiteral("a letter, then letters or digits"))
               .value_or(QString());
    s.title = r.string(o, path, QStringLiteral("title")).value_or(QString());
    s.intro = r.string(o, path, QStringLiteral("intro"), false).value_or(QString());
    s.en = readEnglish(r, o, path, {QStringLiteral("title"), QStringLiteral("intro")});
    const auto kind = r.oneOf(o, path, QStringLiteral("kind"),
                              {QStringLiteral("fields"), QStringLiteral("documents"),
                               QStringLiteral("delivery")},
                              false);
    s.kind = kind == QLatin1String("documents") ? StepDefinition::Kind::Documents
             : kind == QLatin1String("delivery") ? StepDefinition::Kind::Delivery
                                                 : StepDefinition::Kind::Fields;
    s.showIf = conditionAt(o, path);
    if (s.kind != StepDefinition::Kind::Fields) {
        if (o.contains(QStringLiteral("fields")))
            r.fail(JsonReader::join(path, QStringLiteral("fields")),
                   QStringLiteral("not allowed: the kiosk makes the fields of a %1 step").arg(*kind));
        return s;
    }
    const auto fields = r.array(o, path, QStringLiteral("fields"));
    const QString fieldsPath = JsonReader::join(path, QStringLiteral("fields"));
    if (fields && fields->isEmpty())
        r.fail(fieldsPath, QStringLiteral("needs at least 1 field"));
    for (qsizetype i = 0; fields && i < fields->size(); ++i)
        if (const auto f = r.objectAt(*fields, i, fieldsPath))
            s.fields.push_back(field(*f, JsonReader::index(fieldsPath, i), false));
    return s;
}

ComputedDefinition FormParser::computed(const QJsonObject &o, const QString &path)
{
    ComputedDefinition c;
    c.id = r.matching(o, path, QStringLiteral("id"), idRe(), QStringLiteral("a letter, then letters or digits"))
               .value_or(QString());
    c.label = r.string(o, path, QStringLiteral("label")).value_or(QString());
    c.en = readEnglish(r, o, path, {QStringLiteral("label")});
    const auto kind = r.oneOf(o, path, QStringLiteral("kind"),
                              {QStringLiteral("daysSince"), QStringLiteral("ageYears")});
    c.kind = kind == QLatin1String("ageYears") ? ComputedDefinition::Kind::AgeYears
                                               : ComputedDefinition::Kind::DaysSince;
    c.from = r.string(o, path, QStringLiteral("from")).value_or(QString());
    if (o.contains(QStringLiteral("over")))
        c.over = r.integer(o, path, QStringLiteral("over"), 0, 100000);
    return c;
}

bool FormParser::resolves(const QString &name, const FormDefinition &form,
                          const FieldDefinition *group) const
{
    if (group && group->subField(name))
        return true;
    if (form.computedValue(name))
        return true;
    if (isReservedId(name))
        return true;
    const QString id = name.section(u'.', 0, 0);
    const QString part = name.section(u'.', 1);
    const FieldDefinition *f = form.field(id);
    if (!f)
        return false;
    return part.isEmpty() || (f->type == FieldType::Person && f->hasPart(part));
}

void FormParser::checkCondition(const Condition &c, const QString &path, const FormDefinition &form,
                                const FieldDefinition *group)
{
    if (c.kind == Condition::Kind::All || c.kind == Condition::Kind::Any) {
        const QString key = c.kind == Condition::Kind::All ? QStringLiteral("all") : QStringLiteral("any");
        for (size_t i = 0; i < c.children.size(); ++i)
            checkCondition(c.children[i], JsonReader::index(JsonReader::join(path, key), qsizetype(i)),
                           form, group);
        return;
    }
    if (!resolves(c.field, form, group))
        r.fail(JsonReader::join(path, QStringLiteral("field")),
               QStringLiteral("no field or computed value '%1'").arg(c.field));
}

std::optional<FeeBinding> FormParser::fee(const QJsonObject &root)
{
    const auto o = r.object(root, QString(), QStringLiteral("fee"), false);
    if (!o)
        return std::nullopt;
    const QString path = QStringLiteral("fee");
    FeeBinding fee;
    const auto name = [&](const char *key) {
        return r.string(*o, path, QLatin1String(key), false).value_or(QString());
    };
    fee.items = name("items");
    fee.label = name("label");
    fee.pages = name("pages");
    fee.copies = name("copies");
    fee.exemption = name("exemption");
    const auto list = r.array(*o, path, QStringLiteral("exemptWhen"), false);
    const QString listPath = JsonReader::join(path, QStringLiteral("exemptWhen"));
    for (qsizetype i = 0; list && i < list->size(); ++i) {
        const QString ip = JsonReader::index(listPath, i);
        const auto entry = r.objectAt(*list, i, listPath);
        if (!entry)
            continue;
        const auto key = r.string(*entry, ip, QStringLiteral("key"));
        const auto when = r.object(*entry, ip, QStringLiteral("if"));
        const auto c = when ? condition(*when, JsonReader::join(ip, QStringLiteral("if"))) : std::nullopt;
        if (key && c)
            fee.exemptWhen.push_back({*key, *c});
    }
    return fee;
}

void FormParser::checkFee(const FormDefinition &form)
{
    if (!form.fee)
        return;
    const FeeBinding &fee = *form.fee;
    const FieldDefinition *group = fee.items.isEmpty() ? nullptr : form.field(fee.items);
    if (!fee.items.isEmpty() && (!group || group->type != FieldType::Group))
        r.fail(QStringLiteral("fee.items"), QStringLiteral("'%1' is not a group field of the form").arg(fee.items));
    const auto fieldOf = [&](const QString &id) -> const FieldDefinition * {
        if (!group)
            return form.field(id);
        const auto it = std::find_if(group->fields.begin(), group->fields.end(),
                                     [&](const FieldDefinition &f) { return f.id == id; });
        return it == group->fields.end() ? nullptr : &*it;
    };
    const QString where = group ? QStringLiteral("a field of group '%1'").arg(fee.items) : QStringLiteral("a field");
    for (const auto &[key, id] : {std::pair{QStringLiteral("pages"), fee.pages}, std::pair{QStringLiteral("copies"), fee.copies}}) {
        const FieldDefinition *f = id.isEmpty() ? nullptr : fieldOf(id);
        if (!id.isEmpty() && (!f || f->type != FieldType::Number))
            r.fail(JsonReader::join(QStringLiteral("fee"), key), QStringLiteral("'%1' is not a number field (%2)").arg(id, where));
    }
    if (!fee.label.isEmpty() && !fieldOf(fee.label))
        r.fail(QStringLiteral("fee.label"), QStringLiteral("'%1' is not %2").arg(fee.label, where));
    const FieldDefinition *exemption = fee.exemption.isEmpty() ? nullptr : form.field(fee.exemption);
    if (!fee.exemption.isEmpty() && (!exemption || exemption->type != FieldType::Choice))
        r.fail(QStringLiteral("fee.exemption"), QStringLiteral("'%1' is not a choice field of the form").arg(fee.exemption));
    for (size_t i = 0; i < fee.exemptWhen.size(); ++i)
        checkCondition(fee.exemptWhen[i].when,
                       JsonReader::join(JsonReader::index(QStringLiteral("fee.exemptWhen"), qsizetype(i)), QStringLiteral("if")),
                       form, nullptr);
}

void FormParser::checkReferences(const FormDefinition &form)
{
    for (size_t s = 0; s < form.steps.size(); ++s) {
        const StepDefinition &step = form.steps[s];
        const QString sp = JsonReader::index(QStringLiteral("steps"), qsizetype(s));
        if (step.showIf)
            checkCondition(*step.showIf, JsonReader::join(sp, QStringLiteral("showIf")), form, nullptr);
        for (size_t i = 0; i < step.fields.size(); ++i) {
            const FieldDefinition &f = step.fields[i];
            const QString fp = JsonReader::index(JsonReader::join(sp, QStringLiteral("fields")), qsizetype(i));
            if (f.showIf)
                checkCondition(*f.showIf, JsonReader::join(fp, QStringLiteral("showIf")), form, nullptr);
            for (size_t j = 0; j < f.fields.size(); ++j)
                if (f.fields[j].showIf)
                    checkCondition(*f.fields[j].showIf,
                                   JsonReader::join(JsonReader::index(JsonReader::join(fp, QStringLiteral("fields")),
                                                                      qsizetype(j)),
                                                    QStringLiteral("showIf")),
                                   form, &f);
        }
    }
    for (size_t i = 0; i < form.computed.size(); ++i) {
        const ComputedDefinition &c = form.computed[i];
        const QString cp = JsonReader::index(QStringLiteral("computed"), qsizetype(i));
        const QString id = c.from.section(u'.', 0, 0);
        const QString part = c.from.section(u'.', 1);
        const FieldDefinition *f = form.field(id);
        const bool isDate = f
                            && ((f->type == FieldType::Date && part.isEmpty())
                                || (f->type == FieldType::Person && part == QLatin1String("dateOfBirth")
                                    && f->hasPart(part)));
        if (!c.from.isEmpty() && !isDate)
            r.fail(JsonReader::join(cp, QStringLiteral("from")),
                   QStringLiteral("'%1' is not a date field or a person's dateOfBirth").arg(c.from));
        if (form.field(c.id))
            r.fail(JsonReader::join(cp, QStringLiteral("id")),
                   QStringLiteral("'%1' is also a field id").arg(c.id));
    }
    const FieldDefinition *applicant = form.field(form.applicant);
    if (!form.applicant.isEmpty() && (!applicant || applicant->type != FieldType::Person))
        r.fail(QStringLiteral("applicant"),
               QStringLiteral("'%1' is not a person field of the form").arg(form.applicant));
    const FieldDefinition *address = form.field(form.applicantAddress);
    if (!form.applicantAddress.isEmpty() && (!address || address->type != FieldType::Address))
        r.fail(QStringLiteral("applicantAddress"),
               QStringLiteral("'%1' is not an address field of the form").arg(form.applicantAddress));
}

FormDefinition FormParser::parse(const QJsonObject &root)
{
    FormDefinition form;
    (void)r.oneOf(root, QString(), QStringLiteral("format"), {QStringLiteral("motcua-form")});
    (void)r.integer(root, QString(), QStringLiteral("formatVersion"), 1, 1);
    static const QRegularExpression codeRe(QStringLiteral("^[0-9]\\.[0-9]{6}$"));
    form.procedure = r.matching(root, QString(), QStringLiteral("procedure"), codeRe,
                                QStringLiteral("a national code like 1.001193"))
                         .value_or(QString());
    form.version = int(r.integer(root, QString(), QStringLiteral("version"), 1, 1'000'000).value_or(0));
    form.title = r.string(root, QString(), QStringLiteral("title")).value_or(QString());
    form.en = readEnglish(r, root, QString(), {QStringLiteral("title")});
    form.basedOn = r.string(root, QString(), QStringLiteral("basedOn"), false).value_or(QString());
    form.applicant = r.string(root, QString(), QStringLiteral("applicant")).value_or(QString());
    form.applicantAddress = r.string(root, QString(), QStringLiteral("applicantAddress"), false).value_or(QString());

    const auto steps = r.array(root, QString(), QStringLiteral("steps"));
    if (steps && steps->isEmpty())
        r.fail(QStringLiteral("steps"), QStringLiteral("needs at least 1 step"));
    QSet<QString> stepIds;
    QSet<QString> fieldIds;
    int documentSteps = 0;
    int deliverySteps = 0;
    for (qsizetype i = 0; steps && i < steps->size(); ++i) {
        const QString sp = JsonReader::index(QStringLiteral("steps"), i);
        const auto o = r.objectAt(*steps, i, QStringLiteral("steps"));
        if (!o)
            continue;
        StepDefinition s = step(*o, sp);
        if (!s.id.isEmpty() && stepIds.contains(s.id))
            r.fail(JsonReader::join(sp, QStringLiteral("id")), QStringLiteral("'%1' appears twice").arg(s.id));
        stepIds.insert(s.id);
        documentSteps += s.kind == StepDefinition::Kind::Documents ? 1 : 0;
        deliverySteps += s.kind == StepDefinition::Kind::Delivery ? 1 : 0;
        if ((s.kind == StepDefinition::Kind::Documents && documentSteps > 1)
            || (s.kind == StepDefinition::Kind::Delivery && deliverySteps > 1))
            r.fail(JsonReader::join(sp, QStringLiteral("kind")),
                   QStringLiteral("only one %1 step per form").arg(s.kind == StepDefinition::Kind::Documents
                                                                       ? QStringLiteral("documents")
                                                                       : QStringLiteral("delivery")));
        for (size_t f = 0; f < s.fields.size(); ++f) {
            const QString &id = s.fields[f].id;
            if (!id.isEmpty() && fieldIds.contains(id))
                r.fail(JsonReader::join(JsonReader::index(JsonReader::join(sp, QStringLiteral("fields")), qsizetype(f)),
                                        QStringLiteral("id")),
                       QStringLiteral("'%1' appears twice in the form").arg(id));
            fieldIds.insert(id);
        }
        form.steps.push_back(std::move(s));
    }
    const auto computedList = r.array(root, QString(), QStringLiteral("computed"), false);
    QSet<QString> computedIds;
    for (qsizetype i = 0; computedList && i < computedList->size(); ++i) {
        const QString cp = JsonReader::index(QStringLiteral("computed"), i);
        if (const auto o = r.objectAt(*computedList, i, QStringLiteral("computed"))) {
            ComputedDefinition c = computed(*o, cp);
            if (!c.id.isEmpty() && computedIds.contains(c.id))
                r.fail(JsonReader::join(cp, QStringLiteral("id")), QStringLiteral("'%1' appears twice").arg(c.id));
            computedIds.insert(c.id);
            form.computed.push_back(std::move(c));
        }
    }
    form.fee = fee(root);
    checkReferences(form);
    checkFee(form);
    return form;
}

} // namespace

Result<FormDefinition> FormDefinition::parse(const QByteArray &json)
{
    QStringList errors;
    JsonReader reader(&errors);
    const auto root = reader.parseDocument(json);
    if (!root)
        return Error{errors.join(u'\n')};
    FormParser parser(&errors);
    FormDefinition form = parser.parse(*root);
    if (!errors.isEmpty())
        return Error{errors.join(u'\n')};
    return form;
}

} // namespace motcua
