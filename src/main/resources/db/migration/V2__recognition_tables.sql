-- The recognition tables. IDs are derived from content (see ContentIds), never from sequences,
-- so that a nightly run never renumbers yesterday's rows.

-- One row per file seen under the input roots: the staging table that lets a run pick only new
-- or changed files, and the process indicator that makes the import restartable.
CREATE TABLE source_files (
    file_id          VARCHAR(16)   NOT NULL PRIMARY KEY,
    source_root      VARCHAR(4000) NOT NULL,
    source_file      VARCHAR(4000) NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    modified_millis  BIGINT        NOT NULL,
    content_hash     VARCHAR(64),
    status           VARCHAR(16)   NOT NULL,
    article_id       VARCHAR(16),
    analysis_version VARCHAR(40),
    first_seen_run   BIGINT        NOT NULL,
    seen_run         BIGINT        NOT NULL,
    processed_run    BIGINT,
    changed_run      BIGINT,
    CONSTRAINT source_files_path_uk UNIQUE (source_root, source_file),
    CONSTRAINT source_files_status_ck CHECK (status IN ('PENDING', 'IMPORTED', 'REJECTED', 'MISSING'))
);
CREATE INDEX source_files_status_ix ON source_files (status, file_id);
CREATE INDEX source_files_article_ix ON source_files (article_id);

CREATE TABLE entities (
    entity_id VARCHAR(80)  NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL,
    kind      VARCHAR(12)  NOT NULL,
    CONSTRAINT entities_name_uk UNIQUE (name),
    CONSTRAINT entities_kind_ck CHECK (kind IN ('STATE', 'TERRITORY', 'ORGANIZATION'))
);

CREATE TABLE articles (
    article_id       VARCHAR(16)   NOT NULL PRIMARY KEY,
    title            VARCHAR(4000) NOT NULL,
    published_date   DATE          NOT NULL,
    url              VARCHAR(4000) NOT NULL,
    source_domain    VARCHAR(255)  NOT NULL,
    author           VARCHAR(1000) NOT NULL,
    source_file      VARCHAR(4000) NOT NULL,
    content_hash     VARCHAR(64)   NOT NULL,
    encoding         VARCHAR(20)   NOT NULL,
    analysis_version VARCHAR(40)   NOT NULL,
    file_id          VARCHAR(16)   NOT NULL,
    CONSTRAINT articles_url_uk UNIQUE (url),
    CONSTRAINT articles_file_uk UNIQUE (file_id),
    CONSTRAINT articles_file_fk FOREIGN KEY (file_id) REFERENCES source_files (file_id)
);

-- Bodies are kept apart from the article rows: the offsets of quotes point into them, but the
-- CSV and SQL exports leave them out (they would double the size of the output).
CREATE TABLE article_bodies (
    article_id VARCHAR(16) NOT NULL PRIMARY KEY,
    body       CLOB        NOT NULL,
    CONSTRAINT article_bodies_article_fk FOREIGN KEY (article_id) REFERENCES articles (article_id) ON DELETE CASCADE
);

CREATE TABLE speakers (
    speaker_id  VARCHAR(16)  NOT NULL PRIMARY KEY,
    name        VARCHAR(400) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    affiliation VARCHAR(80),
    CONSTRAINT speakers_name_uk UNIQUE (name),
    CONSTRAINT speakers_affiliation_fk FOREIGN KEY (affiliation) REFERENCES entities (entity_id)
);

-- The other forms of a speaker's name (surname alone, ...), by which later articles join the person.
CREATE TABLE speaker_aliases (
    speaker_id VARCHAR(16)  NOT NULL,
    alias      VARCHAR(400) NOT NULL,
    PRIMARY KEY (speaker_id, alias),
    CONSTRAINT speaker_aliases_speaker_fk FOREIGN KEY (speaker_id) REFERENCES speakers (speaker_id) ON DELETE CASCADE
);

-- What each article says about its speakers; speakers' title and affiliation are derived from it,
-- so that the result does not depend on the order in which articles arrived.
CREATE TABLE article_speakers (
    article_id  VARCHAR(16)  NOT NULL,
    speaker_id  VARCHAR(16)  NOT NULL,
    name        VARCHAR(400) NOT NULL,
    title       VARCHAR(200) NOT NULL,
    affiliation VARCHAR(80),
    PRIMARY KEY (article_id, speaker_id),
    CONSTRAINT article_speakers_article_fk FOREIGN KEY (article_id) REFERENCES articles (article_id) ON DELETE CASCADE,
    CONSTRAINT article_speakers_speaker_fk FOREIGN KEY (speaker_id) REFERENCES speakers (speaker_id),
    CONSTRAINT article_speakers_affiliation_fk FOREIGN KEY (affiliation) REFERENCES entities (entity_id)
);
CREATE INDEX article_speakers_speaker_ix ON article_speakers (speaker_id);

