// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/workingcalendar.h"
#include "forms/draftshelf.h"
#include "forms/formsession.h"
#include "payment/feecalculator.h"
#include "forms/stepfieldmodel.h"
#include "outbox/filingstore.h"
#include "session/trylimiter.h"

#include <QObject>
#include <QTimer>
#include <QTimeZone>
#include <QVariantList>

#include <memory>

namespace motcua {

class CatalogStore;

// The guided filing as the kiosk screens see it: one FormSession at a time, every answer
// saved to the draft at once, and on confirmation a filing in the outbox. QML binds to its
// properties and calls its actions; it holds no rule of its own.
class Walkthrough : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY sessionChanged)
    Q_PROPERTY(QString procedureCode READ procedureCode NOTIFY sessionChanged)
    // Texts in the kiosk's language (UiLanguage) notify textsChanged: with the session, the step
    // or the progress that shows them, and when the language changes.
    Q_PROPERTY(QString procedureName READ procedureName NOTIFY textsChanged)
    Q_PROPERTY(QString formTitle READ formTitle NOTIFY textsChanged)
    // "fields" | "documents" | "delivery" | "review" | "done" | "" (inactive)
    Q_PROPERTY(QString stage READ stage NOTIFY stepChanged)
    Q_PROPERTY(QString stepId READ stepId NOTIFY stepChanged)
    Q_PROPERTY(QString stepTitle READ stepTitle NOTIFY textsChanged)
    Q_PROPERTY(QString stepIntro READ stepIntro NOTIFY textsChanged)
    // "Bước position/total"; both move when an answer shows or hides a step.
    Q_PROPERTY(int position READ position NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(QStringList stepTitles READ stepTitles NOTIFY textsChanged)
    Q_PROPERTY(bool offersCccd READ offersCccd NOTIFY stepChanged)
    Q_PROPERTY(motcua::StepFieldModel *fields READ fields CONSTANT)
    // [{ fieldId, path, label, message }] for the error summary of the step.
    Q_PROPERTY(QVariantList errors READ errors NOTIFY errorsChanged)
    // [{ stepId, title, rows: [{ label, value }] }]
    Q_PROPERTY(QVariantList review READ review NOTIFY textsChanged)
    // The fee as the answers make it (FeeQuote::toView), on the review page.
    Q_PROPERTY(QVariantMap fee READ fee NOTIFY textsChanged)
    Q_PROPERTY(QString fileCode READ fileCode NOTIFY stepChanged)
    Q_PROPERTY(QString appointmentText READ appointmentText NOTIFY stepChanged)
    Q_PROPERTY(QString receivedText READ receivedText NOTIFY stepChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY problemChanged)
    Q_PROPERTY(QString keptCode READ keptCode NOTIFY sessionChanged) // "Lưu lại" code, once kept
    Q_PROPERTY(int keptDraftDays READ keptDraftDays CONSTANT)
    // Clerk mode: the clerk filing on the citizen's behalf ("người nộp thay"); empty otherwise.
    Q_PROPERTY(QString filedBy READ filedBy NOTIFY filedByChanged)
    // Drafts interrupted by a crash or power cut:
    // [{ id, procedureName, applicantInitials, updatedText, needsIdCheck }]
    Q_PROPERTY(QVariantList resumableDrafts READ resumableDrafts NOTIFY draftsChanged)

public:
    struct Settings
    {
        QString agencyCode;
        WorkingCalendar calendar;
        int draftMaxAgeHours;
        QString scanFolder;
        QTimeZone timeZone; // the office's clock
        FeeOverrides feeOverrides; // the province's amounts ([fees])
    };

    Walkthrough(CatalogStore *catalog, FilingStore *store, Settings settings, QObject *parent = nullptr);
    ~Walkthrough() override;

    [[nodiscard]] bool active() const { return m_session != nullptr || !m_filing.fileCode.isEmpty(); }
    [[nodiscard]] QString procedureCode() const;
    [[nodiscard]] QString procedureName() const;
    [[nodiscard]] QString formTitle() const;
    [[nodiscard]] QString stage() const;
    [[nodiscard]] QString stepId() const;
    [[nodiscard]] QString stepTitle() const;
    [[nodiscard]] QString stepIntro() const;
    [[nodiscard]] int position() const;
    [[nodiscard]] int total() const;
    [[nodiscard]] QStringList stepTitles() const;
    [[nodiscard]] bool offersCccd() const;
    [[nodiscard]] StepFieldModel *fields() { return &m_fields; }
    [[nodiscard]] QVariantList errors() const { return m_errorList; }
    [[nodiscard]] QVariantList review() const;
    [[nodiscard]] QVariantMap fee() const;
    [[nodiscard]] QString fileCode() const { return m_filing.fileCode; }
    [[nodiscard]] QString appointmentText() const;
    [[nodiscard]] QString receivedText() const;
    [[nodiscard]] QString problem() const;
    [[nodiscard]] QVariantList resumableDrafts() const;
    [[nodiscard]] const FormSession *session() const { return m_session.get(); }
    [[nodiscard]] QString draftId() const { return m_draftId; }
    [[nodiscard]] QString keptCode() const { return m_keptCode; }
    [[nodiscard]] static int keptDraftDays() { return kKeptDraftDays; }
    [[nodiscard]] QString filedBy() const { return m_filedBy; }
    // Set while a clerk is logged in: filings submitted meanwhile record them as the filer.
    void setFiledBy(const QString &clerkName);

    // Whether the kiosk can walk a citizen through this procedure.
    Q_INVOKABLE [[nodiscard]] bool canFile(const QString &procedureCode) const;
    // Starts a new filing (and its draft); false with `problem` set when it cannot.
    Q_INVOKABLE bool start(const QString &procedureCode);
    // Reopens an interrupted draft. When its applicant already gave an ID number, the last four
    // digits of it must be given too: a passer-by cannot open someone else's filing.
    Q_INVOKABLE bool resume(const QString &draftId, const QString &idLastDigits = {});
    // Reopens a draft the citizen kept ("Lưu lại") by its 6-digit code. Five wrong codes in a
    // row lock the search for a minute, doubling with each further wrong code.
    Q_INVOKABLE bool resumeKept(const QString &code);
    // "Lưu lại": the draft under way outlives the session; returns the code that reopens it
    // (empty, with `problem`, when it could not be kept).
    Q_INVOKABLE QString keepForLater();
    // The session is over (idle, "Kết thúc"): a kept draft stays in the store, any other is
    // deleted; nothing stays in memory.
    Q_INVOKABLE void forgetSession();
    // The citizen does not want an interrupted draft back: delete it (and its photos).
    Q_INVOKABLE void discardDraft(const QString &draftId);
    // Deletes the draft and forgets every answer (the citizen gave up, or idle reset).
    Q_INVOKABLE void cancel();
    // Leaves the confirmation screen: nothing of the citizen stays in memory.
    Q_INVOKABLE void finish();

    Q_INVOKABLE void setAnswer(const QString &fieldId, const QVariant &value);
    // The same with the answer as JSON text: what QML sends (JSON.stringify keeps objects and
    // lists exact, where a JS object in a QVariant would arrive as an opaque QJSValue).
    Q_INVOKABLE void setAnswerJson(const QString &fieldId, const QString &json);
    // One part of a person or an address ("fullName", "communeCode", …).
    Q_INVOKABLE void setPart(const QString &fieldId, const QString &part, const QVariant &value);
    Q_INVOKABLE void addGroupItem(const QString &fieldId);
    Q_INVOKABLE void removeGroupItem(const QString &fieldId, int index);
    Q_INVOKABLE void setGroupValue(const QString &fieldId, int index, const QString &subFieldId,
                                   const QVariant &value);
    Q_INVOKABLE void setGroupValueJson(const QString &fieldId, int index, const QString &subFieldId,
                                       const QString &json);
    // A document photo from an image file (camera capture or scanner folder): scaled down,
    // stored with the draft. Returns false with `problem` set when the file is not an image.
    Q_INVOKABLE bool attachPhoto(const QString &fieldId, const QUrl &imageFile);
    // Images the scanner saved since this filing started, newest first, as file URLs (never an
    // earlier citizen's). An attached image is removed from the folder.
    Q_INVOKABLE [[nodiscard]] QVariantList scannedImages() const;
    // A CCCD QR payload from a handheld scanner or pasted by a clerk. Empty string when the
    // applicant was filled; otherwise what is wrong, in Vietnamese.
    Q_INVOKABLE QString applyCccd(const QString &payload);

    Q_INVOKABLE bool next();
    Q_INVOKABLE bool back();
    Q_INVOKABLE bool editStep(const QString &stepId);
    // Files it: outbox record with file code and appointment date. False (and `problem`)
    // when a check fails or the store cannot write; the draft is kept either way.
    Q_INVOKABLE bool submit();

    // A group item's title ("Bản sao thứ 2") and whether one of its fields is shown.
    Q_INVOKABLE [[nodiscard]] QString itemTitle(const QString &groupId, int index) const;
    Q_INVOKABLE [[nodiscard]] bool itemFieldShown(const QString &groupId, int index, const QString &subFieldId) const;

Q_SIGNALS:
    void sessionChanged();
    void stepChanged();
    void progressChanged();
    void errorsChanged();
    void problemChanged();
    void draftsChanged();
    void filedByChanged();
    void submitted(const QString &fileCode);
    void textsChanged();

private:
    // `source` untranslated (QT_TR_NOOP), translated when read, so that a problem on the
    // screen follows a language switch; `n` for %n. nullptr: no problem.
    void setProblem(const char *source, int n = -1);
    // After UiLanguage changed: the step's texts, the errors shown and the problem again.
    void languageChanged();
    void setErrors(const QList<FieldError> &errors);
    void answerChanged(const QString &fieldId);
    void showCurrentStep();
    bool reopen(const Draft &draft);
    void saveDraft();
    void purgeExpiredDrafts();
    [[nodiscard]] bool open(const QString &procedureCode);

    CatalogStore *m_catalog;
    FilingStore *m_store;
    Settings m_settings;
    DraftShelf m_shelf;
    std::unique_ptr<FormSession> m_session;
    QString m_draftId;
    QString m_keptCode; // "Lưu lại" chosen: the draft outlives the session
    QString m_filedBy;
    TryLimiter m_keptCodeTries{{5, 60, 1800}};
    StepFieldModel m_fields;
    QVariantList m_errorList;
    const char *m_problem = nullptr;
    int m_problemCount = -1;
    QDateTime m_startedAt; // when this filing started (UTC): the scanner pictures since then
    QTimer m_purgeTimer;
    Filing m_filing; // after submit, until finish()
};

} // namespace motcua
