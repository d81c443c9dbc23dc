// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// A document the citizen brings or uploads (thành phần hồ sơ).
struct RequiredDocument
{
    enum class Form { Original, Copy, CertifiedCopy, OriginalOrCopy, Present };
    QString name;
    Form form = Form::Original;
    int count = 1;
    bool required = true;
    QString notes;

    [[nodiscard]] static QString formKey(Form f);
    // In the citizen's words: "Bản sao có chứng thực, 2 bản · nếu có. <notes>" (notes left out
    // where space is short, as on a poster).
    [[nodiscard]] QString description(bool withNotes = true) const;
    [[nodiscard]] static QStringList formKeys();
    bool operator==(const RequiredDocument &) const = default;
};

struct ProcessingTime
{
    QString text;        // as shown to citizens
    int workingDays = 0; // 0 = same day
    QString nextDayAfter; // "HH:MM" or empty

    bool operator==(const ProcessingTime &) const = default;
};

struct Topic
{
    QString id;
    QString name;
    QString description;
    QString icon;
    bool operator==(const Topic &) const = default;
};

// One administrative procedure (thủ tục hành chính) as the catalog holds it.
struct Procedure
{
    QString code;           // national, e.g. 1.001193
    QString provincialCode; // optional, e.g. 1.001193.000.00.00.H01
    QString name;
    QString topicId;
    QString level; // commune | province | multiple
    QString agency;
    ProcessingTime processingTime;
    QString onlineLevel; // full | partial
    QString feeText;
    QString feeRule; // id in the bundle's feeRules
    QList<RequiredDocument> documents;
    QString eligibility;
    QStringList legalBasis;
    QStringList delivery; // counter | post | online
    QString result;
    QString summary;
    QStringList keywords;

    [[nodiscard]] QJsonObject toJson() const;
    bool operator==(const Procedure &) const = default;
};

} // namespace motcua
