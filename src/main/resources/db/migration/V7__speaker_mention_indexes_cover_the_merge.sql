-- The nightly speaker merge reads the mentions of every name that shares a surname with a changed
-- article's names: it counts them by name and affiliation, finds the articles whose mention of a
-- name points elsewhere, and gathers each speaker's names, titles and affiliations. With indexes on
-- the looked-up column alone, H2 fetched every mention's row from the table by its row key, a page
-- read at a random place each time: 86% of a nightly publish over 100,000 articles (JFR). These
-- indexes carry the columns those queries read, so H2 answers them from the index alone.
-- article_speakers_speaker_ix was a copy of the speaker foreign key's own index; it becomes the
-- covering one, so the table keeps as many indexes as before.
DROP INDEX article_speakers_name_ix;
CREATE INDEX article_speakers_name_ix ON article_speakers (name, affiliation, speaker_id, article_id);
DROP INDEX article_speakers_speaker_ix;
CREATE INDEX article_speakers_speaker_ix ON article_speakers (speaker_id, name, title, affiliation);
