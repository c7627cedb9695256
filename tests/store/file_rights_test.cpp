// The server's record of attachment rights (store/file_repo.h): an upload counts only
// once its bytes were verified, and a reference in a record is vouched for only when
// one who put it there is a verified uploader. The migration that brought them
// (schema 7) keeps the uploads made before it and credits the references already in
// records to the actors of each record's history.
#include "store_support.h"

#include "store/database.h"
#include "store/file_repo.h"
#include "store/statement.h"

#include <catch2/catch.hpp>

using namespace huicai;
using namespace huicai::store;
using store_test::freshFile;

namespace {

const std::string kA(64, 'a');
const std::string kB(64, 'b');
const std::string kC(64, 'c');

std::vector<std::string> authors(Database& db, const std::string& record, const std::string& sha) {
    Statement st(db.handle(), "SELECT actor FROM attachment_ref WHERE record=?1 AND sha256=?2 ORDER BY actor");
    st.bind(1, record).bind(2, sha);
    std::vector<std::string> out;
    while (st.step()) out.push_back(st.text(0));
    return out;
}

std::int64_t refRows(Database& db) {
    Statement st(db.handle(), "SELECT count(*) FROM attachment_ref");
    return st.step() ? st.integer(0) : -1;
}

} // namespace

TEST_CASE("file rights 1. the migration keeps earlier uploads and credits references to each record's history",
          "[store][security][S7.4]") {
    auto path = freshFile("file-rights-migrate.sqlite");
    const int rightsVersion = 7; // the migration that added file_upload.verified and attachment_ref
    REQUIRE(currentSchemaVersion() >= rightsVersion);
    {
        auto old = Database::openAtVersion(path.string(), rightsVersion - 1);
        REQUIRE(old.ok());
        const std::string sql =
            "INSERT INTO app_user(id,login,password_hash,role,scope,display_name) VALUES"
            "('U1','u1','x','talent','U1','u1'),('U2','u2','x','employer_specialist','E1','u2');"
            "INSERT INTO file_upload(sha256,user_id,size,type,name,declared) VALUES"
            "('" +
            kA + "','U1',10,'application/pdf','a.pdf',1),('" + kB + "','U2',10,'image/png','b.png',2);"
                                                                    "INSERT INTO record(kind,id,body) VALUES"
                                                                    "('card_application','CA1','{\"id\":\"CA1\",\"evidence\":[\"入选通知.pdf\",\"file:" +
            kA + "\",\"file:" + kB.substr(1) + "\"]}'),"
                                               "('card_application','CA2','{\"id\":\"CA2\",\"evidence\":[\"file:" +
            kA + "\"]}'),"
                 "('request','R1','{\"id\":\"R1\",\"materials\":[\"file:" +
            kB + "\",\"护照.pdf\"]}'),"
                 "('talent','T1','{\"id\":\"T1\",\"evidence\":[\"file:" +
            kC + "\"]}');"
                 "INSERT INTO audit(command_id,actor,role,command,at,changed) VALUES"
                 "('c1','U1','talent','SubmitCardApplication','2025-06-02','[\"card_application/CA1\",\"talent/T1\"]'),"
                 "('c2','S9','employer_specialist','CompleteApplication','2025-06-03','[\"card_application/CA1\"]'),"
                 "('c3','U2','employer_specialist','FileServiceRequest','2025-06-03','[\"request/R1\"]'),"
                 "('c4','S9','employer_specialist','CompleteApplication','2025-06-04','[\"card_application/CA1\"]');";
        REQUIRE(old->exec(sql).ok());
    }
    auto db = Database::open(path.string());
    REQUIRE(db.ok());
    CHECK(db->schemaVersion() == currentSchemaVersion());
    // Earlier declarations are uploads, as the earlier rules held them.
    CHECK(uploadOf(*db, kA, "U1")->verified);
    CHECK(uploadOf(*db, kB, "U2")->verified);
    CHECK(uploaderCount(*db, kA) == 1);
    // References already in records are credited to every actor of the record's history;
    // malformed references, other kinds of record and records without history get none.
    CHECK(authors(*db, "card_application/CA1", kA) == std::vector<std::string>{"S9", "U1"});
    CHECK(authors(*db, "request/R1", kB) == std::vector<std::string>{"U2"});
    CHECK(refRows(*db) == 3);
    CHECK(referenceVouched(*db, "card_application/CA1", kA));
    CHECK(referenceVouched(*db, "request/R1", kB));
    CHECK_FALSE(referenceVouched(*db, "card_application/CA2", kA));
    CHECK_FALSE(referenceVouched(*db, "card_application/CA1", kB));
}

TEST_CASE("file rights 2. a declaration is not an upload until its bytes are verified, a reference counts once its author uploaded",
          "[store][security][S7.4]") {
    auto db = Database::open(freshFile("file-rights.sqlite").string());
    REQUIRE(db.ok());
    REQUIRE(db->exec("INSERT INTO app_user(id,login,password_hash,role,scope,display_name) VALUES"
                     "('U1','u1','x','talent','U1','u1'),('U2','u2','x','talent','U2','u2')")
                .ok());
    auto row = upsertUpload(*db, FileUploadRow{0, kC, "U1", 10, "application/pdf", "c.pdf", 5});
    REQUIRE(row.ok());
    CHECK_FALSE(row->verified);
    CHECK(uploaderCount(*db, kC) == 0);
    REQUIRE(addReferenceAuthor(*db, "card_application/CA1", kC, "U1").ok());
    REQUIRE(addReferenceAuthor(*db, "card_application/CA1", kC, "U1").ok()); // once is enough
    REQUIRE(addReferenceAuthor(*db, "request/R2", kC, "U2").ok());
    CHECK(refRows(*db) == 2);
    CHECK_FALSE(referenceVouched(*db, "card_application/CA1", kC));

    REQUIRE(markVerified(*db, row->id).ok());
    CHECK(uploadOf(*db, kC, "U1")->verified);
    CHECK(uploaderCount(*db, kC) == 1);
    CHECK(referenceVouched(*db, "card_application/CA1", kC));
    CHECK_FALSE(referenceVouched(*db, "request/R2", kC)); // U2 never sent the bytes
    // Declaring again (another name, time) keeps the upload verified and its id.
    auto again = upsertUpload(*db, FileUploadRow{0, kC, "U1", 10, "application/pdf", "c2.pdf", 9});
    REQUIRE(again.ok());
    CHECK(again->id == row->id);
    CHECK(again->verified);
}
