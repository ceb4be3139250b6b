-- Entry ids are shown in replies, links and buttons, so one is never given twice: INTEGER PRIMARY
-- KEY alone would hand the newest entry's id out again once that entry is deleted. Ids come from
-- this table instead, in the insert's transaction. Portable SQL (SQLite and PostgreSQL).
CREATE TABLE id_sequences (
    name    TEXT PRIMARY KEY,
    last_id INTEGER NOT NULL
);

-- Continue after every id already given: the entries kept, and those deleted since, which the
-- change log still names.
INSERT INTO id_sequences (name, last_id)
SELECT 'entries', COALESCE(MAX(id), 0)
FROM (SELECT id FROM entries
      UNION ALL
      SELECT subject_id FROM change_log WHERE subject = 'ENTRY') AS given;
