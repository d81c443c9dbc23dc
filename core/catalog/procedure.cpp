// SPDX-License-Identifier: GPL-3.0-or-later
#include "procedure.h"

#include "common/localtext.h"

#include <QCoreApplication>
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

namespace {

// The kiosk's words for a document, in Qt's translation context "RequiredDocument".
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(RequiredDocument)
};

} // namespace

QString RequiredDocument::description(bool withNotes) const
{
    QString text;
    switch (form) {
    case Form::Original: text = Text::tr("Bản chính"); break;
    case Form::Copy: text = Text::tr("Bản sao"); break;
    case Form::CertifiedCopy: text = Text::tr("Bản sao có chứng thực"); break;
    case Form::OriginalOrCopy: text = Text::tr("Bản chính hoặc bản sao"); break;
    case Form::Present: text = Text::tr("Xuất trình bản chính để cán bộ xem"); break;
    }
    if (count > 1)
        text += Text::tr(", %n bản", nullptr, count);
    if (!required)
        text += Text::tr(" · nếu có");
    if (withNotes && !notes.isEmpty())
        text += QStringLiteral(". ") + notes;
    return text;
}

QStringList RequiredDocument::englishKeys()
{
    return {QStringLiteral("name"), QStringLiteral("notes")};
}

RequiredDocument RequiredDocument::localized(const QString &language) const
{
    RequiredDocument d = *this;
    d.name = localText(name, en, QStringLiteral("name"), language);
    d.notes = localText(notes, en, QStringLiteral("notes"), language);
    return d;
}

QStringList Topic::englishKeys()
{
    return {QStringLiteral("name"), QStringLiteral("description")};
}

Topic Topic::localized(const QString &language) const
{
    Topic t = *this;
    t.name = localText(name, en, QStringLiteral("name"), language);
    t.description = localText(description, en, QStringLiteral("description"), language);
    return t;
}

QStringList Procedure::englishKeys()
{
    return {QStringLiteral("name"), QStringLiteral("agency"), QStringLiteral("eligibility"),
            QStringLiteral("result"), QStringLiteral("summary")};
}

QStringList Procedure::englishListKeys()
{
    return {QStringLiteral("keywords")};
}

QStringList Procedure::englishKeywords() const
{
    QStringList out;
    for (const QJsonValue &v : en.value(QStringLiteral("keywords")).toArray())
        out.append(v.toString());
    return out;
}

Procedure Procedure::localized(const QString &language) const
{
    Procedure p = *this;
    p.name = localText(name, en, QStringLiteral("name"), language);
    p.agency = localText(agency, en, QStringLiteral("agency"), language);
    p.eligibility = localText(eligibility, en, QStringLiteral("eligibility"), language);
    p.result = localText(result, en, QStringLiteral("result"), language);
    p.summary = localText(summary, en, QStringLiteral("summary"), language);
    if (language == QLatin1String("en") && !englishKeywords().isEmpty())
        p.keywords = englishKeywords();
    p.processingTime.text = localText(processingTime.text, processingTime.en, QStringLiteral("text"), language);
    p.feeText = localText(feeText, feeEn, QStringLiteral("text"), language);
    for (RequiredDocument &d : p.documents)
        d = d.localized(language);
    return p;
}

namespace {
void putIfSet(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

void putIfSet(QJsonObject &o, const QJsonObject &en)
{
    if (!en.isEmpty())
        o.insert(QStringLiteral("en"), en);
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
    putIfSet(time, processingTime.en);
    o.insert(QStringLiteral("processingTime"), time);
    o.insert(QStringLiteral("onlineLevel"), onlineLevel);
    QJsonObject fee{{QStringLiteral("text"), feeText}, {QStringLiteral("rule"), feeRule}};
    putIfSet(fee, feeEn);
    o.insert(QStringLiteral("fee"), fee);

    QJsonArray docs;
    for (const RequiredDocument &d : documents) {
        QJsonObject jd{{QStringLiteral("name"), d.name},
                       {QStringLiteral("form"), RequiredDocument::formKey(d.form)},
                       {QStringLiteral("count"), d.count},
                       {QStringLiteral("required"), d.required}};
        putIfSet(jd, "notes", d.notes);
        putIfSet(jd, d.en);
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
    putIfSet(o, en);
    return o;
}

} // namespace motcua
