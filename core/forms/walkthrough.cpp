// SPDX-License-Identifier: GPL-3.0-or-later
#include "walkthrough.h"

#include "catalog/catalogstore.h"
#include "common/uilanguage.h"
#include "forms/adminunits.h"
#include "forms/documentphoto.h"
#include "identity/cccdparser.h"
#include "outbox/submissionbuilder.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include "forms/filingfee.h"

#include <QLoggingCategory>
#include <QSet>
#include <QUrl>

namespace motcua {

Q_LOGGING_CATEGORY(lcWalkthrough, "motcua.walkthrough")

namespace {

QString stageKey(StepDefinition::Kind kind)
{
    switch (kind) {
    case StepDefinition::Kind::Documents:
        return QStringLiteral("documents");
    case StepDefinition::Kind::Delivery:
        return QStringLiteral("delivery");
    default:
        return QStringLiteral("fields");
    }
}

QJsonValue jsonOf(const QVariant &value)
{
    return QJsonValue::fromVariant(value);
}

// "\"text\"", "3", "true", "{…}", "[…]" → the value ("" or bad JSON → nothing).
QVariant variantOfJson(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + ']');
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first().toVariant() : QVariant();
}

} // namespace

Walkthrough::Walkthrough(CatalogStore *catalog, FilingStore *store, Settings settings, QObject *parent)
    : QObject(parent), m_catalog(catalog), m_store(store), m_settings(std::move(settings)),
      m_shelf(store, catalog, m_settings.draftMaxAgeHours, m_settings.timeZone)
{
    for (auto signal : {&Walkthrough::sessionChanged, &Walkthrough::stepChanged, &Walkthrough::progressChanged})
        connect(this, signal, this, &Walkthrough::textsChanged);
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &Walkthrough::languageChanged);
    purgeExpiredDrafts();
    // A kiosk runs for weeks: expired drafts go while it runs, not only at start-up.
    m_purgeTimer.setInterval(std::chrono::minutes(10));
    connect(&m_purgeTimer, &QTimer::timeout, this, &Walkthrough::purgeExpiredDrafts);
    m_purgeTimer.start();
}

void Walkthrough::purgeExpiredDrafts()
{
    if (m_shelf.purgeExpired() > 0)
        Q_EMIT draftsChanged();
}

Walkthrough::~Walkthrough() = default;

// --- state for the screens --------------------------------------------------------------------

QString Walkthrough::procedureCode() const
{
    return m_session ? m_session->procedure().code : m_filing.submission.procedureCode;
}

QString Walkthrough::procedureName() const
{
    if (m_session)
        return m_session->procedure().localized().name;
    if (m_filing.fileCode.isEmpty())
        return m_filing.submission.procedureName;
    const auto procedure = m_catalog->procedure(m_filing.submission.procedureCode);
    return procedure ? procedure->localized().name : m_filing.submission.procedureName;
}

QString Walkthrough::formTitle() const
{
    return m_session ? m_session->definition().shownTitle() : QString();
}

QString Walkthrough::stage() const
{
    if (!m_filing.fileCode.isEmpty())
        return QStringLiteral("done");
    if (!m_session)
        return {};
    if (m_session->atReview())
        return QStringLiteral("review");
    return stageKey(m_session->steps()[size_t(m_session->currentStep())].kind);
}

QString Walkthrough::stepId() const
{
    if (!m_session)
        return {};
    return m_session->currentStepId();
}

QString Walkthrough::stepTitle() const
{
    if (!m_session)
        return {};
    return m_session->atReview() ? tr("Kiểm tra lại thông tin")
                                 : m_session->steps()[size_t(m_session->currentStep())].title;
}

QString Walkthrough::stepIntro() const
{
    if (!m_session)
        return {};
    if (m_session->atReview())
        return tr("Bạn hãy đọc lại từng phần. Nếu có gì chưa đúng, bấm \"Sửa\" ở phần đó.");
    return m_session->steps()[size_t(m_session->currentStep())].intro;
}

