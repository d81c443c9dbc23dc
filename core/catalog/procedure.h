// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/uilanguage.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua {

// Every record below keeps its texts in Vietnamese in the plain members and, where the catalog
// has them, in English in `en` (the bundle's "en" object, by the same keys; see UiLanguage).
// localized() gives a copy whose plain members hold the texts to show in a language, so that
// code which shows a record reads it the same way in both languages; code that files or prints
// for the office (submission, receipt, CLI) keeps reading the Vietnamese.

// A document the citizen brings or uploads (thành phần hồ sơ).
struct RequiredDocument
{
    enum class Form { Original, Copy, CertifiedCopy, OriginalOrCopy, Present };
    QString name;
    Form form = Form::Original;
    int count = 1;
    bool required = true;
    QString notes;
    QJsonObject en{}; // name, notes

    [[nodiscard]] static QString formKey(Form f);
    // In the citizen's words, in the kiosk's language (Qt's translation of the Vietnamese):
    // "Bản sao có chứng thực, 2 bản · nếu có. <notes>" (notes left out where space is short, as
    // on a poster). The notes are as stored: call it on localized() for English notes.
    [[nodiscard]] QString description(bool withNotes = true) const;
    [[nodiscard]] static QStringList formKeys();
    [[nodiscard]] static QStringList englishKeys();
    [[nodiscard]] RequiredDocument localized(const QString &language = UiLanguage::current()) const;
    bool operator==(const RequiredDocument &) const = default;
};

struct ProcessingTime
{
    QString text;        // as shown to citizens
    int workingDays = 0; // 0 = same day
    QString nextDayAfter; // "HH:MM" or empty
    QJsonObject en{};      // text

    bool operator==(const ProcessingTime &) const = default;
};

struct Topic
{
    QString id;
    QString name;
    QString description;
    QString icon;
    QJsonObject en{}; // name, description

    [[nodiscard]] static QStringList englishKeys();
    [[nodiscard]] Topic localized(const QString &language = UiLanguage::current()) const;
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
    QJsonObject feeEn{}; // text: the English of feeText (the bundle's fee.en)
    QList<RequiredDocument> documents;
    QString eligibility;
    QStringList legalBasis;
    QStringList delivery; // counter | post | online
    QString result;
    QString summary;
    QStringList keywords;
    QJsonObject en{}; // name, agency, eligibility, result, summary; keywords (a list)

    // The keys of `en`: texts, and lists of texts.
    [[nodiscard]] static QStringList englishKeys();
    [[nodiscard]] static QStringList englishListKeys();
    // English keywords (empty when the catalog has none).
    [[nodiscard]] QStringList englishKeywords() const;
    [[nodiscard]] Procedure localized(const QString &language = UiLanguage::current()) const;
    [[nodiscard]] QJsonObject toJson() const;
    bool operator==(const Procedure &) const = default;
};

} // namespace motcua
