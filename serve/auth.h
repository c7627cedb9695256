// Password hashing and session tokens for the server, on libsodium: passwords are
// stored as argon2id strings (crypto_pwhash_str, which embeds salt and parameters);
// tokens are 32 random bytes in hex, given to the client once and stored only as
// their BLAKE2b hash, so a stolen database holds no usable token.
#pragma once
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace huicai::serve {

// False when libsodium cannot start (no entropy source).
bool initCrypto();

// The argon2id string of `password`; nullopt when out of memory. `fast` picks the
// cheapest parameters (tests).
std::optional<std::string> hashPassword(std::string_view password, bool fast);
bool verifyPassword(std::string_view hash, std::string_view password);
// How many verifyPassword() calls this process has made (each costs one argon2id).
std::uint64_t passwordChecks();

// Lower-case hexadecimal of `n` bytes.
std::string toHex(const unsigned char* bytes, std::size_t n);

std::string newToken();
std::string tokenHash(std::string_view token);

} // namespace huicai::serve
