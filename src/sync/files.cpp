// Implements the attachment messages: type table and magic bytes, the strict
// declaration's encoder and decoder, the status answer's encoder and decoder, and
// chunk offsets.
#include "sync/files.h"

#include "core/attachment.h"
#include "sync/json_members.h"

#include <array>
#include <charconv>

namespace huicai::sync {

namespace {

using namespace json_members;

struct TypeInfo {
    FileType type;
    std::string_view mime;
    std::string_view magic;
};

constexpr std::array<TypeInfo, 3> kTypes = {{
    {FileType::Pdf, "application/pdf", std::string_view("%PDF-", 5)},
    {FileType::Jpeg, "image/jpeg", std::string_view("\xFF\xD8\xFF", 3)},
    {FileType::Png, "image/png", std::string_view("\x89PNG\r\n\x1A\n", 8)},
}};

Result<std::uint64_t> unsignedMember(const Json& j, const char* name, std::uint64_t lo, std::uint64_t hi) {
    auto it = j.find(name);
    if (it == j.end()) return field(name, "missing");
    if (!it->is_number_integer()) return field(name, "expected an integer");
    if (!it->is_number_unsigned() && it->get<std::int64_t>() < 0) return field(name, "out of range");
    const auto v = it->get<std::uint64_t>();
    if (v < lo || v > hi) return field(name, "out of range");
    return v;
}

Result<std::string> stringMember(const Json& j, const char* name) {
    auto it = j.find(name);
    if (it == j.end()) return field(name, "missing");
    if (!it->is_string()) return field(name, "expected a string");
    return it->get<std::string>();
}

Result<std::string> hashMember(const Json& j) {
    auto hash = stringMember(j, "sha256");
    if (!hash) return hash.error();
    if (!isSha256Hex(*hash)) return field("sha256", "expected 64 lowercase hex digits");
    return hash;
}

bool validName(std::string_view name) {
    if (name.empty() || name.size() > kMaxFileNameBytes) return false;
    for (char c : name) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 || u == 0x7F || c == '/' || c == '\\') return false;
    }
    return true;
}

} // namespace

std::string_view mimeOf(FileType type) {
    for (const auto& t : kTypes)
        if (t.type == type) return t.mime;
    return {};
}

std::optional<FileType> fileTypeFromMime(std::string_view mime) {
    for (const auto& t : kTypes)
        if (t.mime == mime) return t.type;
    return std::nullopt;
}

std::optional<FileType> sniffFileType(std::string_view head) {
    for (const auto& t : kTypes)
        if (head.starts_with(t.magic)) return t.type;
    return std::nullopt;
}

std::string encodeFileDeclaration(const FileDeclaration& d) {
    const Json j{{"protocol", d.versions.protocol},
                 {"schema", d.versions.schema},
                 {"sha256", d.sha256},
                 {"size", d.size},
                 {"type", std::string(mimeOf(d.type))},
                 {"name", d.name}};
    // A file name that is not UTF-8 is sent with U+FFFD in place of its bad bytes.
    return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Result<FileDeclaration> decodeFileDeclaration(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"protocol", "schema", "sha256", "size", "type", "name"}); !s) return s.error();
    FileDeclaration out;
    auto protocol = unsignedMember(*j, "protocol", 0, 1 << 20);
    if (!protocol) return protocol.error();
    auto schema = unsignedMember(*j, "schema", 0, 1 << 20);
    if (!schema) return schema.error();
    out.versions = Versions{static_cast<int>(*protocol), static_cast<int>(*schema)};
    auto hash = hashMember(*j);
    if (!hash) return hash.error();
    out.sha256 = *hash;
    auto size = unsignedMember(*j, "size", 1, kMaxFileLimit);
    if (!size) return size.error();
    out.size = *size;
    auto mime = stringMember(*j, "type");
    if (!mime) return mime.error();
    auto type = fileTypeFromMime(*mime);
    if (!type) return makeError("error.files.type", mime->substr(0, 100));
    out.type = *type;
    auto name = stringMember(*j, "name");
    if (!name) return name.error();
    if (!validName(*name)) return field("name", "1 to 255 bytes without control characters or slashes");
    out.name = *name;
    return out;
}

Json fileStatusJson(const FileStatus& status) {
    return Json{{"sha256", status.sha256}, {"size", status.size}, {"received", status.received}, {"complete", status.complete}};
}

Result<FileStatus> decodeFileStatus(std::string_view body) {
    auto j = parseObject(body);
    if (!j) return j.error();
    if (auto s = onlyMembers(*j, {"sha256", "size", "received", "complete"}); !s) return s.error();
    FileStatus out;
    auto hash = hashMember(*j);
    if (!hash) return hash.error();
    out.sha256 = *hash;
    auto size = unsignedMember(*j, "size", 1, kMaxFileLimit);
    if (!size) return size.error();
    out.size = *size;
    auto received = unsignedMember(*j, "received", 0, out.size);
    if (!received) return received.error();
    out.received = *received;
    auto complete = j->find("complete");
    if (complete == j->end()) return field("complete", "missing");
    if (!complete->is_boolean()) return field("complete", "expected a boolean");
    out.complete = complete->get<bool>();
    if (out.complete && out.received != out.size) return field("received", "a complete file has every byte");
    return out;
}

Result<std::uint64_t> decodeChunkOffset(std::string_view text) {
    if (text.empty() || text.size() > 20) return field("offset", "expected a decimal number");
    for (char c : text)
        if (c < '0' || c > '9') return field("offset", "expected a decimal number");
    std::uint64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc{} || end != text.data() + text.size() || v > kMaxFileLimit) return field("offset", "out of range");
    return v;
}

} // namespace huicai::sync
