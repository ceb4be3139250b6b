package dev.passerelle.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.scheduling.config.CronTask;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTask;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** {@code passerelle.verification.*} and {@code passerelle.digest.*} as a deployment writes them, down to the schedule. */
class LifecycleSchedulingTests {

    @TempDir
    Path data;

    ApplicationContextRunner context() {
        return new ApplicationContextRunner().withUserConfiguration(CoreConfiguration.class, LifecycleScheduling.class)
                .withPropertyValues("passerelle.data-dir=" + data, "passerelle.search.system-dictionaries=false");
    }

    @Test
    void schedulesTheRemindersAndTheDigestOfEachPlatformAsConfigured() {
        context().withPropertyValues("passerelle.verification.remind-every=15m",
                        "passerelle.verification.ttl-by-kind.faq=30d", "passerelle.digest.cron=0 30 8 * * TUE",
                        "passerelle.digest.zone=Europe/Paris", "passerelle.digest.language=fr",
                        "passerelle.digest.slack-channel=C0DIGEST")
                .run(app -> {
                    List<ScheduledTask> tasks = List.copyOf(app.getBean(ScheduledTaskHolder.class).getScheduledTasks());

                    assertThat(tasks).extracting(ScheduledTask::getTask).filteredOn(FixedDelayTask.class::isInstance)
                            .singleElement().satisfies(task -> assertThat(((FixedDelayTask) task).getIntervalDuration())
                                    .isEqualTo(Duration.ofMinutes(15)));
                    CronTask digest = tasks.stream().map(ScheduledTask::getTask).filter(CronTask.class::isInstance)
                            .map(CronTask.class::cast).findFirst().orElseThrow();
                    assertThat(digest.getExpression()).isEqualTo("0 30 8 * * TUE");
                    assertThat(app.getBean(Settings.class).verification().of(EntryKind.FAQ)).isEqualTo(Duration.ofDays(30));
                    assertThat(app.getBean(Settings.class).verification().of(EntryKind.INSIGHT))
                            .isEqualTo(Duration.ofDays(90));

                    CompletableFuture<Notice> posted = new CompletableFuture<>();
                    app.getBean(Passerelle.class).inbox().onNotice(Platform.SLACK, posted::complete);
                    digest.getRunnable().run();
                    Notice notice = posted.get(60, TimeUnit.SECONDS);
                    assertThat(notice.to().channel()).isEqualTo("C0DIGEST");
                    assertThat(notice.language()).isEqualTo(Language.FR);
                    assertThat(notice.reply().text()).startsWith("Résumé de la semaine");
                });
    }

    @Test
    void postsNoDigestWithoutAChannelAndRemindsHourlyByDefault() {
        context().run(app -> {
            List<ScheduledTask> tasks = List.copyOf(app.getBean(ScheduledTaskHolder.class).getScheduledTasks());

            assertThat(tasks).extracting(ScheduledTask::getTask).noneMatch(CronTask.class::isInstance);
            assertThat(tasks).extracting(ScheduledTask::getTask).filteredOn(FixedDelayTask.class::isInstance)
                    .singleElement().satisfies(task -> assertThat(((FixedDelayTask) task).getIntervalDuration())
                            .isEqualTo(Duration.ofHours(1)));
        });
    }

    @Test
    void refusesAnUnknownKindNamingTheProperty() {
        context().withPropertyValues("passerelle.verification.ttl-by-kind.recipe=10d").run(app ->
                assertThat(app).getFailure().rootCause().hasMessageContaining(
                        "passerelle.verification.ttl-by-kind.recipe: the kind must be faq, insight, pain or question"));
    }
}
