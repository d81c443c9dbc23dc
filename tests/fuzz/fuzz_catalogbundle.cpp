// SPDX-License-Identifier: GPL-3.0-or-later
// CatalogBundle::parse on any bytes (a bundle comes from the portal or a USB stick). What it
// accepts, written back with toJson(), parses again to the same bundle.
#include "fuzzsupport.h"

#include "catalog/catalogbundle.h"

#include <QJsonDocument>

using namespace motcua;
using motcua::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const auto bundle = CatalogBundle::parse(fuzz::bytes(data, size));
    if (!bundle) {
        require(!bundle.error().isEmpty(), "a refused bundle says why");
        return 0;
    }
    require(!bundle->topics.isEmpty() && !bundle->procedures.isEmpty(), "a bundle has topics and procedures");
    const QJsonObject json = bundle->toJson();
    const QByteArray again = QJsonDocument(json).toJson(QJsonDocument::Compact);
    const auto reread = CatalogBundle::parse(again);
    require(reread.ok(), "an accepted bundle, written again, parses", reread.error());
    require(reread->toJson() == json, "an accepted bundle, written again, reads back the same",
            QString::fromUtf8(again.left(2000)));
    return 0;
}
