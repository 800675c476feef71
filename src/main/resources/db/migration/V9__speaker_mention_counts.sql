-- The nightly speaker merge counts the mentions of every name that shares a surname with a changed
-- article's names, and derives each touched speaker from all of its mentions. At a million articles
-- those names carry more than half of all mentions (2.8 of 5.1 million: the same people are quoted
-- every night), so the merge read most of article_speakers every night. This table keeps the count
-- of each distinct mention (name, speaker, title, affiliation; '' for none), kept current by
-- MentionCounts in the same transaction as every change to article_speakers, so that the merge reads
-- a few rows per name instead.
CREATE TABLE speaker_mention_counts (
    name        VARCHAR(400) NOT NULL,
    speaker_id  VARCHAR(16)  NOT NULL,
    title       VARCHAR(200) NOT NULL,
    affiliation VARCHAR(80)  NOT NULL,
    mentions    BIGINT       NOT NULL,
    PRIMARY KEY (name, speaker_id, title, affiliation)
);
CREATE INDEX speaker_mention_counts_speaker_ix ON speaker_mention_counts (speaker_id);

-- grouped in the order of article_speakers_speaker_ix, so that H2 counts in one streaming pass
-- instead of holding every group in memory (an affiliation is an entity ID or null, never '')
INSERT INTO speaker_mention_counts (name, speaker_id, title, affiliation, mentions)
SELECT name, speaker_id, title, COALESCE(affiliation, ''), COUNT(*)
FROM article_speakers
GROUP BY speaker_id, name, title, affiliation;
