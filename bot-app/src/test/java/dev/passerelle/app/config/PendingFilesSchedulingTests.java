package dev.passerelle.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.PendingFile;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** The hourly routine that forgets the files offered for consent a day ago, across a restart of the application. */
class PendingFilesSchedulingTests {

    @TempDir
    Path data;

    ApplicationContextRunner context() {
        return new ApplicationContextRunner().withUserConfiguration(CoreConfiguration.class, PendingFilesScheduling.class)
                .withPropertyValues("passerelle.data-dir=" + data, "passerelle.search.system-dictionaries=false");
    }

    static PendingFile offered(String id, Instant at) {
        return new PendingFile(id, Platform.TEAMS, "tenant-1", "a:1personal", "29:marie", Language.EN,
                new Block.File("export.csv", "text/csv", "id,title\n".getBytes(StandardCharsets.UTF_8)), at);
    }

    @Test
    void forgetsHourlyTheFilesOfferedMoreThanADayAgoKeptBeforeARestart() {
        Instant now = Instant.now();
        context().run(app -> {
            PendingFiles pending = app.getBean(Passerelle.class).pendingFiles();
            pending.keep(offered("a-day-old", now.minus(PendingFiles.KEPT).minus(Duration.ofMinutes(5))));
            pending.keep(offered("an-hour-old", now.minus(Duration.ofHours(1))));
        });
        context().run(app -> {
            List<ScheduledTask> tasks = List.copyOf(app.getBean(ScheduledTaskHolder.class).getScheduledTasks());
            FixedDelayTask expiry = tasks.stream().map(ScheduledTask::getTask).filter(FixedDelayTask.class::isInstance)
                    .map(FixedDelayTask.class::cast).findFirst().orElseThrow();
            assertThat(expiry.getIntervalDuration()).isEqualTo(Duration.ofHours(1));

            expiry.getRunnable().run();

            // The routine only queues its work on the inbox's worker.
            PendingFiles pending = app.getBean(Passerelle.class).pendingFiles();
            Instant deadline = Instant.now().plusSeconds(30);
            while (pending.find("a-day-old", Instant.EPOCH).isPresent() && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            assertThat(pending.find("a-day-old", Instant.EPOCH)).isEmpty();
            assertThat(pending.find("an-hour-old", Instant.EPOCH)).isPresent();
        });
    }
}
