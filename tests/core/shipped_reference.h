// The reference set shipped in assets/ (calendar, catalogue, regions, talent
// reference), read once by data/reference.h's loader for every test that applies
// commands to the real data.
#pragma once
#include "data/asset_files.h"
#include "data/reference.h"

#include <stdexcept>

inline const huicai::Reference& shippedReference() {
    static const huicai::Reference ref = [] {
        auto loaded = huicai::loadReference(huicai::assetsDir());
        if (!loaded) throw std::runtime_error("assets failed to load: " + loaded.error().key + " " + loaded.error().detail);
        return std::move(*loaded);
    }();
    return ref;
}
