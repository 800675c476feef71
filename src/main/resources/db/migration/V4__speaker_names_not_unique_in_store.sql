-- A speaker row takes the fullest name its mentions give ("CLOSE Donald Trump Jr."), which can be
-- the name of a mention that a later article brings as a speaker of its own until the publish
-- merges it into that row: the import must not fail on it (it did, on the second nightly run over a
-- generated archive). Published speakers still have distinct names: the merge leaves one row per
-- person, and the portable schema of the SQL export keeps the constraint.
ALTER TABLE speakers DROP CONSTRAINT speakers_name_uk;
