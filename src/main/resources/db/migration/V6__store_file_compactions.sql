-- The size of the store file right after its last compaction. The job compacts the file (between
-- import rounds and at the end of a run) once it has at least doubled since then: H2 keeps every
-- old page while the database is open, so a bulk import grows the file far beyond its rows, while a
-- nightly run adds little. One row at most.
CREATE TABLE store_file (
    id INT PRIMARY KEY CHECK (id = 1),
    compacted_bytes BIGINT NOT NULL
);
