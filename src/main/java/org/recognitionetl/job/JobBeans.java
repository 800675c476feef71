package org.recognitionetl.job;

import org.recognitionetl.discover.InputRoots;
import org.recognitionetl.extract.Analyzer;
import org.recognitionetl.store.StoreMaintenance;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The plain objects the job is made of, built from the run's settings. */
@Configuration
public class JobBeans {

    @Bean
    InputRoots inputRoots(RunSettings settings) {
        return new InputRoots(settings.inputs());
    }

    @Bean
    Analyzer analyzer() {
        return Analyzer.withDefaults();
    }

    @Bean
    StoreMaintenance storeMaintenance(JdbcTemplate jdbc) {
        return new StoreMaintenance(jdbc);
    }

    @Bean
    SpeakerMerge speakerMerge(JdbcTemplate jdbc, RunSettings settings, ConsoleOutput console) {
        return new SpeakerMerge(jdbc, settings, console);
    }

    @Bean
    Publisher publisher(JdbcTemplate jdbc, RunSettings settings, ConsoleOutput console) {
        return new Publisher(jdbc, settings, console);
    }

    @Bean
    ProgressListener progressListener(JdbcTemplate jdbc, ConsoleOutput console, RunSettings settings) {
        return new ProgressListener(jdbc, console, settings.progressMillis());
    }

    @Bean
    JobRunner jobRunner(JobOperator jobOperator, JobRepository jobRepository, Job importJob, RunSettings settings,
                        StoreMaintenance maintenance, Publisher publisher, ConsoleOutput console) {
        return new JobRunner(jobOperator, jobRepository, importJob, settings, maintenance, publisher, console);
    }
}
