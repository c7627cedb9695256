// Implements the favourites setting's text form and the toggle.
#include "app/favourites.h"

#include <algorithm>

namespace huicai::app {

std::vector<std::string> parseFavourites(std::string_view text) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= text.size()) {
        size_t end = text.find(',', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view part = text.substr(start, end - start);
        while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
        while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
        if (!part.empty() && std::find(out.begin(), out.end(), part) == out.end()) out.emplace_back(part);
        start = end + 1;
    }
    return out;
}

std::string formatFavourites(const std::vector<std::string>& codes) {
    std::string out;
    for (const auto& c : codes) {
        if (!out.empty()) out += ',';
        out += c;
    }
    return out;
}

void toggleFavourite(std::vector<std::string>& codes, const std::string& code) {
    auto it = std::find(codes.begin(), codes.end(), code);
    if (it == codes.end()) codes.push_back(code);
    else codes.erase(it);
}

} // namespace huicai::app
