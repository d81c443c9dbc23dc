// SPDX-License-Identifier: GPL-3.0-or-later
// bench-startup-watch: starts a program on an X display (Xvfb) and measures, from its exec, how
// long until the screen shows a given look (the home screen): a few probe pixels of the root
// window, read with XGetImage every 2 ms, all match their expected colours. It also listens on
// a NOTIFY_SOCKET of its own, so a program that speaks sd_notify (motcua-kiosk) reports when it
// claims to be ready. Then it stops the program (its whole process group) and waits until the
// probes show the empty root again, so the next run starts from an empty screen.
//
// Usage: bench-startup-watch [--probe X,Y=RRGGBB]... [--tolerance N] [--timeout MS]
//                            [--log FILE] [--shot FILE.png] -- PROGRAM [ARG]...
// --shot: 2 s after the look came, the screen is saved (ImageMagick's import) before the stop.
// Prints one line: "home_ms=1234.5 ready_ms=1200.1" (ready_ms=- when no READY=1 came).
// Exit 0 measured, 1 timed out (the look never came), 2 usage or setup error.
#include <X11/Xlib.h>
#include <X11/Xutil.h>

#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

using Clock = std::chrono::steady_clock;

struct Probe
{
    int x = 0;
    int y = 0;
    unsigned rgb = 0;
};

struct Options
{
    std::vector<Probe> probes;
    int tolerance = 24; // per channel: antialiasing and colour rounding differ a little
    int timeoutMs = 30'000;
    std::string log = "/dev/null";
    std::string shot;
    std::vector<char *> command;
};

std::optional<Probe> parseProbe(const char *text)
{
    Probe p;
    char hex[8] = {};
    if (std::sscanf(text, "%d,%d=%6[0-9a-fA-F]", &p.x, &p.y, hex) != 3 || std::strlen(hex) != 6)
        return std::nullopt;
    p.rgb = unsigned(std::strtoul(hex, nullptr, 16));
    return p;
}

std::optional<Options> parseOptions(int argc, char **argv)
{
    Options o;
    int i = 1;
    for (; i < argc; ++i) {
        const std::string a = argv[i];
        const bool hasValue = i + 1 < argc;
        if (a == "--") {
            ++i;
            break;
        }
        if (a == "--probe" && hasValue) {
            const auto probe = parseProbe(argv[++i]);
            if (!probe)
                return std::nullopt;
            o.probes.push_back(*probe);
        } else if (a == "--tolerance" && hasValue) {
            o.tolerance = std::atoi(argv[++i]);
        } else if (a == "--timeout" && hasValue) {
            o.timeoutMs = std::atoi(argv[++i]);
        } else if (a == "--shot" && hasValue) {
            o.shot = argv[++i];
        } else if (a == "--log" && hasValue) {
            o.log = argv[++i];
        } else {
            return std::nullopt;
        }
    }
    for (; i < argc; ++i)
        o.command.push_back(argv[i]);
    o.command.push_back(nullptr);
    if (o.probes.empty() || o.command.size() < 2)
        return std::nullopt;
    return o;
}

unsigned channel(unsigned long pixel, unsigned long mask)
{
    if (mask == 0)
        return 0;
    int shift = 0;
    while (((mask >> shift) & 1UL) == 0)
        ++shift;
    const unsigned long max = mask >> shift;
    return unsigned(((pixel & mask) >> shift) * 255UL / max);
}

// The root window's colour at a probe, as 0xRRGGBB.
unsigned colourAt(Display *display, Window root, const Probe &probe)
{
    XImage *image = XGetImage(display, root, probe.x, probe.y, 1, 1, AllPlanes, ZPixmap);
    if (!image)
        return 0;
    const unsigned long pixel = XGetPixel(image, 0, 0);
    const unsigned rgb = channel(pixel, image->red_mask) << 16 | channel(pixel, image->green_mask) << 8
                         | channel(pixel, image->blue_mask);
    XDestroyImage(image);
    return rgb;
}

bool near(unsigned a, unsigned b, int tolerance)
{
    for (int shift : {0, 8, 16}) {
        const int ca = int((a >> shift) & 0xFF);
        const int cb = int((b >> shift) & 0xFF);
        if (std::abs(ca - cb) > tolerance)
            return false;
    }
    return true;
}

bool allMatch(Display *display, Window root, const Options &o)
{
    for (const Probe &p : o.probes) {
        if (!near(colourAt(display, root, p), p.rgb, o.tolerance))
            return false;
    }
    return true;
}

bool anyMatch(Display *display, Window root, const Options &o)
{
    for (const Probe &p : o.probes) {
        if (near(colourAt(display, root, p), p.rgb, o.tolerance))
            return true;
    }
    return false;
}

// A datagram socket at a fresh path: where the program under test sends READY=1.
struct NotifySocket
{
    int fd = -1;
    std::string path;

