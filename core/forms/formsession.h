// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/procedure.h"
#include "forms/fieldvalidator.h"
#include "forms/formdefinition.h"
#include "payment/feecalculator.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>

namespace motcua {

// How the result reaches the citizen, in their words ("Nhận tại Bộ phận Một cửa của xã"),
// translated into the kiosk's language.
[[nodiscard]] QString deliveryMethodLabel(const QString &method);

class AdminUnits;
struct CccdData;

struct ReviewRow
{
    QString path;
    QString label;
    QString value;
};

struct ReviewSection
{
    QString stepId; // empty for the values the kiosk computed
    QString title;
    QList<ReviewRow> rows;
};

// One citizen filling one form: the answers, the current step, which steps and fields the
// answers show, the checks of each step, the review page and the submitted data. Headless:
// the kiosk's walkthrough, the CLI and the tests all drive this same class.
//
// Languages: definition() and procedure() keep both languages; steps() are the definition in
// the kiosk's language (UiLanguage) with the kiosk's own steps in it, made when the session
// starts and again by retranslate(). Ids and answers do not depend on the language, so a
// switch mid-filing loses nothing. What is filed (answers, procedure) is the same either way.
class FormSession
{
    Q_DECLARE_TR_FUNCTIONS(FormSession)

public:
    // `procedure` supplies the documents list and delivery options of the kiosk's own steps.
    FormSession(FormDefinition definition, Procedure procedure,
                const AdminUnits &units, const QDate &today = QDate::currentDate());

    [[nodiscard]] const FormDefinition &definition() const { return m_definition; }
    [[nodiscard]] const Procedure &procedure() const { return m_procedure; }
    // The form's steps with the documents and delivery steps filled in, in the kiosk's language.
    [[nodiscard]] const std::vector<StepDefinition> &steps() const { return m_steps; }
    // Makes steps() again in the current language (after UiLanguage changed); the current
    // step and the answers stay.
    void retranslate();
    [[nodiscard]] const QDate &today() const { return m_today; }
    [[nodiscard]] const AdminUnits &adminUnits() const { return m_units; }

    // --- navigation -------------------------------------------------------------------
    // Index into steps(); steps().size() means the review page.
    [[nodiscard]] int currentStep() const { return m_current; }
    [[nodiscard]] bool atReview() const { return m_current >= int(m_steps.size()); }
    // The current step's id, or "review" on the review page.
    [[nodiscard]] QString currentStepId() const;
    [[nodiscard]] QList<int> visibleSteps() const;
    // "Bước position/total": among the visible steps plus the review page.
    [[nodiscard]] int position() const;
    [[nodiscard]] int total() const { return int(visibleSteps().size()) + 1; }
    // Checks the current step; when it is good, moves to the next visible step (or the
    // review page) and returns nothing, otherwise stays and returns every problem.
    [[nodiscard]] QList<FieldError> next();
    // To the previous visible step; false on the first one.
    bool back();
    // Jumps to a visible step (the review page's "Sửa" links); false when there is none.
    bool goToStep(const QString &stepId);
    void goToReview();

    // --- answers --------------------------------------------------------------------------
    [[nodiscard]] const QJsonObject &answers() const { return m_answers; }
    [[nodiscard]] QJsonValue answer(const QString &fieldId) const { return m_answers.value(fieldId); }
    // Sets (or, for an empty value, removes) one top-level answer.
    void setAnswer(const QString &fieldId, const QJsonValue &value);
    // A new item of a group with its sub-fields' defaults.
    [[nodiscard]] QJsonObject newGroupItem(const QString &groupId) const;
    // Fills the applicant (and the applicant's address, when the form names one) from a CCCD.
    // Returns the ids of the fields it changed.
    QStringList applyCccd(const CccdData &card);

    [[nodiscard]] bool isStepVisible(int index) const;
    [[nodiscard]] bool isFieldVisible(const FieldDefinition &field, const QJsonObject &item = {}) const;
    [[nodiscard]] const FieldDefinition *field(const QString &id) const;
    [[nodiscard]] const StepDefinition *step(const QString &id) const;

    // Values derived from answers (docs/form-format.md, Computed values); missing ones absent.
    [[nodiscard]] QJsonObject computedValues() const;

    // --- checks, review, submission ---------------------------------------------------------
    [[nodiscard]] QList<FieldError> validateStep(int index) const;
    // Every visible step; empty means the form can be submitted.
    [[nodiscard]] QList<FieldError> validateAll() const;
    // The answers of visible fields only (what is filed).
    [[nodiscard]] QJsonObject submittedAnswers() const;
    // What the answers say about the fee: papers, pages, copies, an exemption (the form's "fee").
    [[nodiscard]] FeeRequest feeRequest() const;
    [[nodiscard]] QList<ReviewSection> review() const;
    // The filer as shown in the clerk's queue and sent as ChuHoSo.
    [[nodiscard]] QString applicantName() const;
    [[nodiscard]] QString applicantIdNumber() const;

    // --- drafts ----------------------------------------------------------------------------
    // { procedure, formVersion, step, answers }
    [[nodiscard]] QJsonObject toJson() const;
    // Restores answers and step from toJson(); refuses another procedure or form version.
    [[nodiscard]] Status restore(const QJsonObject &json);

private:
    void buildKioskSteps();
    void applyDefaults();
    // Where a condition is read: the whole form, or one item of a group.
    struct Scope
    {
        const FieldDefinition *group = nullptr;
        QJsonObject item;
    };
    [[nodiscard]] static QJsonValue normalized(const FieldDefinition &field, const QJsonValue &value);
    [[nodiscard]] const FieldDefinition *groupOf(const FieldDefinition &subField) const;
    [[nodiscard]] QJsonValue lookup(const QString &name, const Scope &scope, int depth) const;
    [[nodiscard]] bool holds(const Condition &condition, const Scope &scope, int depth) const;
    [[nodiscard]] bool fieldVisible(const FieldDefinition &field, const Scope &scope, int depth) const;
    [[nodiscard]] QJsonValue computeValue(const ComputedDefinition &c, int depth) const;
    [[nodiscard]] int stepOfField(const QString &id) const;

    FormDefinition m_definition;
    Procedure m_procedure;
    const AdminUnits &m_units;
    QDate m_today;
    std::vector<StepDefinition> m_steps;
    QJsonObject m_answers;
    int m_current = 0;
};

} // namespace motcua
