-- A nightly run with --skip-unchanged-folders reads only the known files of the folders it lists,
-- not the whole staging table (over a million files that read was the largest part of its discover
-- step). It needs two facts the table alone gives only by a full read:
--   * how many files each folder held after the last complete walk, to prove that every known
--     file outside the passed-over folders was looked at (else it reads the whole table as before);
--   * the analysis version of the last complete discovery: with the same version every imported
--     file in a passed-over folder is current, so none needs to be looked up for re-analysis.
ALTER TABLE source_folders ADD COLUMN files BIGINT;

CREATE TABLE discovery_state (
    id               INT         NOT NULL PRIMARY KEY,
    analysis_version VARCHAR(40) NOT NULL,
    CONSTRAINT discovery_state_one_row CHECK (id = 1)
);