int Walkthrough::position() const
{
    return m_session ? m_session->position() : 0;
}

int Walkthrough::total() const
{
    return m_session ? m_session->total() : 0;
}

QStringList Walkthrough::stepTitles() const
{
    QStringList titles;
    if (!m_session)
        return titles;
    for (int i : m_session->visibleSteps())
        titles.append(m_session->steps()[size_t(i)].title);
    titles.append(tr("Kiểm tra lại"));
    return titles;
}

bool Walkthrough::offersCccd() const
{
    if (!m_session || m_session->atReview())
        return false;
    for (const FieldDefinition &f : m_session->steps()[size_t(m_session->currentStep())].fields)
        if (f.type == FieldType::Person && f.prefillFromCccd)
            return true;
    return false;
}

QVariantMap Walkthrough::fee() const
{
    if (!m_session || !m_session->atReview())
        return {};
    QVariantMap view = quoteFiling(*m_catalog, *m_session, m_settings.feeOverrides).toView();
    view.insert(QStringLiteral("explanation"), m_session->procedure().localized().feeText);
    return view;
}

QVariantList Walkthrough::review() const
{
    QVariantList sections;
    if (!m_session || !m_session->atReview())
        return sections;
    for (const ReviewSection &s : m_session->review()) {
        QVariantList rows;
        for (const ReviewRow &r : s.rows)
            rows.append(QVariantMap{{QStringLiteral("label"), r.label}, {QStringLiteral("value"), r.value}});
        sections.append(QVariantMap{{QStringLiteral("stepId"), s.stepId},
                                    {QStringLiteral("title"), s.title},
                                    {QStringLiteral("rows"), rows}});
    }
    return sections;
}

QString Walkthrough::appointmentText() const
{
    return Submission::shownDayText(m_filing.submission.appointmentDate);
}

QString Walkthrough::receivedText() const
{
    return Submission::shownTimeText(m_filing.submission.receivedAt);
}

QVariantList Walkthrough::resumableDrafts() const
{
    return m_shelf.offered(m_draftId);
}

QString Walkthrough::itemTitle(const QString &groupId, int index) const
{
    const FieldDefinition *group = m_session ? m_session->field(groupId) : nullptr;
    return group ? group->itemTitle(index) : QString();
}

bool Walkthrough::itemFieldShown(const QString &groupId, int index, const QString &subFieldId) const
{
    const FieldDefinition *group = m_session ? m_session->field(groupId) : nullptr;
    const FieldDefinition *sub = group ? group->subField(subFieldId) : nullptr;
    if (!sub)
        return false;
    return m_session->isFieldVisible(*sub, m_session->answer(groupId).toArray().at(index).toObject());
}

// --- starting and ending ------------------------------------------------------------------------

bool Walkthrough::canFile(const QString &procedureCode) const
{
    return FormDefinition::bundledCodes().contains(procedureCode) && m_catalog->procedure(procedureCode).has_value();
}

bool Walkthrough::open(const QString &procedureCode)
{
    auto procedure = m_catalog->procedure(procedureCode);
    auto form = FormDefinition::bundled(procedureCode);
    if (!procedure || !form) {
        qCWarning(lcWalkthrough) << "cannot open the form of" << procedureCode << ":" << form.error();
        setProblem(QT_TR_NOOP("Thủ tục này chưa nộp được trên máy. Bạn hãy mang giấy tờ đến quầy một cửa."));
        return false;
    }
    m_filing = Filing();
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_session = std::make_unique<FormSession>(std::move(form).value(), std::move(*procedure), AdminUnits::bundled(),
                                              QDateTime::currentDateTimeUtc().toTimeZone(m_settings.timeZone).date());
    return true;
}

