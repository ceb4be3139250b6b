-- Closing the gaps loop. Portable SQL (SQLite and PostgreSQL).

-- A knowledge gap (an open QUESTION entry) that was answered: by a new FAQ (answer, or an expert's reply to a route)
-- or by an existing entry (link). The gap keeps its id and its status becomes 'answered'; this row says what answers it.
CREATE TABLE gap_closures (
    gap_id    INTEGER PRIMARY KEY REFERENCES entries (id),
    entry_id  INTEGER NOT NULL REFERENCES entries (id),
    closed_by INTEGER NOT NULL REFERENCES people (id),
    how       TEXT NOT NULL,
    closed_at TEXT NOT NULL
);
CREATE INDEX gap_closures_entry ON gap_closures (entry_id);

-- A gap's question put to one person in a direct message. 'waiting' until they reply ('answered'), the gap is closed
-- otherwise ('closed'), or the follow-up passes it on to the next likely expert ('passed').
CREATE TABLE gap_routes (
    id         INTEGER PRIMARY KEY,
    gap_id     INTEGER NOT NULL REFERENCES entries (id),
    expert_id  INTEGER NOT NULL REFERENCES people (id),
    routed_by  INTEGER NOT NULL REFERENCES people (id),
    platform   TEXT NOT NULL,
    status     TEXT NOT NULL,
    routed_at  TEXT NOT NULL,
    settled_at TEXT
);
CREATE INDEX gap_routes_gap ON gap_routes (gap_id);
CREATE INDEX gap_routes_waiting ON gap_routes (status, expert_id, routed_at);
