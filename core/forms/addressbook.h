// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QVariantList>

namespace motcua {

// The administrative units (AdminUnits::bundled()) as the address pickers of the kiosk ask for
// them: short lists of { code, name } filtered by what the citizen types, accents optional.
class AddressBook : public QObject
{
    Q_OBJECT
public:
    explicit AddressBook(QObject *parent = nullptr) : QObject(parent) {}

    // [{ code, name }] of provinces whose name contains `query`; all for an empty query.
    Q_INVOKABLE [[nodiscard]] QVariantList provinces(const QString &query) const;
    // [{ code, name }] of one province's communes, best matches first.
    Q_INVOKABLE [[nodiscard]] QVariantList communes(const QString &provinceCode, const QString &query) const;
    // A province's (2 digits) or commune's (5 digits) name; empty when unknown.
    Q_INVOKABLE [[nodiscard]] QString unitName(const QString &code) const;
};

} // namespace motcua
