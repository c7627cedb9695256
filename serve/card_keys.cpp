// Implements CardKeys: key files written with O_EXCL and mode 0600, then read back.
#include "card_keys.h"

#include "seal/ed25519.h"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <fcntl.h>
#include <fstream>
#include <sys/stat.h>
#include <unistd.h>

namespace huicai::serve {

namespace fs = std::filesystem;

namespace {

// "k12" -> 12; 0 for any other name.
int keyNumber(const std::string& id) {
    if (id.size() < 2 || id[0] != 'k') return 0;
    int n = 0;
    auto [end, ec] = std::from_chars(id.data() + 1, id.data() + id.size(), n);
    if (ec != std::errc{} || end != id.data() + id.size() || n < 1) return 0;
    return n;
}

Status writeNewKey(const fs::path& file) {
    unsigned char pk[crypto_sign_PUBLICKEYBYTES];
    unsigned char sk[crypto_sign_SECRETKEYBYTES];
    crypto_sign_keypair(pk, sk);
    const int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        sodium_memzero(sk, sizeof sk);
        return makeError("error.serve.card_key", file.string());
    }
    const bool written = ::write(fd, sk, sizeof sk) == static_cast<ssize_t>(sizeof sk) && ::fsync(fd) == 0;
    sodium_memzero(sk, sizeof sk);
    if (::close(fd) != 0 || !written) return makeError("error.serve.card_key", file.string());
    return Ok{};
}

} // namespace

Result<CardKeys> CardKeys::open(const fs::path& dataDir, bool rotate) {
    const fs::path folder = dataDir / kCardKeyFolder;
    std::error_code ec;
    fs::create_directories(folder, ec);
    if (ec || !fs::is_directory(folder)) return makeError("error.serve.card_key", folder.string());
    fs::permissions(folder, fs::perms::owner_all, fs::perm_options::replace, ec);
    if (ec) return makeError("error.serve.card_key", folder.string());

    auto scan = [&]() -> Result<std::vector<Key>> {
        std::vector<Key> keys;
        for (const auto& entry : fs::directory_iterator(folder, ec)) {
            const fs::path p = entry.path();
            if (p.extension() != ".key" || keyNumber(p.stem().string()) == 0) continue;
            struct stat st {};
            // A key others may read is no longer the province's alone: refuse it.
            if (::stat(p.c_str(), &st) != 0 || (st.st_mode & 077) != 0) return makeError("error.serve.card_key", p.string());
            std::ifstream in(p, std::ios::binary);
            std::string secret((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
            if (secret.size() != seal::kSecretKeyBytes) return makeError("error.serve.card_key", p.string());
            keys.push_back(Key{p.stem().string(), std::move(secret)});
        }
        if (ec) return makeError("error.serve.card_key", folder.string());
        std::sort(keys.begin(), keys.end(), [](const Key& a, const Key& b) { return keyNumber(a.id) < keyNumber(b.id); });
        return keys;
    };
    auto keys = scan();
    if (!keys) return keys.error();
    if (keys->empty() || rotate) {
        const int next = keys->empty() ? 1 : keyNumber(keys->back().id) + 1;
        if (auto s = writeNewKey(folder / ("k" + std::to_string(next) + ".key")); !s) return s.error();
        keys = scan();
        if (!keys) return keys.error();
    }
    CardKeys out;
    out.m_keys = std::move(*keys);
    return out;
}

std::vector<CardKeyFile> CardKeys::publicKeys() const {
    std::vector<CardKeyFile> out;
    for (const auto& k : m_keys) out.push_back(CardKeyFile{k.id, seal::publicKeyOf(k.secret)});
    return out;
}

std::string CardKeys::sign(std::string_view message) const { return seal::sign(m_keys.back().secret, message); }

} // namespace huicai::serve
