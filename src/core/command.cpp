// Command names and targets over the Payload variant.
#include "core/command.h"

namespace huicai {

std::string commandTarget(const Command& c) {
    if (const auto* a = std::get_if<FileQuarterlyArchive>(&c.payload))
        return recordKey("archive", c.actor.scope + ":" + std::to_string(a->year) + ":Q" + std::to_string(a->quarter));
    return std::visit([](const auto& x) { return x.target(); }, c.payload);
}

namespace {
template <std::size_t... I>
std::vector<std::string_view> namesOf(std::index_sequence<I...>) {
    return {std::variant_alternative_t<I, Payload>::kName...};
}
} // namespace

std::vector<std::string_view> allCommandNames() {
    return namesOf(std::make_index_sequence<std::variant_size_v<Payload>>{});
}

} // namespace huicai
