// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/formdefinition.h"

#include <QCoreApplication>
#include <QJsonValue>

namespace motcua {

class AdminUnits;

// An answer as the citizen reads it back on the review page and the receipt:
// "12/05/1990", "Phường Ba Đình, Thành phố Hà Nội", "Có", option labels, a person on lines;
// the kiosk's words translated into its language, the labels of `field` as they are (pass a
// localized field, as FormSession::steps() are).
class AnswerFormatter
{
    Q_DECLARE_TR_FUNCTIONS(AnswerFormatter)

public:
    explicit AnswerFormatter(const AdminUnits &units) : m_units(units) {}

    [[nodiscard]] QString format(const FieldDefinition &field, const QJsonValue &value) const;
    [[nodiscard]] QString formatAddress(const QJsonObject &address) const;
    [[nodiscard]] static QString formatDate(const QString &iso);
    [[nodiscard]] static QString yesNo(bool yes);

private:
    [[nodiscard]] QString formatPerson(const FieldDefinition &field, const QJsonObject &person) const;
    [[nodiscard]] QString formatGroupItem(const FieldDefinition &group, const QJsonObject &item) const;

    const AdminUnits &m_units;
};

} // namespace motcua
