-- Recognition ETL output tables: portable DDL that runs as it is in H2 and PostgreSQL.
-- Load order: this file, then data.sql.

CREATE TABLE entities (
    entity_id VARCHAR(80)  NOT NULL PRIMARY KEY,
    name      VARCHAR(200) NOT NULL UNIQUE,
    kind      VARCHAR(12)  NOT NULL
);

CREATE TABLE articles (
    article_id     VARCHAR(16)   NOT NULL PRIMARY KEY,
    title          VARCHAR(4000) NOT NULL,
    published_date DATE          NOT NULL,
    url            VARCHAR(4000) NOT NULL UNIQUE,
    source_domain  VARCHAR(255)  NOT NULL,
    author         VARCHAR(1000) NOT NULL,
    source_file    VARCHAR(4000) NOT NULL,
    content_hash   VARCHAR(64)   NOT NULL,
    encoding       VARCHAR(20)   NOT NULL
);

CREATE TABLE speakers (
    speaker_id  VARCHAR(16)  NOT NULL PRIMARY KEY,
    name        VARCHAR(400) NOT NULL UNIQUE,
    title       VARCHAR(200) NOT NULL,
    affiliation VARCHAR(80) REFERENCES entities (entity_id)
);

CREATE TABLE speaker_aliases (
    speaker_id VARCHAR(16)  NOT NULL REFERENCES speakers (speaker_id),
    alias      VARCHAR(400) NOT NULL,
    PRIMARY KEY (speaker_id, alias)
);

CREATE TABLE quotes (
    quote_id   VARCHAR(16)  NOT NULL PRIMARY KEY,
    article_id VARCHAR(16)  NOT NULL REFERENCES articles (article_id),
    speaker_id VARCHAR(16) REFERENCES speakers (speaker_id),
    text       VARCHAR(1000000) NOT NULL,
    kind       VARCHAR(8)   NOT NULL,
    cue        VARCHAR(200) NOT NULL,
    char_start INTEGER      NOT NULL,
    char_end   INTEGER      NOT NULL
);

CREATE TABLE recognition_positions (
    position_id      VARCHAR(16) NOT NULL PRIMARY KEY,
    article_id       VARCHAR(16) NOT NULL REFERENCES articles (article_id),
    actor_entity_id  VARCHAR(80) NOT NULL REFERENCES entities (entity_id),
    target_entity_id VARCHAR(80) NOT NULL REFERENCES entities (entity_id),
    stance           VARCHAR(24) NOT NULL,
    speaker_id       VARCHAR(16) REFERENCES speakers (speaker_id),
    quote_id         VARCHAR(16) REFERENCES quotes (quote_id),
    evidence         VARCHAR(1000000) NOT NULL,
    UNIQUE (article_id, actor_entity_id, target_entity_id, stance)
);

CREATE TABLE rejects (
    source_file VARCHAR(4000) NOT NULL,
    reason      VARCHAR(32)   NOT NULL,
    detail      VARCHAR(4000) NOT NULL
);

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
