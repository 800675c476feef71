-- H2 gives every foreign key an index of its own, even when another index already starts with the
-- key's columns. Three of them were exact duplicates, each a B-tree that every insert writes at a
-- random place:
-- - quotes (article_id): the unique span key (article_id, char_start, char_end) starts with it;
-- - article_speakers (article_id): the primary key (article_id, speaker_id) starts with it;
-- - article_speakers (speaker_id): article_speakers_speaker_ix (V7) starts with it.
-- H2 2.5 does not reuse those indexes for a foreign key (re-adding the constraint built a new copy),
-- so the constraints go, as V5 did for quotes' speaker key. The job deletes an article's quotes and
-- mentions itself before the article (ArticleStoreWriter, StoreMaintenance) and deletes a speaker only
-- once no mention names it (SpeakerConsolidation), so nothing relied on the cascade or the check. The
-- SQL export's portable schema keeps all three constraints. Measured on allsides (15,565 articles,
-- bench/job.sh): the import step took 22.4-23.3 s instead of 27.0-28.0 s.
-- The affiliation key keeps its index: the clean-up of unused entities looks mentions up by it.
ALTER TABLE quotes DROP CONSTRAINT quotes_article_fk;
ALTER TABLE article_speakers DROP CONSTRAINT article_speakers_article_fk;
ALTER TABLE article_speakers DROP CONSTRAINT article_speakers_speaker_fk;
