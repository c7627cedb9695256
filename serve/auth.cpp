// Implements password hashing and tokens with libsodium.
#include "auth.h"

#include <sodium.h>

#include <atomic>

namespace huicai::serve {

namespace {
std::atomic<std::uint64_t> g_passwordChecks{0};

} // namespace

bool initCrypto() { return sodium_init() >= 0; }

std::string toHex(const unsigned char* bytes, std::size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), bytes, n);
    out.pop_back();
    return out;
}

std::optional<std::string> hashPassword(std::string_view password, bool fast) {
    char out[crypto_pwhash_STRBYTES];
    const auto ops = fast ? crypto_pwhash_OPSLIMIT_MIN : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const auto mem = fast ? crypto_pwhash_MEMLIMIT_MIN : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem, crypto_pwhash_ALG_ARGON2ID13) != 0)
        return std::nullopt;
    return std::string(out);
}

bool verifyPassword(std::string_view hash, std::string_view password) {
    ++g_passwordChecks;
    const std::string h(hash); // must be NUL-terminated
    return crypto_pwhash_str_verify(h.c_str(), password.data(), password.size()) == 0;
}

std::uint64_t passwordChecks() { return g_passwordChecks.load(); }

std::string newToken() {
    unsigned char bytes[32];
    randombytes_buf(bytes, sizeof bytes);
    return toHex(bytes, sizeof bytes);
}

std::string tokenHash(std::string_view token) {
    unsigned char out[crypto_generichash_BYTES];
    crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>(token.data()), token.size(), nullptr, 0);
    return toHex(out, sizeof out);
}

} // namespace huicai::serve
