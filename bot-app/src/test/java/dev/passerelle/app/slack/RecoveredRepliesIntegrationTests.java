package dev.passerelle.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.Message;
import dev.passerelle.core.inbox.EventCodec;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.core.vocabulary.Sender;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;

/**
 * A question Slack was told was received, recorded but not yet answered when the server stopped, is answered
 * after the restart: the worker applies it, and the Slack adapter posts the answer in the conversation, since
 * the callback that would have answered it died with the process.
 */
class RecoveredRepliesIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir(cleanup = CleanupMode.ON_SUCCESS)
    Path workDir;

    @Test
    void aQuestionRecordedBeforeTheStopIsAnsweredInItsConversationAfterTheRestart() throws Exception {
        try (SlackDeployment deployment = SlackDeployment.start(TestServer.LAUNCH, workDir)) {
            deployment.capture(TestWorkspace.KIM, "#faq How do I book a meeting room? | Use the Outlook room finder",
                    PATIENCE);
            deployment.server().kill();
            Message question = new Message(new ChannelRef(Platform.SLACK, TestWorkspace.TEAM, "D0RECOVERED",
                    ChannelType.DIRECT), Sender.of(TestWorkspace.ALICE), "how do I book a meeting room", null,
                    SlackIds.ts(), Instant.now(), true);
            record(deployment.server().dataDir().resolve("passerelle.db"), question);
            Instant restarted = Instant.now();

            deployment.server().restart();

            WebApiCall answer = deployment.slack().awaitCall("chat.postMessage",
                    call -> "D0RECOVERED".equals(call.param("channel")) && call.at().isAfter(restarted));
            assertThat(answer.param("text")).contains("Outlook room finder");
        }
    }

    /** As the inbox records an event before its acknowledgement: what a stop right after the 200 leaves. */
    private static void record(Path database, Message question) throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO inbox (event_key, payload, received_at) VALUES (?, ?, ?)")) {
            insert.setString(1, question.key());
            insert.setString(2, new EventCodec().encode(question));
            insert.setString(3, Instant.now().toString());
            insert.executeUpdate();
        }
    }
}
