// Implements the attachment upload and reference author rows with prepared statements.
#include "store/file_repo.h"

#include "store/database.h"
#include "store/statement.h"

namespace huicai::store {

Result<FileUploadRow> upsertUpload(Database& db, const FileUploadRow& row) {
    Statement st(db.handle(),
                 "INSERT INTO file_upload(sha256,user_id,size,type,name,declared) VALUES(?1,?2,?3,?4,?5,?6) "
                 "ON CONFLICT(sha256,user_id) DO UPDATE SET size=excluded.size,type=excluded.type,"
                 "name=excluded.name,declared=excluded.declared");
    st.bind(1, row.sha256).bind(2, row.userId).bind(3, row.size).bind(4, row.type).bind(5, row.name).bind(6, row.declared);
    if (auto s = st.run("upsert file upload"); !s) return s.error();
    auto stored = uploadOf(db, row.sha256, row.userId);
    if (!stored) return makeError("error.store.corrupt", "file_upload " + row.sha256);
    return *stored;
}

std::optional<FileUploadRow> uploadOf(Database& db, std::string_view sha256, std::string_view userId) {
    Statement st(db.handle(),
                 "SELECT id,sha256,user_id,size,type,name,declared,verified FROM file_upload WHERE sha256=?1 AND user_id=?2");
    st.bind(1, sha256).bind(2, userId);
    if (!st.step()) return std::nullopt;
    return FileUploadRow{st.integer(0), st.text(1), st.text(2), st.integer(3), st.text(4), st.text(5), st.integer(6),
                         st.integer(7) != 0};
}

Status markVerified(Database& db, std::int64_t uploadId) {
    Statement st(db.handle(), "UPDATE file_upload SET verified=1 WHERE id=?1");
    return st.bind(1, uploadId).run("verify file upload");
}

std::int64_t uploaderCount(Database& db, std::string_view sha256) {
    Statement st(db.handle(), "SELECT count(*) FROM file_upload WHERE sha256=?1 AND verified=1");
    st.bind(1, sha256);
    return st.step() ? st.integer(0) : 0;
}

Status addReferenceAuthor(Database& db, std::string_view recordKey, std::string_view sha256, std::string_view actor) {
    Statement st(db.handle(), "INSERT OR IGNORE INTO attachment_ref(record,sha256,actor) VALUES(?1,?2,?3)");
    return st.bind(1, recordKey).bind(2, sha256).bind(3, actor).run("write attachment reference");
}

bool referenceVouched(Database& db, std::string_view recordKey, std::string_view sha256) {
    Statement st(db.handle(),
                 "SELECT 1 FROM attachment_ref r JOIN file_upload u ON u.sha256=r.sha256 AND u.user_id=r.actor "
                 "WHERE r.record=?1 AND r.sha256=?2 AND u.verified=1 LIMIT 1");
    st.bind(1, recordKey).bind(2, sha256);
    return st.step();
}

} // namespace huicai::store
