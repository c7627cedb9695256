// Implements the Ed25519 wrappers on libsodium's detached signatures.
#include "seal/ed25519.h"

#include <sodium/crypto_sign_ed25519.h>

namespace huicai::seal {

namespace {
const unsigned char* bytes(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
} // namespace

static_assert(kPublicKeyBytes == crypto_sign_ed25519_PUBLICKEYBYTES);
static_assert(kSecretKeyBytes == crypto_sign_ed25519_SECRETKEYBYTES);
static_assert(kSignatureBytes == crypto_sign_ed25519_BYTES);

bool verify(std::string_view publicKey, std::string_view message, std::string_view signature) {
    if (publicKey.size() != kPublicKeyBytes || signature.size() != kSignatureBytes) return false;
    return crypto_sign_ed25519_verify_detached(bytes(signature), bytes(message), message.size(), bytes(publicKey)) == 0;
}

std::string sign(std::string_view secretKey, std::string_view message) {
    if (secretKey.size() != kSecretKeyBytes) return {};
    std::string out(kSignatureBytes, '\0');
    unsigned long long length = 0;
    if (crypto_sign_ed25519_detached(reinterpret_cast<unsigned char*>(out.data()), &length, bytes(message), message.size(),
                                     bytes(secretKey)) != 0)
        return {};
    return out;
}

std::string publicKeyOf(std::string_view secretKey) {
    if (secretKey.size() != kSecretKeyBytes) return {};
    return std::string(secretKey.substr(kSecretKeyBytes - kPublicKeyBytes));
}

} // namespace huicai::seal
