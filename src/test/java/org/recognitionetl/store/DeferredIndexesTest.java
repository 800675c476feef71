package org.recognitionetl.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SortedSet;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** A bulk import leaves some indexes out and builds them before its publish; other runs keep them. */
class DeferredIndexesTest {
    private final JdbcTemplate store = MigratedStore.inMemory("deferred");
    private final SortedSet<String> migrated = MigratedStore.indexes(store);
    private final DeferredIndexes deferred = new DeferredIndexes(store);

    @Test
    void aNewStoreDropsTheIndexesAndBuildGivesBackExactlyThoseOfTheMigrations() {
        boolean dropped = deferred.dropForBulkImport();

        assertThat(dropped).isTrue();
        assertThat(MigratedStore.indexes(store)).hasSize(migrated.size() - 5).isSubsetOf(migrated);
        assertThat(deferred.build()).isEqualTo(5);
        assertThat(MigratedStore.indexes(store)).isEqualTo(migrated);
    }

    @Test
    void buildingAgainChangesNothing() {
        deferred.dropForBulkImport();
        deferred.build();

        assertThat(deferred.build()).isZero();
        assertThat(MigratedStore.indexes(store)).isEqualTo(migrated);
    }

    @Test
    void aStoreThatWasPublishedKeepsItsIndexesForTheNightlyRun() {
        store.update("UPDATE publish_state SET needs_full = FALSE WHERE id = 1");

        boolean dropped = deferred.dropForBulkImport();

        assertThat(dropped).isFalse();
        assertThat(MigratedStore.indexes(store)).isEqualTo(migrated);
    }
}
