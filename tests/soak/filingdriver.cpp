// SPDX-License-Identifier: GPL-3.0-or-later
#include "filingdriver.h"

#include "catalog/catalogstore.h"
#include "forms/draftshelf.h"

#include <QFile>
#include <QJsonDocument>

namespace motcua::soak {

namespace {

QJsonObject demoAnswers(const QString &procedureCode)
{
    QFile file(QStringLiteral(":/motcua/forms/answers/%1.json").arg(procedureCode));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Walkthrough::Settings kioskSettings()
{
    return {QStringLiteral("000.00.01.H22"), WorkingCalendar(), 8, {}, QTimeZone(QByteArrayLiteral("Asia/Ho_Chi_Minh")), {}};
}

} // namespace

FilingDriver::FilingDriver(CatalogStore *catalog, FilingStore *store, SoakJournal *journal, ActivityMarker *marker,
                           int target, quint32 seed)
    : m_catalog(catalog), m_store(store), m_journal(journal), m_marker(marker), m_target(target), m_random(seed),
      m_walk(std::make_unique<Walkthrough>(catalog, store, kioskSettings()))
{
    for (const QString &code : FormDefinition::bundledCodes())
        if (m_walk->canFile(code) && !demoAnswers(code).isEmpty())
            m_procedures.append(code);
    m_procedures.sort();
}

FilingDriver::~FilingDriver() = default;

void FilingDriver::fail(const QString &why)
{
    if (m_fatal.isEmpty())
        m_fatal = why;
}

void FilingDriver::startUp(const SoakJournal::Read &before)
{
    for (const QStringList &e : before.entries)
        if (e.first() == QLatin1String("saved"))
            m_savedBefore[e[1]].insert(e[2]);
    if (m_procedures.isEmpty())
        fail(QStringLiteral("no procedure with a form and demo answers"));
    const auto filings = m_store->filings(1'000'000);
    if (!filings) {
        fail(filings.error());
        return;
    }
    m_filed = int(filings->size());
    m_marker->setFiled(m_filed);
    // A citizen whose payment a kill interrupted pays at the counter.
    for (const Filing &f : filings.value())
        if (f.payment.state == Payment::State::Unpaid)
            pay(f.fileCode);
}

bool FilingDriver::step()
{
    if (!m_fatal.isEmpty())
        return false;
    if (m_walk->session()) {
        if (!m_toAnswer.isEmpty())
            answerNext();
        else if (m_walk->stage() == QLatin1String("review"))
            submit();
        else if (m_walk->next())
            queueStepFields();
        else
            fail(QStringLiteral("%1: step %2 refused the demo answers").arg(m_walk->procedureCode(), m_walk->stepId()));
        return true;
    }
    const auto drafts = m_store->drafts();
    if (!drafts) {
        fail(drafts.error());
        return false;
    }
    if (!drafts->isEmpty()) {
        (void)resumeDraft(drafts->first());
        return true;
    }
    if (m_filed >= m_target)
        return false;
    startFiling();
    return true;
}

void FilingDriver::startFiling()
{
    const QString code = m_procedures[int(std::uniform_int_distribution<qsizetype>(0, m_procedures.size() - 1)(m_random))];
    m_journal->append({QStringLiteral("start"), code});
    bool started = false;
    {
        ActivityMarker::Scope writing(*m_marker, Activity::DraftWrite);
        started = m_walk->start(code);
    }
    if (!started) {
        fail(QStringLiteral("%1 did not start: %2").arg(code, m_walk->problem()));
        return;
    }
    m_journal->append({QStringLiteral("draft"), m_walk->draftId()});
    m_answers = demoAnswers(code);
    queueStepFields();
}

bool FilingDriver::resumeDraft(const Draft &draft)
{
    // Every answer the citizen saw saved before the kill must be in the draft.
    const QJsonObject answers = draft.state.value(QStringLiteral("answers")).toObject();
    for (const QString &field : m_savedBefore.value(draft.id))
        if (!answers.contains(field))
            m_journal->append({QStringLiteral("answer-lost"), draft.id, field});
    const QString idNumber = DraftShelf::idNumberOf(draft);
    bool resumed = false;
    {
        ActivityMarker::Scope writing(*m_marker, Activity::DraftWrite); // a refused draft is deleted
        resumed = m_walk->resume(draft.id, idNumber.right(4));
    }
    if (!resumed) {
        m_journal->append({QStringLiteral("resume-failed"), draft.id});
        return false;
    }
    m_journal->append({QStringLiteral("resumed"), draft.id});
    m_answers = demoAnswers(draft.procedureCode);
    queueStepFields();
    return true;
}

void FilingDriver::queueStepFields()
{
    m_toAnswer.clear();
    const FormSession *session = m_walk->session();
    if (!session || session->atReview())
        return;
    for (const FieldDefinition &f : session->steps()[size_t(session->currentStep())].fields)
        if (m_answers.contains(f.id))
            m_toAnswer.append(f.id);
}

void FilingDriver::answerNext()
{
    const QString field = m_toAnswer.takeFirst();
    {
        ActivityMarker::Scope writing(*m_marker, Activity::DraftWrite);
        m_walk->setAnswer(field, m_answers.value(field).toVariant());
    }
    if (!m_walk->problem().isEmpty()) {
        fail(QStringLiteral("answer %1 not saved: %2").arg(field, m_walk->problem()));
        return;
    }
    m_journal->append({QStringLiteral("saved"), m_walk->draftId(), field});
}

void FilingDriver::submit()
{
    const QString draftId = m_walk->draftId();
    m_journal->append({QStringLiteral("submitting"), draftId});
    bool submitted = false;
    {
        ActivityMarker::Scope writing(*m_marker, Activity::Submission);
        submitted = m_walk->submit();
    }
    if (!submitted) {
        fail(QStringLiteral("%1 not filed: %2").arg(m_walk->procedureCode(), m_walk->problem()));
        return;
    }
    const QString fileCode = m_walk->fileCode();
    const auto filing = m_store->filingByCode(fileCode);
    if (!filing || !filing->has_value()) {
        fail(QStringLiteral("%1 shown but not in the outbox").arg(fileCode));
        return;
    }
    // The citizen has seen the file code: from here on it is theirs.
    m_journal->append({QStringLiteral("filed"), draftId, fileCode, (*filing)->id});
    m_marker->setFiled(++m_filed);
    if ((*filing)->payment.state == Payment::State::Unpaid)
        pay(fileCode);
    m_walk->finish();
}

void FilingDriver::pay(const QString &fileCode)
{
    Result<Payment> paid = Error{QString()};
    {
        ActivityMarker::Scope writing(*m_marker, Activity::Payment);
        paid = m_store->confirmPayment(fileCode, QStringLiteral("cash"), QStringLiteral("Soak"));
        if (!paid) // a fee the kiosk could not work out: the clerk says the amount
            paid = m_store->confirmPayment(fileCode, QStringLiteral("cash"), QStringLiteral("Soak"), 50000);
    }
    if (!paid) {
        fail(QStringLiteral("%1 not paid: %2").arg(fileCode, paid.error()));
        return;
    }
    m_journal->append({QStringLiteral("paid"), fileCode});
}

} // namespace motcua::soak
