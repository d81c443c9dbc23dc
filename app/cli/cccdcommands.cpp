// SPDX-License-Identifier: GPL-3.0-or-later
#include "cccdcommands.h"

#include "identity/cccdparser.h"

#include <QJsonObject>

namespace motcua::cli {

int runCccdCommand(const CliContext &ctx, const QStringList &args)
{
    if (args.size() != 2 || args.first() != QLatin1String("parse"))
        return ctx.fail(QStringLiteral("usage: motcua cccd parse TEXT [--json]"), 2);
    const auto parsed = CccdParser::parse(args.at(1));
    if (const auto *error = std::get_if<CccdError>(&parsed))
        return ctx.fail(QStringLiteral("not a valid chip ID card code: %1").arg(error->english()), 2);
    const CccdData &d = std::get<CccdData>(parsed);
    const QString sex = d.sex == CccdData::Sex::Male ? QStringLiteral("male") : QStringLiteral("female");
    if (ctx.json) {
        ctx.printJson(QJsonObject{{QStringLiteral("idNumber"), d.idNumber},
                                  {QStringLiteral("oldIdNumber"), d.oldIdNumber},
                                  {QStringLiteral("fullName"), d.fullName},
                                  {QStringLiteral("dateOfBirth"), d.dateOfBirth.toString(Qt::ISODate)},
                                  {QStringLiteral("sex"), sex},
                                  {QStringLiteral("address"), d.address},
                                  {QStringLiteral("issueDate"), d.issueDate.toString(Qt::ISODate)}});
        return 0;
    }
    ctx.print(QStringLiteral("ID number:     %1\nold ID (CMND): %2\nfull name:     %3\ndate of birth: %4\n"
                             "sex:           %5\naddress:       %6\nissued:        %7")
                  .arg(d.idNumber, d.oldIdNumber.isEmpty() ? QStringLiteral("-") : d.oldIdNumber, d.fullName,
                       d.dateOfBirth.toString(Qt::ISODate), sex, d.address, d.issueDate.toString(Qt::ISODate)));
    return 0;
}

} // namespace motcua::cli
