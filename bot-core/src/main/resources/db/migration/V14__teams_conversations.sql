-- Proactive messages and cards that refresh in place. Portable SQL (SQLite and PostgreSQL).

-- Where each person was last seen on a platform that can only be written to where it has heard from them
-- (Teams): the endpoint of their workspace (Teams' service URL), the bot's direct conversation with them once
-- known, and the bot's id there. A notice reaches them through it, after a restart too.
CREATE TABLE person_addresses (
    platform            TEXT NOT NULL,
    workspace           TEXT NOT NULL,
    user_id             TEXT NOT NULL,
    endpoint            TEXT NOT NULL,
    direct_conversation TEXT,
    bot_id              TEXT NOT NULL,
    seen_at             TEXT NOT NULL,
    PRIMARY KEY (platform, workspace, user_id)
);
CREATE INDEX person_addresses_seen ON person_addresses (platform, workspace, seen_at);

-- The card a posted reply showed, as the platform renders it (an Adaptive Card's JSON), for a platform that does
-- not send the card back with a click on it (Teams): the clicked card is answered with itself, its entry updated.
ALTER TABLE bot_replies ADD COLUMN card TEXT;
