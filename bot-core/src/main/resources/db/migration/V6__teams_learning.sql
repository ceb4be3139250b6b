-- Learning from confirmations on every platform. Portable SQL (SQLite and PostgreSQL).

-- Whether the reply the bot showed was its confident answer (1) or suggestions (0): a check mark or thanks on
-- several suggestions does not say which one helped, so it teaches none of them. Rows shown before this column
-- existed were answers the bot posted as confident or learned from as such.
ALTER TABLE answers_shown ADD COLUMN confident INTEGER NOT NULL DEFAULT 1;

-- The messages the bot posted, by the platform's id, where the platform names only the message a reaction is on
-- and the bot cannot read its own message back (Teams): a reaction on an answer still reaches it after a restart.
-- Kept as long as a confirmation may come.
CREATE TABLE bot_replies (
    channel_key TEXT NOT NULL,
    message_id  TEXT NOT NULL,
    thread_id   TEXT,
    text        TEXT NOT NULL,
    posted_at   TEXT NOT NULL,
    PRIMARY KEY (channel_key, message_id)
);
CREATE INDEX bot_replies_posted_at ON bot_replies (posted_at);
