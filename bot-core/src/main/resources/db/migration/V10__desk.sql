-- The knowledge manager's desk: roles granted in the bot, managers' endorsements, and how each day's questions
-- were answered. Portable SQL (SQLite and PostgreSQL).

-- Roles an admin granted with "/kb role grant"; the configured roles (passerelle.roles.*) apply besides them.
CREATE TABLE role_grants (
    person_id  INTEGER NOT NULL REFERENCES people (id),
    role       TEXT NOT NULL,
    granted_by INTEGER NOT NULL REFERENCES people (id),
    granted_at TEXT NOT NULL,
    PRIMARY KEY (person_id, role)
);

-- Expertise a knowledge manager vouches for. The topic is also a skill of the person (so that "who knows" finds
-- it); made_skill says the endorsement added that skill, which "unendorse" then takes back.
CREATE TABLE endorsements (
    person_id   INTEGER NOT NULL REFERENCES people (id),
    topic       TEXT NOT NULL,
    folded      TEXT NOT NULL,
    endorsed_by INTEGER NOT NULL REFERENCES people (id),
    made_skill  INTEGER NOT NULL,
    endorsed_at TEXT NOT NULL,
    PRIMARY KEY (person_id, folded)
);

-- How many questions each day were answered confidently, with suggestions, or not at all: counts only, kept
-- longer than answers_shown (a few days), for the answer rate's trend in "/kb stats".
CREATE TABLE answer_tally (
    day   TEXT NOT NULL,
    level TEXT NOT NULL,
    n     INTEGER NOT NULL,
    PRIMARY KEY (day, level)
);
