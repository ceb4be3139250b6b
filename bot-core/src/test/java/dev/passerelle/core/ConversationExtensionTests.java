package dev.passerelle.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/** What {@link WithConversation} gives each test, and takes back after it. */
@WithConversation(knowledgeManagers = "kim")
class ConversationExtensionTests {

    Conversation chat;

    @Test
    void givesTheFieldAndTheParametersTheSameConversation(Conversation parameter) {
        assertThat(parameter).isSameAs(chat);
    }

    @Test
    void opensTheBotWithTheDeclaredRoles() {
        assertThat(chat.dm("kim").says("/kb help").text()).contains("/kb verify <id>");
        assertThat(chat.dm("bob").says("/kb help").text()).doesNotContain("/kb verify <id>");
    }

    @Nested
    class AConstructorParameter {

        final Conversation given;

        AConstructorParameter(Conversation given) {
            this.given = given;
        }

        @Test
        void isTheConversationOfTheTestAboutToRun() {
            assertThat(given).isSameAs(chat);
        }
    }

    @Nested
    @WithConversation(admins = "ada")
    class ANestedClassWithRolesOfItsOwn {

        @Test
        void getsABotWithItsOwnRolesNotTheEnclosingOnes() {
            assertThat(chat.dm("ada").says("/kb help").text()).contains("/kb verify <id>");
            assertThat(chat.dm("kim").says("/kb help").text()).doesNotContain("/kb verify <id>");
        }
    }

    @Nested
    class AfterEachTest {

        @Test
        void closesTheBotAndDeletesItsDataDirectoryEvenWhenTheTestFailed() {
            TestExecutionSummary summary = run(TwoTests.class);

            assertThat(summary.getTestsSucceededCount()).isOne();
            assertThat(summary.getTestsFailedCount()).isOne();
            assertThat(TwoTests.seen).hasSize(2).allSatisfy(seen -> {
                assertThat(seen.chat().passerelle().inbox().status().working()).isFalse();
                assertThat(seen.chat().dataDir()).doesNotExist();
            });
        }

        @Test
        void givesTheNextTestAFreshDataDirectory() {
            run(TwoTests.class);

            assertThat(TwoTests.seen).extracting(seen -> seen.chat().dataDir()).doesNotHaveDuplicates();
            assertThat(TwoTests.seen).allMatch(TwoTests.Seen::startedEmpty);
        }
    }

    private static TestExecutionSummary run(Class<?> fixture) {
        SummaryGeneratingListener listener = new SummaryGeneratingListener();
        TwoTests.seen.clear();
        TwoTests.running = true;
        try {
            LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(fixture))
                    .build(), listener);
        } finally {
            TwoTests.running = false;
        }
        return listener.getSummary();
    }

    /** Run only by {@link #run}: each test saves an entry, one then fails; both note what they were given. */
    @WithConversation
    @EnabledIf("running")
    static class TwoTests {

        record Seen(Conversation chat, boolean startedEmpty) {}

        static volatile boolean running;
        static final List<Seen> seen = new ArrayList<>();

        Conversation chat;

        static boolean running() {
            return running;
        }

        @Test
        void passes() {
            saveAnEntry();
        }

        @Test
        void fails() {
            saveAnEntry();
            throw new AssertionError("a test that fails");
        }

        private void saveAnEntry() {
            seen.add(new Seen(chat, chat.passerelle().store().entries().find(1).isEmpty()));
            chat.in("it").from("bob").says("#faq Where is the VPN guide? | On the IT wiki");
        }
    }
}
