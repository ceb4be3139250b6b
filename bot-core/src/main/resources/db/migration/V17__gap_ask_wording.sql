-- The words each further ask of a knowledge gap used, so that the asker is told about their own question as they
-- put it (in their language), not in another asker's words. Null for asks recorded before. Portable SQL.
ALTER TABLE gap_asks ADD COLUMN question TEXT;
