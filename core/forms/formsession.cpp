// SPDX-License-Identifier: GPL-3.0-or-later
#include "formsession.h"

#include "catalog/textnormalizer.h"
#include "forms/adminunits.h"
#include "forms/answerformatter.h"
#include "forms/cccdaddress.h"
#include "identity/cccdparser.h"

#include <QJsonArray>

namespace motcua {

namespace {

// Conditions may refer to fields whose own visibility depends on conditions; a form that
// loops is cut off here instead of recursing forever.
constexpr int kMaxConditionDepth = 8;

const QString kReviewStepId = QStringLiteral("review");

} // namespace

QString deliveryMethodLabel(const QString &method)
{
    if (method == QLatin1String("post"))
        return FormSession::tr("Nhận qua bưu điện tại nhà (trả cước bưu chính)");
    if (method == QLatin1String("online"))
        return FormSession::tr("Nhận bản điện tử qua Cổng Dịch vụ công");
    return FormSession::tr("Nhận tại Bộ phận Một cửa của xã");
}

namespace {

// The declaration form (tờ khai, phiếu yêu cầu) is what this walkthrough produces.
bool isFormItself(const RequiredDocument &doc)
{
    const QString name = TextNormalizer::fold(doc.name);
    return name.startsWith(QLatin1String("to khai")) || name.startsWith(QLatin1String("phieu yeu cau"));
}

} // namespace

FormSession::FormSession(FormDefinition definition, Procedure procedure, const AdminUnits &units,
                         const QDate &today)
    : m_definition(std::move(definition)), m_procedure(std::move(procedure)), m_units(units),
      m_today(today)
{
    buildKioskSteps();
    applyDefaults();
    if (!isStepVisible(0))
        m_current = visibleSteps().value(0, int(m_steps.size()));
}

void FormSession::retranslate()
{
    buildKioskSteps();
}

void FormSession::buildKioskSteps()
{
    m_steps = m_definition.localizedSteps();
    for (StepDefinition &step : m_steps) {
        if (step.kind == StepDefinition::Kind::Documents) {
            for (qsizetype i = 0; i < m_procedure.documents.size(); ++i) {
                if (isFormItself(m_procedure.documents.at(i)))
                    continue; // the kiosk fills the tờ khai: nothing to bring
                const RequiredDocument doc = m_procedure.documents.at(i).localized();
                FieldDefinition f;
                f.id = QStringLiteral("doc%1").arg(i + 1);
                f.type = FieldType::Document;
                f.label = doc.name;
                f.help = doc.description();
                f.required = doc.required;
                f.documentIndex = int(i);
                step.fields.push_back(std::move(f));
            }
        } else if (step.kind == StepDefinition::Kind::Delivery) {
            FieldDefinition method;
            method.id = QStringLiteral("deliveryMethod");
            method.type = FieldType::Choice;
            method.label = tr("Bạn muốn nhận kết quả bằng cách nào?");
            method.defaultValue = QStringLiteral("counter");
            method.options.push_back({QStringLiteral("counter"), deliveryMethodLabel(QStringLiteral("counter"))});
            for (const QString &way : std::as_const(m_procedure.delivery))
                if (way != QLatin1String("counter"))
                    method.options.push_back({way, deliveryMethodLabel(way)});
            Condition byPost;
            byPost.field = method.id;
            byPost.value = QStringLiteral("post");
            FieldDefinition address;
            address.id = QStringLiteral("deliveryAddress");
            address.type = FieldType::Address;
            address.label = tr("Địa chỉ nhận kết quả");
            address.help = tr("Bưu điện sẽ mang kết quả đến địa chỉ này.");
            address.showIf = byPost;
            FieldDefinition phone;
            phone.id = QStringLiteral("deliveryPhone");
            phone.type = FieldType::Phone;
            phone.label = tr("Số điện thoại để bưu điện liên hệ");
            phone.example = QStringLiteral("0912 345 678");
            phone.showIf = byPost;
            step.fields = {std::move(method), std::move(address), std::move(phone)};
        }
    }
}

void FormSession::applyDefaults()
{
    for (const StepDefinition &step : m_steps) {
        for (const FieldDefinition &f : step.fields) {
            if (m_answers.contains(f.id))
                continue;
            if (!FieldValidator::isEmpty(f.defaultValue)) {
                m_answers.insert(f.id, f.defaultValue);
            } else if (f.type == FieldType::Group && f.minItems > 0) {
                // A list that needs items starts with them, ready to fill.
                QJsonArray items;
                for (int i = 0; i < f.minItems; ++i)
                    items.append(newGroupItem(f.id));
                m_answers.insert(f.id, items);
            }
        }
    }
}

// --- visibility -----------------------------------------------------------------------------

const FieldDefinition *FormSession::field(const QString &id) const
{
    return findField(m_steps, id);
}

const StepDefinition *FormSession::step(const QString &id) const
{
    for (const StepDefinition &s : m_steps)
        if (s.id == id)
            return &s;
    return nullptr;
}

int FormSession::stepOfField(const QString &id) const
{
    for (size_t s = 0; s < m_steps.size(); ++s)
        for (const FieldDefinition &f : m_steps[s].fields)
            if (f.id == id)
                return int(s);
    return -1;
}

const FieldDefinition *FormSession::groupOf(const FieldDefinition &sub) const
{
    for (const StepDefinition &step : m_steps)
        for (const FieldDefinition &f : step.fields)
            for (const FieldDefinition &candidate : f.fields)
                if (&candidate == &sub)
                    return &f;
    return nullptr;
}

QJsonValue FormSession::lookup(const QString &name, const Scope &scope, int depth) const
{
    if (depth > kMaxConditionDepth)
        return QJsonValue::Undefined;
    // Inside a group item, the item's own fields first: a hidden one has no answer, and an
    // unanswered one is not taken from a top-level field of the same name.
    if (const FieldDefinition *sub = scope.group ? scope.group->subField(name) : nullptr)
        return fieldVisible(*sub, scope, depth + 1) ? scope.item.value(name) : QJsonValue::Undefined;
    if (const ComputedDefinition *c = m_definition.computedValue(name))
        return computeValue(*c, depth);
    const QString id = name.section(u'.', 0, 0);
    const QString part = name.section(u'.', 1);
    const FieldDefinition *f = field(id);
    if (!f || !fieldVisible(*f, {}, depth + 1))
        return QJsonValue::Undefined;
    if (const auto &stepCondition = m_steps[size_t(stepOfField(id))].showIf)
        if (!holds(*stepCondition, {}, depth + 1))
            return QJsonValue::Undefined;
    const QJsonValue v = m_answers.value(id);
    return part.isEmpty() ? v : v.toObject().value(part);
}

bool FormSession::holds(const Condition &c, const Scope &scope, int depth) const
{
    if (depth > kMaxConditionDepth)
        return false;
    switch (c.kind) {
    case Condition::Kind::All:
        return std::all_of(c.children.begin(), c.children.end(),
                           [&](const Condition &child) { return holds(child, scope, depth + 1); });
    case Condition::Kind::Any:
        return std::any_of(c.children.begin(), c.children.end(),
                           [&](const Condition &child) { return holds(child, scope, depth + 1); });
    default:
        break;
    }
    const QJsonValue v = lookup(c.field, scope, depth);
    // A multiple choice "equals" a value when that value is among those chosen.
    const QJsonArray chosen = v.isArray() ? v.toArray() : QJsonArray{v};
    switch (c.kind) {
    case Condition::Kind::Equals:
        return !FieldValidator::isEmpty(v) && chosen.contains(c.value);
    case Condition::Kind::NotEquals:
        return FieldValidator::isEmpty(v) || !chosen.contains(c.value);
    case Condition::Kind::In:
        return std::any_of(chosen.begin(), chosen.end(),
                           [&](const QJsonValue &x) { return !x.isUndefined() && c.values.contains(x); });
    case Condition::Kind::Answered:
        return FieldValidator::isEmpty(v) != c.answered;
    default:
        return false;
    }
}

bool FormSession::fieldVisible(const FieldDefinition &f, const Scope &scope, int depth) const
{
    return !f.showIf || holds(*f.showIf, scope, depth);
}

bool FormSession::isFieldVisible(const FieldDefinition &f, const QJsonObject &item) const
{
    return fieldVisible(f, {groupOf(f), item}, 0);
}

bool FormSession::isStepVisible(int index) const
{
    if (index < 0 || index >= int(m_steps.size()))
        return false;
    const StepDefinition &s = m_steps[size_t(index)];
    if (s.kind == StepDefinition::Kind::Documents && s.fields.empty())
        return false;
    // Nothing to choose when the result can only be collected at the counter.
    if (s.kind == StepDefinition::Kind::Delivery && s.fields.front().options.size() < 2)
        return false;
    return !s.showIf || holds(*s.showIf, {}, 0);
}

QList<int> FormSession::visibleSteps() const
{
    QList<int> visible;
    for (int i = 0; i < int(m_steps.size()); ++i)
        if (isStepVisible(i))
            visible.append(i);
    return visible;
}

int FormSession::position() const
{
    const QList<int> visible = visibleSteps();
    if (atReview())
        return int(visible.size()) + 1;
    const qsizetype at = visible.indexOf(m_current);
    return at < 0 ? 1 : int(at) + 1;
}

// --- navigation ------------------------------------------------------------------------------

QList<FieldError> FormSession::next()
{
    if (atReview())
        return {};
    QList<FieldError> errors = validateStep(m_current);
    if (!errors.isEmpty())
        return errors;
    int i = m_current + 1;
    while (i < int(m_steps.size()) && !isStepVisible(i))
        ++i;
    m_current = i;
    return {};
}

bool FormSession::back()
{
    for (int i = m_current - 1; i >= 0; --i) {
        if (isStepVisible(i)) {
            m_current = i;
            return true;
        }
    }
    return false;
}

QString FormSession::currentStepId() const
{
    return atReview() ? kReviewStepId : m_steps[size_t(m_current)].id;
}

bool FormSession::goToStep(const QString &stepId)
{
    if (stepId == kReviewStepId) {
        goToReview();
        return true;
    }
    for (int i = 0; i < int(m_steps.size()); ++i) {
        if (m_steps[size_t(i)].id == stepId && isStepVisible(i)) {
            m_current = i;
            return true;
        }
    }
    return false;
}

void FormSession::goToReview()
{
    m_current = int(m_steps.size());
}

// --- answers ---------------------------------------------------------------------------------

void FormSession::setAnswer(const QString &fieldId, const QJsonValue &value)
{
    if (FieldValidator::isEmpty(value))
        m_answers.remove(fieldId);
    else
        m_answers.insert(fieldId, value.isString() ? QJsonValue(value.toString()) : value);
}

QJsonObject FormSession::newGroupItem(const QString &groupId) const
{
    QJsonObject item;
    if (const FieldDefinition *group = field(groupId))
        for (const FieldDefinition &sub : group->fields)
            if (!FieldValidator::isEmpty(sub.defaultValue))
                item.insert(sub.id, sub.defaultValue);
    return item;
}

QStringList FormSession::applyCccd(const CccdData &card)
{
    QStringList changed;
    if (const FieldDefinition *applicant = field(m_definition.applicant)) {
        QJsonObject person = m_answers.value(applicant->id).toObject();
        const auto put = [&](const QString &part, const QString &value) {
            if (applicant->hasPart(part))
                person.insert(part, value);
        };
        put(QStringLiteral("fullName"), card.fullName);
        put(QStringLiteral("dateOfBirth"), card.dateOfBirth.toString(Qt::ISODate));
        put(QStringLiteral("sex"), card.sex == CccdData::Sex::Female ? QStringLiteral("nu") : QStringLiteral("nam"));
        put(QStringLiteral("idNumber"), card.idNumber);
        m_answers.insert(applicant->id, person);
        changed.append(applicant->id);
    }
    if (const FieldDefinition *address = field(m_definition.applicantAddress); address && !card.address.isEmpty()) {
        const QJsonObject value = CccdAddress::toAddress(m_units, card.address);
        m_answers.insert(address->id, value);
        changed.append(address->id);
    }
    return changed;
}

QJsonValue FormSession::computeValue(const ComputedDefinition &c, int depth) const
{
    const QDate from = QDate::fromString(lookup(c.from, {}, depth + 1).toString(), Qt::ISODate);
    if (!from.isValid() || from > m_today)
        return QJsonValue::Undefined;
    qint64 amount = from.daysTo(m_today);
    if (c.kind == ComputedDefinition::Kind::AgeYears) {
        amount = m_today.year() - from.year();
        if (m_today < from.addYears(int(amount)))
            --amount;
    }
    if (c.over)
        return amount > *c.over;
    return amount;
}

QJsonObject FormSession::computedValues() const
{
    QJsonObject values;
    for (const ComputedDefinition &c : m_definition.computed) {
        const QJsonValue v = computeValue(c, 0);
        if (!v.isUndefined())
            values.insert(c.id, v);
    }
    return values;
}

// --- checks, review, submission ------------------------------------------------------------

QList<FieldError> FormSession::validateStep(int index) const
{
    QList<FieldError> errors;
    if (!isStepVisible(index))
        return errors;
    const StepDefinition &s = m_steps[size_t(index)];
    const FieldValidator validator(m_units, m_today);
    const auto visibleInItem = [this](const FieldDefinition &f, const QJsonObject &item) {
        return isFieldVisible(f, item);
    };
    for (const FieldDefinition &f : s.fields)
        if (isFieldVisible(f))
            validator.check(f, m_answers.value(f.id), f.id, visibleInItem, &errors);
    for (FieldError &e : errors)
        e.stepId = s.id;
    return errors;
}

QList<FieldError> FormSession::validateAll() const
{
    QList<FieldError> errors;
    for (int i : visibleSteps())
        errors += validateStep(i);
    return errors;
}

// What is filed is written one way: names in NFC with single spaces, phones as 0xxxxxxxxx,
// text trimmed. (Not while typing: the box would change under the citizen's fingers.)
QJsonValue FormSession::normalized(const FieldDefinition &f, const QJsonValue &value)
{
    const auto name = [](const QString &text) { return text.normalized(QString::NormalizationForm_C).simplified(); };
    switch (f.type) {
    case FieldType::Text:
        return f.nameFormat ? name(value.toString()) : value.toString().trimmed();
    case FieldType::Multiline:
    case FieldType::Email:
    case FieldType::Cccd:
        return value.toString().trimmed();
    case FieldType::Phone:
        return FieldChecks::normalizedPhone(value.toString());
    case FieldType::Person: {
        QJsonObject person = value.toObject();
        if (person.contains(QStringLiteral("fullName")))
            person.insert(QStringLiteral("fullName"), name(person.value(QStringLiteral("fullName")).toString()));
        if (person.contains(QStringLiteral("idNumber")))
            person.insert(QStringLiteral("idNumber"), person.value(QStringLiteral("idNumber")).toString().trimmed());
        return person;
    }
    case FieldType::Address: {
        QJsonObject address = value.toObject();
        address.insert(QStringLiteral("detail"), address.value(QStringLiteral("detail")).toString().simplified());
        return address;
    }
    default:
        return value;
    }
}

QJsonObject FormSession::submittedAnswers() const
{
    QJsonObject submitted;
    for (int i : visibleSteps()) {
        for (const FieldDefinition &f : m_steps[size_t(i)].fields) {
            if (!isFieldVisible(f) || !m_answers.contains(f.id))
                continue;
            QJsonValue v = m_answers.value(f.id);
            if (f.type == FieldType::Group) {
                // Inside each item, only what that item shows.
                QJsonArray items;
                for (const QJsonValue &itemValue : v.toArray()) {
                    const QJsonObject item = itemValue.toObject();
                    QJsonObject kept;
                    for (const FieldDefinition &sub : f.fields)
                        if (item.contains(sub.id) && isFieldVisible(sub, item))
                            kept.insert(sub.id, normalized(sub, item.value(sub.id)));
                    items.append(kept);
                }
                v = items;
            }
            submitted.insert(f.id, normalized(f, v));
        }
    }
    return submitted;
}

QList<ReviewSection> FormSession::review() const
{
    QList<ReviewSection> sections;
    const AnswerFormatter formatter(m_units);
    for (int i : visibleSteps()) {
        const StepDefinition &s = m_steps[size_t(i)];
        ReviewSection section{s.id, s.title, {}};
        for (const FieldDefinition &f : s.fields)
            if (isFieldVisible(f))
                section.rows.append({f.id, f.label, formatter.format(f, m_answers.value(f.id))});
        sections.append(section);
    }
    const QJsonObject computed = computedValues();
    ReviewSection derived{QString(), tr("Thông tin kiosk tự tính"), {}};
    for (const ComputedDefinition &c : m_definition.computed) {
        const QJsonValue v = computed.value(c.id);
        if (!v.isUndefined())
            derived.rows.append({c.id, c.shownLabel(), v.isBool() ? AnswerFormatter::yesNo(v.toBool())
                                                          : QString::number(v.toInteger())});
    }
    if (!derived.rows.isEmpty())
        sections.append(derived);
    return sections;
}

QString FormSession::applicantName() const
{
    return m_answers.value(m_definition.applicant).toObject().value(QStringLiteral("fullName")).toString()
        .normalized(QString::NormalizationForm_C).simplified();
}

QString FormSession::applicantIdNumber() const
{
    return m_answers.value(m_definition.applicant).toObject().value(QStringLiteral("idNumber")).toString();
}

// --- drafts ----------------------------------------------------------------------------------

QJsonObject FormSession::toJson() const
{
    return {{QStringLiteral("procedure"), m_definition.procedure},
            {QStringLiteral("formVersion"), m_definition.version},
            {QStringLiteral("step"), currentStepId()},
            {QStringLiteral("answers"), m_answers}};
}

Status FormSession::restore(const QJsonObject &json)
{
    const QString procedure = json.value(QStringLiteral("procedure")).toString();
    if (procedure != m_definition.procedure)
        return Error{QStringLiteral("the draft is for procedure '%1', not %2").arg(procedure, m_definition.procedure)};
    const int version = json.value(QStringLiteral("formVersion")).toInt();
    if (version != m_definition.version)
        return Error{QStringLiteral("the draft was made with form version %1; this kiosk has version %2")
                         .arg(version)
                         .arg(m_definition.version)};
    if (!json.value(QStringLiteral("answers")).isObject())
        return Error{QStringLiteral("the draft has no answers object")};
    m_answers = json.value(QStringLiteral("answers")).toObject();
    if (!goToStep(json.value(QStringLiteral("step")).toString()))
        m_current = visibleSteps().value(0, int(m_steps.size()));
    return Done{};
}

} // namespace motcua
