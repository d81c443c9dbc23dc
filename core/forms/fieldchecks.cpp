// SPDX-License-Identifier: GPL-3.0-or-later
#include "fieldchecks.h"

#include "common/asciidigits.h"
#include "identity/cccdparser.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <limits>

namespace motcua {

namespace {

// The citizen's messages, in Qt's translation context "FieldChecks" (Vietnamese source).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FieldChecks)
};

FieldProblem problem(const QString &vietnamese, const QString &english)
{
    return FieldProblem{vietnamese, english};
}

// Characters, not UTF-16 units: a character outside the BMP counts once.
qsizetype characterCount(QStringView s)
{
    return s.size() - std::count_if(s.begin(), s.end(), [](QChar c) { return c.isLowSurrogate(); });
}

// --- names ---

bool isNameLetter(QChar c)
{
    return c.isLetter() && c.script() == QChar::Script_Latin;
}

bool isCombiningMark(QChar c)
{
    const auto cat = c.category();
    return cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
           || cat == QChar::Mark_Enclosing;
}

// ' and the typographic apostrophes phones and word processors put in its place (H’Hen).
bool isApostrophe(QChar c)
{
    return c == u'\'' || c == QChar(0x2019) || c == QChar(0x02BC);
}

bool isHyphen(QChar c)
{
    return c == u'-' || c == QChar(0x2010);
}

constexpr qsizetype kMaxNameLength = 100;

// --- phones ---

// The digits of a Vietnamese phone number with a leading 0, or why it is not one.
struct PhoneDigits
{
    QString digits;
    std::optional<FieldProblem> problem;
};

PhoneDigits phoneDigits(const QString &input)
{
    const auto notDigits = [] {
        return problem(Text::tr("Số điện thoại chỉ gồm chữ số, ví dụ: 0912 345 678."),
                       QStringLiteral("a phone number has only digits, e.g. 0912 345 678"));
    };
    QString s = input.trimmed();
    bool international = false;
    if (s.startsWith(u'+')) {
        international = true;
        s.remove(0, 1);
    } else if (s.startsWith(QLatin1String("(+"))) { // (+84) 912 345 678
        international = true;
        s.remove(0, 2);
    }
    QString digits;
    digits.reserve(s.size());
    for (const QChar c : std::as_const(s)) {
        if (isAsciiDigit(c.unicode()))
            digits.append(c);
        else if (c != u' ' && c != u'.' && c != u'-' && c != u'(' && c != u')')
            return {{}, notDigits()};
    }
    if (digits.isEmpty())
        return {{}, notDigits()};

    if (international) {
        if (!digits.startsWith(QLatin1String("84")))
            return {{}, problem(Text::tr("Chỉ nhận số điện thoại Việt Nam (mã +84). Vui lòng "
                                         "nhập số bắt đầu bằng 0, ví dụ: 0912 345 678."),
                                QStringLiteral("only Vietnamese numbers (+84) are accepted"))};
        digits.remove(0, 2);
        if (!digits.startsWith(u'0')) // "+84 0912…" keeps its 0
            digits.prepend(u'0');
    } else if (digits.startsWith(QLatin1String("84")) && (digits.size() == 11 || digits.size() == 12)) {
        digits.replace(0, 2, QStringLiteral("0"));
    }

    static const QRegularExpression mobile(QStringLiteral("^0[35789][0-9]{8}$"));
    static const QRegularExpression landline(QStringLiteral("^02[0-9]{9}$"));
    if (mobile.match(digits).hasMatch() || landline.match(digits).hasMatch())
        return {digits, std::nullopt};
    if (digits.startsWith(QLatin1String("02")))
        return {{}, problem(Text::tr("Số điện thoại bàn chưa đúng. Số điện thoại bàn có 11 chữ số, "
                                     "bắt đầu bằng 02, ví dụ: 024 3825 1234."),
                            QStringLiteral("a landline number has 11 digits starting with 02, "
                                           "e.g. 024 3825 1234"))};
    return {{}, problem(Text::tr("Số điện thoại chưa đúng. Số di động có 10 chữ số, bắt đầu bằng "
                                 "03, 05, 07, 08 hoặc 09."),
                        QStringLiteral("not a Vietnamese phone number: a mobile number has 10 digits "
                                       "starting with 03, 05, 07, 08 or 09 (a landline 11 digits "
                                       "starting with 02)"))};
}

// --- e-mail ---

constexpr qsizetype kMaxEmailLength = 254;
constexpr qsizetype kMaxEmailLocalLength = 64;
constexpr qsizetype kMaxDomainLabelLength = 63;

bool isValidEmailLocalPart(const QString &local)
{
    static const QRegularExpression re(QStringLiteral(
        "^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$"));
    return local.size() <= kMaxEmailLocalLength && re.match(local).hasMatch();
}

bool isValidEmailDomain(const QString &domain)
{
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$"));
    static const QRegularExpression topLevel(QStringLiteral("^([A-Za-z]{2,}|xn--[A-Za-z0-9-]+)$"));
    const QStringList labels = domain.split(u'.');
    if (labels.size() < 2)
        return false;
    for (const QString &l : labels)
        if (l.size() > kMaxDomainLabelLength || !label.match(l).hasMatch())
            return false;
    return topLevel.match(labels.constLast()).hasMatch();
}

// --- numbers ---

QString vietnameseNumber(qint64 n)
{
    return QLocale(QLocale::Vietnamese).toString(n); // 1.000.000
}

} // namespace

