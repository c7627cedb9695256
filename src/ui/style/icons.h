// Icons: glyphs of Font Awesome 4.7 (Debian's fonts-font-awesome; the font is under
// the SIL Open Font License 1.1), merged into every size of the type scale so that an
// icon sits on the text's baseline at the text's size. The build keeps only the code
// points listed here (tools/subset_icons.py reads the 0xf… values of this file): a new
// icon is one line. An icon goes before a label and is never the only way a control
// says what it does; the widget map and the tests know controls by their words.
#pragma once
#include <string>

namespace huicai::ui {

enum class Icon : char32_t {
    None = 0,
    Catalog = 0xf0ca,   // list-ul: the service catalogue
    Settings = 0xf013,  // cog
    Workspace = 0xf0b1, // briefcase: the role's own screen
    Outbox = 0xf01c,    // inbox: changes waiting to be sent
    Sync = 0xf021,      // refresh
    SignOut = 0xf08b,   // sign-out
    Back = 0xf053,      // chevron-left
    OnTime = 0xf00c,    // check
    DueSoon = 0xf017,   // clock-o
    Overdue = 0xf071,   // exclamation-triangle
    Card = 0xf2c2,      // id-card: the Huicai Card
    Download = 0xf019,  // download
    Attach = 0xf0c6,    // paperclip
    Verify = 0xf029,    // qrcode
    Notice = 0xf0f3,    // bell
};

// Every icon above, for the font's check.
inline constexpr Icon kIcons[] = {Icon::Catalog, Icon::Settings, Icon::Workspace, Icon::Outbox, Icon::Sync,
                                  Icon::SignOut, Icon::Back, Icon::OnTime, Icon::DueSoon, Icon::Overdue,
                                  Icon::Card, Icon::Download, Icon::Attach, Icon::Verify, Icon::Notice};

// The icon's character as UTF-8 (empty for None).
std::string iconText(Icon icon);

// Whether `c` is in the Private Use Area the icon font fills (never text to download).
constexpr bool isIconCodePoint(char32_t c) { return c >= 0xE000 && c <= 0xF8FF; }

} // namespace huicai::ui
