// SPDX-License-Identifier: GPL-3.0-or-later
#include "addressbook.h"

#include "catalog/textnormalizer.h"
#include "forms/adminunits.h"

namespace motcua {

namespace {

QVariantMap entry(const QString &code, const QString &name)
{
    return {{QStringLiteral("code"), code}, {QStringLiteral("name"), name}};
}

} // namespace

QVariantList AddressBook::provinces(const QString &query) const
{
    const QString folded = TextNormalizer::fold(query);
    QVariantList list;
    for (const AdminUnits::Province &p : AdminUnits::bundled().provinces())
        if (folded.isEmpty() || TextNormalizer::fold(p.name).contains(folded))
            list.append(entry(p.code, p.name));
    return list;
}

QVariantList AddressBook::communes(const QString &provinceCode, const QString &query) const
{
    QVariantList list;
    for (const AdminUnits::Commune *c : AdminUnits::bundled().searchCommunes(provinceCode, query))
        list.append(entry(c->code, c->name));
    return list;
}

QString AddressBook::unitName(const QString &code) const
{
    const AdminUnits &units = AdminUnits::bundled();
    if (const AdminUnits::Province *p = units.province(code))
        return p->name;
    if (const AdminUnits::Commune *c = units.commune(code))
        return c->name;
    return {};
}

} // namespace motcua
