package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person as shown in a "who knows" reply.
 *
 * @param user     the person's user id on the platform the question came from
 * @param evidence ids of the messages that justify the name, strongest first
 * @param reasons  one short sentence per piece of evidence, in the asker's language
 * @param sources  where the evidence messages are, for adapters that link to them
 */
public record PersonCard(String user, String name, @Nullable String team, double score, List<String> evidence,
        List<String> reasons, List<Source> sources) {
    public PersonCard {
        name = Echo.neutralise(name);
        team = Echo.neutraliseNullable(team);
        evidence = List.copyOf(evidence);
        reasons = reasons.stream().map(Echo::neutralise).toList();
        sources = List.copyOf(sources);
    }

    public PersonCard(String user, String name, @Nullable String team, double score, List<String> evidence,
            List<String> reasons) {
        this(user, name, team, score, evidence, reasons, List.of());
    }

    /**
     * An evidence message: the platform's id of its conversation, its own id, and a short readable label for the
     * link ("FAQ #5", "confirmed answer"); adapters number the links when the label is null.
     */
    public record Source(String channel, String messageId, @Nullable String label) {
        public Source {
            label = Echo.neutraliseNullable(label);
        }

        public Source(String channel, String messageId) {
            this(channel, messageId, null);
        }
    }
}
