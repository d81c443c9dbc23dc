// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldvalidator.h"

#include "forms/adminunits.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua {

namespace {

FieldProblem required(FieldType type)
{
    switch (type) {
    case FieldType::Choice:
    case FieldType::YesNo:
        return {FieldValidator::tr("Vui lòng chọn một câu trả lời."), QStringLiteral("an answer is required")};
    case FieldType::Photo:
        return {FieldValidator::tr("Vui lòng chụp hoặc chọn ảnh giấy tờ."), QStringLiteral("a photo is required")};
    default:
        return {FieldValidator::tr("Vui lòng điền thông tin này."), QStringLiteral("an answer is required")};
    }
}

FieldProblem wrongKind()
{
    return {FieldValidator::tr("Câu trả lời không đúng dạng. Vui lòng nhập lại."),
            QStringLiteral("the answer has the wrong JSON type")};
}

QString partLabel(const QString &part)
{
    if (part == QLatin1String("fullName"))
        return FieldValidator::tr("Họ và tên");
    if (part == QLatin1String("dateOfBirth"))
        return FieldValidator::tr("Ngày sinh");
    if (part == QLatin1String("sex"))
        return FieldValidator::tr("Giới tính");
    return FieldValidator::tr("Số CCCD / số định danh");
}

} // namespace

QString FieldError::fieldId() const
{
    const qsizetype cut = path.indexOf(QRegularExpression(QStringLiteral("[.\\[]")));
    return cut < 0 ? path : path.left(cut);
}

bool FieldValidator::isEmpty(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return true;
    case QJsonValue::String:
        return value.toString().trimmed().isEmpty();
    case QJsonValue::Array:
        return value.toArray().isEmpty();
    case QJsonValue::Object:
        return value.toObject().isEmpty();
    default:
        return false;
    }
}

std::optional<FieldProblem> FieldValidator::checkScalar(const FieldDefinition &field,
                                                        const QJsonValue &value) const
{
    const QString text = value.toString().trimmed();
    switch (field.type) {
    case FieldType::Text:
        if (!value.isString())
            return wrongKind();
        return field.nameFormat ? FieldChecks::personName(text)
                                : FieldChecks::text(text, field.maxLength, false);
    case FieldType::Multiline:
        return value.isString() ? FieldChecks::text(text, field.maxLength, true) : wrongKind();
    case FieldType::Number:
        if (value.isDouble()) {
            const double d = value.toDouble();
            // 2.5 copies is not a number of copies: let the check reject the text "2.5".
            return FieldChecks::number(d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d),
                                       field.min, field.max);
        }
        return value.isString() ? FieldChecks::number(text, field.min, field.max) : wrongKind();
    case FieldType::Date:
        return value.isString() ? FieldChecks::date(text, field.range, m_today) : wrongKind();
    case FieldType::Cccd:
        return value.isString() ? FieldChecks::cccdNumber(text) : wrongKind();
    case FieldType::Phone:
        return value.isString() ? FieldChecks::phone(text) : wrongKind();
    case FieldType::Email:
        return value.isString() ? FieldChecks::email(text) : wrongKind();
    case FieldType::YesNo:
        return value.isBool() ? std::nullopt : std::optional(wrongKind());
    case FieldType::Choice: {
        const QJsonArray chosen = field.multiple && value.isArray() ? value.toArray() : QJsonArray{value};
        if (!field.multiple && !value.isString())
            return wrongKind();
        for (const QJsonValue &c : chosen)
            if (!c.isString() || !field.option(c.toString()))
                return FieldProblem{tr("Vui lòng chọn trong danh sách."),
                                    QStringLiteral("the answer is not one of the options")};
        return std::nullopt;
    }
    case FieldType::Photo:
        if (!value.isObject() || value.toObject().value(QStringLiteral("id")).toString().isEmpty())
            return wrongKind();
        return std::nullopt;
    case FieldType::Document: {
        const QJsonObject doc = value.toObject();
        if (field.required && !doc.value(QStringLiteral("have")).toBool())
            return FieldProblem{tr("Cần có giấy này để nộp hồ sơ. Nếu chưa có, vui lòng hỏi "
                                   "cán bộ một cửa."),
                                QStringLiteral("this document is required")};
        return std::nullopt;
    }
    default:
        return std::nullopt;
    }
}

