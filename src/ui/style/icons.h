// Icons: glyphs of Font Awesome 4.7 (Debian's fonts-font-awesome; the font is under
// the SIL Open Font License 1.1), merged into every size of the type scale so that an
// icon sits on the text's baseline at the text's size. The build keeps only the code
// points listed here (tools/subset_icons.py reads the 0xf… values of this file): a new
// icon is one line. An icon goes before a label and is never the only way a control
// says what it does; the widget map and the tests know controls by their words.
#pragma once
#include <string>
#include <vector>

namespace huicai::ui {

enum class Icon : char32_t {
    None = 0,
    Catalog = 0xf0ca,     // list-ul: the service catalogue
    Settings = 0xf013,    // cog
    Workspace = 0xf0b1,   // briefcase: the role's own screen
    Outbox = 0xf01c,      // inbox: changes waiting to be sent
    Sync = 0xf021,        // refresh
    SignOut = 0xf08b,     // sign-out
    Back = 0xf053,        // chevron-left
    OnTime = 0xf00c,      // check
    DueSoon = 0xf017,     // clock-o
    Overdue = 0xf071,     // exclamation-triangle
    Card = 0xf2c2,        // id-card: the Huicai Card
    Download = 0xf019,    // download
    Attach = 0xf0c6,      // paperclip
    Verify = 0xf029,      // qrcode
    Notice = 0xf0f3,      // bell
    AllServices = 0xf00a, // th: every service the card opens
    Info = 0xf05a,        // info-circle: a notice that informs
    Error = 0xf06a,       // exclamation-circle: a field's problem, a refusal
    Empty = 0xf0c5,       // files-o: nothing to show
    Star = 0xf005,        // star: a favourite
    StarEmpty = 0xf006,   // star-o: not a favourite
    ZoomIn = 0xf00e,      // search-plus: the map closer
    ZoomOut = 0xf010,     // search-minus: the map farther
    FitMap = 0xf05b,      // crosshairs: the map's level whole again
    // The service items (style/item_icons.cpp says which is whose).
    Plane = 0xf072,
    IdCard = 0xf2c3,
    Home = 0xf015,
    Building = 0xf1ad,
    Sitemap = 0xf0e8,
    Certificate = 0xf0a3,
    Job = 0xf0b1,
    Money = 0xf0d6,
    Family = 0xf0c0,
    School = 0xf19d,
    Medical = 0xf0fa,
    Shield = 0xf132,
    Train = 0xf238,
    Ship = 0xf21a,
    Car = 0xf1b9,
    Map = 0xf278,
    Fitness = 0xf21e,
    Rest = 0xf236,
    Industry = 0xf275,
    TaxForm = 0xf0f6,
    Percent = 0xf295,
    Research = 0xf0c3,
    Customs = 0xf0f2,
    Bank = 0xf19c,
    Exchange = 0xf0ec,
    Bullhorn = 0xf0a1,
    Survey = 0xf002,
    Handshake = 0xf2b5,
    More = 0xf141,
};

// Every icon above, for the font's check.
inline constexpr Icon kIcons[] = {Icon::Catalog, Icon::Settings, Icon::Workspace, Icon::Outbox, Icon::Sync,
                                  Icon::SignOut, Icon::Back, Icon::OnTime, Icon::DueSoon, Icon::Overdue,
                                  Icon::Card, Icon::Download, Icon::Attach, Icon::Verify, Icon::Notice,
                                  Icon::AllServices, Icon::Info, Icon::Error, Icon::Empty, Icon::Star, Icon::StarEmpty,
                                  Icon::ZoomIn, Icon::ZoomOut, Icon::FitMap};

// The icon's character as UTF-8 (empty for None). Every icon the screens draw comes
// from here, which records it: the font set rasterises the icons asked for, not all.
std::string iconText(Icon icon);
// The icons iconText has been asked for since the program started, in that order.
const std::vector<char32_t>& iconsAskedFor();

// Whether `c` is in the Private Use Area the icon font fills (never text to download).
constexpr bool isIconCodePoint(char32_t c) { return c >= 0xE000 && c <= 0xF8FF; }

} // namespace huicai::ui
