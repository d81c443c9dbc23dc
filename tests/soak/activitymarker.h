// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <atomic>
#include <cstdint>

#include <fcntl.h>
#include <sys/mman.h>
#include <unistd.h>

namespace motcua::soak {

// What the soak worker is doing at this moment, so that the test that SIGKILLs it can count
// its kills by moment. Shared through a small file both processes map (MAP_SHARED): the worker
// writes, the test reads just before it kills.
enum class Activity : std::int32_t {
    StartingUp = 0,   // opening the databases, resuming
    BetweenWrites = 1,
    DraftWrite = 2,   // an answer (or a new draft) being written
    Submission = 3,   // FilingStore::submit: the file code taken
    Payment = 4,      // the fee confirmed
};

[[nodiscard]] inline const char *activityName(Activity a)
{
    switch (a) {
    case Activity::StartingUp:
        return "starting up";
    case Activity::BetweenWrites:
        return "between writes";
    case Activity::DraftWrite:
        return "draft write";
    case Activity::Submission:
        return "submission";
    case Activity::Payment:
        return "payment";
    }
    return "?";
}

class ActivityMarker
{
public:
    // Maps `path` (created with the right size when missing). isOpen() says whether it worked.
    explicit ActivityMarker(const QString &path)
    {
        const int fd = ::open(path.toLocal8Bit().constData(), O_RDWR | O_CREAT, 0600);
        if (fd < 0)
            return;
        if (::ftruncate(fd, sizeof(Shared)) == 0) {
            void *at = ::mmap(nullptr, sizeof(Shared), PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
            if (at != MAP_FAILED)
                m_shared = static_cast<Shared *>(at);
        }
        ::close(fd);
    }
    ~ActivityMarker()
    {
        if (m_shared)
            ::munmap(m_shared, sizeof(Shared));
    }
    ActivityMarker(const ActivityMarker &) = delete;
    ActivityMarker &operator=(const ActivityMarker &) = delete;

    [[nodiscard]] bool isOpen() const { return m_shared != nullptr; }
    void set(Activity a) { m_shared->activity.store(std::int32_t(a)); }
    [[nodiscard]] Activity activity() const { return Activity(m_shared->activity.load()); }
    // How many filings the worker's outbox holds.
    void setFiled(int n) { m_shared->filed.store(n); }
    [[nodiscard]] int filed() const { return m_shared->filed.load(); }

    // Sets an activity for the life of the scope, then "between writes".
    class Scope
    {
    public:
        Scope(ActivityMarker &marker, Activity a) : m_marker(marker) { m_marker.set(a); }
        ~Scope() { m_marker.set(Activity::BetweenWrites); }
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        ActivityMarker &m_marker;
    };

private:
    struct Shared
    {
        std::atomic<std::int32_t> activity;
        std::atomic<std::int32_t> filed;
    };
    static_assert(std::atomic<std::int32_t>::is_always_lock_free);
    Shared *m_shared = nullptr;
};

} // namespace motcua::soak
