// Attachments of the forms being filled in (card evidence, service materials): the
// files a user picked, checked for size and type before anything is sent, then in
// server mode declared and uploaded in chunks (POST /api/v1/files, PUT
// /api/v1/files/<sha256>?offset=N, src/sync/API.md) as a state machine without I/O:
// the app asks for the next call of an attachment, makes it, and hands the answer
// back. In demo mode a checked file is ready at once and its bytes stay in memory for
// the tab's lifetime (the demo's records keep only the reference). A ready file's
// reference "file:<sha256>" goes into the form's command.
#pragma once
#include "app/sync_pump.h"
#include "core/result.h"
#include "sync/files.h"

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace huicai::app {

enum class UploadPhase {
    Declaring, // the declaration is to be sent or in flight
    Sending,   // chunks from `received` are to be sent or in flight
    Ready,     // the server holds every byte (or, in the demo, the tab does)
    Failed,    // `error` says why; retry() starts over with a declaration
};

struct Attachment {
    std::string field; // the form field it belongs to ("evidence-apply-selection_notice", "file-materials")
    std::string name;
    sync::FileType type = sync::FileType::Pdf;
    std::string sha256;
    std::uint64_t size = 0;
    std::string bytes;
    std::uint64_t received = 0;
    UploadPhase phase = UploadPhase::Declaring;
    bool inFlight = false;
    Error error;            // when Failed
    bool signedOut = false; // Failed because the session was refused
};

// What a picked file must be: not empty, at most `maxBytes`, a PDF/JPEG/PNG by its
// first bytes (the extension is not trusted), hashed. error.attach.empty,
// error.attach.too_large (detail: the size), error.attach.type (detail: the name),
// error.attach.read (the browser could not read it or hash it).
Result<sync::FileType> checkPickedFile(const std::string& name, std::uint64_t size, bool tooLarge, const std::string& bytes,
                                       const std::string& sha256, std::uint64_t maxBytes);

// "12 B", "3.4 KB", "1.2 MB".
std::string formatSize(std::uint64_t bytes);

class Attachments {
public:
    static constexpr std::uint64_t kChunkBytes = 256 * 1024; // below the server's 1 MiB --max-body
    static constexpr std::uint64_t kMaxBytes = sync::kDefaultMaxFileBytes;

    // Adds a checked file to `field` (Ready at once when `local`); a file already in
    // the field is not added twice. Returns its index.
    std::size_t add(const std::string& field, const std::string& name, sync::FileType type, const std::string& sha256,
                    std::string bytes, bool local);
    // The error of the field's last refused pick, until the next pick or clear.
    void setPickError(const std::string& field, Error error);
    const Error* pickError(const std::string& field) const;

    void remove(const std::string& field, const std::string& sha256);
    // Forgets the field's files once its form was sent (the bytes are no longer needed).
    void clear(const std::string& field);
    void retry(const std::string& field, const std::string& sha256);

    std::vector<const Attachment*> of(const std::string& field) const;
    // The field's "file:<sha256>" references, when every file of it is ready.
    std::optional<std::vector<std::string>> readyRefs(const std::string& field) const;
    // A name for an attachment of this tab, or nullptr.
    const Attachment* find(const std::string& sha256) const;
    std::optional<std::size_t> indexOf(const std::string& field, const std::string& sha256) const;

    // The next call of attachment `index` when it has one to make (none in flight);
    // marks it in flight.
    std::optional<HttpCall> next(std::size_t index);
    // The answer to attachment `index`'s call (status 0: no answer).
    void answer(std::size_t index, int status, const std::string& body);
    std::size_t size() const { return m_items.size(); }
    const Attachment& at(std::size_t index) const { return m_items[index]; }

private:
    std::vector<Attachment> m_items;
    std::map<std::string, Error> m_pickErrors;
};

// A file this tab holds the bytes of (picked here): downloads need no server, and
// the demo's attachments live only here.
struct LocalFile {
    std::string name;
    sync::FileType type = sync::FileType::Pdf;
    std::string bytes;
};

// The forms' attachments as AppState holds them.
struct AttachState {
    Attachments files;
    std::map<std::string, LocalFile> local; // by sha256
    std::string armed;                      // the field whose attach button the pointer is over (set while drawing)
    std::string downloading;                // the sha256 of a download in flight
    Error downloadError;                    // why the last download failed (empty key: it did not)
};

} // namespace huicai::app
