package dev.passerelle.app.config;

import dev.passerelle.core.Passerelle;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.SynonymSource;
import dev.passerelle.core.vocabulary.Language;
import java.nio.file.Path;
import java.time.Clock;
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
                properties.experts().halfLife());
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
