// Implements reading an asset file and locating the assets folder. The only file in
// src/data that uses the file system.
#include "data/asset_files.h"

#include <cstdio>
#include <cstdlib>

namespace huicai {

Result<std::string> readTextFile(const std::string& path) {
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return makeError("error.file.read", path);
    std::string out;
    char buf[65536];
    std::size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
    const bool failed = std::ferror(f) != 0;
    std::fclose(f);
    if (failed) return makeError("error.file.read", path);
    return out;
}

std::string assetsDir() {
    if (const char* env = std::getenv("HUICAI_ASSETS"); env && *env) return env;
#ifdef HUICAI_ASSETS_DIR
    return HUICAI_ASSETS_DIR;
#else
    return "assets";
#endif
}

std::string assetPath(const std::string& name) { return assetsDir() + "/" + name; }

} // namespace huicai
