-- What people keep off their expert profile ("me hide <topic>", "me hide all"). A hidden topic's evidence no
-- longer puts its owner on the list for that topic; the empty topic stands for "everything". Portable SQL.

CREATE TABLE profile_hidden (
    person_id INTEGER NOT NULL REFERENCES people (id),
    topic     TEXT NOT NULL,
    folded    TEXT NOT NULL,
    hidden_at TEXT NOT NULL,
    PRIMARY KEY (person_id, folded)
);
