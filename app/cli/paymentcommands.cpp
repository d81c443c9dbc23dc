// SPDX-License-Identifier: GPL-3.0-or-later
#include "paymentcommands.h"

#include "commandline.h"
#include "outbox/filingstore.h"
#include "payment/amountinwords.h"
#include "payment/feecalculator.h"
#include "payment/vietqr.h"
#include "qr/qrwriter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::cli {

namespace {

// A whole number from `min` to `max` given as --name, or `fallback` when absent.
std::optional<int> count(const CommandLine &cl, const QString &name, int fallback, int min, int max)
{
    if (!cl.options.contains(name))
        return fallback;
    bool ok = false;
    const int n = cl.option(name).toInt(&ok);
    return ok && n >= min && n <= max ? std::optional<int>(n) : std::nullopt;
}

QJsonObject vietQrJson(const VietQrData &d)
{
    return {{QStringLiteral("dynamic"), d.dynamic},
            {QStringLiteral("bankBin"), d.bankBin},
            {QStringLiteral("bank"), d.bankName()},
            {QStringLiteral("account"), d.account},
            {QStringLiteral("toCard"), d.toCard},
            {QStringLiteral("amount"), d.amount},
            {QStringLiteral("purpose"), d.purpose},
            {QStringLiteral("billNumber"), d.billNumber}};
}

int encode(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua vietqr encode --bin BIN --account ACC [--card] [--amount N] [--note TEXT] [--png FILE]");
    const auto cl = CommandLine::parse(args,
                                       {QStringLiteral("bin"), QStringLiteral("account"), QStringLiteral("amount"),
                                        QStringLiteral("note"), QStringLiteral("png")},
                                       {QStringLiteral("card")});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    VietQrData d;
    d.bankBin = cl->option(QStringLiteral("bin"));
    d.account = cl->option(QStringLiteral("account"));
    d.toCard = cl->has(QStringLiteral("card"));
    d.purpose = cl->option(QStringLiteral("note"));
    bool amountOk = true;
    d.amount = cl->option(QStringLiteral("amount"), QStringLiteral("0")).toLongLong(&amountOk);
    d.dynamic = d.amount > 0;
    if (!cl->positionals.isEmpty() || d.bankBin.isEmpty() || d.account.isEmpty())
        return ctx.fail(usage, 2);
    if (!amountOk || d.amount < 0 || d.amount > 9'999'999'999'999LL)
        return ctx.fail(QStringLiteral("--amount must be a whole number of đồng (no dots or spaces)"), 2);
    const QString payload = VietQr::encode(d);
    // What we write must read back: the parser's checks apply to our own codes too.
    if (const auto back = VietQr::parse(payload); !back)
        return ctx.fail(back.error(), 2);
    if (const QString png = cl->option(QStringLiteral("png")); !png.isEmpty()) {
        const auto image = QrWriter::render(payload, 600);
        if (!image || !image.value().save(png))
            return ctx.fail(QStringLiteral("cannot write %1").arg(png));
    }
    if (ctx.json)
        ctx.printJson(QJsonObject{{QStringLiteral("payload"), payload}, {QStringLiteral("fields"), vietQrJson(d)}});
    else
        ctx.print(payload);
    return 0;
}

int parse(const CliContext &ctx, const QStringList &args)
{
    if (args.size() != 1)
        return ctx.fail(QStringLiteral("usage: motcua vietqr parse PAYLOAD [--json]"), 2);
    const auto parsed = VietQr::parse(args.first());
    if (!parsed)
        return ctx.fail(parsed.error(), 2);
    const VietQrData &d = parsed.value();
    if (ctx.json) {
        ctx.printJson(vietQrJson(d));
        return 0;
    }
    ctx.print(QStringLiteral("bank:    %1 (%2)\naccount: %3%4\namount:  %5\nnote:    %6")
                  .arg(d.bankName().isEmpty() ? QStringLiteral("unknown bank") : d.bankName(), d.bankBin, d.account,
                       d.toCard ? QStringLiteral(" (card)") : QString(),
                       d.amount > 0 ? QString::number(d.amount) + QStringLiteral(" VND") : QStringLiteral("payer chooses"),
                       d.purpose.isEmpty() ? QStringLiteral("-") : d.purpose));
    return 0;
}

} // namespace

int runFeeCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage =
        QStringLiteral("usage: motcua fee CODE [--pages N] [--copies N] [--cases N] [--exemption KEY] [--json]");
    const auto cl = CommandLine::parse(args,
                                       {QStringLiteral("pages"), QStringLiteral("copies"), QStringLiteral("cases"),
                                        QStringLiteral("exemption")},
                                       {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    if (cl->positionals.size() != 1)
        return ctx.fail(usage, 2);
    const auto pages = count(cl.value(), QStringLiteral("pages"), 1, 1, 100000);
    const auto copies = count(cl.value(), QStringLiteral("copies"), 1, 1, 10000);
    const auto cases = count(cl.value(), QStringLiteral("cases"), 1, 1, 10000);
    if (!pages || !copies || !cases)
        return ctx.fail(QStringLiteral("--pages, --copies and --cases take whole numbers from 1"), 2);
    const auto config = ctx.config();
    if (!config)
        return ctx.fail(config.error());
    const auto catalog = ctx.openCatalog();
    if (!catalog)
        return ctx.fail(catalog.error());
    const auto procedure = catalog.value()->procedure(cl->positionals.first());
    if (!procedure)
        return ctx.fail(QStringLiteral("no procedure %1 in the catalog").arg(cl->positionals.first()), 2);
    const auto rule = FeeRule::fromJson(procedure->feeRule, catalog.value()->feeRule(procedure->feeRule));
    if (!rule)
        return ctx.fail(rule.error());
    FeeRequest request;
    request.exemption = cl->option(QStringLiteral("exemption"));
    // One item per case, the pages and copies on the first (a single paper, as the counter asks).
    for (int i = 0; i < *cases; ++i)
        request.items.append({QString(), i == 0 ? *pages : 1, i == 0 ? *copies : 1});
    const auto quote = FeeCalculator::quote(rule.value(), request, config->feeOverrides);
    if (!quote)
        return ctx.fail(quote.error(), 2);
    if (ctx.json) {
        QJsonObject o = quote->toJson();
        o.insert(QStringLiteral("procedure"), procedure->code);
        o.insert(QStringLiteral("inWords"), amountInWords(quote->total));
        ctx.printJson(o);
        return 0;
    }
    QStringList lines{QStringLiteral("%1 %2 (fee rule %3)").arg(procedure->code, procedure->name, rule->id)};
    for (const FeeLine &line : quote->lines)
        lines.append(QStringLiteral("  %1: %2 = %3").arg(line.label, line.detail, formatDong(line.amount)));
    lines.append(!quote->known ? QStringLiteral("total: not set for this province ([fees] %1 = amount)").arg(rule->id)
                 : quote->payable() ? QStringLiteral("total: %1 (%2)").arg(quote->summary(), amountInWords(quote->total))
                                    : QStringLiteral("total: %1").arg(quote->summary()));
    if (!rule->exemptions.isEmpty()) {
        QStringList keys;
        for (const FeeExemption &e : rule->exemptions)
            keys.append(e.key);
        lines.append(QStringLiteral("exemptions: %1").arg(keys.join(QStringLiteral(", "))));
    }
    ctx.print(lines.join(u'\n'));
    return 0;
}

int runVietQrCommand(const CliContext &ctx, const QStringList &args)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("encode"))
        return encode(ctx, args.mid(1));
    if (sub == QLatin1String("parse"))
        return parse(ctx, args.mid(1));
    return ctx.fail(QStringLiteral("usage: motcua vietqr encode --bin BIN --account ACC … | vietqr parse PAYLOAD"), 2);
}

int runPaymentCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua payment list [--state STATE] | payment confirm FILECODE --method bank|cash --by NAME "
        "[--amount N] | payment reject FILECODE --by NAME | payment grant|refuse FILECODE --by NAME (a claimed "
        "exemption)");
    const auto cl = CommandLine::parse(args.mid(1),
                                       {QStringLiteral("state"), QStringLiteral("method"), QStringLiteral("by"),
                                        QStringLiteral("amount")},
                                       {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    const auto store = ctx.openFilings();
    if (!store)
        return ctx.fail(store.error());
    const QString sub = args.value(0);
    if (sub == QLatin1String("list")) {
        const QString state = cl->option(QStringLiteral("state"));
        if (!state.isEmpty() && !Payment::stateFromKey(state))
            return ctx.fail(QStringLiteral("'%1' is not a payment state (unpaid, pending_confirmation, paid, waived, "
                                           "exemption_claimed)")
                                .arg(state),
                            2);
        const auto filings = store.value()->filings(1000);
        if (!filings)
            return ctx.fail(filings.error());
        QJsonArray list;
        QStringList lines;
        for (const Filing &f : filings.value()) {
            if (!state.isEmpty() && Payment::stateKey(f.payment.state) != state)
                continue;
            list.append(QJsonObject{{QStringLiteral("fileCode"), f.fileCode}, {QStringLiteral("payment"), f.payment.toJson()}});
            lines.append(QStringLiteral("%1  %2  %3  %4").arg(f.fileCode, Payment::stateKey(f.payment.state).leftJustified(20),
                                                              f.payment.amount ? QString::number(*f.payment.amount) : QStringLiteral("?"),
                                                              f.payment.method));
        }
        if (ctx.json)
            ctx.printJson(list);
        else
            ctx.print(lines.isEmpty() ? QStringLiteral("no filings") : lines.join(u'\n'));
        return 0;
    }
    static const QStringList moves{QStringLiteral("confirm"), QStringLiteral("reject"), QStringLiteral("grant"),
                                   QStringLiteral("refuse")};
    if (!moves.contains(sub) || cl->positionals.size() != 1 || cl->option(QStringLiteral("by")).isEmpty())
        return ctx.fail(usage, 2);
    const QString code = cl->positionals.first();
    std::optional<qint64> amount;
    if (cl->options.contains(QStringLiteral("amount"))) {
        bool ok = false;
        amount = cl->option(QStringLiteral("amount")).toLongLong(&ok);
        if (!ok)
            return ctx.fail(QStringLiteral("--amount must be a whole number of đồng"), 2);
    }
    const QString by = cl->option(QStringLiteral("by"));
    FilingStore &filings = *store.value();
    const Result<Payment> done = sub == QLatin1String("confirm")
                                     ? filings.confirmPayment(code, cl->option(QStringLiteral("method")), by, amount)
                                 : sub == QLatin1String("reject") ? filings.rejectTransfer(code, by)
                                                                  : filings.decideExemption(code, sub == QLatin1String("grant"), by);
    if (!done)
        return ctx.fail(done.error(), 2);
    // The decision in the audit log: "cash, 26000 VND", "reject, now unpaid", "grant, now waived".
    const bool confirmed = sub == QLatin1String("confirm");
    const QString amountText = done->amount ? QString::number(*done->amount) : QStringLiteral("?");
    ctx.audit(confirmed                          ? QStringLiteral("payment_confirmed")
              : sub == QLatin1String("reject") ? QStringLiteral("payment_rejected")
                                               : QStringLiteral("exemption_decided"),
              code,
              confirmed ? QStringLiteral("%1, %2 VND").arg(done->method, amountText)
                        : QStringLiteral("%1, now %2").arg(sub, Payment::stateKey(done->state)),
              QStringLiteral("cli:") + by);
    if (ctx.json)
        ctx.printJson(done->toJson());
    else
        ctx.print(QStringLiteral("%1: %2").arg(code, Payment::stateKey(done->state)));
    return 0;
}

} // namespace motcua::cli
