package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Language;
import java.util.List;

/**
 * The reading of one message: its language, what it means, and the topic hashtags it carries
 * (lower-case, without '#', the kind tags such as {@code #faq} excluded).
 */
public record Understanding(Language language, Intent intent, List<String> tags) {
    public Understanding {
        tags = List.copyOf(tags);
    }
}
