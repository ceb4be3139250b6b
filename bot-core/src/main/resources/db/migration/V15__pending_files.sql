-- Files the bot offered someone and that wait for their answer: a Teams export goes out as a file-consent card, and
-- its bytes are uploaded only once the person accepts. Kept here, not in memory, so that a restart between the card
-- and the click loses nothing; deleted once accepted or declined, and after a day by a routine. Portable SQL (SQLite
-- and PostgreSQL): BYTEA is PostgreSQL's binary type, and SQLite keeps a blob value as given whatever the column's
-- declared type.
CREATE TABLE pending_files (
    id           TEXT PRIMARY KEY,
    platform     TEXT NOT NULL,
    workspace    TEXT NOT NULL,
    conversation TEXT NOT NULL,
    user_id      TEXT NOT NULL,
    language     TEXT NOT NULL,
    name         TEXT NOT NULL,
    media_type   TEXT NOT NULL,
    content      BYTEA NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX pending_files_created ON pending_files (created_at);
CREATE INDEX pending_files_person ON pending_files (platform, workspace, user_id);
