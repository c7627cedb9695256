// Implements GuardedServer: its socket stream with a per-request deadline, the
// per-address connection count, the keep-alive loop and the graceful close.
#include "connection_guard.h"

#include "responses.h"
#include "server.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace huicai::serve {

namespace {

using Clock = std::chrono::steady_clock;
using std::chrono::milliseconds;

constexpr milliseconds kStopCheck{100}; // how often an idle connection looks for a stop

milliseconds fromTimeval(time_t sec, time_t usec) { return milliseconds(sec * 1000 + usec / 1000); }

// Waits up to `wait` for `events` on `fd`; true when they came (or the peer hung up).
bool pollFor(int fd, short events, milliseconds wait) {
    pollfd p{fd, events, 0};
    int rc;
    do {
        rc = poll(&p, 1, static_cast<int>(std::max<milliseconds::rep>(0, wait.count())));
    } while (rc < 0 && errno == EINTR);
    return rc > 0;
}

std::string numericName(const sockaddr_storage& ss, socklen_t len, int* port) {
    char host[NI_MAXHOST] = "";
    char serv[NI_MAXSERV] = "";
    if (getnameinfo(reinterpret_cast<const sockaddr*>(&ss), len, host, sizeof host, serv, sizeof serv,
                    NI_NUMERICHOST | NI_NUMERICSERV) != 0)
        return {};
    if (port) *port = std::atoi(serv);
    std::string h = host;
    if (h.rfind("::ffff:", 0) == 0 && h.find('.') != std::string::npos) h.erase(0, 7);
    return h;
}

// The socket of one connection as cpp-httplib reads and writes it: reads are
// buffered and bounded by the read timeout and by the current request's deadline.
class GuardedStream final : public httplib::Stream {
public:
    GuardedStream(int fd, milliseconds readTimeout, milliseconds writeTimeout)
        : m_fd(fd), m_readTimeout(readTimeout), m_writeTimeout(writeTimeout) {}

    void beginRequest(Clock::time_point deadline) {
        m_deadline = deadline;
        m_timedOut = false;
        m_bodyEnded = false;
    }
    // Reads give end of input until the next request.
    void endBody() { m_bodyEnded = true; }
    bool timedOut() const { return m_timedOut; }

    bool is_readable() const override { return m_off < m_len || pollFor(m_fd, POLLIN, m_readTimeout); }
    bool is_writable() const override { return pollFor(m_fd, POLLOUT, m_writeTimeout); }

    ssize_t read(char* ptr, size_t size) override {
        if (m_bodyEnded) return 0;
        if (m_off == m_len) {
            if (!awaitInput()) return -1;
            ssize_t n;
            do {
                n = recv(m_fd, m_buffer.data(), m_buffer.size(), 0);
            } while (n < 0 && errno == EINTR);
            if (n <= 0) return n;
            m_off = 0;
            m_len = static_cast<std::size_t>(n);
        }
        const std::size_t n = std::min(size, m_len - m_off);
        std::memcpy(ptr, m_buffer.data() + m_off, n);
        m_off += n;
        return static_cast<ssize_t>(n);
    }

    ssize_t write(const char* ptr, size_t size) override {
        if (!is_writable()) return -1;
        ssize_t n;
        do {
            n = send(m_fd, ptr, size, MSG_NOSIGNAL);
        } while (n < 0 && errno == EINTR);
        return n;
    }

