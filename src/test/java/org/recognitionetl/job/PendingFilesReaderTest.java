package org.recognitionetl.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.recognitionetl.store.MigratedStore;
import org.recognitionetl.store.SourceFileRow;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.item.database.support.H2PagingQueryProvider;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import's reader of pending files: pages in file_id order within a partition's range, and
 * each page read from the status index in its order, so that a page costs its own rows and not all
 * the pending rows of the range (which made a bulk import of a million files quadratic).
 */
class PendingFilesReaderTest {
    private final JdbcTemplate store = MigratedStore.inMemory("pending-files");
    private final FileIdRangePartitioner.FileIdRange range = new FileIdRangePartitioner.FileIdRange("4000", "8000");

    @Test
    void everyPageIsReadFromTheStatusIndexInItsOrder() throws Exception {
        H2PagingQueryProvider provider = new H2PagingQueryProvider();
        provider.setSelectClause(PendingFilesReader.SELECT);
        provider.setFromClause(PendingFilesReader.FROM);
        provider.setWhereClause(PendingFilesReader.where(range));
        provider.setSortKeys(PendingFilesReader.sortKeys());
        provider.init(dataSource());

        for (String page : List.of(provider.generateFirstPageQuery(500), provider.generateRemainingPagesQuery(500))) {
            String plan = store.queryForObject("EXPLAIN " + withValues(page), String.class);

            assertThat(plan).as(plan).contains("SOURCE_FILES_STATUS_IX").contains("/* index sorted */");
        }
    }

    @Test
    void readsThePendingFilesOfItsRangeInFileIdOrderAcrossPages() throws Exception {
        List<String> pending = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String id = String.format("%04x%012x", 0x3000 + i * 0x0180, i);
            boolean done = i % 5 == 0;
            store.update("INSERT INTO source_files (file_id, source_root, source_file, size_bytes, modified_millis,"
                            + " status, first_seen_run, seen_run) VALUES (?, 'root', ?, 1, 1, ?, 1, 1)",
                    id, "f" + i + ".txt", done ? "IMPORTED" : "PENDING");
            if (!done && range.contains(id)) {
                pending.add(id);
            }
        }
        JdbcPagingItemReader<SourceFileRow> reader = PendingFilesReader.of(dataSource(), range, 3, Integer.MAX_VALUE);
        reader.afterPropertiesSet();
        reader.open(new ExecutionContext());

        List<String> read = new ArrayList<>();
        for (SourceFileRow row = reader.read(); row != null; row = reader.read()) {
            read.add(row.fileId());
        }
        reader.close();

        assertThat(pending).hasSizeGreaterThan(6);
        assertThat(read).isEqualTo(pending);
    }

    private DataSource dataSource() {
        return store.getDataSource();
    }

    /** The query with a value for each named parameter (the range's bounds, the last row's keys). */
    private static String withValues(String query) {
        return query.replaceAll(":fromId", "'4000'").replaceAll(":toId", "'8000'")
                .replaceAll(":_status", "'PENDING'").replaceAll(":_file_id", "'5000'")
                .replaceAll("\\?", "'5000'");
    }
}
