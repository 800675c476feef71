-- Quotes are the store's largest table (about 15 rows per article), and each of its indexes is a
-- B-tree that every insert writes at a random place. Two of them bought nothing in the store:
-- - quote_id is a hash of (article_id, char_start, char_end), so the unique span key already makes
--   it unique; nothing in the job looks a quote up by its ID (positions carry it as a plain value);
-- - nothing reads quotes by speaker (speaker consolidation re-points quotes article by article).
-- Dropping them (with the foreign keys that needed them) halves the CPU an import spends on quote
-- rows (H2 2.5, 225k rows: 19.5 s with the four indexes, 9.6 s with the span key and article key).
-- The SQL export's portable schema keeps the primary key and both foreign keys, so the published
-- tables still carry every constraint.
ALTER TABLE recognition_positions DROP CONSTRAINT positions_quote_fk;
ALTER TABLE quotes DROP CONSTRAINT quotes_speaker_fk;
DROP INDEX quotes_speaker_ix;
ALTER TABLE quotes DROP PRIMARY KEY;
