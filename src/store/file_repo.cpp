// Implements the attachment upload rows with prepared statements.
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
    Statement st(db.handle(), "SELECT id,sha256,user_id,size,type,name,declared FROM file_upload WHERE sha256=?1 AND user_id=?2");
    st.bind(1, sha256).bind(2, userId);
    if (!st.step()) return std::nullopt;
    return FileUploadRow{st.integer(0), st.text(1), st.text(2), st.integer(3), st.text(4), st.text(5), st.integer(6)};
}

std::int64_t uploaderCount(Database& db, std::string_view sha256) {
    Statement st(db.handle(), "SELECT count(*) FROM file_upload WHERE sha256=?1");
    st.bind(1, sha256);
    return st.step() ? st.integer(0) : 0;
}

} // namespace huicai::store
