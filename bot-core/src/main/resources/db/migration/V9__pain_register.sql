-- The pain-point register: who owns each pain point (its status is entries.pain_status, its backers are votes).
CREATE TABLE pain_owners (
    entry_id    INTEGER PRIMARY KEY REFERENCES entries (id),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    assigned_at TEXT NOT NULL
);

-- The register reads the +1s of a week.
CREATE INDEX votes_voted_at ON votes (voted_at);
