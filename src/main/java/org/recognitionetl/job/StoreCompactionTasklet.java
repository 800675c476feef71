package org.recognitionetl.job;

import org.recognitionetl.store.StoreCompaction;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/** Compacts the store file when it has doubled since its last compaction, and says so. */
public class StoreCompactionTasklet implements Tasklet {
    private final StoreCompaction compaction;
    private final StoreCompaction.Pages pages;
    private final ConsoleOutput console;

    public StoreCompactionTasklet(StoreCompaction compaction, StoreCompaction.Pages pages, ConsoleOutput console) {
        this.compaction = compaction;
        this.pages = pages;
        this.console = console;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        compaction.compactIfGrown(pages).ifPresent(done -> console.progress(String.format(
                "store: compacted from %,d MB to %,d MB in %.1f s", done.bytesBefore() >> 20, done.bytesAfter() >> 20,
                done.seconds())));
        return RepeatStatus.FINISHED;
    }
}
