-- Merging duplicates during review. Portable SQL (SQLite and PostgreSQL).

-- An entry merged into another: its votes, tags, alternate questions, feedback and gap asks moved to the target,
-- and the entry itself is archived. Its id is never given again; it answers as a pointer to the target.
CREATE TABLE entry_merges (
    entry_id  INTEGER PRIMARY KEY REFERENCES entries (id),
    into_id   INTEGER NOT NULL REFERENCES entries (id),
    merged_by INTEGER NOT NULL REFERENCES people (id),
    merged_at TEXT NOT NULL
);
CREATE INDEX entry_merges_into ON entry_merges (into_id);
