// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "catalog/cataloglink.h"

#include <QObject>
#include <QVariantList>

namespace motcua {

// Everything the detail screen shows of one procedure, looked up by `code`, in the kiosk's
// language (UiLanguage): changed() is emitted again when the language changes.
class ProcedureDetail : public QObject
{
    Q_OBJECT
    Q_PROPERTY(motcua::CatalogStore *catalog READ catalog WRITE setCatalog NOTIFY catalogChanged)
    Q_PROPERTY(QString code READ code WRITE setCode NOTIFY codeChanged)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(QString name READ name NOTIFY changed)
    Q_PROPERTY(QString provincialCode READ provincialCode NOTIFY changed)
    Q_PROPERTY(QString topicName READ topicName NOTIFY changed)
    Q_PROPERTY(QString summary READ summary NOTIFY changed)
    Q_PROPERTY(QString agency READ agency NOTIFY changed)
    Q_PROPERTY(QString processingTime READ processingTime NOTIFY changed)
    Q_PROPERTY(int workingDays READ workingDays NOTIFY changed)
    Q_PROPERTY(QString onlineLevel READ onlineLevel NOTIFY changed)
    Q_PROPERTY(QString feeText READ feeText NOTIFY changed)
    Q_PROPERTY(QString eligibility READ eligibility NOTIFY changed)
    Q_PROPERTY(QString result READ result NOTIFY changed)
    Q_PROPERTY(QStringList legalBasis READ legalBasis NOTIFY changed)
    Q_PROPERTY(QStringList delivery READ delivery NOTIFY changed)
    // Each entry: { name, form, count, required, notes, description } (form as in
    // docs/catalog-format.md; description: RequiredDocument::description(), e.g. "Bản sao, 2 bản").
    Q_PROPERTY(QVariantList documents READ documents NOTIFY changed)

public:
    explicit ProcedureDetail(QObject *parent = nullptr);

    [[nodiscard]] CatalogStore *catalog() const { return m_catalog.get(); }
    void setCatalog(CatalogStore *catalog);
    [[nodiscard]] QString code() const { return m_code; }
    void setCode(const QString &code);

    [[nodiscard]] bool found() const { return m_shown.has_value(); }
    [[nodiscard]] QString name() const { return field(&Procedure::name); }
    [[nodiscard]] QString provincialCode() const { return field(&Procedure::provincialCode); }
    [[nodiscard]] QString topicName() const { return m_topic.localized().name; }
    [[nodiscard]] QString summary() const { return field(&Procedure::summary); }
    [[nodiscard]] QString agency() const { return field(&Procedure::agency); }
    [[nodiscard]] QString processingTime() const;
    [[nodiscard]] int workingDays() const;
    [[nodiscard]] QString onlineLevel() const { return field(&Procedure::onlineLevel); }
    [[nodiscard]] QString feeText() const { return field(&Procedure::feeText); }
    [[nodiscard]] QString eligibility() const { return field(&Procedure::eligibility); }
    [[nodiscard]] QString result() const { return field(&Procedure::result); }
    [[nodiscard]] QStringList legalBasis() const;
    [[nodiscard]] QStringList delivery() const;
    [[nodiscard]] QVariantList documents() const;

Q_SIGNALS:
    void catalogChanged();
    void codeChanged();
    void changed();

private:
    void reload();
    void languageChanged();
    [[nodiscard]] QString field(QString Procedure::*member) const
    {
        return m_shown ? (*m_shown).*member : QString();
    }

    CatalogLink m_catalog;
    QString m_code;
    std::optional<Procedure> m_procedure; // both languages
    std::optional<Procedure> m_shown;     // m_procedure in the current language
    Topic m_topic;
};

} // namespace motcua
