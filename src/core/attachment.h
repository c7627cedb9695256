// References from records to attachments (certificates, contracts: PDF, JPEG, PNG).
// An attachment is stored by the server under the sha256 of its bytes; a record
// refers to it with an entry "file:<64 lowercase hex>": the document of a card
// application's evidence entry or an entry of a service request's `materials`. Other
// entries there stay free text (a paper document's name). A record "references" an attachment when one of those
// entries is its reference. A reference lets those who may see the record read the
// attachment only when it is vouched for: the server counts a reference that a user
// who uploaded the file's bytes put in (serve/file_service.h).
#pragma once
#include "core/actor.h"
#include "core/model.h"
#include "core/regions.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace huicai {

inline constexpr std::string_view kAttachmentPrefix = "file:";

// True for exactly 64 characters of [0-9a-f].
bool isSha256Hex(std::string_view s);

// "file:<sha256>" for a hash that isSha256Hex.
std::string attachmentRef(std::string_view sha256);

// The hash of a reference entry; nullopt for free text or a malformed reference.
std::optional<std::string> attachmentHash(std::string_view entry);

// The keys ("card_application/CA1", "request/R1") of the records that reference
// the attachment, in key order.
std::vector<std::string> referencingRecords(const State& state, std::string_view sha256);

// The hashes the record `key` references (a card application's evidence, a service
// request's materials), in entry order; empty for any other record or a missing one.
std::vector<std::string> attachmentsOf(const State& state, std::string_view key);

// Does the reference to the attachment held by the record `recordKey` grant reading?
using ReferenceVouched = std::function<bool(const std::string& recordKey)>;

// May `actor` read the attachment through a record? True when the actor may see at
// least one record that references it and whose reference is vouched for.
bool attachmentVisible(const Actor& actor, std::string_view sha256, const State& state, const RegionTree& regions,
                       const ReferenceVouched& vouched);

} // namespace huicai
