-- Passerelle's knowledge base. Portable SQL (SQLite and PostgreSQL); SQLite specifics live in code.

CREATE TABLE people (
    id           INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    email        TEXT,
    team         TEXT,
    locale       TEXT,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
);
CREATE INDEX people_email ON people (email);

CREATE TABLE identities (
    platform  TEXT NOT NULL,
    workspace TEXT NOT NULL,
    user_id   TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    PRIMARY KEY (platform, workspace, user_id)
);
CREATE INDEX identities_person ON identities (person_id);

CREATE TABLE channels (
    channel_key TEXT PRIMARY KEY,
    platform    TEXT NOT NULL,
    workspace   TEXT NOT NULL,
    channel_id  TEXT NOT NULL,
    type        TEXT NOT NULL,
    capture     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL
);

CREATE TABLE memberships (
    channel_key TEXT NOT NULL REFERENCES channels (channel_key),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    since       TEXT NOT NULL,
    PRIMARY KEY (channel_key, person_id)
);
CREATE INDEX memberships_person ON memberships (person_id);

CREATE TABLE entries (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    status      TEXT NOT NULL,
    pain_status TEXT,
    title       TEXT NOT NULL,
    body        TEXT,
    language    TEXT NOT NULL,
    author_id   INTEGER NOT NULL REFERENCES people (id),
    channel_key TEXT NOT NULL,
    restricted  INTEGER NOT NULL,
    source_msg  TEXT,
    thread_id   TEXT,
    votes       INTEGER NOT NULL DEFAULT 0,
    helpful     INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    verified_at TEXT
);
CREATE INDEX entries_source ON entries (channel_key, source_msg);
CREATE INDEX entries_kind_status ON entries (kind, status);

CREATE TABLE entry_tags (
    entry_id INTEGER NOT NULL REFERENCES entries (id),
    tag      TEXT NOT NULL,
    PRIMARY KEY (entry_id, tag)
);

CREATE TABLE votes (
    entry_id  INTEGER NOT NULL REFERENCES entries (id),
    person_id INTEGER NOT NULL REFERENCES people (id),
    voted_at  TEXT NOT NULL,
    PRIMARY KEY (entry_id, person_id)
);

CREATE TABLE skills (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    name        TEXT NOT NULL,
    folded      TEXT NOT NULL,
    source_msg  TEXT,
    declared_at TEXT NOT NULL,
    UNIQUE (person_id, folded)
);

CREATE TABLE evidence (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    message_id  TEXT NOT NULL,
    thread_id   TEXT,
    channel_key TEXT NOT NULL,
    restricted  INTEGER NOT NULL,
    text        TEXT NOT NULL,
    language    TEXT NOT NULL,
    confirmed   INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL
);
CREATE INDEX evidence_thread ON evidence (channel_key, thread_id);
CREATE INDEX evidence_message ON evidence (channel_key, message_id);

CREATE TABLE feedback (
    entry_id  INTEGER NOT NULL REFERENCES entries (id),
    person_id INTEGER NOT NULL REFERENCES people (id),
    helpful   INTEGER NOT NULL,
    given_at  TEXT NOT NULL,
    PRIMARY KEY (entry_id, person_id)
);

CREATE TABLE processed_events (
    event_key    TEXT PRIMARY KEY,
    processed_at TEXT NOT NULL
);

CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor_id INTEGER NOT NULL REFERENCES people (id),
    action   TEXT NOT NULL,
    target   TEXT NOT NULL,
    detail   TEXT NOT NULL
);

-- The outbox that the Lucene index (and, later, every replica's index) follows in order.
CREATE TABLE change_log (
    seq        INTEGER PRIMARY KEY,
    subject    TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    changed_at TEXT NOT NULL
);
