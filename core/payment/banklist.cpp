// SPDX-License-Identifier: GPL-3.0-or-later
#include "banklist.h"

#include <QFile>
#include <QHash>
#include <QLoggingCategory>

namespace motcua::BankList {

namespace {

Q_LOGGING_CATEGORY(lcBanks, "motcua.banks")

struct Bank
{
    QString shortName;
    QString fullName;
};

const QHash<QString, Bank> &banks()
{
    static const QHash<QString, Bank> list = [] {
        QHash<QString, Bank> read;
        QFile file(QStringLiteral(":/motcua/payment/banks.csv"));
        if (!file.open(QIODevice::ReadOnly)) {
            qCWarning(lcBanks) << "bank list missing from the program's resources";
            return read;
        }
        (void)file.readLine(); // header
        while (!file.atEnd()) {
            const QStringList cells = QString::fromUtf8(file.readLine()).trimmed().split(u',');
            if (cells.size() == 3)
                read.insert(cells.at(0), {cells.at(1), cells.at(2)});
        }
        return read;
    }();
    return list;
}

} // namespace

QString shortName(const QString &bin)
{
    return banks().value(bin).shortName;
}

QString fullName(const QString &bin)
{
    return banks().value(bin).fullName;
}

int size()
{
    return int(banks().size());
}

} // namespace motcua::BankList