namespace FieldChecks {

std::optional<FieldProblem> personName(const QString &name)
{
    // Some keyboards send decomposed text (e + combining circumflex + combining acute).
    // Plain spaces only (a tab or line break is stored as typed, so it is refused).
    const QString s = name.normalized(QString::NormalizationForm_C).trimmed();
    if (characterCount(s) > kMaxNameLength)
        return problem(Text::tr("Họ và tên dài quá %1 ký tự. Vui lòng kiểm tra lại.").arg(kMaxNameLength),
                       QStringLiteral("the name is longer than %1 characters").arg(kMaxNameLength));

    const FieldProblem lettersOnly =
        problem(Text::tr("Họ và tên chỉ gồm chữ cái, ví dụ: Nguyễn Văn An."),
                QStringLiteral("a name has letters only (no digits or symbols), e.g. Nguyễn Văn An"));
    const FieldProblem badPunctuation =
        problem(Text::tr("Dấu ' và dấu - chỉ đặt giữa hai chữ cái, ví dụ: H'Hen Niê."),
                QStringLiteral("' and - may only stand between two letters, e.g. H'Hen Niê"));
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool afterLetter = i > 0 && (isNameLetter(s.at(i - 1)) || isCombiningMark(s.at(i - 1)));
        if (isNameLetter(c))
            continue;
        if (isCombiningMark(c)) { // a mark with no precomposed letter: it belongs to the letter before
            if (!afterLetter)
                return lettersOnly;
            continue;
        }
        if (c == u' ') {
            if (i > 0 && (isApostrophe(s.at(i - 1)) || isHyphen(s.at(i - 1)))) // "An- Bình"
                return badPunctuation;
            continue;
        }
        if (isApostrophe(c) || isHyphen(c)) {
            if (!afterLetter || i + 1 >= s.size() || !isNameLetter(s.at(i + 1)))
                return badPunctuation;
            continue;
        }
        return lettersOnly; // digits, symbols, emoji, letters of other scripts
    }

    if (s.split(u' ', Qt::SkipEmptyParts).size() < 2)
        return problem(Text::tr("Vui lòng viết đầy đủ cả họ và tên, ví dụ: Nguyễn Văn An."),
                       QStringLiteral("write the full name (family and given name, at least two "
                                      "words), e.g. Nguyễn Văn An"));
    return std::nullopt;
}

std::optional<FieldProblem> cccdNumber(const QString &id)
{
    const QString s = id.trimmed();
    if (!s.isEmpty() && !isAllAsciiDigits(s))
        return problem(Text::tr("Số CCCD chỉ gồm 12 chữ số, không có chữ cái, dấu cách hay ký hiệu."),
                       QStringLiteral("the ID number has only digits (12 of them)"));
    if (s.size() != 12)
        return problem(Text::tr("Số CCCD phải có đúng 12 chữ số. Bạn đã nhập %n chữ số.", nullptr, int(s.size())),
                       QStringLiteral("the ID number must have exactly 12 digits, not %1").arg(s.size()));
    // Digits 1-3: the province of birth registration, pre-2025 codes (CCCD numbers did not
    // change with the 2025 merger). Digit 4 (century and sex) accepts every digit: 0-7 for
    // 1900-2299, 8-9 for the 1800s. Digits 5-6 (birth year) and 7-12 (a serial) can be anything.
    if (!CccdParser::isProvinceCode(QStringView(s).left(3).toInt()))
        return problem(Text::tr("Ba số đầu của số CCCD phải là mã tỉnh (từ 001 đến 096). "
                                "Vui lòng xem lại số trên thẻ."),
                       QStringLiteral("the first three digits are not a province code (001-096)"));
    return std::nullopt;
}

std::optional<FieldProblem> phone(const QString &phone)
{
    return phoneDigits(phone).problem;
}

QString normalizedPhone(const QString &phone)
{
    return phoneDigits(phone).digits;
}

std::optional<FieldProblem> email(const QString &email)
{
    const QString s = email.trimmed();
    if (s.size() > kMaxEmailLength)
        return problem(Text::tr("Địa chỉ email dài quá %1 ký tự. Vui lòng kiểm tra lại.").arg(kMaxEmailLength),
                       QStringLiteral("an e-mail address has at most %1 characters").arg(kMaxEmailLength));
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); }))
        return problem(Text::tr("Địa chỉ email không có dấu cách. Vui lòng xóa dấu cách."),
                       QStringLiteral("an e-mail address has no spaces"));
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.unicode() > 0x7F; }))
        return problem(Text::tr("Địa chỉ email viết không dấu, ví dụ: nguyenvanan@gmail.com."),
                       QStringLiteral("an e-mail address has no accented letters, e.g. nguyenvanan@gmail.com"));
    const qsizetype at = s.lastIndexOf(u'@');
    if (at <= 0 || s.count(u'@') != 1 || !isValidEmailLocalPart(s.left(at))
        || !isValidEmailDomain(s.mid(at + 1)))
        return problem(Text::tr("Địa chỉ email chưa đúng. Email có dạng tên@tên-miền, ví dụ: "
                                "nguyenvanan@gmail.com."),
                       QStringLiteral("not an e-mail address (name@domain.tld, e.g. nguyenvanan@gmail.com)"));
    return std::nullopt;
}

