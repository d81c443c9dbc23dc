// SPDX-License-Identifier: GPL-3.0-or-later
#include "proceduredetail.h"

namespace motcua {

ProcedureDetail::ProcedureDetail(QObject *parent) : QObject(parent) {}

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
    m_topicName.clear();
    if (m_procedure && m_catalog)
        if (const auto topic = m_catalog->topic(m_procedure->topicId))
            m_topicName = topic->name;
    Q_EMIT changed();
}

QString ProcedureDetail::processingTime() const
{
    return m_procedure ? m_procedure->processingTime.text : QString();
}

int ProcedureDetail::workingDays() const
{
    return m_procedure ? m_procedure->processingTime.workingDays : 0;
}

QStringList ProcedureDetail::legalBasis() const
{
    return m_procedure ? m_procedure->legalBasis : QStringList();
}

QStringList ProcedureDetail::delivery() const
{
    return m_procedure ? m_procedure->delivery : QStringList();
}

QVariantList ProcedureDetail::documents() const
{
    QVariantList out;
    if (!m_procedure)
        return out;
    for (const RequiredDocument &d : m_procedure->documents)
        out.append(QVariantMap{{QStringLiteral("name"), d.name},
                               {QStringLiteral("form"), RequiredDocument::formKey(d.form)},
                               {QStringLiteral("count"), d.count},
                               {QStringLiteral("required"), d.required},
                               {QStringLiteral("notes"), d.notes}});
    return out;
}

} // namespace motcua
