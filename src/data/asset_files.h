// Access to the data files of assets/: where they are and how to read one as text.
// This is the only place in src/data that touches the file system; the parsers
// take text, so the web app can hand them files it fetched itself.
#pragma once
#include "core/result.h"

#include <string>

namespace huicai {

// The whole file as bytes. error.file.read (detail: the path) when it cannot be read.
Result<std::string> readTextFile(const std::string& path);

// The assets folder: $HUICAI_ASSETS if set and non-empty, else the compile-time
// HUICAI_ASSETS_DIR when defined, else "assets".
std::string assetsDir();

// assetsDir() + "/" + name.
std::string assetPath(const std::string& name);

} // namespace huicai
