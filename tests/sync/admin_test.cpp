// `huicai admin` against a running server's data folder: the first system
// administrator made from the command line signs in with the one-time password it
// printed; a login that exists is refused with exit 2. The restore drill: while a
// talent keeps pushing commands, a backup is taken by the real tool; restored into an
// empty folder, the database passes its integrity check, holds every command that
// was acknowledged before the backup began, serves again, and an attachment comes
// back with the same bytes; a damaged attachment stops a backup.
#include "sync_support.h"

#include "file_store.h"

#include "store/database.h"
#include "store/server_repo.h"

#include <catch2/catch.hpp>

#include <atomic>
#include <cstdio>
#include <mutex>
#include <sys/stat.h>
#include <sys/wait.h>

using namespace sync_test;
using serve_test::TempDir;
namespace fs = std::filesystem;

namespace {

struct Run {
    int exit = -1;
    std::string out;
};

Run huicaiTool(const std::string& args) {
    Run r;
    FILE* p = popen((std::string(HUICAI_CLI) + " " + args + " 2>&1").c_str(), "r");
    REQUIRE(p != nullptr);
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, p)) > 0) r.out.append(buf, n);
    const int status = pclose(p);
    r.exit = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string lastLine(const std::string& text) {
    std::string s = text;
    while (!s.empty() && s.back() == '\n') s.pop_back();
    const auto nl = s.rfind('\n');
    return nl == std::string::npos ? s : s.substr(nl + 1);
}

// An attachment as the file store keeps it: files/<2 hex>/<sha256>.
std::string putAttachment(const fs::path& data, const std::string& bytes) {
    const std::string sha = huicai::serve::sha256Hex(bytes);
    const fs::path p = data / "files" / sha.substr(0, 2) / sha;
    fs::create_directories(p.parent_path());
    serve_test::writeFile(p, bytes);
    return sha;
}

} // namespace

TEST_CASE("admin add-user: the first system administrator, made while the server runs, signs in with the printed one-time password and must set its own", "[ops][admin][S6.2][security]") {
    World w;
    const std::string data = w.site->data.string();
    Run made = huicaiTool("admin add-user --data " + data + " --login first.admin --role system_admin --name '省系统管理员'");
    INFO(made.out);
    REQUIRE(made.exit == 0);
    const std::string password = lastLine(made.out);
    CHECK(password.size() == 16);

    Client admin(w.server->port(), "admin-client-1");
    auto ok = admin.login("first.admin", password);
    REQUIRE(ok.status == 200);
    CHECK(ok.body["user"]["role"] == "system_admin");
    CHECK(ok.body["user"]["name"] == "省系统管理员");
    CHECK(admin.login("first.admin", "Huicai-demo-2026").status == 401);
    // The one-time password is for setting one's own: until then nothing else is served.
    {
        auto db = huicai::store::Database::open((w.site->data / "huicai.sqlite").string());
        REQUIRE(db.ok());
        auto row = huicai::store::userByLogin(*db, "first.admin");
        REQUIRE(row.has_value());
        CHECK(row->mustChange);
        CHECK_FALSE(row->disabled);
    }
    auto first = admin.login("first.admin", password);
    REQUIRE(first.status == 200);
    CHECK(first.body["must_change_password"] == true);
    auto refused = admin.pull(0);
    CHECK(refused.status == 403);
    CHECK(refused.body["error"]["key"] == "error.session.password_change");
    auto set = admin.post("/api/v1/password", versions(json{{"old_password", password}, {"new_password", "Huicai-first-admin-2026"}}));
    REQUIRE(set.status == 200);
    CHECK(admin.pull(0).status == 200);
    CHECK(admin.login("first.admin", "Huicai-first-admin-2026").body["must_change_password"] == false);

    // A login that exists (made here or by anyone else) is refused with exit 2.
    Run again = huicaiTool("admin add-user --data " + data + " --login first.admin --role system_admin");
    CHECK(again.exit == 2);
    CHECK(again.out.find("error.admin.login_taken") != std::string::npos);
    Run other = huicaiTool("admin add-user --data " + data + " --login root --role system_admin");
    CHECK(other.exit == 2);
    CHECK(other.out.find("error.admin.login_taken") != std::string::npos);
    // Only system administrators are made here; a bad login is refused by the same rule as registration.
    CHECK(huicaiTool("admin add-user --data " + data + " --login x.y --role window_specialist").exit == 2);
    CHECK(huicaiTool("admin add-user --data " + data + " --login '-bad' --role system_admin").exit == 2);
    CHECK(huicaiTool("admin add-user --login a.b --role system_admin").exit == 2);

    // Two administrators made one after the other get different passwords.
    Run second = huicaiTool("admin add-user --data " + data + " --login second.admin --role system_admin");
    REQUIRE(second.exit == 0);
    CHECK(lastLine(second.out) != password);
}

