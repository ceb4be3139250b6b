package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Language;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the bot behaves, mapped from configuration by the application.
 *
 * @param fallbackLanguage  the language of a message that gives no clue (e.g. "CRM ?")
 * @param knowledgeManagers user ids or e-mails of the people who curate
 * @param admins            user ids or e-mails of the people who manage roles (also curators)
 * @param maxTextLength     longer messages are refused, not truncated
 * @param expertHalfLife    how long until a piece of evidence counts half as much to name its author an expert
 * @param verification      how long a verification holds before the entry is stale
 */
public record Settings(Language fallbackLanguage, Set<String> knowledgeManagers, Set<String> admins, int maxTextLength,
        Duration expertHalfLife, VerificationTtl verification) {

    public static final int DEFAULT_MAX_TEXT_LENGTH = 40_000;
    public static final Duration DEFAULT_EXPERT_HALF_LIFE = Duration.ofDays(365);

    public Settings {
        knowledgeManagers = normalise(knowledgeManagers);
        admins = normalise(admins);
        if (maxTextLength < 1) {
            throw new IllegalArgumentException("maxTextLength must be positive");
        }
        if (expertHalfLife.isNegative() || expertHalfLife.isZero()) {
            throw new IllegalArgumentException("expertHalfLife must be positive");
        }
        if (verification == null) {
            throw new IllegalArgumentException("verification needs a time to live");
        }
    }

    public Settings(Language fallbackLanguage, Set<String> knowledgeManagers, Set<String> admins, int maxTextLength,
            Duration expertHalfLife) {
        this(fallbackLanguage, knowledgeManagers, admins, maxTextLength, expertHalfLife, VerificationTtl.defaults());
    }

    public Settings(Language fallbackLanguage, Set<String> knowledgeManagers, Set<String> admins, int maxTextLength) {
        this(fallbackLanguage, knowledgeManagers, admins, maxTextLength, DEFAULT_EXPERT_HALF_LIFE);
    }

    public static Settings defaults() {
        return new Settings(Language.EN, Set.of(), Set.of(), DEFAULT_MAX_TEXT_LENGTH);
    }

    public Settings withRoles(Set<String> managers, Set<String> administrators) {
        return new Settings(fallbackLanguage, managers, administrators, maxTextLength, expertHalfLife, verification);
    }

    public Settings withExpertHalfLife(Duration halfLife) {
        return new Settings(fallbackLanguage, knowledgeManagers, admins, maxTextLength, halfLife, verification);
    }

    public Settings withVerification(VerificationTtl ttl) {
        return new Settings(fallbackLanguage, knowledgeManagers, admins, maxTextLength, expertHalfLife, ttl);
    }

    private static Set<String> normalise(Set<String> ids) {
        return ids.stream().map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT))
                .collect(Collectors.toUnmodifiableSet());
    }
}
