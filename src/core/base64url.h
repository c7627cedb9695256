// Base64url without padding (RFC 4648 section 5): the e-card's signed QR payload
// carries its masked holder name and its signature this way, and key records their
// public keys.
#pragma once
#include <optional>
#include <string>
#include <string_view>

namespace huicai {

std::string toBase64url(std::string_view bytes);
// nullopt for a character outside the alphabet, padding, or an impossible length.
std::optional<std::string> fromBase64url(std::string_view text);

} // namespace huicai
