// SPDX-License-Identifier: GPL-3.0-or-later
#include "answerformatter.h"

#include "forms/adminunits.h"
#include "forms/fieldvalidator.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>

namespace motcua {

QString AnswerFormatter::formatDate(const QString &iso)
{
    const QDate d = QDate::fromString(iso, Qt::ISODate);
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : iso;
}

QString AnswerFormatter::yesNo(bool yes)
{
    return yes ? tr("Có") : tr("Không");
}

QString AnswerFormatter::formatAddress(const QJsonObject &address) const
{
    const QString detail = address.value(QStringLiteral("detail")).toString().trimmed();
    const QString unit = m_units.describe(address.value(QStringLiteral("provinceCode")).toString(),
                                          address.value(QStringLiteral("communeCode")).toString());
    if (detail.isEmpty())
        return unit;
    return unit.isEmpty() ? detail : detail + QStringLiteral(", ") + unit;
}

QString AnswerFormatter::formatPerson(const FieldDefinition &field, const QJsonObject &person) const
{
    QStringList lines;
    const QString name = person.value(QStringLiteral("fullName")).toString();
    if (!name.isEmpty())
        lines.append(name);
    QStringList facts;
    const QString born = person.value(QStringLiteral("dateOfBirth")).toString();
    if (!born.isEmpty())
        facts.append(tr("Sinh ngày %1").arg(formatDate(born)));
    const QString sex = person.value(QStringLiteral("sex")).toString();
    if (!sex.isEmpty())
        facts.append(sex == QLatin1String("nu") ? tr("Nữ") : tr("Nam"));
    if (!facts.isEmpty())
        lines.append(facts.join(QStringLiteral(" · ")));
    const QString id = person.value(QStringLiteral("idNumber")).toString();
    if (field.hasPart(QStringLiteral("idNumber")) && !id.isEmpty())
        lines.append(tr("Số CCCD: %1").arg(id));
    return lines.join(u'\n');
}

QString AnswerFormatter::formatGroupItem(const FieldDefinition &group, const QJsonObject &item) const
{
    QStringList lines;
    for (const FieldDefinition &sub : group.fields) {
        const QJsonValue v = item.value(sub.id);
        if (!FieldValidator::isEmpty(v))
            lines.append(sub.label + QStringLiteral(": ") + format(sub, v));
    }
    return lines.join(u'\n');
}

QString AnswerFormatter::format(const FieldDefinition &field, const QJsonValue &value) const
{
    if (FieldValidator::isEmpty(value) && field.type != FieldType::Document)
        return tr("(bỏ trống)");
    switch (field.type) {
    case FieldType::Date:
        return formatDate(value.toString());
    case FieldType::YesNo:
        return yesNo(value.toBool());
    case FieldType::Number:
        return value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    case FieldType::Choice: {
        QStringList labels;
        const QJsonArray chosen = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &c : chosen) {
            const ChoiceOption *o = field.option(c.toString());
            labels.append(o ? o->label : c.toString());
        }
        return labels.join(QStringLiteral(", "));
    }
    case FieldType::Address:
        return formatAddress(value.toObject());
    case FieldType::Person:
        return formatPerson(field, value.toObject());
    case FieldType::Photo:
        return tr("Đã có ảnh");
    case FieldType::Document: {
        const QJsonObject doc = value.toObject();
        QString text = doc.value(QStringLiteral("have")).toBool() ? tr("Đã có") : tr("Chưa có");
        if (!doc.value(QStringLiteral("photo")).toObject().isEmpty())
            text += tr(" · đã chụp ảnh");
        return text;
    }
    case FieldType::Group: {
        QStringList items;
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            items.append(field.itemTitle(i) + u'\n' + formatGroupItem(field, list.at(i).toObject()));
        }
        return items.join(QStringLiteral("\n\n"));
    }
    default:
        return value.toString();
    }
}

} // namespace motcua
