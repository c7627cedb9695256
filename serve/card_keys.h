// The province's e-card signing keys, kept in the data folder and never sent out:
// <data>/card-keys/<id>.key holds one Ed25519 secret key (libsodium's 64 bytes),
// mode 0600 in a 0700 folder. The first key ("k1") is created on the first start;
// a rotation (--rotate-card-key) adds the next ("k2", ...), which signs from then
// on while the older keys stay published and trusted for the cards they signed. A
// withdrawn key (--withdraw-card-key ID) is published as withdrawn, and the cards
// it signed are signed again with the current key (card_signing.h).
#pragma once
#include "core/result.h"

#include <filesystem>
#include <string>
#include <vector>

namespace huicai::serve {

inline constexpr const char* kCardKeyFolder = "card-keys";

struct CardKeyFile {
    std::string id;
    std::string publicKey; // raw 32 bytes
};

class CardKeys {
public:
    // Loads the keys of <dataDir>/card-keys, creating the folder and the first key
    // when there is none, and a new key when `rotate`. Errors: error.serve.card_key
    // (detail: the file at fault).
    static Result<CardKeys> open(const std::filesystem::path& dataDir, bool rotate);

    // The key that signs new cards: the one with the highest number.
    const std::string& currentId() const { return m_keys.back().id; }
    // Every key, oldest first (their public halves only).
    std::vector<CardKeyFile> publicKeys() const;
    // The signature of `message` with the current key.
    std::string sign(std::string_view message) const;

private:
    struct Key {
        std::string id;
        std::string secret;
    };
    std::vector<Key> m_keys; // by number, oldest first; never empty
};

} // namespace huicai::serve
