-- The durable inbox: every platform event is recorded here, committed, before it is acknowledged, and marked
-- applied in the transaction that holds its effects. Its unique key recognises redeliveries, across restarts.
-- It replaces processed_events, whose keys (conversation:message) are the keys of message events: they move over
-- as applied events so that a message handled before the upgrade is not handled again. Portable SQL.

CREATE TABLE inbox (
    seq         INTEGER PRIMARY KEY,
    event_key   TEXT NOT NULL UNIQUE,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    applied_at  TEXT
);
CREATE INDEX inbox_unapplied ON inbox (applied_at, seq);

INSERT INTO inbox (event_key, payload, received_at, applied_at)
SELECT event_key, '{}', processed_at, processed_at FROM processed_events;

DROP TABLE processed_events;
