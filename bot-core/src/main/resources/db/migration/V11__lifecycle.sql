-- The knowledge lifecycle: reminders that a verification expired, and the weekly digest. Portable SQL.

-- One reminder per expiry: an entry verified again (a new checked_at) can expire, and be reminded of, again.
CREATE TABLE verification_reminders (
    entry_id   INTEGER NOT NULL REFERENCES entries (id),
    checked_at TEXT NOT NULL,
    person_id  INTEGER REFERENCES people (id),
    sent_at    TEXT NOT NULL,
    PRIMARY KEY (entry_id, checked_at)
);

-- One digest per period and conversation, whichever replica or restart runs the routine.
CREATE TABLE digests (
    period      TEXT NOT NULL,
    channel_key TEXT NOT NULL,
    posted_at   TEXT NOT NULL,
    PRIMARY KEY (period, channel_key)
);
