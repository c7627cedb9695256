// GuardedServer: cpp-httplib's Server with a connection loop of its own, which
// bounds what one client can hold of the server's thread pool:
//   - connections per address: a connection from an address that already holds
//     `perAddress` connections is answered 503 (error.http.too_many_connections,
//     Retry-After) and closed before anything of it is read, so one address never
//     holds more than that many of the pool's threads;
//   - request time: the request line, headers and body must all arrive within
//     `requestTime` of the request's first byte (and each read within the read
//     timeout); past it reads fail, the request is answered 408 where that is still
//     possible, and the connection is closed;
//   - a request with neither Content-Length nor a chunked body has an empty body
//     (RFC 9112 section 6.3) instead of being read until the client closes.
// Handlers, which run on the connection's thread, can ask for the connection to end
// after their answer (endAfterAnswer), for answers given before a body was read,
// and learn whether the request ran out of time (requestTimedOut). A connection
// that ends with a body unread is closed gracefully: its answer is sent, then up to
// kLingerBytes more are read and dropped for at most kLingerTime, so that the client
// reads the answer rather than a reset.
#pragma once
#include <httplib.h>

#include <chrono>
#include <cstddef>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace huicai::serve {

struct ConnectionLimits {
    int perAddress = 8;                   // open connections one address may hold
    std::chrono::seconds requestTime{30}; // to receive one whole request
};

inline constexpr std::size_t kLingerBytes = 4 * 1024 * 1024; // a refused body of a few MiB still gets its answer
inline constexpr std::chrono::milliseconds kLingerTime{1000};

// Counts the open connections of each address; take() refuses past the limit.
class AddressSlots {
public:
    explicit AddressSlots(int perAddress) : m_perAddress(perAddress) {}

    // A held slot, given back when destroyed.
    class Slot {
    public:
        Slot(AddressSlots& owner, std::string address) : m_owner(&owner), m_address(std::move(address)) {}
        Slot(Slot&& other) noexcept : m_owner(other.m_owner), m_address(std::move(other.m_address)) { other.m_owner = nullptr; }
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;
        Slot& operator=(Slot&&) = delete;
        ~Slot();

    private:
        AddressSlots* m_owner;
        std::string m_address;
    };

    std::optional<Slot> take(const std::string& address);
    int held(const std::string& address) const;

private:
    void give(const std::string& address);

    int m_perAddress;
    mutable std::mutex m_mutex;
    std::map<std::string, int> m_open;
};

class GuardedServer final : public httplib::Server {
public:
    explicit GuardedServer(ConnectionLimits limits);

    // The request being served on the calling thread ends its connection once
    // answered; its answer says "Connection: close".
    static void endAfterAnswer(const httplib::Request& req);
    // True when the request being served on the calling thread did not arrive
    // within the request time.
    static bool requestTimedOut();

    // Once bound: lets the kernel queue SOMAXCONN connections not yet accepted
    // rather than cpp-httplib's 5, past which a burst of connections (a browser
    // opens six) waits for the client to retry its handshake, a second or more.
    void widenBacklog();

    const ConnectionLimits& limits() const { return m_limits; }

private:
    bool process_and_close_socket(socket_t sock) override;
    // Waits for the first byte of the next request; false when the client closed,
    // stayed idle for the keep-alive time, or the server is stopping.
    bool awaitRequest(socket_t sock) const;

    ConnectionLimits m_limits;
    AddressSlots m_slots;
};

// The numeric address of a connected socket's peer, IPv4-mapped IPv6 addresses
// written as IPv4; "" when unknown.
std::string peerAddress(int fd);

} // namespace huicai::serve
