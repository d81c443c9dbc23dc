// SPDX-License-Identifier: GPL-3.0-or-later
#include "clerkcommands.h"

#include "commandline.h"

#include <QFile>
#include <QLoggingCategory>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace motcua::cli {

namespace {

// One line typed on the terminal without echo; `prompt` goes to stderr.
QString askHidden(const char *prompt)
{
    QTextStream(stderr) << prompt << Qt::flush;
    termios saved{};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    char line[64] = {};
    const bool read = std::fgets(line, sizeof line, stdin) != nullptr;
    if (terminal)
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
    QTextStream(stderr) << '\n';
    const QString pin = read ? QString::fromLocal8Bit(line).trimmed() : QString();
    std::fill(std::begin(line), std::end(line), '\0');
    return pin;
}

} // namespace

Result<QString> readPin(const QString &file)
{
    QString pin;
    if (!file.isEmpty()) {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read %1: %2").arg(file, f.errorString())};
        pin = QString::fromUtf8(f.readLine()).trimmed();
    } else if (!isatty(STDIN_FILENO)) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return Error{QStringLiteral("cannot read the PIN from standard input")};
        pin = QString::fromUtf8(in.readLine()).trimmed();
    } else {
        pin = askHidden("PIN (4 to 8 digits): ");
        if (askHidden("the same PIN again: ") != pin)
            return Error{QStringLiteral("the two PINs differ; nothing was changed")};
    }
    if (pin.isEmpty())
        return Error{QStringLiteral("no PIN given (--pin-file FILE, or its first line on standard input)")};
    if (const QString problem = ClerkAccounts::pinProblem(pin); !problem.isEmpty())
        return Error{problem};
    return pin;
}

namespace {

QString shownTime(const QDateTime &at, const QTimeZone &zone)
{
    return at.isValid() ? at.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

int list(const CliContext &ctx, ClerkAccounts &accounts)
{
    const auto all = accounts.list();
    if (!all)
        return ctx.fail(all.error());
    if (ctx.json) {
        ctx.printJson(jsonArrayOf(all.value()));
        return 0;
    }
    if (all->isEmpty()) {
        ctx.print(QStringLiteral("no accounts; add one with: motcua clerk add NAME --role clerk|technician"));
        return 0;
    }
    const auto zone = ctx.officeTimeZone();
    if (!zone)
        return ctx.fail(zone.error());
    QStringList lines{QStringLiteral("NAME                 ROLE        CREATED           LAST LOGIN        STATUS")};
    for (const ClerkAccounts::Account &a : all.value()) {
        const QString status = a.locked() ? QStringLiteral("locked until %1").arg(shownTime(a.lockedUntil, *zone))
                               : a.failedAttempts > 0 ? QStringLiteral("%1 wrong PIN(s)").arg(a.failedAttempts)
                                                      : QStringLiteral("ok");
        lines.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(a.name, -20)
                         .arg(a.role, -11)
                         .arg(shownTime(a.createdAt, *zone), -17)
                         .arg(shownTime(a.lastLoginAt, *zone), -17)
                         .arg(status));
    }
    ctx.print(lines.join(u'\n'));
    return 0;
}

// Prints what was done to `account` ("added", "removed", "PIN reset") and audits it.
int done(const CliContext &ctx, const ClerkAccounts::Account &account, const QString &what, const QString &action,
         const QString &detail)
{
    ctx.audit(action, account.name, detail);
    if (ctx.json)
        ctx.printJson(account.toJson());
    else
        ctx.print(QStringLiteral("%1 %2 '%3'").arg(account.role, what, account.name));
    return 0;
}

} // namespace

int runClerkCommand(const CliContext &ctx, const QStringList &args)
{
    const QString usage = QStringLiteral(
        "usage: motcua clerk add NAME --role clerk|technician [--pin-file FILE] | clerk list | clerk remove NAME "
        "| clerk reset-pin NAME [--pin-file FILE]   (a PIN is read from --pin-file or standard input, never "
        "from the command line)");
    const auto cl = CommandLine::parse(args.mid(1), {QStringLiteral("role"), QStringLiteral("pin-file")}, {});
    if (!cl)
        return ctx.fail(cl.error() + u'\n' + usage, 2);
    const QString sub = args.value(0);
    // A name with spaces may come quoted or as several words.
    const QString name = cl->positionals.join(u' ');
    const bool named = sub == QLatin1String("add") || sub == QLatin1String("remove") || sub == QLatin1String("reset-pin");
    if (!(named || sub == QLatin1String("list")) || named == name.isEmpty())
        return ctx.fail(usage, 2);
    if (sub == QLatin1String("add")) {
        const QString role = cl->option(QStringLiteral("role"));
        if (!ClerkAccounts::roles().contains(role))
            return ctx.fail(QStringLiteral("--role must be clerk or technician\n") + usage, 2);
        if (const QString problem = ClerkAccounts::nameProblem(name); !problem.isEmpty())
            return ctx.fail(problem, 2);
    }
    // The outcome is printed below: the store's log lines would say it a second time.
    QLoggingCategory::setFilterRules(QStringLiteral("motcua.clerk.accounts.info=false"));
    auto accounts = ctx.openClerkAccounts();
    if (!accounts)
        return ctx.fail(accounts.error());
    ClerkAccounts &store = *accounts.value();
    if (sub == QLatin1String("list"))
        return list(ctx, store);
    if (sub == QLatin1String("remove")) {
        const auto removed = store.remove(name);
        if (!removed)
            return ctx.fail(removed.error(), 2);
        return done(ctx, removed.value(), QStringLiteral("removed"), QStringLiteral("clerk_removed"),
                    QStringLiteral("role %1").arg(removed->role));
    }
    // add, reset-pin: an unknown or taken name is refused before the PIN is asked for.
    const auto existing = store.find(name);
    if (!existing)
        return ctx.fail(existing.error());
    if (sub == QLatin1String("add") && existing.value())
        return ctx.fail(QStringLiteral("an account named '%1' already exists").arg(existing.value()->name), 2);
    if (sub == QLatin1String("reset-pin") && !existing.value())
        return ctx.fail(QStringLiteral("no account named '%1'").arg(name), 2);
    const auto pin = readPin(cl->option(QStringLiteral("pin-file")));
    if (!pin)
        return ctx.fail(pin.error(), 2);
    if (sub == QLatin1String("add")) {
        const auto added = store.add(name, cl->option(QStringLiteral("role")), pin.value());
        if (!added)
            return ctx.fail(added.error(), 2);
        return done(ctx, added.value(), QStringLiteral("added"), QStringLiteral("clerk_added"),
                    QStringLiteral("role %1").arg(added->role));
    }
    const auto reset = store.resetPin(existing.value()->id, pin.value());
    if (!reset)
        return ctx.fail(reset.error());
    return done(ctx, reset.value(), QStringLiteral("PIN reset for"), QStringLiteral("pin_reset"),
                QStringLiteral("lock cleared"));
}

} // namespace motcua::cli
