// SPDX-License-Identifier: GPL-3.0-or-later
// `motcua fee` and `motcua vietqr` as real processes: amounts from the demo catalog and the
// config, payment codes written, read back from their QR image, and refused when malformed.
#include "testsupport.h"

#include "payment/vietqr.h"
#include "qr/qrdecoder.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace motcua;
using motcua::test::Cli;
using motcua::test::jsonOutput;
using motcua::test::Run;

TEST_CASE("cli: fee works a procedure's fee out, with the province's amounts from the config", "[cli][fees]")
{
    Cli cli;
    const QJsonObject copies = jsonOutput(cli({QStringLiteral("fee"), QStringLiteral("2.000815"), QStringLiteral("--pages"),
                                         QStringLiteral("24"), QStringLiteral("--copies"), QStringLiteral("2"),
                                         QStringLiteral("--json")}));
    CHECK(copies.value(QStringLiteral("total")).toInteger() == 52000);
    CHECK(copies.value(QStringLiteral("inWords")).toString() == QStringLiteral("Năm mươi hai nghìn đồng"));

    const QJsonObject unknown = jsonOutput(cli({QStringLiteral("fee"), QStringLiteral("1.004873"), QStringLiteral("--json")}));
    CHECK_FALSE(unknown.value(QStringLiteral("known")).toBool());
    const QString config = cli.dir.filePath(QStringLiteral("k.conf"));
    QFile f(config);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("[fees]\nho-tich=5000\n");
    f.close();
    const QJsonObject set = jsonOutput(cli({QStringLiteral("--config"), config, QStringLiteral("fee"), QStringLiteral("1.004873"),
                                      QStringLiteral("--json")}));
    CHECK(set.value(QStringLiteral("total")).toInteger() == 5000);

    const QJsonObject waived = jsonOutput(cli({QStringLiteral("fee"), QStringLiteral("1.004194"), QStringLiteral("--exemption"),
                                         QStringLiteral("child"), QStringLiteral("--json")}));
    CHECK(waived.value(QStringLiteral("total")).toInteger() == 0);
    CHECK(waived.value(QStringLiteral("exemptionLabel")).toString() == QStringLiteral("Trẻ em"));

    const Run bad = cli({QStringLiteral("fee"), QStringLiteral("1.004194"), QStringLiteral("--exemption"), QStringLiteral("vip")});
    CHECK(bad.exitCode == 2);
    CHECK(bad.err.contains(QStringLiteral("'vip' is not an exemption")));
    CHECK(cli({QStringLiteral("fee"), QStringLiteral("2.000815"), QStringLiteral("--pages"), QStringLiteral("0")}).exitCode == 2);
    CHECK(cli({QStringLiteral("fee"), QStringLiteral("9.999999")}).exitCode == 2);
}

TEST_CASE("cli: vietqr encode writes a code whose QR image reads back to the same fields", "[cli][vietqr]")
{
    Cli cli;
    const QString png = cli.dir.filePath(QStringLiteral("pay.png"));
    const QJsonObject made = jsonOutput(cli({QStringLiteral("vietqr"), QStringLiteral("encode"), QStringLiteral("--bin"),
                                       QStringLiteral("970405"), QStringLiteral("--account"), QStringLiteral("3600205123456"),
                                       QStringLiteral("--amount"), QStringLiteral("26000"), QStringLiteral("--note"),
                                       QStringLiteral("000.00.01.H01-261123-0007"), QStringLiteral("--png"), png,
                                       QStringLiteral("--json")}));
    const QString payload = made.value(QStringLiteral("payload")).toString();
    const QList<DecodedCode> codes = QrDecoder::decode(QImage(png));
    REQUIRE(codes.size() == 1);
    CHECK(codes.first().text == payload);
    const QJsonObject fields = jsonOutput(cli({QStringLiteral("vietqr"), QStringLiteral("parse"), payload, QStringLiteral("--json")}));
    CHECK(fields.value(QStringLiteral("bank")).toString() == QStringLiteral("Agribank"));
    CHECK(fields.value(QStringLiteral("account")).toString() == QStringLiteral("3600205123456"));
    CHECK(fields.value(QStringLiteral("amount")).toInteger() == 26000);
    CHECK(fields.value(QStringLiteral("purpose")).toString() == QStringLiteral("000.00.01.H01-261123-0007"));
    CHECK(fields.value(QStringLiteral("dynamic")).toBool());
    CHECK_FALSE(fields.value(QStringLiteral("toCard")).toBool());

    const QJsonObject card = jsonOutput(cli({QStringLiteral("vietqr"), QStringLiteral("encode"), QStringLiteral("--bin"),
                                       QStringLiteral("970418"), QStringLiteral("--account"), QStringLiteral("9704180012345678"),
                                       QStringLiteral("--card"), QStringLiteral("--json")}));
    CHECK(card.value(QStringLiteral("payload")).toString().contains(QStringLiteral("QRIBFTTC")));
    const QJsonObject cardFields = jsonOutput(cli({QStringLiteral("vietqr"), QStringLiteral("parse"),
                                             card.value(QStringLiteral("payload")).toString(), QStringLiteral("--json")}));
    CHECK(cardFields.value(QStringLiteral("toCard")).toBool());
    CHECK_FALSE(cardFields.value(QStringLiteral("dynamic")).toBool());
}

