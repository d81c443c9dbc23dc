// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "config/kioskconfig.h"
#include "diagnostics/healthcheck.h"

namespace motcua {

class VoiceGuide;

// The kiosk's setup and devices as the config picks them: the config itself, the program's
// version, the camera, the receipt printer's CUPS queue and the Vietnamese voice.
class SystemChecks
{
public:
    // "config": every load problem (broken), warnings (degraded), the files read.
    [[nodiscard]] static HealthCheck config(const Result<KioskConfig> &config);
    // "version": MOTCUA_VERSION and the Qt it runs on.
    [[nodiscard]] static HealthCheck version();
    // "camera": [kiosk] camera as the scanner picks it (none: n/a; a video file: it must be
    // readable; auto or a name: a camera must match, else degraded — the handheld scanner works).
    [[nodiscard]] static HealthCheck camera(const KioskConfig &config);
    // "printer": receipt_printer's CUPS queue (none configured: n/a; missing or in error: degraded).
    [[nodiscard]] static HealthCheck printer(const KioskConfig &config);
    // "voice": a Vietnamese voice (voice_engine none: n/a; no voice: degraded, the kiosk works
    // silently). From a VoiceGuide that has connected to its engine.
    [[nodiscard]] static HealthCheck voice(const VoiceGuide &guide);
    [[nodiscard]] static HealthCheck voiceOff();
};

} // namespace motcua
