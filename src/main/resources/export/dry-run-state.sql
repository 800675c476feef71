-- An empty staging table for --dry-run when there is no store yet (or --full-refresh): every file is new.
CREATE TABLE source_files (file_id VARCHAR(16) PRIMARY KEY, size_bytes BIGINT, modified_millis BIGINT,
                           status VARCHAR(16), analysis_version VARCHAR(40));
CREATE TABLE rejects (file_id VARCHAR(16) PRIMARY KEY, reason VARCHAR(32));