    bool open()
    {
        path = "/tmp/bench-startup-notify-" + std::to_string(getpid());
        ::unlink(path.c_str());
        fd = ::socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        sockaddr_un address{};
        address.sun_family = AF_UNIX;
        std::snprintf(address.sun_path, sizeof address.sun_path, "%s", path.c_str());
        return fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0;
    }
    // True once a datagram with READY=1 has come.
    bool readyReceived()
    {
        char buffer[4096];
        for (;;) {
            const ssize_t n = ::recv(fd, buffer, sizeof buffer - 1, 0);
            if (n <= 0)
                return false;
            buffer[n] = '\0';
            if (std::strstr(buffer, "READY=1"))
                return true;
        }
    }
    ~NotifySocket()
    {
        if (fd >= 0)
            ::close(fd);
        if (!path.empty())
            ::unlink(path.c_str());
    }
};

pid_t launch(const Options &o, const std::string &notifyPath)
{
    const pid_t pid = fork();
    if (pid != 0)
        return pid;
    setpgid(0, 0); // its own group: stopping it stops every process it started (Chromium's)
    setenv("NOTIFY_SOCKET", notifyPath.c_str(), 1);
    const int out = ::open(o.log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (out >= 0) {
        dup2(out, STDOUT_FILENO);
        dup2(out, STDERR_FILENO);
    }
    execvp(o.command[0], o.command.data());
    std::perror("bench-startup-watch: exec");
    _exit(127);
}

// The whole screen into a PNG, with ImageMagick's import.
void saveScreen(const std::string &file)
{
    const pid_t pid = fork();
    if (pid == 0) {
        execlp("import", "import", "-window", "root", file.c_str(), static_cast<char *>(nullptr));
        std::perror("bench-startup-watch: import");
        _exit(127);
    }
    waitpid(pid, nullptr, 0);
}

void stop(pid_t pid)
{
    kill(-pid, SIGTERM);
    for (int i = 0; i < 300; ++i) { // 3 s, then it is killed
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            kill(-pid, SIGKILL); // helpers left in the group
            return;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    kill(-pid, SIGKILL);
    waitpid(pid, nullptr, 0);
}

double msSince(Clock::time_point start, Clock::time_point end)
{
    return std::chrono::duration<double, std::milli>(end - start).count();
}

} // namespace

int main(int argc, char **argv)
{
    const auto options = parseOptions(argc, argv);
    if (!options) {
        std::fprintf(stderr, "usage: bench-startup-watch --probe X,Y=RRGGBB [--probe ...] [--tolerance N] "
                             "[--timeout MS] [--log FILE] [--shot FILE.png] -- PROGRAM [ARG]...\n");
        return 2;
    }
    Display *display = XOpenDisplay(nullptr);
    if (!display) {
        std::fprintf(stderr, "bench-startup-watch: cannot open display %s\n", std::getenv("DISPLAY"));
        return 2;
    }
    const Window root = DefaultRootWindow(display);
    if (allMatch(display, root, *options)) {
        std::fprintf(stderr, "bench-startup-watch: the screen already shows the look before the start\n");
        return 2;
    }
    NotifySocket notify;
    if (!notify.open()) {
        std::fprintf(stderr, "bench-startup-watch: cannot open a notify socket\n");
        return 2;
    }

    const Clock::time_point start = Clock::now();
    const pid_t pid = launch(*options, notify.path);
    std::optional<double> homeMs;
    std::optional<double> readyMs;
    const auto deadline = start + std::chrono::milliseconds(options->timeoutMs);
    // After the home frame, READY=1 may still be on its way (it is sent from the event loop).
    std::optional<Clock::time_point> readyWaitEnd;
    bool exited = false;
    while (Clock::now() < deadline) {
        if (!readyMs && notify.readyReceived())
            readyMs = msSince(start, Clock::now());
        if (!homeMs && allMatch(display, root, *options)) {
            homeMs = msSince(start, Clock::now());
            readyWaitEnd = Clock::now() + std::chrono::milliseconds(1000);
        }
        if (homeMs && (readyMs || Clock::now() > *readyWaitEnd))
            break;
        if (waitpid(pid, nullptr, WNOHANG) == pid) {
            exited = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    if (homeMs && !exited && !options->shot.empty()) {
        std::this_thread::sleep_for(std::chrono::seconds(2));
        saveScreen(options->shot);
    }
    if (!exited)
        stop(pid);
    // The window gone, the root shows through again before the next run.
    for (int i = 0; i < 500 && anyMatch(display, root, *options); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    XCloseDisplay(display);

    if (!homeMs) {
        std::fprintf(stderr, "bench-startup-watch: %s\n",
                     exited ? "the program exited before showing the look" : "timed out waiting for the look");
        return 1;
    }
    if (readyMs)
        std::printf("home_ms=%.1f ready_ms=%.1f\n", *homeMs, *readyMs);
    else
        std::printf("home_ms=%.1f ready_ms=-\n", *homeMs);
    return 0;
}