TEST_CASE("cli: vietqr parse names what is wrong", "[cli][vietqr]")
{
    Cli cli;
    VietQrData d;
    d.bankBin = QStringLiteral("970436");
    d.account = QStringLiteral("0011001234567");
    d.amount = 50000;
    const QString good = VietQr::encode(d);
    QString wrongCrc = good;
    wrongCrc.replace(wrongCrc.size() - 4, 4, QStringLiteral("0000"));
    const std::pair<QString, const char *> cases[] = {
        {wrongCrc, "CRC is"},
        {good.left(30), "runs past the end"},
        {QStringLiteral("hello"), "no 2-digit id and length"},
        {QStringLiteral("0002020102116304") + QStringLiteral("ABCD"), "must start with tag 00 = 01"},
    };
    for (const auto &[payload, reason] : cases) {
        INFO(payload.toStdString());
        const Run r = cli({QStringLiteral("vietqr"), QStringLiteral("parse"), payload});
        CHECK(r.exitCode == 2);
        CHECK(r.err.contains(QString::fromUtf8(reason)));
    }
    const Run noAccount = cli({QStringLiteral("vietqr"), QStringLiteral("encode"), QStringLiteral("--bin"), QStringLiteral("970436")});
    CHECK(noAccount.exitCode == 2);
    CHECK(noAccount.err.contains(QStringLiteral("usage: motcua vietqr encode")));
}

TEST_CASE("cli: payment list and a clerk's confirmation of cash at the counter", "[cli][payments]")
{
    Cli cli;
    const QJsonObject filed = jsonOutput(cli({QStringLiteral("--json"), QStringLiteral("form"), QStringLiteral("run"),
                                        QStringLiteral("2.000815"), QStringLiteral("--answers"),
                                        QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/answers/2.000815.json")}));
    const QString code = filed.value(QStringLiteral("fileCode")).toString();
    const Run unpaid = cli({QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("unpaid")});
    CHECK(unpaid.out.contains(code));
    const QJsonObject paid = jsonOutput(cli({QStringLiteral("--json"), QStringLiteral("payment"), QStringLiteral("confirm"), code,
                                       QStringLiteral("--method"), QStringLiteral("cash"), QStringLiteral("--by"),
                                       QStringLiteral("Chị Lan")}));
    CHECK(paid.value(QStringLiteral("state")).toString() == QStringLiteral("paid"));
    CHECK(paid.value(QStringLiteral("confirmedBy")).toString() == QStringLiteral("Chị Lan"));
    const Run twice = cli({QStringLiteral("payment"), QStringLiteral("confirm"), code, QStringLiteral("--method"),
                           QStringLiteral("cash"), QStringLiteral("--by"), QStringLiteral("Chị Lan")});
    CHECK(twice.exitCode == 2);
    CHECK(twice.err.contains(QStringLiteral("the payment is paid")));
    CHECK(cli({QStringLiteral("payment"), QStringLiteral("reject"), code, QStringLiteral("--by"), QStringLiteral("Chị Lan")}).exitCode == 2);
    CHECK(cli({QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--state"), QStringLiteral("owed")}).exitCode == 2);
}

TEST_CASE("cli: a claimed exemption is granted or refused by a clerk", "[cli][payments]")
{
    Cli cli;
    // A birth registered late (the fee is the province's) by a poor household, twice.
    QJsonObject answers = test::readJsonObject(QStringLiteral(MOTCUA_SOURCE_DIR "/resources/forms/answers/1.001193.json"));
    answers.insert(QStringLiteral("feeExemption"), QStringLiteral("poor_household"));
    const QString answersFile = cli.dir.filePath(QStringLiteral("late-birth.json"));
    QFile out(answersFile);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(QJsonDocument(answers).toJson());
    out.close();
    QStringList codes;
    for (int i = 0; i < 2; ++i) {
        const QJsonObject filed = jsonOutput(cli({QStringLiteral("--json"), QStringLiteral("form"), QStringLiteral("run"),
                                            QStringLiteral("1.001193"), QStringLiteral("--answers"), answersFile,
                                            QStringLiteral("--at"), QStringLiteral("2027-03-01T09:00:00+07:00")}));
        codes.append(filed.value(QStringLiteral("fileCode")).toString());
        REQUIRE_FALSE(codes.last().isEmpty());
    }
    const Run claimed = cli({QStringLiteral("payment"), QStringLiteral("list"), QStringLiteral("--state"),
                             QStringLiteral("exemption_claimed")});
    CHECK(claimed.out.contains(codes.at(0)));
    CHECK(claimed.out.contains(codes.at(1)));

    const QJsonObject granted = jsonOutput(cli({QStringLiteral("--json"), QStringLiteral("payment"), QStringLiteral("grant"),
                                          codes.at(0), QStringLiteral("--by"), QStringLiteral("Chị Lan")}));
    CHECK(granted.value(QStringLiteral("state")).toString() == QStringLiteral("waived"));
    CHECK(granted.value(QStringLiteral("waivedReason")).toString() == QStringLiteral("Người thuộc hộ nghèo"));
    const Run refused = cli({QStringLiteral("payment"), QStringLiteral("refuse"), codes.at(1), QStringLiteral("--by"),
                             QStringLiteral("Chị Lan")});
    CHECK(refused.exitCode == 0);
    CHECK(refused.out.contains(QStringLiteral("unpaid")));
    // The province's amount is not configured here: the clerk says what was paid.
    const QJsonObject paid = jsonOutput(cli({QStringLiteral("--json"), QStringLiteral("payment"), QStringLiteral("confirm"),
                                       codes.at(1), QStringLiteral("--method"), QStringLiteral("cash"), QStringLiteral("--by"),
                                       QStringLiteral("Chị Lan"), QStringLiteral("--amount"), QStringLiteral("8000")}));
    CHECK(paid.value(QStringLiteral("amount")).toInteger() == 8000);
    const Run again = cli({QStringLiteral("payment"), QStringLiteral("grant"), codes.at(0), QStringLiteral("--by"),
                           QStringLiteral("Chị Lan")});
    CHECK(again.exitCode == 2);
    CHECK(again.err.contains(QStringLiteral("cannot grant an exemption: the payment is waived")));
}