bool Walkthrough::start(const QString &procedureCode)
{
    cancel();
    purgeExpiredDrafts();
    if (!open(procedureCode))
        return false;
    // With its state in the same write: a kill between an empty row and its first save left a
    // draft that could never be resumed (found by the chaos soak, tests/soak).
    const auto draft = m_store->createDraft(procedureCode, m_session->definition().version, m_session->toJson());
    if (!draft) {
        qCWarning(lcWalkthrough) << "cannot create a draft:" << draft.error();
        m_session.reset();
        setProblem(QT_TR_NOOP("Máy chưa lưu được hồ sơ. Bạn hãy báo cán bộ tại quầy."));
        return false;
    }
    m_draftId = draft.value();
    setProblem(nullptr);
    showCurrentStep();
    Q_EMIT sessionChanged();
    return true;
}

void Walkthrough::cancel()
{
    if (!m_draftId.isEmpty()) {
        if (const Status deleted = m_store->deleteDraft(m_draftId); !deleted)
            qCWarning(lcWalkthrough) << "could not delete a draft:" << deleted.error();
    }
    finish();
}

void Walkthrough::finish()
{
    const bool wasActive = active();
    m_session.reset();
    m_draftId.clear();
    m_keptCode.clear();
    m_filing = Filing();
    m_fields.showStep(nullptr, -1);
    setErrors({});
    setProblem(nullptr);
    if (wasActive) {
        Q_EMIT sessionChanged();
        Q_EMIT stepChanged();
        Q_EMIT progressChanged();
        Q_EMIT draftsChanged();
    }
}

// --- answers ---------------------------------------------------------------------------------------

void Walkthrough::saveDraft()
{
    if (!m_session || m_draftId.isEmpty())
        return;
    if (const Status saved = m_store->saveDraft(m_draftId, m_session->toJson(), m_session->applicantName()); !saved) {
        qCWarning(lcWalkthrough) << "could not save the draft:" << saved.error();
        setProblem(QT_TR_NOOP("Máy chưa lưu được câu trả lời vừa rồi. Bạn hãy báo cán bộ tại quầy."));
    }
}

void Walkthrough::answerChanged(const QString &fieldId)
{
    saveDraft();
    m_fields.refresh();
    m_fields.clearErrors(fieldId);
    QVariantList kept;
    for (const QVariant &e : std::as_const(m_errorList))
        if (e.toMap().value(QStringLiteral("fieldId")).toString() != fieldId)
            kept.append(e);
    if (kept.size() != m_errorList.size()) {
        m_errorList = kept;
        Q_EMIT errorsChanged();
    }
    Q_EMIT progressChanged();
}

void Walkthrough::setAnswer(const QString &fieldId, const QVariant &value)
{
    if (!m_session)
        return;
    m_session->setAnswer(fieldId, jsonOf(value));
    answerChanged(fieldId);
}

void Walkthrough::setAnswerJson(const QString &fieldId, const QString &json)
{
    setAnswer(fieldId, variantOfJson(json));
}

void Walkthrough::setGroupValueJson(const QString &fieldId, int index, const QString &subFieldId, const QString &json)
{
    setGroupValue(fieldId, index, subFieldId, variantOfJson(json));
}

void Walkthrough::setPart(const QString &fieldId, const QString &part, const QVariant &value)
{
    if (!m_session)
        return;
    QJsonObject object = m_session->answer(fieldId).toObject();
    const QJsonValue v = jsonOf(value);
    if (FieldValidator::isEmpty(v))
        object.remove(part);
    else
        object.insert(part, v);
    // A commune belongs to its province: choosing another province clears it.
    if (part == QLatin1String("provinceCode"))
        object.remove(QStringLiteral("communeCode"));
    m_session->setAnswer(fieldId, object);
    answerChanged(fieldId);
}

void Walkthrough::addGroupItem(const QString &fieldId)
{
    if (!m_session)
        return;
    QJsonArray items = m_session->answer(fieldId).toArray();
    const FieldDefinition *group = m_session->field(fieldId);
    if (!group || items.size() >= group->maxItems)
        return;
    items.append(m_session->newGroupItem(fieldId));
    m_session->setAnswer(fieldId, items);
    answerChanged(fieldId);
}

