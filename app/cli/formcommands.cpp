// SPDX-License-Identifier: GPL-3.0-or-later
#include "formcommands.h"

#include "forms/filingfee.h"

#include "commandline.h"
#include "forms/adminunits.h"
#include "forms/formsession.h"
#include "outbox/submissionbuilder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::cli {

namespace {

int validateForm(const CliContext &ctx, const CommandLine &cl)
{
    if (cl.positionals.size() != 1)
        return ctx.fail(QStringLiteral("usage: motcua form validate FILE"), 2);
    const auto form = FormDefinition::load(cl.positionals.first());
    if (!form)
        return ctx.fail(QStringLiteral("invalid form definition:\n") + form.error(), 2);
    int fields = 0;
    for (const StepDefinition &s : form->steps)
        fields += int(s.fields.size());
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("valid"), true},
                                  {QStringLiteral("procedure"), form->procedure},
                                  {QStringLiteral("version"), form->version},
                                  {QStringLiteral("steps"), int(form->steps.size())},
                                  {QStringLiteral("fields"), fields},
                                  {QStringLiteral("computed"), int(form->computed.size())}});
    } else {
        ctx.print(QStringLiteral("%1: valid form for %2 (version %3): %4 steps, %5 fields, %6 computed values")
                      .arg(cl.positionals.first(), form->procedure)
                      .arg(form->version)
                      .arg(form->steps.size())
                      .arg(fields)
                      .arg(form->computed.size()));
    }
    return 0;
}

int listForms(const CliContext &ctx)
{
    const auto catalog = ctx.openCatalog();
    if (!catalog)
        return ctx.fail(catalog.error());
    QJsonArray list;
    QStringList lines;
    for (const QString &code : FormDefinition::bundledCodes()) {
        const auto procedure = catalog.value()->procedure(code);
        const QString name = procedure ? procedure->name : QStringLiteral("(not in the catalog)");
        list.append(QJsonObject{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
        lines.append(code + QStringLiteral("  ") + name);
    }
    if (ctx.json)
        ctx.printJson(list);
    else
        ctx.print(lines.join(u'\n'));
    return 0;
}

Result<QJsonObject> readAnswers(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("cannot read %1: %2").arg(path, file.errorString())};
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError)
        return Error{QStringLiteral("%1: invalid JSON at offset %2: %3").arg(path).arg(error.offset).arg(error.errorString())};
    if (!doc.isObject())
        return Error{QStringLiteral("%1: must be a JSON object of answers by field id").arg(path)};
    return doc.object();
}

int printErrors(const CliContext &ctx, const QList<FieldError> &errors)
{
    if (ctx.json) {
        QJsonArray list;
        for (const FieldError &e : errors)
            list.append(QJsonObject{{QStringLiteral("step"), e.stepId},
                                    {QStringLiteral("field"), e.path},
                                    {QStringLiteral("message"), e.problem.english},
                                    {QStringLiteral("messageVi"), e.problem.vietnamese}});
        ctx.printJson(QJsonObject{{QStringLiteral("submitted"), false}, {QStringLiteral("errors"), list}});
    }
    QStringList lines;
    for (const FieldError &e : errors)
        lines.append(QStringLiteral("  %1 / %2: %3").arg(e.stepId, e.path, e.problem.english));
    return ctx.fail(QStringLiteral("the answers have %1 problem(s):\n%2").arg(errors.size()).arg(lines.join(u'\n')), 2);
}

int runForm(const CliContext &ctx, const CommandLine &cl)
{
    if (cl.positionals.size() != 1 || cl.option(QStringLiteral("answers")).isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua form run CODE --answers FILE [--at DATETIME] [--filed-by CLERK]"), 2);
    const QString code = cl.positionals.first();
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(QStringLiteral("configuration is invalid:\n") + config.error());
    QDateTime receivedAt = QDateTime::currentDateTimeUtc().toTimeZone(config->timeZone);
    if (cl.options.contains(QStringLiteral("at"))) {
        receivedAt = QDateTime::fromString(cl.option(QStringLiteral("at")), Qt::ISODate);
        if (!receivedAt.isValid())
            return ctx.fail(QStringLiteral("--at: '%1' is not a date and time like 2026-11-23T09:30").arg(cl.option(QStringLiteral("at"))), 2);
        // Without an offset, the time is read on the office's clock.
        if (receivedAt.timeSpec() == Qt::LocalTime)
            receivedAt = QDateTime(receivedAt.date(), receivedAt.time(), config->timeZone);
        receivedAt = receivedAt.toTimeZone(config->timeZone);
    }
    const auto catalog = ctx.openCatalog();
    if (!catalog)
        return ctx.fail(catalog.error());
    auto procedure = catalog.value()->procedure(code);
    if (!procedure)
        return ctx.fail(QStringLiteral("no procedure with code %1 in the catalog").arg(code), 2);
    auto form = FormDefinition::bundled(code);
    if (!form)
        return ctx.fail(form.error(), 2);
    const auto answers = readAnswers(cl.option(QStringLiteral("answers")));
    if (!answers)
        return ctx.fail(answers.error(), 2);

    FormSession session(std::move(form).value(), std::move(*procedure), AdminUnits::bundled(), receivedAt.date());
    QStringList unknown;
    for (auto it = answers->begin(); it != answers->end(); ++it) {
        if (!session.field(it.key()))
            unknown.append(it.key());
        session.setAnswer(it.key(), it.value());
    }
    if (!unknown.isEmpty())
        return ctx.fail(QStringLiteral("the form of %1 has no field(s) %2").arg(code, unknown.join(QStringLiteral(", "))), 2);
    if (const QList<FieldError> errors = session.validateAll(); !errors.isEmpty())
        return printErrors(ctx, errors);

    const auto submission = SubmissionBuilder::build(session, config->agencyCode, config->holidays, receivedAt,
                                                     config->timeZone);
    if (!submission)
        return ctx.fail(submission.error(), 2);
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    Submission filed = submission.value();
    filed.fee = quoteFiling(*catalog.value(), session, config->feeOverrides);
    filed.filedBy = cl.option(QStringLiteral("filed-by")).trimmed();
    const auto filing = store.value()->submit(QString(), filed);
    if (!filing)
        return ctx.fail(filing.error());
    if (ctx.json) {
        QJsonObject o = filing->toJson();
        o.insert(QStringLiteral("submitted"), true);
        ctx.printJson(o);
    } else {
        ctx.print(QStringLiteral("submitted: file code %1, %2, appointment %3 (status %4)")
                      .arg(filing->fileCode, code, filing->submission.appointmentDate.toString(Qt::ISODate),
                           filing->status));
    }
    return 0;
}

} // namespace

int runFormCommand(const CliContext &ctx, const QStringList &args)
{
    const auto cl = CommandLine::parse(args, {QStringLiteral("answers"), QStringLiteral("at"), QStringLiteral("filed-by")}, {});
    if (!cl)
        return ctx.fail(cl.error(), 2);
    if (cl->positionals.isEmpty())
        return ctx.fail(QStringLiteral("usage: motcua form list | validate FILE | run CODE --answers FILE"), 2);
    const QString sub = cl->positionals.first();
    CommandLine rest = cl.value();
    rest.positionals.removeFirst();
    if (sub == QLatin1String("validate"))
        return validateForm(ctx, rest);
    if (sub == QLatin1String("list"))
        return listForms(ctx);
    if (sub == QLatin1String("run"))
        return runForm(ctx, rest);
    return ctx.fail(QStringLiteral("usage: motcua form list | validate FILE | run CODE --answers FILE"), 2);
}

} // namespace motcua::cli
