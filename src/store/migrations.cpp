// The schema, as the ordered list of migrations that build it. One list serves the
// browser database and the server database: each side uses the tables it needs.
//   1  settings (local key/value strings)
//   2  the domain: one row per record (kind, id, JSON body as the core's codec
//      writes it), holiday years, counters, applied command ids, the audit log and
//      the browser's outbox of commands not yet acknowledged by the server
//   3  the server: record.seq (last change), users, sessions, the change log, the
//      clients with their last applied push sequence, remembered push answers and
//      login attempts (no longer written: the server throttles sign-ins in memory,
//      serve/throttle.h)
//   4  the browser: record_base, the server's version of each row that a pending
//      local command has overwritten (body '' when the server has no such row), so
//      that a rejected or discarded command can be undone exactly
//   5  the server's attachments: one row per upload a user declared (the sha256,
//      declared size, type and name); the bytes live on disk under their hash
//   6  pull completeness: change_log.parties (who a record concerned before a
//      command that moved its visibility, so a pull can tell those who lost sight
//      of it to drop it) and holiday_year.seq (holiday years loaded by command are
//      pulled like records); a client's sync cursor is cleared, so its next pull
//      starts from the beginning and gets what earlier releases did not send
//   7  attachment rights: file_upload.verified (the user sent bytes that hashed to
//      the sha256: only such a user is an uploader) and attachment_ref (who put
//      each reference to an attachment into a record). Earlier declarations stay
//      uploads, as the earlier rules held them; references already in records are
//      credited to every actor of the record's audit history
//   8  account administration: app_user.must_change (the account holds a one-time
//      password and must set its own at its next sign-in), app_user.disabled (no
//      session is given or honoured), and sign_in (when and from where each
//      account signed in, for the administrators' account list)
//   9  card evidence per document: a card application's evidence entries, and those
//      of the commands waiting in the outbox, were strings; each becomes
//      {"evidence": "", "document": <the string>}, a document of no evidence item,
//      which the application shows as its other documents
#include "store/migrations.h"

#include <array>

namespace huicai::store {

namespace {
constexpr std::array<std::string_view, 9> kMigrations = {
    // 1: local settings.
    R"sql(
CREATE TABLE settings (
  key   TEXT PRIMARY KEY NOT NULL,
  value TEXT NOT NULL
) STRICT;
)sql",
    // 2: domain records, audit log, outbox.
    R"sql(
CREATE TABLE record (
  kind TEXT NOT NULL,
  id   TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT;
CREATE TABLE holiday_year (
  year INTEGER PRIMARY KEY NOT NULL,
  body TEXT NOT NULL
) STRICT;
CREATE TABLE counter (
  name  TEXT PRIMARY KEY NOT NULL,
  value INTEGER NOT NULL
) STRICT;
CREATE TABLE applied_command (
  id TEXT PRIMARY KEY NOT NULL
) STRICT;
CREATE TABLE audit (
  seq        INTEGER PRIMARY KEY AUTOINCREMENT,
  command_id TEXT NOT NULL UNIQUE,
  actor      TEXT NOT NULL,
  role       TEXT NOT NULL,
  command    TEXT NOT NULL,
  at         TEXT NOT NULL,
  changed    TEXT NOT NULL
) STRICT;
CREATE TABLE outbox (
  seq          INTEGER PRIMARY KEY NOT NULL,
  command_id   TEXT NOT NULL UNIQUE,
  name         TEXT NOT NULL,
  body         TEXT NOT NULL,
  at           TEXT NOT NULL,
  status       TEXT NOT NULL DEFAULT 'pending',
  error_key    TEXT,
  error_detail TEXT
) STRICT;
)sql",
    // 3: server authority.
    R"sql(
ALTER TABLE record ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
CREATE TABLE app_user (
  id            TEXT PRIMARY KEY NOT NULL,
  login         TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role          TEXT NOT NULL,
  scope         TEXT NOT NULL,
  display_name  TEXT NOT NULL
) STRICT;
CREATE TABLE session (
  token_hash TEXT PRIMARY KEY NOT NULL,
  user_id    TEXT NOT NULL REFERENCES app_user(id),
  expires_at INTEGER NOT NULL
) STRICT;
CREATE TABLE change_log (
  seq  INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  id   TEXT NOT NULL,
  op   TEXT NOT NULL
) STRICT;
CREATE TABLE client (
  client_id TEXT PRIMARY KEY NOT NULL,
  user_id   TEXT NOT NULL REFERENCES app_user(id),
  last_seq  INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE TABLE push_result (
  client_id    TEXT NOT NULL,
  seq          INTEGER NOT NULL,
  command_id   TEXT NOT NULL,
  status       TEXT NOT NULL,
  error_key    TEXT,
  error_detail TEXT,
  PRIMARY KEY (client_id, seq)
) STRICT;
CREATE TABLE login_attempt (
  login TEXT NOT NULL,
  at    INTEGER NOT NULL
) STRICT;
CREATE INDEX login_attempt_by_login ON login_attempt(login, at);
CREATE INDEX record_by_seq ON record(seq);
)sql",
    // 4: the browser's pre-images of rows changed by pending local commands.
    R"sql(
CREATE TABLE record_base (
  kind TEXT NOT NULL,
  id   TEXT NOT NULL,
  body TEXT NOT NULL,
  PRIMARY KEY (kind, id)
) STRICT;
)sql",
    // 5: attachment uploads.
    R"sql(
CREATE TABLE file_upload (
  id       INTEGER PRIMARY KEY NOT NULL,
  sha256   TEXT NOT NULL,
  user_id  TEXT NOT NULL REFERENCES app_user(id),
  size     INTEGER NOT NULL,
  type     TEXT NOT NULL,
  name     TEXT NOT NULL,
  declared INTEGER NOT NULL,
  UNIQUE (sha256, user_id)
) STRICT;
)sql",
    // 6: visibility changes and holiday years in the change feed.
    R"sql(
