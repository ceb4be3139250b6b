package dev.passerelle.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.passerelle.core.conversation.Message;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkspaceTests {

    private static List<Message> first(long seed, int count) {
        Workspace workspace = new Workspace(seed, 10_000);
        return IntStream.range(0, count).mapToObj(i -> workspace.next()).toList();
    }

    @Test
    void theSameSeedWritesTheSameMessages() {
        assertThat(first(42, 500)).extracting(Message::text).isEqualTo(first(42, 500).stream().map(Message::text)
                .toList());
        assertThat(first(43, 500)).extracting(Message::text).isNotEqualTo(first(42, 500).stream()
                .map(Message::text).toList());
    }

    @Test
    void holdsFrenchAndEnglishCapturesThreadsAndChatter() {
        List<Message> messages = first(42, 2_000);

        assertThat(messages).anyMatch(m -> m.text().startsWith("#faq Comment"))
                .anyMatch(m -> m.text().startsWith("#faq How"))
                .anyMatch(m -> m.text().startsWith("#astuce")).anyMatch(m -> m.text().startsWith("#tip"))
                .anyMatch(m -> m.text().startsWith("#irritant")).anyMatch(m -> m.text().startsWith("#pain"))
                .anyMatch(m -> m.text().startsWith("Qui connaît")).anyMatch(m -> m.text().equals("qui vient déjeuner ?"));
        List<String> roots = messages.stream().map(Message::messageId).toList();
        assertThat(messages.stream().filter(m -> m.thread() != null)).isNotEmpty()
                .allMatch(reply -> roots.contains(reply.thread()));
    }

    @Test
    void aFewWordsComeUpOftenAndMostRarely() {
        Workspace workspace = new Workspace(42, 10_000);
        var counts = new java.util.HashMap<String, Integer>();
        for (int i = 0; i < 3_000; i++) {
            for (String word : workspace.next().text().split("[^\\p{L}0-9-]+")) {
                if (!word.isEmpty() && Character.isUpperCase(word.charAt(0)) && word.length() > 4) {
                    counts.merge(word, 1, Integer::sum);
                }
            }
        }
        List<Integer> sorted = counts.values().stream().sorted(java.util.Comparator.reverseOrder()).toList();

        assertThat(sorted.getFirst()).isGreaterThan(10 * sorted.get(sorted.size() / 2));
    }
}
