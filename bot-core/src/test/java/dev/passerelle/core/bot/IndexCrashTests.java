package dev.passerelle.core.bot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The index is committed off the inbox's worker, so a crash loses what it had not committed; the change log
 * replays it at the next start. Killed for real: a JVM of its own, SIGKILL once every message is acknowledged.
 */
class IndexCrashTests {

    private static final int ACKNOWLEDGED = 30;
    private static final String LAST_CHANGE = "passerelle.last-change";

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedMessageIsAnsweredAfterAKillThatLeftTheIndexUncommitted() throws Exception {
        killedAfterAcknowledging(ACKNOWLEDGED);
        long committed = committedLastChange();

        try (Passerelle restarted = Passerelle.open(dataDir, Settings.defaults(),
                new InboxSettings(Duration.ofDays(7), 0), Clock.systemUTC())) {
            assertThat(restarted.index().lastApplied()).isGreaterThan(committed);
            for (int i = 0; i < ACKNOWLEDGED; i++) {
                String code = AcknowledgedThenKilled.code(i);
                Outcome answer = restarted.inbox().submitAndWait(ask("How do I open locker " + code + "?", i));
                assertThat(answer.replies().stream().map(Reply::text).collect(Collectors.joining("\n")))
                        .as("the answer about locker %s", code).contains("key marked " + code);
            }
        }
    }

    @Test
    void aQuestionAfterACaptureFindsItBeforeAnyCommit() throws IOException {
        try (Passerelle passerelle = Passerelle.open(dataDir, Settings.defaults(),
                new InboxSettings(Duration.ofDays(7), 0, Duration.ofHours(1)), Clock.systemUTC())) {
            long committed = committedLastChange();

            passerelle.inbox().submitAndWait(AcknowledgedThenKilled.faq(7));
            Outcome answer = passerelle.inbox().submitAndWait(ask("How do I open locker zqah?", 1));

            assertThat(answer.replies().stream().map(Reply::text).collect(Collectors.joining("\n")))
                    .contains("key marked zqah");
            assertThat(passerelle.index().uncommitted()).isPositive();
            assertThat(committedLastChange()).isEqualTo(committed);
        }
    }

    @Test
    void anUnansweredQuestionLeavesItsGapUncommitted() throws Exception {
        try (Passerelle passerelle = Passerelle.open(dataDir, Settings.defaults(),
                new InboxSettings(Duration.ofDays(7), 0, Duration.ofHours(1)), Clock.systemUTC())) {
            long committed = committedLastChange();

            passerelle.inbox().submitAndWait(ask("Where is the ferry timetable for Ouessant?", 1));
            // The gap is indexed after the reply, by the worker: the asker never waits for it.
            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (passerelle.index().uncommitted() == 0 && System.nanoTime() < until) {
                Thread.sleep(5);
            }

            assertThat(passerelle.index().uncommitted()).isPositive();
            assertThat(committedLastChange()).isEqualTo(committed);
        }
    }

    @Test
    void fiveHundredChangesAreCommittedWithoutWaitingForTheTimer() throws Exception {
        try (Passerelle passerelle = Passerelle.open(dataDir, Settings.defaults(),
                new InboxSettings(Duration.ofDays(7), 0, Duration.ofHours(1)), Clock.systemUTC())) {
            int i = 0;
            while (passerelle.index().lastApplied() < InboxSettings.INDEX_COMMIT_AFTER) {
                passerelle.inbox().submitAndWait(AcknowledgedThenKilled.faq(i++));
            }

            long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (committedLastChange() < InboxSettings.INDEX_COMMIT_AFTER && System.nanoTime() < until) {
                Thread.sleep(50);
            }
            assertThat(committedLastChange()).isGreaterThanOrEqualTo(InboxSettings.INDEX_COMMIT_AFTER);
        }
    }

    private void killedAfterAcknowledging(int count) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                AcknowledgedThenKilled.class.getName(), dataDir.toString(), String.valueOf(count)))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("acknowledged"));
            assertThat(line).as("the child's last line").isEqualTo("acknowledged " + count);
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
    }

    /** The change the index's last commit holds; 0 before its first commit. */
    private long committedLastChange() throws IOException {
        try (var directory = FSDirectory.open(dataDir.resolve(Passerelle.INDEX_DIR))) {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            try (var reader = DirectoryReader.open(directory)) {
                return Long.parseLong(reader.getIndexCommit().getUserData().getOrDefault(LAST_CHANGE, "0"));
            }
        }
    }

    private static Message ask(String question, int i) {
        return new Message(new ChannelRef(Platform.LOCAL, "local", "dm-alice", ChannelType.DIRECT),
                Sender.of("alice"), question, null, "ask-" + i + "-" + System.nanoTime(), Instant.now(), true);
    }
}
