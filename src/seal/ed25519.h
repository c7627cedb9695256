// Ed25519 signatures over short texts, through libsodium's crypto_sign_ed25519_*:
// the province signs an issued card's facts and anyone holding its public key
// checks them (core/card_payload.h). Keys and signatures are raw bytes.
#pragma once
#include <cstddef>
#include <string>
#include <string_view>

namespace huicai::seal {

inline constexpr std::size_t kPublicKeyBytes = 32;
inline constexpr std::size_t kSecretKeyBytes = 64; // libsodium's layout: seed, then public key
inline constexpr std::size_t kSignatureBytes = 64;

// True when `signature` is `publicKey`'s signature of `message`; false for keys or
// signatures of the wrong size.
bool verify(std::string_view publicKey, std::string_view message, std::string_view signature);

// The detached signature of `message`; empty when `secretKey` has the wrong size.
std::string sign(std::string_view secretKey, std::string_view message);

// The public half of a secret key; empty when it has the wrong size.
std::string publicKeyOf(std::string_view secretKey);

} // namespace huicai::seal
