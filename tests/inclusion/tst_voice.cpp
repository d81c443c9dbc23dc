// SPDX-License-Identifier: GPL-3.0-or-later
// The kiosk's voice as it runs on a counter: speech-dispatcher with espeak-ng's Vietnamese
// voice, playing into a sound server. The test starts both headless (PulseAudio with a null
// sink), in a runtime folder of its own, and hears an utterance go Speaking → Ready.
#include "../common/eventloop.h"
#include "voice/voiceguide.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QDir>
#include <QFileInfo>
#include <QLocalSocket>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

using namespace motcua;
using motcua::test::waitUntil;

namespace {

// PulseAudio and speech-dispatcher for this test only; both stop with it.
class SpeechRig
{
public:
    SpeechRig()
    {
        QFile::setPermissions(m_runtime.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_oldRuntime = qgetenv("XDG_RUNTIME_DIR");
        qputenv("XDG_RUNTIME_DIR", m_runtime.path().toUtf8());
        m_pulse.setProgram(QStringLiteral("pulseaudio"));
        m_pulse.setArguments({QStringLiteral("-n"), QStringLiteral("--daemonize=no"), QStringLiteral("--exit-idle-time=-1"),
                              QStringLiteral("--load=module-null-sink sink_name=kiosk"),
                              QStringLiteral("--load=module-native-protocol-unix")});
        m_pulse.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_pulse.start();
        const QString pulseSocket = m_runtime.filePath(QStringLiteral("pulse/native"));
        m_soundReady = m_pulse.waitForStarted(5000) && waitUntil([&] { return QFileInfo::exists(pulseSocket); }, 10000);
        // speech-dispatcher in the foreground, on the socket its clients look for. (Its clients can
        // also spawn it, as on the kiosk at start-up; not from a process that already runs
        // children with QProcess, whose SIGCHLD handling takes the spawned child's exit.)
        const QString socket = m_runtime.filePath(QStringLiteral("speech-dispatcher/speechd.sock"));
        QDir(m_runtime.path()).mkpath(QStringLiteral("speech-dispatcher"));
        m_speechd.setProgram(QStringLiteral("speech-dispatcher"));
        m_speechd.setArguments({QStringLiteral("--run-single"), QStringLiteral("--timeout"), QStringLiteral("0"),
                                QStringLiteral("--communication-method"), QStringLiteral("unix_socket"),
                                QStringLiteral("--socket-path"), socket});
        m_speechd.start();
        m_speechReady = m_speechd.waitForStarted(5000) && waitUntil([&] {
            QLocalSocket probe;
            probe.connectToServer(socket);
            return probe.waitForConnected(200);
        }, 15000);
    }
    ~SpeechRig()
    {
        for (QProcess *p : {&m_speechd, &m_pulse}) {
            p->terminate();
            if (!p->waitForFinished(3000))
                p->kill();
            p->waitForFinished(1000);
        }
        qputenv("XDG_RUNTIME_DIR", m_oldRuntime);
    }
    [[nodiscard]] bool soundReady() const { return m_soundReady; }
    [[nodiscard]] bool speechReady() const { return m_speechReady; }

private:
    QTemporaryDir m_runtime;
    QByteArray m_oldRuntime;
    QProcess m_pulse;
    QProcess m_speechd;
    bool m_soundReady = false;
    bool m_speechReady = false;
};

} // namespace

TEST_CASE("The Vietnamese voice is found and an utterance goes Speaking then Ready", "[voice]")
{
    REQUIRE(!QStandardPaths::findExecutable(QStringLiteral("speech-dispatcher")).isEmpty());
    SpeechRig rig;
    REQUIRE(rig.soundReady());
    REQUIRE(rig.speechReady());

    VoiceGuide voice(QStringLiteral("vi"));
    // The daemon answers once its output modules are up (a few seconds on a busy machine), as
    // at a kiosk's boot: the guide tries again until then.
    static_cast<void>(waitUntil([&] { return voice.reconnect(); }, 30000)); // available() below says how it went
    INFO(voice.problem().toStdString());
    REQUIRE(voice.available());
    CHECK(voice.problem().isEmpty());
    CHECK(voice.state() == QLatin1String("ready"));

    QStringList states;
    QObject::connect(&voice, &VoiceGuide::stateChanged, [&] { states.append(voice.state()); });
    voice.say(QStringLiteral("Xin chào. Mời bạn chọn thủ tục cần làm."));
    CHECK(voice.lastSaid() == QStringLiteral("Xin chào. Mời bạn chọn thủ tục cần làm."));
    REQUIRE(waitUntil([&] { return states.contains(QLatin1String("speaking")); }, 20000));
    REQUIRE(waitUntil([&] { return states.endsWith(QLatin1String("ready")); }, 30000));
    CHECK(states.indexOf(QLatin1String("speaking")) < states.lastIndexOf(QLatin1String("ready")));

    // (One run, no sections: Qt's speech-dispatcher connection is made once per process.)
    // English speaks too, and back to Vietnamese.
    voice.setLanguage(QStringLiteral("en"));
    CHECK(voice.available());
    voice.setLanguage(QStringLiteral("vi"));
    CHECK(voice.available());

    // With guidance off nothing is spoken, but the speaker button still reads.
    voice.setEnabled(false);
    states.clear();
    voice.say(QStringLiteral("Bước 1 trên 4"));
    QCoreApplication::processEvents();
    QThread::msleep(500);
    QCoreApplication::processEvents();
    CHECK_FALSE(states.contains(QLatin1String("speaking")));
    voice.repeat();
    REQUIRE(waitUntil([&] { return states.contains(QLatin1String("speaking")); }, 20000));
    REQUIRE(waitUntil([&] { return voice.state() == QLatin1String("ready"); }, 30000));
}

TEST_CASE("Without a voice the guide is silent and says why", "[voice]")
{
    VoiceGuide voice(QStringLiteral("vi"), QStringLiteral("no-such-engine"));
    CHECK_FALSE(voice.available());
    CHECK(voice.state() == QLatin1String("unavailable"));
    CHECK(voice.problem().contains(QLatin1String("no-such-engine")));
    voice.say(QStringLiteral("Xin chào"));
    CHECK(voice.lastSaid() == QStringLiteral("Xin chào")); // the repeat button still has it
    voice.repeat();                                      // and nothing breaks
    CHECK(voice.state() == QLatin1String("unavailable"));
}

TEST_CASE("A file code is read one character at a time", "[voice]")
{
    CHECK(VoiceGuide::oneByOne(QStringLiteral("261123-0001")) == QStringLiteral("2, 6, 1, 1, 2, 3, 0, 0, 0, 1"));
    CHECK(VoiceGuide::oneByOne(QStringLiteral("H01")) == QStringLiteral("H, 0, 1"));
    CHECK(VoiceGuide::oneByOne(QString()).isEmpty());
}
