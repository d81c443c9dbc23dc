// SPDX-License-Identifier: GPL-3.0-or-later
// FormDefinition::parse on any bytes (forms ship with the program and with catalog updates).
// An accepted form's fields are found by their ids, and its texts exist in both languages.
#include "fuzzsupport.h"

#include "forms/formdefinition.h"

#include <QSet>

using namespace motcua;
using motcua::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto form = FormDefinition::parse(fuzz::bytes(data, size));
    if (!form) {
        require(!form.error().isEmpty(), "a refused form says why");
        return 0;
    }
    QSet<QString> ids;
    for (const StepDefinition &step : form->steps) {
        for (const FieldDefinition &field : step.fields) {
            require(!ids.contains(field.id), "field ids are unique", field.id);
            ids.insert(field.id);
            const FieldDefinition *found = form->field(field.id);
            require(found != nullptr && found->id == field.id, "a field is found by its id", field.id);
        }
    }
    for (const ComputedDefinition &c : form->computed)
        require(form->computedValue(c.id) != nullptr, "a computed value is found by its id", c.id);
    for (const char *language : {"vi", "en"}) {
        const auto steps = form->localizedSteps(QLatin1String(language));
        require(steps.size() == form->steps.size(), "every step is there in each language");
        for (std::size_t i = 0; i < steps.size(); ++i)
            require(steps[i].fields.size() == form->steps[i].fields.size(), "every field is there in each language");
        (void)form->shownTitle(QLatin1String(language));
    }
    return 0;
}
