package dev.passerelle.app.config;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.conversation.VerificationTtl;
import dev.passerelle.core.vocabulary.EntryKind;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Maps {@code passerelle.*} onto the core's settings and opens the knowledge base once. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PasserelleProperties.class)
class CoreConfiguration {

    @Bean
    Settings settings(PasserelleProperties properties) {
        Language language = Language.fromCode(properties.language()).orElseThrow(() -> new IllegalArgumentException(
                "passerelle.language must be fr or en, not '" + properties.language() + "'"));
        return new Settings(language, new HashSet<>(properties.roles().knowledgeManagers()),
                new HashSet<>(properties.roles().admins()), properties.maxTextLength(),
                properties.experts().halfLife()).withVerification(verification(properties.verification()));
    }

    /** {@code passerelle.verification.ttl} and its kinds, {@code faq}, {@code pain} or {@code pain-point}… */
    static VerificationTtl verification(PasserelleProperties.Verification verification) {
        Map<EntryKind, Duration> byKind = new EnumMap<>(EntryKind.class);
        Map<String, Duration> written = verification.ttlByKind() == null ? Map.of() : verification.ttlByKind();
        written.forEach((kind, ttl) -> byKind.put(kind(kind), ttl));
        try {
            return new VerificationTtl(verification.ttl(), byKind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("passerelle.verification.ttl and ttl-by-kind must be positive durations");
        }
    }

    private static EntryKind kind(String written) {
        String code = written.strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return switch (code) {
            case "faq" -> EntryKind.FAQ;
            case "insight", "tip" -> EntryKind.INSIGHT;
            case "pain", "pain_point", "painpoint" -> EntryKind.PAIN_POINT;
            case "question", "gap" -> EntryKind.QUESTION;
            default -> throw new IllegalArgumentException("passerelle.verification.ttl-by-kind." + written
                    + ": the kind must be faq, insight, pain or question");
        };
    }

    @Bean(destroyMethod = "close")
    Passerelle passerelle(PasserelleProperties properties, Settings settings) {
        InboxSettings inbox = new InboxSettings(properties.inbox().retention(),
                properties.inbox().perPersonPerMinute(), properties.inbox().indexCommitEvery());
        return Passerelle.open(properties.dataDir(), settings, inbox, synonyms(properties.search()), Clock.systemUTC());
    }

    static SynonymSettings synonyms(PasserelleProperties.Search search) {
        Set<SynonymSource> sources = EnumSet.of(SynonymSource.GLOSSARY, SynonymSource.BUILT_IN);
        if (search.systemDictionaries()) {
            sources.addAll(EnumSet.of(SynonymSource.FREEDICT, SynonymSource.MYTHES));
        }
        Path glossary = search.glossary() == null || search.glossary().toString().isBlank() ? null : search.glossary();
        return new SynonymSettings(glossary, sources, SynonymSettings.SYSTEM_DATA);
    }

    /** Where every adapter hands its events. */
    @Bean
    Inbox inbox(Passerelle passerelle) {
        return passerelle.inbox();
    }

    @Bean
    KnowledgeBot knowledgeBot(Passerelle passerelle) {
        return passerelle.bot();
    }
}