void Walkthrough::removeGroupItem(const QString &fieldId, int index)
{
    if (!m_session)
        return;
    QJsonArray items = m_session->answer(fieldId).toArray();
    if (index < 0 || index >= items.size())
        return;
    items.removeAt(index);
    m_session->setAnswer(fieldId, items);
    answerChanged(fieldId);
}

void Walkthrough::setGroupValue(const QString &fieldId, int index, const QString &subFieldId, const QVariant &value)
{
    if (!m_session)
        return;
    QJsonArray items = m_session->answer(fieldId).toArray();
    if (index < 0 || index >= items.size())
        return;
    QJsonObject item = items.at(index).toObject();
    const QJsonValue v = jsonOf(value);
    if (FieldValidator::isEmpty(v))
        item.remove(subFieldId);
    else
        item.insert(subFieldId, v);
    items[index] = item;
    m_session->setAnswer(fieldId, items);
    answerChanged(fieldId);
}

bool Walkthrough::attachPhoto(const QString &fieldId, const QUrl &imageFile)
{
    const FieldDefinition *field = m_session ? m_session->field(fieldId) : nullptr;
    if (!field || (field->type != FieldType::Photo && field->type != FieldType::Document))
        return false;
    const QString file = imageFile.isLocalFile() ? imageFile.toLocalFile() : imageFile.toString();
    const auto jpeg = DocumentPhoto::jpegFromFile(file);
    if (!jpeg) {
        qCWarning(lcWalkthrough) << "photo refused:" << jpeg.error();
        setProblem(QT_TR_NOOP("Không đọc được ảnh này. Bạn hãy chụp lại."));
        return false;
    }
    const QString name = fieldId + QStringLiteral(".jpg");
    const auto stored = m_store->addAttachment(m_draftId, name, QStringLiteral("image/jpeg"), jpeg.value());
    if (!stored) {
        qCWarning(lcWalkthrough) << "could not store a photo:" << stored.error();
        setProblem(QT_TR_NOOP("Máy chưa lưu được ảnh. Bạn hãy thử lại hoặc báo cán bộ."));
        return false;
    }
    // The picture of a citizen's paper does not stay in the scanner's folder for the next one.
    if (!m_settings.scanFolder.isEmpty() && QFileInfo(file).absolutePath() == QDir(m_settings.scanFolder).absolutePath())
        QFile::remove(file);
    const QJsonObject photo{{QStringLiteral("id"), stored->id}, {QStringLiteral("name"), name}};
    const QJsonValue previous = m_session->answer(fieldId);
    if (field->type == FieldType::Document) {
        // Photographing a paper means the citizen has it.
        m_session->setAnswer(fieldId, QJsonObject{{QStringLiteral("have"), true}, {QStringLiteral("photo"), photo}});
    } else {
        m_session->setAnswer(fieldId, photo);
    }
    // A replaced photo is not kept.
    for (const QString &old : SubmissionBuilder::photoIds({{fieldId, previous}}))
        (void)m_store->deleteAttachment(old);
    setProblem(nullptr);
    answerChanged(fieldId);
    return true;
}

QVariantList Walkthrough::scannedImages() const
{
    QVariantList urls;
    for (const QUrl &url : DocumentPhoto::scansSince(m_settings.scanFolder, m_startedAt))
        urls.append(url);
    return urls;
}

QString Walkthrough::applyCccd(const QString &payload)
{
    if (!m_session)
        return tr("Chưa có hồ sơ nào đang làm.");
    const auto parsed = CccdParser::parse(payload.trimmed());
    if (const auto *error = std::get_if<CccdError>(&parsed)) {
        qCInfo(lcWalkthrough) << "CCCD code refused:" << error->english(); // never the payload
        return error->vietnamese();
    }
    for (const QString &id : m_session->applyCccd(std::get<CccdData>(parsed)))
        answerChanged(id);
    return {};
}

// --- moving ------------------------------------------------------------------------------------------

QString Walkthrough::problem() const
{
    return m_problem ? tr(m_problem, nullptr, m_problemCount) : QString();
}

