// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/fieldvalidator.h"

#include <QAbstractListModel>
#include <QVariantMap>

namespace motcua {

class FormSession;

// The fields of the walkthrough's current step, one row each, for the QML step screen.
// Rows keep their place when answers change; `shown` follows the conditions, `value` and
// `errors` the answers and checks, so editors keep their focus while the citizen types.
// Texts are the session's steps(), in the kiosk's language.
class StepFieldModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        FieldIdRole = Qt::UserRole + 1,
        TypeRole,        // "text", "date", "person", … (docs/form-format.md)
        LabelRole,
        HelpRole,
        ExampleRole,
        RequiredRole,
        ShownRole,       // its condition holds
        ValueRole,       // the answer as QVariant (map for person/address, list for group)
        DisplayTextRole, // the answer as the review page reads it
        ErrorsRole,      // { "": whole field, "fullName": a part, "[1].count": in a group item }
        SettingsRole,    // type-specific: options, parts, min, max, maxLength, range, subFields…
    };
    Q_ENUM(Role)

    explicit StepFieldModel(QObject *parent = nullptr) : QAbstractListModel(parent) {}

    // Shows step `stepIndex` of `session` (nullptr: no rows).
    void showStep(const FormSession *session, int stepIndex);
    // After an answer changed: refreshes values, shown state and display texts.
    void refresh();
    void setErrors(const QList<FieldError> &errors);
    void clearErrors(const QString &fieldId);
    // After the session's steps were made again in another language: every row's texts.
    void retranslate();

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;

    // For QML editors of group items and tests: the settings of one field definition.
    [[nodiscard]] static QVariantMap settingsOf(const FieldDefinition &field);

private:
    [[nodiscard]] const FieldDefinition &fieldAt(int row) const;

    const FormSession *m_session = nullptr;
    int m_step = -1;
    QHash<QString, QVariantMap> m_errors; // by field id
};

} // namespace motcua
