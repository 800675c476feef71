package org.recognitionetl.job;

import javax.sql.DataSource;

import org.recognitionetl.article.ArticleParser;
import org.recognitionetl.article.ParserSettings;
import org.recognitionetl.discover.DiscoveredFile;
import org.recognitionetl.discover.DiscoveryWriter;
import org.recognitionetl.discover.FileWalker;
import org.recognitionetl.discover.FolderTimes;
import org.recognitionetl.discover.InputRoots;
import org.recognitionetl.extract.Analyzer;
import org.recognitionetl.store.ArticleStoreWriter;
import org.recognitionetl.store.DeferredIndexes;
import org.recognitionetl.store.ImportResult;
import org.recognitionetl.store.SourceFileRow;
import org.recognitionetl.store.StoreCompaction;
import org.recognitionetl.store.StoreMaintenance;
import org.recognitionetl.store.StoreWriteGate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.ExitStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.partition.support.TaskExecutorPartitionHandler;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.database.JdbcPagingItemReader;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The import job: prepare (full refresh; a bulk import leaves some indexes out) → discover files into
 * the staging table → mark files no longer found → import pending files in chunks, in parallel
 * partitions (read, parse + analyse, write all tables in the chunk's transaction), in rounds with the
 * store file compacted between them once it has doubled → import files made pending again by the
 * rounds → build the indexes left out → compact the store file if it has doubled → merge speakers
 * across articles → publish CSV and SQL (on two threads) and the run report → compact the store
 * file if it has doubled.
 */
@Configuration
public class ImportJobConfiguration {
    public static final String JOB_NAME = "importJob";
    private static final int DISCOVER_CHUNK = 10_000;

    @Bean
    Job importJob(JobRepository jobRepository, Step prepareStep, Step discoverStep, Step markMissingStep,
                  Step importStep, Step compactBetweenRoundsStep, Step importAgainStep, Step buildIndexesStep,
                  Step compactBeforePublishStep, Step mergeSpeakersStep, Step publishStep, Step compactAtEndStep,
                  ImportRounds importRounds) {
        // the import runs in rounds of --compact-every files until no pending file is left, the store
        // file compacted between them once it has doubled since its last compaction; the last round's
        // dead pages go before publish, which grows the file again (a full publish over a million
        // articles rewrote ~26 GB of pages), so that both never need the disk at once
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(prepareStep)
                .next(discoverStep)
                .next(markMissingStep)
                .next(importStep)
                .next(importRounds)
                .on(ImportRounds.ANOTHER_ROUND).to(compactBetweenRoundsStep).next(importStep)
                .from(importRounds).on(ImportRounds.ALL_READ).to(importAgainStep)
                .next(buildIndexesStep)
                .next(compactBeforePublishStep)
                .next(mergeSpeakersStep)
                .next(publishStep)
                .next(compactAtEndStep)
                .end()
                .build();
    }

    @Bean
    ImportRounds importRounds(JdbcTemplate jdbc) {
        return new ImportRounds(jdbc);
    }

    @Bean
    Step prepareStep(JobRepository jobRepository, PlatformTransactionManager tm, StoreMaintenance maintenance,
                     RunSettings settings, DeferredIndexes deferredIndexes) {
        Tasklet prepare = (contribution, context) -> {
            if (settings.fullRefresh()) {
                maintenance.clearForFullRefresh();
            }
            deferredIndexes.dropForBulkImport();
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("prepare", jobRepository).tasklet(prepare, tm).build();
    }

    @Bean
    DeferredIndexes deferredIndexes(JdbcTemplate jdbc) {
        return new DeferredIndexes(jdbc);
    }

    /** Builds the indexes a bulk import left out (see {@link DeferredIndexes}); a no-op on other runs. */
    @Bean
    Step buildIndexesStep(JobRepository jobRepository, PlatformTransactionManager tm, DeferredIndexes deferredIndexes,
                          ConsoleOutput console) {
        Tasklet build = (contribution, context) -> {
            long start = System.nanoTime();
            int built = deferredIndexes.build();
            if (built > 0) {
                console.progress(String.format("store: built %d indexes left out during the bulk import in %.1f s",
                        built, (System.nanoTime() - start) / 1e9));
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("buildIndexes", jobRepository).tasklet(build, tm).allowStartIfComplete(true).build();
    }

    @Bean
    Step discoverStep(JobRepository jobRepository, PlatformTransactionManager tm, FileWalker fileWalker,
                      DiscoveryWriter discoveryWriter, FolderTimes folderTimes, InputRoots roots,
                      ConsoleOutput console) {
        // large chunks: a chunk of unchanged files writes nothing, but each commit also updates the job
        // repository, and a walk over a million files would otherwise commit a thousand times
        return new StepBuilder("discover", jobRepository)
                .<DiscoveredFile, DiscoveredFile>chunk(DISCOVER_CHUNK)
                .transactionManager(tm)
                .reader(fileWalker)
                .writer(discoveryWriter)
                .listener(new StepExecutionListener() {
                    @Override
                    public void beforeStep(StepExecution stepExecution) {
                        console.progress("discover: looking for new and changed files under " + roots.asParameter());
                    }

                    @Override
                    public ExitStatus afterStep(StepExecution stepExecution) {
                        fileWalker.close();
                        if (!fileWalker.finished() || !stepExecution.getFailureExceptions().isEmpty()) {
                            return null;
                        }
                        // only a complete walk knows which files are gone; a failure here fails the step,
                        // and the restart walks again
                        int missing = discoveryWriter.markUnseenMissing();
                        folderTimes.save();
                        String passedOver = folderTimes.skippedCount() == 0 ? ""
                                : String.format(" (%,d unchanged folders not listed)", folderTimes.skippedCount());
                        console.progress(String.format("discover: %,d files listed%s, %,d no longer found",
                                stepExecution.getReadCount(), passedOver, missing));
                        return null;
                    }
                })
                .build();
    }

    @Bean
    @StepScope
    FileWalker fileWalker(InputRoots roots, RunSettings settings, ConsoleOutput console, FolderTimes folderTimes) {
        return new FileWalker(roots, settings.include(), console::warn, folderTimes);
    }

    @Bean
    @StepScope
    FolderTimes folderTimes(JdbcTemplate jdbc, RunSettings settings) {
        return new FolderTimes(jdbc, settings.include(), settings.skipUnchangedFolders());
    }

    @Bean
    @StepScope
    DiscoveryWriter discoveryWriter(DataSource dataSource, FolderTimes folderTimes,
                                    @Value("#{jobParameters['run.id']}") Long run) {
        return new DiscoveryWriter(new NamedParameterJdbcTemplate(dataSource), run, Analyzer.version(), folderTimes);
    }

    /**
     * Discovery has marked the files it did not find as MISSING; with --prune-missing their articles
     * are deleted here, in one transaction.
     */
    @Bean
    Step markMissingStep(JobRepository jobRepository, PlatformTransactionManager tm, StoreMaintenance maintenance,
                         RunSettings settings) {
        Tasklet markMissing = (contribution, context) -> {
            if (settings.pruneMissing()) {
                maintenance.pruneMissing();
            }
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("markMissing", jobRepository).tasklet(markMissing, tm).build();
    }

    /**
     * The import: pending files split by file ID into {@code --threads} partitions, each a worker
     * step ({@code import:partitionNNN}) run on its own thread. A worker's reader takes only what is
     * still pending in its range and its writer marks files done in the chunk's transaction (the
     * process-indicator pattern), so on a restart the finished partitions are skipped (Spring Batch
     * keeps their COMPLETED state and the ranges of the first attempt) and the others read only
     * what they had left.
     */
    @Bean
    Step importStep(JobRepository jobRepository, TaskExecutorPartitionHandler importPartitionHandler,
                    ProgressListener progress) {
        // started again in every round, and again on a restart: it reads only what is still pending
        return new StepBuilder("import", jobRepository)
                .partitioner("import", new FileIdRangePartitioner())
                .partitionHandler(importPartitionHandler)
                .listener(progress)
                .allowStartIfComplete(true)
                .build();
    }

    @Bean
    TaskExecutorPartitionHandler importPartitionHandler(Step importPartitionStep, RunSettings settings) {
        TaskExecutorPartitionHandler handler = new TaskExecutorPartitionHandler();
        handler.setStep(importPartitionStep);
        handler.setGridSize(settings.threads());
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(settings.threads());
        executor.setMaxPoolSize(settings.threads());
        executor.setThreadNamePrefix("import-");
        executor.setDaemon(true);
        executor.initialize();
        handler.setTaskExecutor(executor);
        return handler;
    }

    /** One partition's work: its pending files in chunks (read, parse + analyse, write every table). */
    @Bean
    Step importPartitionStep(JobRepository jobRepository, PlatformTransactionManager tm, RunSettings settings,
                             JdbcPagingItemReader<SourceFileRow> pendingFiles, ArticleImportProcessor processor,
                             ArticleStoreWriter storeWriter, ProgressListener progress) {
        return chunkStep("importPartition", jobRepository, tm, settings, pendingFiles, processor, storeWriter,
                progress, true);
    }

    /**
     * The second pass: files made pending again during the first (a file that kept a duplicate URL
     * gave it up, so the files rejected in its favour may keep it now), whatever partition they are
     * in. Usually it finds nothing; its presence makes the result independent of which partition
     * got where first.
     */
    @Bean
    Step importAgainStep(JobRepository jobRepository, PlatformTransactionManager tm, RunSettings settings,
                         JdbcPagingItemReader<SourceFileRow> pendingFiles, ArticleImportProcessor processor,
                         ArticleStoreWriter storeWriter, ProgressListener progress) {
        return chunkStep("importAgain", jobRepository, tm, settings, pendingFiles, processor, storeWriter, progress,
                false);
    }

    private static Step chunkStep(String name, JobRepository jobRepository, PlatformTransactionManager tm,
                                  RunSettings settings, JdbcPagingItemReader<SourceFileRow> pendingFiles,
                                  ArticleImportProcessor processor, ArticleStoreWriter storeWriter,
                                  ProgressListener progress, boolean everyRound) {
        return new StepBuilder(name, jobRepository)
                .<SourceFileRow, ImportResult>chunk(settings.chunkSize())
                .transactionManager(tm)
                .reader(pendingFiles)
                .processor(processor)
                .writer(storeWriter)
                .listener(progress.chunks())
                .allowStartIfComplete(everyRound)
                .build();
    }

    /** Pending files of the step's file-ID range (all of them outside a partition), a page per chunk. */
    @Bean
    @StepScope
    JdbcPagingItemReader<SourceFileRow> pendingFiles(DataSource dataSource, RunSettings settings,
                                                     @Value("#{stepExecution}") StepExecution stepExecution)
            throws Exception {
        FileIdRangePartitioner.FileIdRange range = FileIdRangePartitioner.FileIdRange.of(stepExecution.getExecutionContext());
        return PendingFilesReader.of(dataSource, range, settings.chunkSize(),
                range.equals(FileIdRangePartitioner.FileIdRange.ALL) ? Integer.MAX_VALUE
                        : ImportRounds.filesPerPartition(settings.roundFiles(), settings.threads()));
    }

    @Bean
    ArticleImportProcessor articleImportProcessor(InputRoots roots, RunSettings settings, Analyzer analyzer) {
        ArticleParser parser = new ArticleParser(new ParserSettings(settings.maxFileBytes(), settings.utf8Fallback()));
        return new ArticleImportProcessor(roots, parser, analyzer, settings.maxFileBytes());
    }

    @Bean
    @StepScope
    ArticleStoreWriter articleStoreWriter(JdbcTemplate jdbc, StoreWriteGate gate,
                                          @Value("#{jobParameters['run.id']}") Long run) {
        return new ArticleStoreWriter(jdbc, run, gate);
    }

    /** One gate for every writer of the run: chunks of all partitions write the store one at a time. */
    @Bean
    StoreWriteGate storeWriteGate() {
        return new StoreWriteGate();
    }

    @Bean
    Step compactBetweenRoundsStep(JobRepository jobRepository, StoreCompaction storeCompaction, ConsoleOutput console) {
        return compactionStep("compactBetweenRounds", jobRepository, storeCompaction, StoreCompaction.Pages.PLAIN,
                console);
    }

    @Bean
    Step compactBeforePublishStep(JobRepository jobRepository, StoreCompaction storeCompaction, ConsoleOutput console) {
        return compactionStep("compactBeforePublish", jobRepository, storeCompaction, StoreCompaction.Pages.COMPRESSED,
                console);
    }

    @Bean
    Step compactAtEndStep(JobRepository jobRepository, StoreCompaction storeCompaction, ConsoleOutput console) {
        return compactionStep("compactAtEnd", jobRepository, storeCompaction, StoreCompaction.Pages.COMPRESSED,
                console);
    }

    @Bean
    StoreCompaction storeCompaction(DataSource dataSource, RunSettings settings) {
        return new StoreCompaction(dataSource, settings.databaseStoreFile(), settings.compactAtBytes());
    }

    /**
     * The database closes during a compaction, so the tasklet runs outside any JDBC transaction (the
     * step's own bookkeeping commits on fresh connections afterwards).
     */
    private static Step compactionStep(String name, JobRepository jobRepository, StoreCompaction compaction,
                                       StoreCompaction.Pages pages, ConsoleOutput console) {
        return new StepBuilder(name, jobRepository)
                .tasklet(new StoreCompactionTasklet(compaction, pages, console), new ResourcelessTransactionManager())
                .allowStartIfComplete(true)
                .build();
    }

    /** Commits the merged speakers, so that publish can read the store from two threads. */
    @Bean
    Step mergeSpeakersStep(JobRepository jobRepository, PlatformTransactionManager tm, SpeakerMerge speakerMerge) {
        Tasklet merge = (contribution, context) -> {
            speakerMerge.run();
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("mergeSpeakers", jobRepository).tasklet(merge, tm).build();
    }

    @Bean
    Step publishStep(JobRepository jobRepository, PlatformTransactionManager tm, Publisher publisher) {
        Tasklet publish = (contribution, context) -> {
            var execution = context.getStepContext().getStepExecution().getJobExecution();
            int executions = jobRepository.getJobExecutions(execution.getJobInstance()).size();
            publisher.publish(execution.getJobParameters().getLong("run.id"), execution.getStartTime(), executions);
            return RepeatStatus.FINISHED;
        };
        return new StepBuilder("publish", jobRepository).tasklet(publish, tm).build();
    }
}
