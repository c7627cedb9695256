// Favourites as kept in the settings table: item codes joined by commas, read back
// without blanks or repeats, and toggled on and off.
#include "app/favourites.h"

#include <catch2/catch.hpp>

using namespace huicai::app;
using Codes = std::vector<std::string>;

TEST_CASE("favourites: the stored text reads back as the codes", "[app][S4.2]") {
    struct Case {
        int n;
        const char* text;
        Codes codes;
    };
    const Case cases[] = {
        {1, "", {}},
        {2, "A13", {"A13"}},
        {3, "A3,A13", {"A3", "A13"}},
        {4, "A3,,A13,", {"A3", "A13"}},
        {5, " A3 , A13", {"A3", "A13"}},
        {6, "A13,A3,A13", {"A13", "A3"}},
    };
    for (const auto& c : cases) {
        INFO("case " << c.n << ": \"" << c.text << "\"");
        CHECK(parseFavourites(c.text) == c.codes);
    }
    CHECK(formatFavourites({"A3", "A13"}) == "A3,A13");
    CHECK(formatFavourites({}).empty());
    CHECK(parseFavourites(formatFavourites({"A30", "A1"})) == Codes{"A30", "A1"});
}

TEST_CASE("favourites: a toggle adds a code once and removes it again", "[app][S4.2]") {
    Codes codes{"A1"};
    toggleFavourite(codes, "A13");
    CHECK(codes == Codes{"A1", "A13"});
    toggleFavourite(codes, "A1");
    CHECK(codes == Codes{"A13"});
    toggleFavourite(codes, "A13");
    CHECK(codes.empty());
}
