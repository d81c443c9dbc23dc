// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QTimeZone>

namespace motcua {

class FilingStore;

// The counter's statistics over a period (issue 8; docs/statistics.md defines every number):
// `motcua stats`, its CSV and its monthly PDF report (CounterReport), and the clerk's screen.
// A filing belongs to the period by the day it was received on the office's clock: from
// `from` 00:00 to the end of `to`, in the office time zone, whatever offset it was stored with.
// Read only: computed from FilingStore::facts() and FilingStore::stats(); nothing of the citizen.
struct CounterStats
{
    struct DayCount
    {
        QDate day;
        int count = 0;
    };
    struct ProcedureCount
    {
        QString code;
        QString name; // as the most recent filing of the period names it
        int count = 0;
    };
    // How the filings came: "fully online" = filed by the citizen alone (no clerk filed on their
    // behalf) AND the fee settled without the counter: nothing to pay, waived by law (an
    // exemption the form's facts give, not one a clerk granted), or paid by bank transfer.
    // Everything else is "partly" (at the counter): filed by a clerk on the citizen's behalf,
    // paid in cash, an exemption a clerk granted after checking the papers, or a fee not settled
    // yet (unpaid, transfer reported but not confirmed, exemption claimed). The reasons overlap:
    // one filing may count under several of them.
    struct Channels
    {
        int fullyOnline = 0;
        int partly = 0;
        int filedByClerk = 0;
        int paidInCash = 0;
        int exemptionGrantedByClerk = 0;
        int feeNotSettled = 0;
        [[nodiscard]] double fullyOnlinePercent() const;
    };
    // Paid filings by method (the amount each paid, đồng), waived fees, fees still open.
    struct Fees
    {
        int bankCount = 0;
        qint64 bankSum = 0;
        int cashCount = 0;
        qint64 cashSum = 0;
        int waived = 0;
        int open = 0; // unpaid, pending_confirmation or exemption_claimed
        [[nodiscard]] qint64 total() const { return bankSum + cashSum; }
    };
    // The outbox now, whatever the period: filings not yet at the portal.
    struct Backlog
    {
        int waiting = 0; // queued or sending
        int failed = 0;  // set aside for the clerk
        QDateTime oldestWaiting; // received time of the oldest waiting filing; invalid: none
        qint64 oldestWaitingMinutes = 0; // how long it has waited, at computedAt
    };
    // From receipt to the commune's decision: the first portal status result_ready, done or
    // refused, minus receivedAt, in hours. Filings without such a status (still in progress,
    // withdrawn, never sent) are not counted.
    struct Processing
    {
        int count = 0;
        double averageHours = 0;
        double medianHours = 0;
        double maxHours = 0;
    };
    // The ratings of the period's filings (Satisfaction keys).
    struct Ratings
    {
        int rated = 0;
        QMap<QString, int> byRating; // every rating key, zeros included
        QMap<QString, int> byReason; // every reason key, zeros included
        [[nodiscard]] int satisfied() const; // very_satisfied + satisfied
        [[nodiscard]] double satisfiedPercent() const; // of the rated; 0 when none
    };

    QDate from;
    QDate to;
    QTimeZone zone;
    QDateTime computedAt;
    int total = 0;
    QList<DayCount> perDay; // every day of the period in order, zeros included
    QList<ProcedureCount> perProcedure; // most filings first, then by code
    Channels channels;
    Fees fees;
    Backlog backlog;
    Processing processing;
    Ratings ratings;

    // Rated filings per 100 filings of the period (0 when there were none).
    [[nodiscard]] double responseRatePercent() const;

    // `now`: the time the backlog is measured at (invalid: the current time). Fails for a
    // period that ends before it starts or is longer than 366 days, or when the store cannot
    // be read.
    [[nodiscard]] static Result<CounterStats> compute(const FilingStore &store, const QDate &from, const QDate &to,
                                                      const QTimeZone &officeZone, const QDateTime &now = {});

    [[nodiscard]] QJsonObject toJson() const;
    // One CSV file (RFC 4180: comma-separated, CRLF lines, quoted where needed, UTF-8 with a BOM
    // so LibreOffice and Excel read the Vietnamese right) of several tables one under another,
    // each headed by its name and separated by an empty line.
    [[nodiscard]] QByteArray toCsv() const;
    [[nodiscard]] Status writeCsv(const QString &path) const;
    // The monthly report: one or two A4 pages (CounterReport). Needs a QGuiApplication (fonts).
    [[nodiscard]] Status writePdf(const QString &path, const QString &communeName) const;
};

} // namespace motcua