    void get_remote_ip_and_port(std::string& ip, int& port) const override {
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        if (getpeername(m_fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0) ip = numericName(ss, len, &port);
    }
    void get_local_ip_and_port(std::string& ip, int& port) const override {
        sockaddr_storage ss{};
        socklen_t len = sizeof ss;
        if (getsockname(m_fd, reinterpret_cast<sockaddr*>(&ss), &len) == 0) ip = numericName(ss, len, &port);
    }
    socket_t socket() const override { return m_fd; }

private:
    // Waits for input within the read timeout and the request's deadline.
    bool awaitInput() {
        const auto left = std::chrono::duration_cast<milliseconds>(m_deadline - Clock::now());
        if (left.count() <= 0) {
            m_timedOut = true;
            return false;
        }
        if (pollFor(m_fd, POLLIN, std::min(left, m_readTimeout))) return true;
        if (left <= m_readTimeout) m_timedOut = true; // the wait ended at the deadline
        return false;
    }

    int m_fd;
    milliseconds m_readTimeout;
    milliseconds m_writeTimeout;
    Clock::time_point m_deadline{};
    bool m_timedOut = false;
    bool m_bodyEnded = false;
    std::array<char, 4096> m_buffer{};
    std::size_t m_off = 0;
    std::size_t m_len = 0;
};

// The connection a pool thread is serving, for the handlers it runs.
struct Connection {
    GuardedStream* stream = nullptr;
    bool endAfterAnswer = false;
};
thread_local Connection* t_connection = nullptr;

bool hasBodyLength(const httplib::Request& req) {
    return req.has_header("Content-Length") || req.has_header("Transfer-Encoding");
}

// The 503 sent to a connection over its address's limit, in the server's JSON
// error shape and with its security headers.
const std::string& busyAnswer() {
    static const std::string kAnswer = [] {
        const std::string body = errorJson("error.http.too_many_connections").dump();
        std::string a = "HTTP/1.1 503 Service Unavailable\r\n";
        for (const auto& [k, v] : securityHeaders()) a += k + ": " + v + "\r\n";
        a += "Retry-After: 1\r\nCache-Control: no-store\r\nConnection: close\r\nContent-Type: application/json\r\n";
        a += "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
        return a;
    }();
    return kAnswer;
}

// Stops sending, reads and drops what the client still sends (within the linger
// bounds) and closes, so that an answer given before the request was read whole
// reaches the client instead of being lost to a reset.
void closeGracefully(int fd, bool linger) {
    shutdown(fd, SHUT_WR);
    const auto until = Clock::now() + kLingerTime;
    std::size_t dropped = 0;
    std::array<char, 4096> sink;
    while (dropped < kLingerBytes) {
        ssize_t n = recv(fd, sink.data(), sink.size(), MSG_DONTWAIT);
        if (n > 0) {
            dropped += static_cast<std::size_t>(n);
            continue;
        }
        if (n == 0 || (errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR) || !linger) break;
        const auto left = std::chrono::duration_cast<milliseconds>(until - Clock::now());
        if (left.count() <= 0 || !pollFor(fd, POLLIN, left)) break;
    }
    close(fd);
}

} // namespace

std::string peerAddress(int fd) {
    sockaddr_storage ss{};
    socklen_t len = sizeof ss;
    if (getpeername(fd, reinterpret_cast<sockaddr*>(&ss), &len) != 0) return {};
    return numericName(ss, len, nullptr);
}

AddressSlots::Slot::~Slot() {
    if (m_owner) m_owner->give(m_address);
}

std::optional<AddressSlots::Slot> AddressSlots::take(const std::string& address) {
    std::lock_guard lock(m_mutex);
    int& open = m_open[address];
    if (open >= m_perAddress) {
        if (open == 0) m_open.erase(address);
        return std::nullopt;
    }
    ++open;
    return Slot(*this, address);
}

int AddressSlots::held(const std::string& address) const {
    std::lock_guard lock(m_mutex);
    auto it = m_open.find(address);
    return it == m_open.end() ? 0 : it->second;
}

void AddressSlots::give(const std::string& address) {
    std::lock_guard lock(m_mutex);
    auto it = m_open.find(address);
    if (it != m_open.end() && --it->second <= 0) m_open.erase(it);
}

GuardedServer::GuardedServer(ConnectionLimits limits) : m_limits(limits), m_slots(limits.perAddress) {}

void GuardedServer::endAfterAnswer(const httplib::Request& req) {
    if (t_connection) t_connection->endAfterAnswer = true;
    // cpp-httplib answers "Connection: close" when the request asked for it; the
    // Request it hands to handlers is its own non-const object.
    auto& request = const_cast<httplib::Request&>(req);
    request.headers.erase("Connection");
    request.set_header("Connection", "close");
}

bool GuardedServer::requestTimedOut() { return t_connection && t_connection->stream && t_connection->stream->timedOut(); }

void GuardedServer::widenBacklog() {
    const socket_t listening = svr_sock_;
    if (listening != INVALID_SOCKET) ::listen(listening, SOMAXCONN);
}

bool GuardedServer::awaitRequest(socket_t sock) const {
    const auto until = Clock::now() + std::chrono::seconds(keep_alive_timeout_sec_);
    while (svr_sock_ != INVALID_SOCKET) {
        const auto left = std::chrono::duration_cast<milliseconds>(until - Clock::now());
        if (left.count() <= 0) return false;
        if (pollFor(sock, POLLIN, std::min(left, kStopCheck))) return true;
    }
    return false;
}

bool GuardedServer::process_and_close_socket(socket_t sock) {
    auto slot = m_slots.take(peerAddress(sock));
    if (!slot) {
        const std::string& answer = busyAnswer();
        [[maybe_unused]] auto n = send(sock, answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
        closeGracefully(sock, false);
        return false;
    }

    GuardedStream stream(sock, fromTimeval(read_timeout_sec_, read_timeout_usec_),
                         fromTimeval(write_timeout_sec_, write_timeout_usec_));
    Connection connection{&stream};
    t_connection = &connection;
    bool ok = false;
    for (std::size_t left = keep_alive_max_count_; left > 0 && awaitRequest(sock); --left) {
        stream.beginRequest(Clock::now() + m_limits.requestTime);
        bool closed = false;
        ok = process_request(stream, left == 1, closed, [&stream](httplib::Request& req) {
            if (!hasBodyLength(req)) stream.endBody();
        });
        if (!ok || closed || connection.endAfterAnswer || stream.timedOut()) break;
    }
    t_connection = nullptr;
    closeGracefully(sock, connection.endAfterAnswer && !stream.timedOut());
    return ok;
}

} // namespace huicai::serve