CREATE TABLE quotes (
    quote_id   VARCHAR(16)   NOT NULL PRIMARY KEY,
    article_id VARCHAR(16)   NOT NULL,
    speaker_id VARCHAR(16),
    text       VARCHAR(1000000) NOT NULL,
    kind       VARCHAR(8)    NOT NULL,
    cue        VARCHAR(200)  NOT NULL,
    char_start INTEGER       NOT NULL,
    char_end   INTEGER       NOT NULL,
    CONSTRAINT quotes_span_uk UNIQUE (article_id, char_start, char_end),
    CONSTRAINT quotes_article_fk FOREIGN KEY (article_id) REFERENCES articles (article_id) ON DELETE CASCADE,
    CONSTRAINT quotes_speaker_fk FOREIGN KEY (speaker_id) REFERENCES speakers (speaker_id),
    CONSTRAINT quotes_kind_ck CHECK (kind IN ('DIRECT', 'INDIRECT'))
);
CREATE INDEX quotes_speaker_ix ON quotes (speaker_id);

CREATE TABLE recognition_positions (
    position_id      VARCHAR(16)   NOT NULL PRIMARY KEY,
    article_id       VARCHAR(16)   NOT NULL,
    actor_entity_id  VARCHAR(80)   NOT NULL,
    target_entity_id VARCHAR(80)   NOT NULL,
    stance           VARCHAR(24)   NOT NULL,
    speaker_id       VARCHAR(16),
    quote_id         VARCHAR(16),
    evidence         VARCHAR(1000000) NOT NULL,
    CONSTRAINT positions_uk UNIQUE (article_id, actor_entity_id, target_entity_id, stance),
    CONSTRAINT positions_article_fk FOREIGN KEY (article_id) REFERENCES articles (article_id) ON DELETE CASCADE,
    CONSTRAINT positions_actor_fk FOREIGN KEY (actor_entity_id) REFERENCES entities (entity_id),
    CONSTRAINT positions_target_fk FOREIGN KEY (target_entity_id) REFERENCES entities (entity_id),
    CONSTRAINT positions_speaker_fk FOREIGN KEY (speaker_id) REFERENCES speakers (speaker_id),
    CONSTRAINT positions_quote_fk FOREIGN KEY (quote_id) REFERENCES quotes (quote_id),
    CONSTRAINT positions_stance_ck CHECK (stance IN ('RECOGNIZES', 'DOES_NOT_RECOGNIZE', 'WITHDRAWS_RECOGNITION', 'INTENDS_TO_RECOGNIZE'))
);
CREATE INDEX positions_pair_ix ON recognition_positions (actor_entity_id, target_entity_id);

CREATE TABLE rejects (
    file_id     VARCHAR(16)   NOT NULL PRIMARY KEY,
    source_file VARCHAR(4000) NOT NULL,
    reason      VARCHAR(32)   NOT NULL,
    detail      VARCHAR(4000) NOT NULL,
    CONSTRAINT rejects_file_fk FOREIGN KEY (file_id) REFERENCES source_files (file_id)
);

-- For each (actor, target): the stance of the latest article by publication date (ties: the
-- larger article_id, then the stance name), its date, and how many articles state that stance.
CREATE VIEW recognition_latest AS
SELECT actor_entity_id, target_entity_id, stance, as_of_date, article_id, evidence_count
FROM (
    SELECT p.actor_entity_id,
           p.target_entity_id,
           p.stance,
           a.published_date AS as_of_date,
           p.article_id,
           ROW_NUMBER() OVER (PARTITION BY p.actor_entity_id, p.target_entity_id
                              ORDER BY a.published_date DESC, p.article_id DESC, p.stance) AS latest_rank,
           COUNT(*) OVER (PARTITION BY p.actor_entity_id, p.target_entity_id, p.stance) AS evidence_count
    FROM recognition_positions p
    JOIN articles a ON a.article_id = p.article_id
) ranked
WHERE latest_rank = 1;