ALTER TABLE change_log ADD COLUMN parties TEXT;
ALTER TABLE holiday_year ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
UPDATE holiday_year SET seq = coalesce((SELECT max(c.seq) FROM change_log c
                                        WHERE c.kind = 'holiday_year' AND c.id = CAST(holiday_year.year AS TEXT)), 0);
UPDATE change_log SET op = 'put' WHERE kind = 'holiday_year';
DELETE FROM settings WHERE key = 'sync.cursor';
)sql",
    // 7: verified uploads and the authors of attachment references.
    R"sql(
ALTER TABLE file_upload ADD COLUMN verified INTEGER NOT NULL DEFAULT 0;
UPDATE file_upload SET verified = 1;
CREATE TABLE attachment_ref (
  record TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  actor  TEXT NOT NULL,
  PRIMARY KEY (record, sha256, actor)
) STRICT;
WITH refs(record, sha256) AS (
  SELECT r.kind || '/' || r.id, substr(e.value, 6)
  FROM record r,
       json_each(CASE WHEN json_valid(r.body) THEN r.body ELSE '{}' END,
                 CASE r.kind WHEN 'card_application' THEN '$.evidence' ELSE '$.materials' END) e
  WHERE r.kind IN ('card_application', 'request') AND e.type = 'text' AND length(e.value) = 69
    AND substr(e.value, 1, 5) = 'file:' AND substr(e.value, 6) NOT GLOB '*[^0-9a-f]*'),
authors(record, actor) AS (
  SELECT DISTINCT c.value, a.actor
  FROM audit a, json_each(CASE WHEN json_valid(a.changed) THEN a.changed ELSE '[]' END) c
  WHERE c.type = 'text')
INSERT OR IGNORE INTO attachment_ref(record, sha256, actor)
SELECT refs.record, refs.sha256, authors.actor FROM refs JOIN authors ON authors.record = refs.record;
)sql",
    // 8: one-time passwords, disabled accounts and sign-ins.
    R"sql(
ALTER TABLE app_user ADD COLUMN must_change INTEGER NOT NULL DEFAULT 0;
ALTER TABLE app_user ADD COLUMN disabled INTEGER NOT NULL DEFAULT 0;
CREATE TABLE sign_in (
  user_id TEXT NOT NULL REFERENCES app_user(id),
  at      INTEGER NOT NULL,
  address TEXT NOT NULL
) STRICT;
CREATE INDEX sign_in_by_user ON sign_in(user_id, at);
)sql",
    // 9: card evidence entries become documents.
    R"sql(
UPDATE record SET body = json_set(body, '$.evidence', json((
  SELECT json_group_array(CASE WHEN e.type = 'text' THEN json_object('evidence', '', 'document', e.value)
                               ELSE json(e.value) END)
  FROM json_each(record.body, '$.evidence') e)))
WHERE kind = 'card_application' AND json_valid(body) AND json_type(body, '$.evidence') = 'array'
  AND EXISTS (SELECT 1 FROM json_each(record.body, '$.evidence') e WHERE e.type = 'text');
UPDATE record_base SET body = json_set(body, '$.evidence', json((
  SELECT json_group_array(CASE WHEN e.type = 'text' THEN json_object('evidence', '', 'document', e.value)
                               ELSE json(e.value) END)
  FROM json_each(record_base.body, '$.evidence') e)))
WHERE kind = 'card_application' AND json_valid(body) AND json_type(body, '$.evidence') = 'array'
  AND EXISTS (SELECT 1 FROM json_each(record_base.body, '$.evidence') e WHERE e.type = 'text');
UPDATE outbox SET body = json_set(body, '$.args.evidence', json((
  SELECT json_group_array(CASE WHEN e.type = 'text' THEN json_object('evidence', '', 'document', e.value)
                               ELSE json(e.value) END)
  FROM json_each(outbox.body, '$.args.evidence') e)))
WHERE name IN ('SubmitCardApplication', 'CompleteApplication') AND json_valid(body) AND json_type(body, '$.args.evidence') = 'array'
  AND EXISTS (SELECT 1 FROM json_each(outbox.body, '$.args.evidence') e WHERE e.type = 'text');
)sql",
};
} // namespace

std::span<const std::string_view> migrations() { return kMigrations; }

} // namespace huicai::store
