// SPDX-License-Identifier: GPL-3.0-or-later
#include "procedure.h"

#include <QHash>
#include <QJsonArray>

namespace motcua {

QStringList RequiredDocument::formKeys()
{
    return {QStringLiteral("original"), QStringLiteral("copy"), QStringLiteral("certified_copy"),
            QStringLiteral("original_or_copy"), QStringLiteral("present")};
}

QString RequiredDocument::formKey(Form f)
{
    return formKeys().at(static_cast<int>(f));
}

QString RequiredDocument::description(bool withNotes) const
{
    static const QHash<Form, QString> forms{
        {Form::Original, QStringLiteral("Bản chính")},
        {Form::Copy, QStringLiteral("Bản sao")},
        {Form::CertifiedCopy, QStringLiteral("Bản sao có chứng thực")},
        {Form::OriginalOrCopy, QStringLiteral("Bản chính hoặc bản sao")},
        {Form::Present, QStringLiteral("Xuất trình bản chính để cán bộ xem")},
    };
    QString text = forms.value(form);
    if (count > 1)
        text += QStringLiteral(", %1 bản").arg(count);
    if (!required)
        text += QStringLiteral(" · nếu có");
    if (withNotes && !notes.isEmpty())
        text += QStringLiteral(". ") + notes;
    return text;
}

namespace {
void putIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}
} // namespace

QJsonObject Procedure::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("code"), code);
    putIfSet(o, "provincialCode", provincialCode);
    o.insert(QStringLiteral("name"), name);
    o.insert(QStringLiteral("topic"), topicId);
    o.insert(QStringLiteral("level"), level);
    putIfSet(o, "agency", agency);

    QJsonObject time{{QStringLiteral("text"), processingTime.text},
                     {QStringLiteral("workingDays"), processingTime.workingDays}};
    putIfSet(time, "nextDayAfter", processingTime.nextDayAfter);
    o.insert(QStringLiteral("processingTime"), time);
    o.insert(QStringLiteral("onlineLevel"), onlineLevel);
    o.insert(QStringLiteral("fee"),
             QJsonObject{{QStringLiteral("text"), feeText}, {QStringLiteral("rule"), feeRule}});

    QJsonArray docs;
    for (const RequiredDocument &d : documents) {
        QJsonObject jd{{QStringLiteral("name"), d.name},
                       {QStringLiteral("form"), RequiredDocument::formKey(d.form)},
                       {QStringLiteral("count"), d.count},
                       {QStringLiteral("required"), d.required}};
        putIfSet(jd, "notes", d.notes);
        docs.append(jd);
    }
    o.insert(QStringLiteral("documents"), docs);
    o.insert(QStringLiteral("eligibility"), eligibility);
    o.insert(QStringLiteral("legalBasis"), QJsonArray::fromStringList(legalBasis));
    o.insert(QStringLiteral("delivery"), QJsonArray::fromStringList(delivery));
    putIfSet(o, "result", result);
    putIfSet(o, "summary", summary);
    if (!keywords.isEmpty())
        o.insert(QStringLiteral("keywords"), QJsonArray::fromStringList(keywords));
    return o;
}

} // namespace motcua
