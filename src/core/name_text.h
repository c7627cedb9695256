// What a name (of a person, an employer, a specialist) may hold: any printable text,
// but no control character (C0, DEL, C1: NUL, line breaks, tabs, escapes), no mark
// or override of the text's direction (U+061C, U+200E, U+200F, U+202A..U+202E,
// U+2066..U+2069), no invisible separator (U+200B, U+2028, U+2029, U+2060, U+FEFF)
// and no < or > (a name is never markup); and it must be well-formed UTF-8. The
// core checks every name a command brings; the registration form checks the same
// before sending.
#pragma once
#include "core/result.h"

#include <string_view>

namespace huicai {

// error.name.characters, detail the first character refused as "U+XXXX" (or
// "UTF-8" when the bytes are not UTF-8).
Status checkNameText(std::string_view name);

} // namespace huicai
