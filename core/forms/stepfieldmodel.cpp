// SPDX-License-Identifier: GPL-3.0-or-later
#include "stepfieldmodel.h"

#include "forms/answerformatter.h"
#include "forms/formsession.h"

#include <QJsonObject>

namespace motcua {

namespace {

QString rangeKey(DateRange range)
{
    switch (range) {
    case DateRange::Future:
        return QStringLiteral("future");
    case DateRange::Any:
        return QStringLiteral("any");
    default:
        return QStringLiteral("past");
    }
}

} // namespace

QVariantMap StepFieldModel::settingsOf(const FieldDefinition &f)
{
    QVariantMap s;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Multiline:
        s.insert(QStringLiteral("maxLength"), f.maxLength);
        s.insert(QStringLiteral("nameFormat"), f.nameFormat);
        break;
    case FieldType::Number:
        s.insert(QStringLiteral("min"), f.min);
        s.insert(QStringLiteral("max"), f.max);
        break;
    case FieldType::Date:
        s.insert(QStringLiteral("range"), rangeKey(f.range));
        break;
    case FieldType::Choice: {
        QVariantList options;
        for (const ChoiceOption &o : f.options)
            options.append(QVariantMap{{QStringLiteral("value"), o.value}, {QStringLiteral("label"), o.label}});
        s.insert(QStringLiteral("options"), options);
        s.insert(QStringLiteral("multiple"), f.multiple);
        break;
    }
    case FieldType::Address:
        s.insert(QStringLiteral("askDetail"), f.askDetail);
        break;
    case FieldType::Person: {
        s.insert(QStringLiteral("parts"), f.parts);
        QStringList required;
        for (const QString &part : f.parts)
            if (f.partRequired(part))
                required.append(part);
        s.insert(QStringLiteral("requiredParts"), required);
        s.insert(QStringLiteral("prefillFromCccd"), f.prefillFromCccd);
        break;
    }
    case FieldType::Group: {
        QVariantList subFields;
        for (const FieldDefinition &sub : f.fields)
            subFields.append(QVariantMap{{QStringLiteral("fieldId"), sub.id},
                                         {QStringLiteral("type"), FormDefinition::typeKey(sub.type)},
                                         {QStringLiteral("label"), sub.label},
                                         {QStringLiteral("help"), sub.help},
                                         {QStringLiteral("example"), sub.example},
                                         {QStringLiteral("required"), sub.required},
                                         {QStringLiteral("settings"), settingsOf(sub)}});
        s.insert(QStringLiteral("subFields"), subFields);
        s.insert(QStringLiteral("minItems"), f.minItems);
        s.insert(QStringLiteral("maxItems"), f.maxItems);
        s.insert(QStringLiteral("itemLabel"), f.itemLabel);
        s.insert(QStringLiteral("addLabel"), f.addLabel.isEmpty() ? tr("Thêm") : f.addLabel);
        break;
    }
    default:
        break;
    }
    return s;
}

void StepFieldModel::showStep(const FormSession *session, int stepIndex)
{
    beginResetModel();
    m_session = session;
    m_step = session && stepIndex < int(session->steps().size()) ? stepIndex : -1;
    m_errors.clear();
    endResetModel();
}

void StepFieldModel::refresh()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ShownRole, ValueRole, DisplayTextRole});
}

void StepFieldModel::retranslate()
{
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1),
                           {Qt::DisplayRole, LabelRole, HelpRole, ExampleRole, DisplayTextRole, SettingsRole});
}

void StepFieldModel::setErrors(const QList<FieldError> &errors)
{
    m_errors.clear();
    for (const FieldError &e : errors) {
        // "applicant.fullName" → field "applicant", part "fullName"; "copies[1].count" → "[1].count".
        const QString id = e.fieldId();
        QString rest = e.path.mid(id.size());
        if (rest.startsWith(u'.'))
            rest.remove(0, 1);
        m_errors[id].insert(rest, e.problem.vietnamese);
    }
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {ErrorsRole});
}

void StepFieldModel::clearErrors(const QString &fieldId)
{
    if (m_errors.remove(fieldId) == 0)
        return;
    for (int row = 0; row < rowCount(); ++row)
        if (fieldAt(row).id == fieldId)
            Q_EMIT dataChanged(index(row), index(row), {ErrorsRole});
}

const FieldDefinition &StepFieldModel::fieldAt(int row) const
{
    return m_session->steps()[size_t(m_step)].fields[size_t(row)];
}

int StepFieldModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() || !m_session || m_step < 0)
        return 0;
    return int(m_session->steps()[size_t(m_step)].fields.size());
}

QVariant StepFieldModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldDefinition &f = fieldAt(index.row());
    switch (role) {
    case FieldIdRole:
        return f.id;
    case TypeRole:
        return FormDefinition::typeKey(f.type);
    case LabelRole:
    case Qt::DisplayRole:
        return f.label;
    case HelpRole:
        return f.help;
    case ExampleRole:
        return f.example;
    case RequiredRole:
        return f.required;
    case ShownRole:
        return m_session->isFieldVisible(f);
    case ValueRole:
        return m_session->answer(f.id).toVariant();
    case DisplayTextRole:
        return AnswerFormatter(m_session->adminUnits()).format(f, m_session->answer(f.id));
    case ErrorsRole:
        return m_errors.value(f.id);
    case SettingsRole:
        return settingsOf(f);
    default:
        return {};
    }
}

QHash<int, QByteArray> StepFieldModel::roleNames() const
{
    return {{FieldIdRole, "fieldId"},     {TypeRole, "type"},
            {LabelRole, "label"},         {HelpRole, "help"},
            {ExampleRole, "example"},     {RequiredRole, "isRequired"},
            {ShownRole, "shown"},         {ValueRole, "value"},
            {DisplayTextRole, "displayText"}, {ErrorsRole, "errors"},
            {SettingsRole, "settings"}};
}

} // namespace motcua
