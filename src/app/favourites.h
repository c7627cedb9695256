// Favourites as stored in the settings table: item codes joined by commas ("A3,A13").
#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace huicai::app {

// Splits on commas, drops empty parts, blanks and repeats; keeps the order.
std::vector<std::string> parseFavourites(std::string_view text);
std::string formatFavourites(const std::vector<std::string>& codes);
// Adds `code` when absent, removes it when present.
void toggleFavourite(std::vector<std::string>& codes, const std::string& code);

} // namespace huicai::app
