package dev.passerelle.core.knowledge;

import dev.passerelle.core.vocabulary.Language;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One entry the bot showed in reply to someone's question, remembered for a few days so that their later
 * confirmation (Helpful, a check mark, thanks) can teach the entry how they asked.
 *
 * @param channelKey the conversation the question was asked in
 * @param restricted true when that conversation is a private channel or a DM
 * @param thread     the thread the reply went to (null in a DM)
 * @param entryId    null when nothing was shown in reply
 * @param ordinal    0 for the first entry shown, 1 for the next…
 * @param confident  true when the reply was the bot's answer, false when it offered suggestions
 */
public record ShownAnswer(long personId, String channelKey, boolean restricted, @Nullable String thread,
        @Nullable Long entryId, int ordinal, String question, Language language, Instant at, boolean confident) {}
