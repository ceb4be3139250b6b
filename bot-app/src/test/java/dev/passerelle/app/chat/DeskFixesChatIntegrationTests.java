package dev.passerelle.app.chat;

import static dev.passerelle.app.chat.ChatLines.capturedId;
import static dev.passerelle.app.chat.ChatLines.dm;
import static dev.passerelle.app.chat.ChatLines.error;
import static dev.passerelle.app.chat.ChatLines.replies;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The desk as a knowledge manager and members use it, through {@code chat --json} on the demo in its own JVM: a
 * question asked in French then in English is one gap, each asker is told of it in their own words, "/kb aide" makes
 * what the bot later tells in French, and a number where a team goes is said to be one.
 */
class DeskFixesChatIntegrationTests {

    static final String MANAGER = "kim";
    static final String FRENCH = "comment réserver une salle de réunion au siège";
    static final String ENGLISH = "how do I book a meeting room at headquarters";

    @TempDir
    static Path dataDir;

    static long frenchGap;
    static long englishGap;
    static JsonNode answered;
    static JsonNode painAsNumber;
    static JsonNode gapAsNumber;

    @BeforeAll
    static void useTheDesk() {
        try (ChatProcess chat = ChatProcess.start(dataDir, "--demo",
                "--passerelle.roles.knowledge-managers=" + MANAGER)) {
            frenchGap = capturedId(chat.send(inGeneral("fr", "lea", "@passerelle " + FRENCH)), "question");
            englishGap = capturedId(chat.send(inGeneral("en", "tom", "@passerelle " + ENGLISH)), "question");
            chat.send(dm("tom-aide", "tom", "/kb aide"));
            answered = chat.send(dm("answer", MANAGER, "/kb answer " + frenchGap
                    + " Dans Outlook, Nouvelle réunion > Assistant Planification > Salles"));
            painAsNumber = chat.send(dm("pain", MANAGER, "/kb irritants 32 resolu"));
            gapAsNumber = chat.send(dm("gap", MANAGER, "/kb gaps " + frenchGap));
        }
    }

    static String inGeneral(String id, String user, String text) {
        return ChatLines.object(id, user, text, "channel", "general");
    }

    static JsonNode toldTo(JsonNode out, String user) {
        return replies(out).stream().filter(reply -> reply.has("to") && user.equals(reply.get("to").stringValue()))
                .findFirst().orElseThrow(() -> new AssertionError("nothing told to " + user + " in " + out));
    }

    @Test
    void theQuestionAskedInFrenchThenInEnglishIsOneGap() {
        assertThat(englishGap).isEqualTo(frenchGap);
    }

    @Test
    void eachAskerIsToldInTheirOwnWordsAndTheLanguageTheirLastCommandSpoke() {
        JsonNode lea = toldTo(answered, "lea");
        JsonNode tom = toldTo(answered, "tom");

        assertThat(lea.get("text").stringValue()).startsWith("Votre question #" + frenchGap + " « " + FRENCH + " »");
        assertThat(tom.get("language").stringValue()).isEqualTo("fr");
        assertThat(tom.get("channel").stringValue()).isEqualTo("dm-tom");
        assertThat(tom.get("text").stringValue()).startsWith("Votre question #" + frenchGap + " « " + ENGLISH + " »");
    }

    @Test
    void aNumberWhereATeamGoesGetsOneLineWithTheRightUsage() {
        assertThat(error(painAsNumber)).isEqualTo("#32 est un numéro, pas une équipe. Pour faire avancer l’irritant "
                + "#32 : /kb irritant 32 résolu [note] ; pour voir la page 32 : /kb irritants page 32");
        assertThat(error(gapAsNumber)).isEqualTo("#" + frenchGap + " is a number, not a team. To see gap #"
                + frenchGap + ": /kb show " + frenchGap + "; to see page " + frenchGap + ": /kb gaps page "
                + frenchGap);
    }
}
