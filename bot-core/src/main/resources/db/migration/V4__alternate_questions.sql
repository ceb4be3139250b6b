-- Learning the ways people ask. Portable SQL (SQLite and PostgreSQL).

-- Other ways of asking an entry's question, in askers' own words: a question whose asker then confirmed this entry
-- (Helpful, a check mark on the answer, thanks right after it). Indexed with the entry, so the next paraphrase finds
-- it. One row per folded text (case, accents, punctuation and spacing ignored).
CREATE TABLE alternate_questions (
    id        INTEGER PRIMARY KEY,
    entry_id  INTEGER NOT NULL REFERENCES entries (id),
    text      TEXT NOT NULL,
    folded    TEXT NOT NULL,
    language  TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    asked_at  TEXT NOT NULL,
    UNIQUE (entry_id, folded)
);

-- Which question led the bot to show which entries, to whom and where, so that a later confirmation knows which
-- words to learn. entry_id is null when nothing was shown: a thanks after that teaches nothing. Kept a few days.
CREATE TABLE answers_shown (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES people (id),
    channel_key TEXT NOT NULL,
    restricted  INTEGER NOT NULL,
    thread_id   TEXT,
    entry_id    INTEGER REFERENCES entries (id),
    ordinal     INTEGER NOT NULL,
    question    TEXT NOT NULL,
    language    TEXT NOT NULL,
    shown_at    TEXT NOT NULL
);
CREATE INDEX answers_shown_asker ON answers_shown (person_id, channel_key, shown_at);
CREATE INDEX answers_shown_at ON answers_shown (shown_at);

-- A question asked again, near-identically, while its gap is open: folded into that gap (whose votes count the
-- askers) rather than noted as a new one. The message is kept so that its thread still leads to the gap.
CREATE TABLE gap_asks (
    channel_key TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    entry_id    INTEGER NOT NULL REFERENCES entries (id),
    person_id   INTEGER NOT NULL REFERENCES people (id),
    thread_id   TEXT,
    asked_at    TEXT NOT NULL,
    PRIMARY KEY (channel_key, message_id)
);
CREATE INDEX gap_asks_entry ON gap_asks (entry_id);