TEST_CASE("admin backup and restore: a drill under load keeps every acknowledged command and every attachment", "[ops][backup]") {
    World w;
    const fs::path data = w.site->data;
    const std::string photo = std::string("\x89PNG\r\n\x1a\n", 8) + std::string(70000, '\x5a');
    const std::string photoSha = putAttachment(data, photo);
    TempDir out("backup");
    const fs::path backup = out.path() / "huicai-backup.sqlite";

    // A talent keeps renaming themselves; each acknowledged push is noted with the
    // moment it was acknowledged.
    std::mutex m;
    std::vector<std::string> acked;
    std::atomic<bool> stop{false};
    std::atomic<int> pushes{0};
    std::atomic<bool> loadEnded{false};
    std::string loadProblem; // the last refusal the load met, for the report
    std::thread load([&] {
        struct Ended {
            std::atomic<bool>& flag;
            ~Ended() { flag = true; }
        } ended{loadEnded};
        Client t1(w.server->port(), "talent-load-1");
        if (auto l = t1.login("T2"); l.status != 200) {
            loadProblem = "login: " + l.body.dump();
            return;
        }
        for (int i = 0; !stop && i < 2000; ++i) {
            const std::string id = t1.clientId() + "-" + std::to_string(t1.nextSeq());
            auto r = t1.push({command(id, t1.actor(), "UpdateTalentProfile", {{"talent", "T2"}, {"name", "李华" + std::to_string(i)}})});
            if (r.status != 200 || r.body["results"][0]["status"] != "applied") {
                std::lock_guard<std::mutex> lock(m);
                loadProblem = std::to_string(r.status) + " " + r.body.dump();
                continue;
            }
            std::lock_guard<std::mutex> lock(m);
            acked.push_back(id);
            ++pushes;
        }
    });
    while (pushes < 20 && !loadEnded) std::this_thread::sleep_for(std::chrono::milliseconds(5));
    if (pushes < 20) {
        stop = true;
        load.join();
        FAIL("the talent's pushes never got going: " << loadProblem);
    }
    std::vector<std::string> before;
    {
        std::lock_guard<std::mutex> lock(m);
        before = acked;
    }
    Run b = huicaiTool("admin backup --data " + data.string() + " --to " + backup.string());
    const int atEnd = pushes;
    stop = true;
    load.join();
    INFO(b.out);
    REQUIRE(b.exit == 0);
    CHECK(b.out.find("1 attachments") != std::string::npos);
    CHECK(atEnd > static_cast<int>(before.size())); // the load went on during the backup
    struct stat st {};
    REQUIRE(::stat(backup.c_str(), &st) == 0);
    CHECK((st.st_mode & 0077) == 0); // not readable by others
    // An existing backup file is never overwritten.
    CHECK(huicaiTool("admin backup --data " + data.string() + " --to " + backup.string()).exit == 2);

    TempDir restored("restored");
    Run r = huicaiTool("admin restore --from " + backup.string() + " --data " + restored.path().string());
    INFO(r.out);
    REQUIRE(r.exit == 0);
    {
        auto db = huicai::store::Database::open((restored.path() / "huicai.sqlite").string());
        REQUIRE(db.ok());
        CHECK(db->integrityCheck() == "ok");
        int missing = 0;
        for (const auto& id : before)
            if (huicai::store::auditRowsOf(*db, id) == 0) ++missing;
        CHECK(missing == 0);
        CHECK(before.size() >= 20);
    }
    CHECK(serve_test::readFile(restored.path() / "files" / photoSha.substr(0, 2) / photoSha) == photo);
    // A folder that holds a database is not overwritten without --replace.
    CHECK(huicaiTool("admin restore --from " + backup.string() + " --data " + restored.path().string()).exit == 2);
    CHECK(huicaiTool("admin restore --from " + backup.string() + " --data " + restored.path().string() + " --replace").exit == 0);

    // The restored folder serves: the talent signs in and pulls their record.
    auto options = serve_test::testOptions(w.site->www, restored.path());
    options.today = kToday;
    serve_test::RunningServer again(options);
    Client t1(again.port(), "talent-after-restore");
    REQUIRE(t1.login("T2").status == 200);
    std::map<std::string, json> records;
    t1.pullAll(0, records, 200);
    REQUIRE(records.count("talent/T2"));
    CHECK(records["talent/T2"]["name"].get<std::string>().rfind("李华", 0) == 0);
}

TEST_CASE("admin backup: an attachment whose bytes do not match its name stops the backup and leaves no file", "[ops][backup]") {
    World w;
    const fs::path data = w.site->data;
    const std::string sha = putAttachment(data, "%PDF-1.4 original");
    serve_test::writeFile(data / "files" / sha.substr(0, 2) / sha, "%PDF-1.4 altered on disk");
    TempDir out("backup-damaged");
    const fs::path backup = out.path() / "b.sqlite";
    Run b = huicaiTool("admin backup --data " + data.string() + " --to " + backup.string());
    CHECK(b.exit == 1);
    CHECK(b.out.find("error.backup.file_damaged") != std::string::npos);
    CHECK_FALSE(fs::exists(backup));
    CHECK_FALSE(fs::exists(backup.string() + ".partial"));
}
