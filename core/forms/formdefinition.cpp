// SPDX-License-Identifier: GPL-3.0-or-later
#include "formdefinition.h"

#include "common/localtext.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>

namespace motcua {

namespace {

const QString kFormsResourceDir = QStringLiteral(":/motcua/forms");

struct TypeName
{
    FieldType type;
    const char *key;
};
constexpr TypeName kTypes[] = {
    {FieldType::Text, "text"},       {FieldType::Multiline, "multiline"},
    {FieldType::Number, "number"},   {FieldType::Date, "date"},
    {FieldType::Choice, "choice"},   {FieldType::YesNo, "yesno"},
    {FieldType::Cccd, "cccd"},       {FieldType::Phone, "phone"},
    {FieldType::Email, "email"},     {FieldType::Address, "address"},
    {FieldType::Person, "person"},   {FieldType::Photo, "photo"},
    {FieldType::Group, "group"},     {FieldType::Document, "document"},
};

} // namespace

const ChoiceOption *FieldDefinition::option(const QString &value) const
{
    for (const ChoiceOption &o : options)
        if (o.value == value)
            return &o;
    return nullptr;
}

const FieldDefinition *FieldDefinition::subField(const QString &id) const
{
    for (const FieldDefinition &f : fields)
        if (f.id == id)
            return &f;
    return nullptr;
}

QString FieldDefinition::itemTitle(qsizetype index) const
{
    const QString number = QString::number(index + 1);
    if (itemLabel.contains(QLatin1String("%1")))
        return QString(itemLabel).replace(QLatin1String("%1"), number);
    if (itemLabel.isEmpty())
        return QCoreApplication::translate("FormDefinition", "Mục %1").arg(number);
    return itemLabel + u' ' + number;
}

QStringList FieldDefinition::englishKeys()
{
    return {QStringLiteral("label"), QStringLiteral("help"), QStringLiteral("example"),
            QStringLiteral("itemLabel"), QStringLiteral("addLabel")};
}

FieldDefinition FieldDefinition::localized(const QString &language) const
{
    FieldDefinition f = *this;
    for (const auto &[member, key] : {std::pair{&FieldDefinition::label, "label"}, std::pair{&FieldDefinition::help, "help"},
                                      std::pair{&FieldDefinition::example, "example"},
                                      std::pair{&FieldDefinition::itemLabel, "itemLabel"},
                                      std::pair{&FieldDefinition::addLabel, "addLabel"}})
        f.*member = localText(this->*member, en, QLatin1String(key), language);
    for (ChoiceOption &o : f.options)
        o.label = localText(o.label, o.en, QStringLiteral("label"), language);
    for (FieldDefinition &sub : f.fields)
        sub = sub.localized(language);
    return f;
}

StepDefinition StepDefinition::localized(const QString &language) const
{
    StepDefinition s = *this;
    s.title = localText(title, en, QStringLiteral("title"), language);
    s.intro = localText(intro, en, QStringLiteral("intro"), language);
    for (FieldDefinition &f : s.fields)
        f = f.localized(language);
    return s;
}

QString ComputedDefinition::shownLabel(const QString &language) const
{
    return localText(label, en, QStringLiteral("label"), language);
}

QString FormDefinition::shownTitle(const QString &language) const
{
    return localText(title, en, QStringLiteral("title"), language);
}

std::vector<StepDefinition> FormDefinition::localizedSteps(const QString &language) const
{
    std::vector<StepDefinition> out;
    out.reserve(steps.size());
    for (const StepDefinition &s : steps)
        out.push_back(s.localized(language));
    return out;
}

Result<FormDefinition> FormDefinition::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    auto form = parse(file.readAll());
    if (form)
        return form;
    // Each problem on its own line, led by the file it is in.
    const QString prefix = QFileInfo(path).fileName() + QStringLiteral(": ");
    QStringList lines = form.error().split(u'\n');
    for (QString &line : lines)
        line.prepend(prefix);
    return Error{lines.join(u'\n')};
}

QStringList FormDefinition::bundledCodes()
{
    QStringList codes;
    QDirIterator it(kFormsResourceDir, {QStringLiteral("*.json")}, QDir::Files);
    while (it.hasNext())
        codes.append(QFileInfo(it.next()).completeBaseName());
    codes.sort();
    return codes;
}

Result<FormDefinition> FormDefinition::bundled(const QString &procedureCode)
{
    const QString path = kFormsResourceDir + u'/' + procedureCode + QStringLiteral(".json");
    if (!QFile::exists(path))
        return Error{QStringLiteral("no form for procedure %1").arg(procedureCode)};
    return load(path);
}

const FieldDefinition *findField(const std::vector<StepDefinition> &steps, const QString &id)
{
    if (id.isEmpty())
        return nullptr;
    for (const StepDefinition &s : steps)
        for (const FieldDefinition &f : s.fields)
            if (f.id == id)
                return &f;
    return nullptr;
}

const FieldDefinition *FormDefinition::field(const QString &id) const
{
    return findField(steps, id);
}

const ComputedDefinition *FormDefinition::computedValue(const QString &id) const
{
    for (const ComputedDefinition &c : computed)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString FormDefinition::typeKey(FieldType type)
{
    for (const TypeName &t : kTypes)
        if (t.type == type)
            return QString::fromLatin1(t.key);
    return {};
}

QStringList FormDefinition::personParts()
{
    return {QStringLiteral("fullName"), QStringLiteral("dateOfBirth"), QStringLiteral("sex"),
            QStringLiteral("idNumber")};
}

} // namespace motcua
