// SPDX-License-Identifier: GPL-3.0-or-later
// Walkthrough: reopening drafts (after a crash, or kept with "Lưu lại"), keeping one, and what
// the end of a session does with the filing under way.
#include "walkthrough.h"

#include <QLoggingCategory>

namespace motcua {

Q_DECLARE_LOGGING_CATEGORY(lcWalkthrough)

bool Walkthrough::resume(const QString &draftId, const QString &idLastDigits)
{
    const std::optional<Draft> draft = m_shelf.fresh(draftId);
    if (!draft) {
        setProblem(QT_TR_NOOP("Không tìm thấy hồ sơ đang làm dở này nữa."));
        Q_EMIT draftsChanged();
        return false;
    }
    const Draft &d = *draft;
    const QString idNumber = DraftShelf::idNumberOf(d);
    if (!idNumber.isEmpty() && (idLastDigits.size() != 4 || !idNumber.endsWith(idLastDigits))) {
        qCInfo(lcWalkthrough) << "draft not reopened: the ID digits do not match";
        setProblem(QT_TR_NOOP("4 số cuối CCCD chưa đúng. Bạn hãy thử lại hoặc hỏi cán bộ."));
        return false;
    }
    return reopen(d);
}

bool Walkthrough::resumeKept(const QString &code)
{
    // Six digits could be guessed by trying: after five wrong codes in a row, no code is even
    // looked at for a minute, doubling with each further wrong one (30 min at most).
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (const qint64 locked = m_keptCodeTries.lockedSeconds(now); locked > 0) {
        setProblem(QT_TR_N_NOOP("Nhập sai mã nhiều lần. Bạn hãy thử lại sau %n giây hoặc hỏi cán bộ."), int(locked));
        return false;
    }
    const std::optional<Draft> draft = m_shelf.kept(code);
    if (!draft) {
        const int wrong = m_keptCodeTries.failed(now);
        qCInfo(lcWalkthrough) << "no kept draft under the code typed," << wrong << "wrong in a row";
        setProblem(QT_TR_NOOP("Không tìm thấy hồ sơ đã lưu với mã này. Bạn hãy kiểm tra lại mã hoặc hỏi cán bộ."));
        return false;
    }
    m_keptCodeTries.succeeded();
    return reopen(*draft);
}

void Walkthrough::setFiledBy(const QString &clerkName)
{
    if (m_filedBy == clerkName)
        return;
    m_filedBy = clerkName;
    Q_EMIT filedByChanged();
}

QString Walkthrough::keepForLater()
{
    if (!m_session || m_draftId.isEmpty())
        return {};
    saveDraft();
    const auto code = m_store->keepDraft(m_draftId);
    if (!code) {
        qCWarning(lcWalkthrough) << "cannot keep a draft:" << code.error();
        setProblem(QT_TR_NOOP("Máy chưa lưu lại được hồ sơ. Bạn hãy báo cán bộ tại quầy."));
        return {};
    }
    m_keptCode = code.value();
    Q_EMIT sessionChanged();
    return m_keptCode;
}

void Walkthrough::forgetSession()
{
    if (m_keptCode.isEmpty())
        cancel();
    else
        finish(); // the draft stays, under its code
}

bool Walkthrough::reopen(const Draft &d)
{
    finish(); // nothing of another filing may stay behind
    if (!open(d.procedureCode))
        return false;
    if (const Status restored = m_session->restore(d.state); !restored) {
        qCWarning(lcWalkthrough) << "cannot resume draft" << d.id << ":" << restored.error();
        m_session.reset();
        discardDraft(d.id); // made with another form: it can never be resumed
        setProblem(QT_TR_NOOP("Hồ sơ này được làm với mẫu cũ nên không mở lại được. Bạn hãy bắt đầu lại."));
        return false;
    }
    m_draftId = d.id;
    m_keptCode = d.keptCode;
    m_startedAt = d.createdAt;
    setProblem(nullptr);
    showCurrentStep();
    Q_EMIT sessionChanged();
    Q_EMIT draftsChanged();
    return true;
}

void Walkthrough::discardDraft(const QString &draftId)
{
    if (const Status deleted = m_store->deleteDraft(draftId); !deleted)
        qCWarning(lcWalkthrough) << "could not delete a draft:" << deleted.error();
    Q_EMIT draftsChanged();
}

} // namespace motcua