void FieldValidator::checkPerson(const FieldDefinition &field, const QJsonObject &person,
                                 const QString &path, QList<FieldError> *out) const
{
    for (const QString &part : field.parts) {
        const QJsonValue v = person.value(part);
        const QString partPath = path + u'.' + part;
        const QString label = field.label + QStringLiteral(" — ") + partLabel(part);
        if (isEmpty(v)) {
            if (field.partRequired(part))
                out->append({{}, partPath, label, required(part == QLatin1String("sex") ? FieldType::Choice : FieldType::Text)});
            continue;
        }
        std::optional<FieldProblem> problem;
        const QString text = v.toString().trimmed();
        if (!v.isString())
            problem = wrongKind();
        else if (part == QLatin1String("fullName"))
            problem = FieldChecks::personName(text);
        else if (part == QLatin1String("dateOfBirth"))
            problem = FieldChecks::date(text, DateRange::Past, m_today);
        else if (part == QLatin1String("idNumber"))
            problem = FieldChecks::cccdNumber(text);
        else if (text != QLatin1String("nam") && text != QLatin1String("nu"))
            problem = FieldProblem{tr("Vui lòng chọn Nam hoặc Nữ."),
                                   QStringLiteral("sex must be 'nam' or 'nu'")};
        if (problem)
            out->append({{}, partPath, label, *problem});
    }
}

void FieldValidator::checkAddress(const FieldDefinition &field, const QJsonObject &address,
                                  const QString &path, QList<FieldError> *out) const
{
    const QString province = address.value(QStringLiteral("provinceCode")).toString();
    const QString commune = address.value(QStringLiteral("communeCode")).toString();
    const QString detail = address.value(QStringLiteral("detail")).toString().trimmed();
    if (!m_units.province(province)) {
        out->append({{}, path + QStringLiteral(".provinceCode"), field.label,
                     {tr("Vui lòng chọn tỉnh hoặc thành phố."),
                      province.isEmpty() ? QStringLiteral("the province is missing")
                                         : QStringLiteral("unknown province code '%1'").arg(province)}});
        return;
    }
    const AdminUnits::Commune *unit = m_units.commune(commune);
    if (!unit || unit->provinceCode != province)
        out->append({{}, path + QStringLiteral(".communeCode"), field.label,
                     {tr("Vui lòng chọn xã, phường hoặc đặc khu."),
                      commune.isEmpty() ? QStringLiteral("the commune is missing")
                                        : QStringLiteral("commune '%1' is not in province '%2'").arg(commune, province)}});
    if (field.askDetail && detail.isEmpty())
        out->append({{}, path + QStringLiteral(".detail"), field.label,
                     {tr("Vui lòng ghi số nhà, tên đường hoặc thôn, xóm."),
                      QStringLiteral("the street address (detail) is missing")}});
    else if (auto problem = FieldChecks::text(detail, 200, false))
        out->append({{}, path + QStringLiteral(".detail"), field.label, *problem});
}

void FieldValidator::checkGroup(const FieldDefinition &field, const QJsonArray &items,
                                const QString &path, const ItemVisibility &visibleInItem,
                                QList<FieldError> *out) const
{
    if (items.size() < field.minItems)
        out->append({{}, path, field.label,
                     {tr("Cần ít nhất %n mục.", nullptr, field.minItems),
                      QStringLiteral("needs at least %1 item(s)").arg(field.minItems)}});
    if (items.size() > field.maxItems)
        out->append({{}, path, field.label,
                     {tr("Chỉ được tối đa %n mục.", nullptr, field.maxItems),
                      QStringLiteral("at most %1 item(s)").arg(field.maxItems)}});
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        for (const FieldDefinition &sub : field.fields) {
            if (visibleInItem && !visibleInItem(sub, item))
                continue;
            check(sub, item.value(sub.id), path + u'[' + QString::number(i) + QStringLiteral("].") + sub.id,
                  visibleInItem, out);
        }
    }
}

void FieldValidator::check(const FieldDefinition &field, const QJsonValue &value, const QString &path,
                           const ItemVisibility &visibleInItem, QList<FieldError> *out) const
{
    if (isEmpty(value) && field.type != FieldType::Group) {
        if (field.required && field.type != FieldType::Document)
            out->append({{}, path, field.label, required(field.type)});
        else if (field.required && field.type == FieldType::Document)
            out->append({{}, path, field.label, *checkScalar(field, QJsonObject())});
        return;
    }
    switch (field.type) {
    case FieldType::Person:
        if (!value.isObject())
            out->append({{}, path, field.label, wrongKind()});
        else
            checkPerson(field, value.toObject(), path, out);
        return;
    case FieldType::Address:
        if (!value.isObject())
            out->append({{}, path, field.label, wrongKind()});
        else
            checkAddress(field, value.toObject(), path, out);
        return;
    case FieldType::Group:
        if (!value.isArray() && !isEmpty(value))
            out->append({{}, path, field.label, wrongKind()});
        else
            checkGroup(field, value.toArray(), path, visibleInItem, out);
        return;
    default:
        if (auto problem = checkScalar(field, value))
            out->append({{}, path, field.label, *problem});
    }
}

} // namespace motcua
