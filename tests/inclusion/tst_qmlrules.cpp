// SPDX-License-Identifier: GPL-3.0-or-later
// Rules every QML file of the kiosk keeps, read from the sources:
//  - every text a person reads goes through qsTr() (so it can be translated);
//  - every text field says what it takes (input-method hints: the on-screen keyboard shows
//    digits for numbers, phones and dates, and never predicts names).
// A line may opt out with the comment "// not translated: <why>" (language names).
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <catch2/catch.hpp>

namespace {

struct QmlFile
{
    QString path; // relative to ui/
    QString text;
};

QList<QmlFile> qmlFiles()
{
    QList<QmlFile> files;
    const QString root = QStringLiteral(MOTCUA_SOURCE_DIR "/ui");
    QDirIterator it(root, {QStringLiteral("*.qml")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly));
        files.append({path.mid(root.size() + 1), QString::fromUtf8(file.readAll())});
    }
    return files;
}

// A line without its // comment (a "//" inside a string is rare enough in QML to ignore here,
// but URLs are kept: "://" is not a comment).
QString code(const QString &line)
{
    static const QRegularExpression comment(QStringLiteral("(?<![:\"])//.*$"));
    return QString(line).remove(comment);
}

// Literals that are not inside qsTr("…"): the line with each qsTr("…") call's literal removed.
QString outsideQsTr(const QString &line)
{
    static const QRegularExpression call(QStringLiteral("qsTr\\(\"(?:[^\"\\\\]|\\\\.)*\""));
    return QString(line).remove(call);
}

// Where `type {` opens in `text`, the whole block up to its closing brace.
QStringList blocksOf(const QString &text, const QString &type)
{
    QStringList blocks;
    const QRegularExpression open(QStringLiteral("(?<![\\w.])%1\\s*\\{").arg(type));
    for (auto it = open.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        int depth = 0;
        for (qsizetype i = m.capturedEnd() - 1; i < text.size(); ++i) {
            if (text[i] == u'{')
                ++depth;
            else if (text[i] == u'}' && --depth == 0) {
                blocks.append(text.mid(m.capturedStart(), i - m.capturedStart() + 1));
                break;
            }
        }
    }
    return blocks;
}

} // namespace

TEST_CASE("Every text a person reads in QML goes through qsTr", "[i18n][qml]")
{
    // A property people read, set to a literal with a letter in it.
    static const QRegularExpression shownProperty(QStringLiteral(
        "^\\s*(text|title|message|placeholderText|subtitle|label|name|description|heading|"
        "Accessible\\.name|Accessible\\.description|ToolTip\\.text)\\s*:\\s*\"[^\"]*\\p{L}"));
    // Any literal with a Vietnamese (non-ASCII) letter; separators such as "·" or "—" are no words.
    static const QRegularExpression vietnamese(QStringLiteral("\"[^\"]*(?=\\p{L})[^\\x00-\\x7F][^\"]*\""));
    QStringList problems;
    int filesRead = 0;
    for (const QmlFile &file : qmlFiles()) {
        ++filesRead;
        const QStringList lines = file.text.split(u'\n');
        for (int i = 0; i < lines.size(); ++i) {
            if (lines[i].contains(QLatin1String("// not translated")))
                continue;
            const QString line = outsideQsTr(code(lines[i]));
            if (shownProperty.match(line).hasMatch() || vietnamese.match(line).hasMatch())
                problems.append(QStringLiteral("ui/%1:%2: %3").arg(file.path).arg(i + 1).arg(lines[i].trimmed()));
        }
    }
    CHECK(filesRead > 60);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("The qsTr check finds a literal left out", "[i18n][qml]")
{
    // The rule itself, on lines written here: it must be able to fail.
    CHECK(outsideQsTr(code(QStringLiteral("text: qsTr(\"Quay lại\")"))) == QStringLiteral("text: )"));
    CHECK(outsideQsTr(code(QStringLiteral("text: \"Quay lại\" // a comment"))).contains(QStringLiteral("Quay lại")));
    CHECK(code(QStringLiteral("source: \"qrc:/qt/qml/x.svg\"")).contains(QStringLiteral("qrc:/")));
    CHECK(blocksOf(QStringLiteral("A { B { x: 1 } } KioskTextInput { y: { z: 2 } }"), QStringLiteral("KioskTextInput"))
          == QStringList{QStringLiteral("KioskTextInput { y: { z: 2 } }")});
}

TEST_CASE("Every text field tells the on-screen keyboard what it takes", "[keyboard][qml]")
{
    QStringList problems;
    int fields = 0;
    for (const QmlFile &file : qmlFiles()) {
        // (MultilineInput sets its own hints: free text.)
        for (const QString &type : {QStringLiteral("KioskTextInput"), QStringLiteral("TextField"),
                                    QStringLiteral("TextArea")}) {
            // KioskTextInput.qml is the field itself: each use of it sets its hints.
            if (file.path.endsWith(QLatin1String("KioskTextInput.qml")) && type == QLatin1String("TextField"))
                continue;
            for (const QString &block : blocksOf(file.text, type)) {
                ++fields;
                if (!block.contains(QLatin1String("inputMethodHints")))
                    problems.append(QStringLiteral("ui/%1: a %2 without inputMethodHints: %3")
                                        .arg(file.path, type, block.left(120).simplified()));
            }
        }
    }
    CHECK(fields >= 15);
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
