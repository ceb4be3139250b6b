package dev.passerelle.core.people;

import java.util.List;

/**
 * What a person keeps off their expert profile: some topics, or everything. Their evidence stays in the
 * knowledge base (answers keep helping); it only stops naming them as someone to ask.
 *
 * @param everything the person appears in no expert list at all
 * @param topics     the topics they asked not to be named for, as they typed them
 */
public record Hidden(boolean everything, List<String> topics) {

    public static final Hidden NOTHING = new Hidden(false, List.of());

    public Hidden {
        topics = List.copyOf(topics);
    }

    public boolean nothing() {
        return !everything && topics.isEmpty();
    }
}
