package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The reading of one message: its language, what it means, the topic hashtags it carries
 * (lower-case, without '#', the kind tags such as {@code #faq} excluded), and, when it opens like
 * someone answering their own question ("Trouvé : …", "found it: …"), that answer without its
 * opener. Whether the author did ask a question here is the bot's business.
 */
public record Understanding(Language language, Intent intent, List<String> tags, @Nullable String selfAnswer) {
    public Understanding {
        tags = List.copyOf(tags);
    }

    public Understanding(Language language, Intent intent, List<String> tags) {
        this(language, intent, tags, null);
    }
}
