// The versioned wire protocol shared by the web app and the server: one home for
// the protocol version and, as sync grows, the message shapes of push and pull.
// Header-only and standard-library only, so the core, the app and the server can
// all include it. A client and a server speak together only when their
// kProtocolVersion values are equal; the server reports its own in /api/v1/health.
#pragma once

namespace huicai::sync {

// Bumped whenever a message shape changes incompatibly.
constexpr int kProtocolVersion = 1;

} // namespace huicai::sync