void Walkthrough::setProblem(const char *source, int n)
{
    if (m_problem == source && m_problemCount == n)
        return;
    m_problem = source;
    m_problemCount = n;
    Q_EMIT problemChanged();
}

void Walkthrough::languageChanged()
{
    if (m_session) {
        m_session->retranslate();
        m_fields.retranslate();
        // The problems shown come back in the new language: the step is checked again and
        // the fields that had a problem shown get theirs (the others are not yet checked).
        if (!m_errorList.isEmpty()) {
            QSet<QString> shown;
            for (const QVariant &e : std::as_const(m_errorList))
                shown.insert(e.toMap().value(QStringLiteral("fieldId")).toString());
            QList<FieldError> errors;
            for (const FieldError &e : m_session->validateStep(m_session->currentStep()))
                if (shown.contains(e.fieldId()))
                    errors.append(e);
            setErrors(errors);
        }
    }
    Q_EMIT textsChanged();
    if (m_problem)
        Q_EMIT problemChanged();
    Q_EMIT draftsChanged();
}

void Walkthrough::setErrors(const QList<FieldError> &errors)
{
    m_fields.setErrors(errors);
    QVariantList list;
    for (const FieldError &e : errors)
        list.append(QVariantMap{{QStringLiteral("fieldId"), e.fieldId()},
                                {QStringLiteral("path"), e.path},
                                {QStringLiteral("label"), e.label},
                                {QStringLiteral("message"), e.problem.vietnamese}});
    m_errorList = list;
    Q_EMIT errorsChanged();
}

void Walkthrough::showCurrentStep()
{
    m_fields.showStep(m_session.get(), m_session ? m_session->currentStep() : -1);
    setErrors({});
    Q_EMIT stepChanged();
    Q_EMIT progressChanged();
}

bool Walkthrough::next()
{
    if (!m_session || m_session->atReview())
        return false;
    const QList<FieldError> errors = m_session->next();
    if (!errors.isEmpty()) {
        setErrors(errors);
        return false;
    }
    saveDraft();
    showCurrentStep();
    return true;
}

bool Walkthrough::back()
{
    if (!m_session || !m_session->back())
        return false;
    saveDraft();
    showCurrentStep();
    return true;
}

bool Walkthrough::editStep(const QString &stepId)
{
    if (!m_session || !m_session->goToStep(stepId))
        return false;
    saveDraft();
    showCurrentStep();
    return true;
}

bool Walkthrough::submit()
{
    if (!m_session)
        return false;
    const auto submission = SubmissionBuilder::build(*m_session, m_settings.agencyCode, m_settings.calendar,
                                                     QDateTime::currentDateTimeUtc(), m_settings.timeZone);
    if (!submission) {
        // Something changed since the steps were checked: send the citizen to the first problem.
        const QList<FieldError> errors = m_session->validateAll();
        if (!errors.isEmpty())
            (void)m_session->goToStep(errors.first().stepId);
        showCurrentStep();
        setErrors(m_session->validateStep(m_session->currentStep()));
        return false;
    }
    Submission filed = submission.value();
    filed.fee = quoteFiling(*m_catalog, *m_session, m_settings.feeOverrides);
    filed.filedBy = m_filedBy; // clerk mode: "người nộp thay"
    const auto filing = m_store->submit(m_draftId, filed);
    if (!filing) {
        qCWarning(lcWalkthrough) << "could not file:" << filing.error();
        setProblem(QT_TR_NOOP("Máy chưa lưu được hồ sơ. Hồ sơ của bạn vẫn được giữ; bạn hãy bấm "
                              "\"Nộp hồ sơ\" lại hoặc báo cán bộ."));
        return false;
    }
    m_filing = filing.value();
    m_session.reset();
    m_draftId.clear();
    m_fields.showStep(nullptr, -1);
    setErrors({});
    setProblem(nullptr);
    Q_EMIT sessionChanged();
    Q_EMIT stepChanged();
    Q_EMIT progressChanged();
    Q_EMIT submitted(m_filing.fileCode);
    return true;
}

} // namespace motcua