std::optional<FieldProblem> date(const QString &iso, DateRange range, const QDate &today)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})-([0-9]{2})-([0-9]{2})$"));
    const auto m = re.match(iso.trimmed());
    if (!m.hasMatch())
        return problem(Text::tr("Vui lòng điền đủ ngày, tháng và năm (năm có 4 chữ số)."),
                       QStringLiteral("a date needs a day, a month and a 4-digit year (YYYY-MM-DD, e.g. 1990-03-15)"));
    const QDate d(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
    if (!d.isValid())
        return problem(Text::tr("Ngày này không có trên lịch. Vui lòng kiểm tra lại ngày và tháng."),
                       QStringLiteral("no such day in the calendar"));
    if (d < QDate(1900, 1, 1))
        return problem(Text::tr("Năm phải từ 1900 trở về sau. Vui lòng kiểm tra lại năm."),
                       QStringLiteral("the date is before 1900"));
    if (!today.isValid()) // no reference day: only the calendar is checked
        return std::nullopt;
    if (range == DateRange::Past && d > today)
        return problem(Text::tr("Ngày này chưa đến. Vui lòng kiểm tra lại."),
                       QStringLiteral("the date is in the future"));
    if (range == DateRange::Future && d < today)
        return problem(Text::tr("Ngày này đã qua. Vui lòng chọn từ hôm nay trở đi."),
                       QStringLiteral("the date is in the past"));
    return std::nullopt;
}

std::optional<FieldProblem> number(const QString &text, qint64 min, qint64 max)
{
    const QString s = text.trimmed();
    const QStringView digits = s.startsWith(u'-') || s.startsWith(u'+') ? QStringView(s).mid(1) : QStringView(s);
    if (!isAllAsciiDigits(digits))
        return problem(Text::tr("Vui lòng chỉ nhập số nguyên, không có chữ, dấu chấm hay dấu phẩy, "
                                "ví dụ: 12."),
                       QStringLiteral("must be a whole number, e.g. 12"));
    bool ok = false;
    const qint64 n = s.toLongLong(&ok);
    if (!ok)
        return problem(Text::tr("Số này quá lớn. Vui lòng kiểm tra lại."),
                       QStringLiteral("the number is too large"));
    if (n >= min && n <= max)
        return std::nullopt;
    constexpr qint64 lowest = std::numeric_limits<qint64>::min();
    constexpr qint64 highest = std::numeric_limits<qint64>::max();
    if (max == highest)
        return problem(Text::tr("Số phải từ %1 trở lên.").arg(vietnameseNumber(min)),
                       QStringLiteral("must be at least %1").arg(min));
    if (min == lowest)
        return problem(Text::tr("Số không được lớn hơn %1.").arg(vietnameseNumber(max)),
                       QStringLiteral("must be at most %1").arg(max));
    return problem(Text::tr("Số phải từ %1 đến %2.").arg(vietnameseNumber(min), vietnameseNumber(max)),
                   QStringLiteral("must be between %1 and %2").arg(min).arg(max));
}

std::optional<FieldProblem> text(const QString &text, int maxLength, bool multiline)
{
    if (!text.isValidUtf16())
        return problem(Text::tr("Nội dung có ký tự lạ. Vui lòng xóa đi và gõ lại."),
                       QStringLiteral("contains broken characters (invalid UTF-16)"));
    const QString s = text.trimmed().normalized(QString::NormalizationForm_C);
    for (const QChar c : s) {
        if (c.category() != QChar::Other_Control)
            continue;
        const bool lineBreak = c == u'\n' || c == u'\r';
        if (lineBreak && multiline)
            continue;
        if (lineBreak)
            return problem(Text::tr("Ô này chỉ viết trên một dòng. Vui lòng xóa chỗ xuống dòng."),
                           QStringLiteral("must be a single line"));
        return problem(Text::tr("Nội dung có ký tự lạ không hiện được. Vui lòng xóa đi và gõ lại."),
                       QStringLiteral("contains control characters"));
    }
    const qsizetype length = characterCount(s);
    if (length > maxLength)
        return problem(Text::tr("Nội dung dài quá: tối đa %1 ký tự, hiện có %2. Vui lòng viết ngắn gọn hơn.")
                           .arg(maxLength)
                           .arg(length),
                       QStringLiteral("longer than %1 characters (%2)").arg(maxLength).arg(length));
    return std::nullopt;
}

} // namespace FieldChecks
} // namespace motcua
