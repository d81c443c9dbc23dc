// SPDX-License-Identifier: GPL-3.0-or-later
#include "proceduredetail.h"

namespace motcua {

ProcedureDetail::ProcedureDetail(QObject *parent) : QObject(parent)
{
    connect(&UiLanguage::instance(), &UiLanguage::changed, this, &ProcedureDetail::languageChanged);
}

void ProcedureDetail::setCatalog(CatalogStore *catalog)
{
    if (!m_catalog.set(catalog, this, [this] { reload(); }))
        return;
    Q_EMIT catalogChanged();
    reload();
}

void ProcedureDetail::setCode(const QString &code)
{
    if (m_code == code)
        return;
    m_code = code;
    Q_EMIT codeChanged();
    reload();
}

void ProcedureDetail::reload()
{
    m_procedure = (m_catalog && !m_code.isEmpty()) ? m_catalog->procedure(m_code) : std::nullopt;
    m_topic = Topic();
    if (m_procedure && m_catalog)
        m_topic = m_catalog->topic(m_procedure->topicId).value_or(Topic());
    languageChanged();
}

void ProcedureDetail::languageChanged()
{
    m_shown = m_procedure ? std::optional(m_procedure->localized()) : std::nullopt;
    Q_EMIT changed();
}

QString ProcedureDetail::processingTime() const
{
    return m_shown ? m_shown->processingTime.text : QString();
}

int ProcedureDetail::workingDays() const
{
    return m_shown ? m_shown->processingTime.workingDays : 0;
}

QStringList ProcedureDetail::legalBasis() const
{
    return m_shown ? m_shown->legalBasis : QStringList();
}

QStringList ProcedureDetail::delivery() const
{
    return m_shown ? m_shown->delivery : QStringList();
}

QVariantList ProcedureDetail::documents() const
{
    QVariantList out;
    if (!m_shown)
        return out;
    for (const RequiredDocument &d : m_shown->documents)
        out.append(QVariantMap{{QStringLiteral("name"), d.name},
                               {QStringLiteral("form"), RequiredDocument::formKey(d.form)},
                               {QStringLiteral("count"), d.count},
                               {QStringLiteral("required"), d.required},
                               {QStringLiteral("notes"), d.notes},
                               {QStringLiteral("description"), d.description(false)}});
    return out;
}

} // namespace motcua
