package dev.passerelle.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passerelle's configuration, {@code passerelle.*}. These names are a public interface: people's
 * deployments set them, so they only ever change compatibly.
 *
 * @param dataDir       where the SQLite file and the Lucene index live
 * @param language      {@code fr} or {@code en}: the language of a message that gives no clue
 * @param maxTextLength longer messages are refused
 * @param inbox         how platform events are kept and scheduled
 * @param search        how questions are matched
 * @param experts       how "who knows" weighs what people did
 */
@ConfigurationProperties("passerelle")
public record PasserelleProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("en") String language,
        @DefaultValue("40000") int maxTextLength,
        @DefaultValue Roles roles,
        @DefaultValue Inbox inbox,
        @DefaultValue Search search,
        @DefaultValue Experts experts) {

    /**
     * @param retention          how long applied events are remembered to recognise redeliveries (at least 2h)
     * @param perPersonPerMinute questions and commands one person may ask a minute before the bot only listens;
     *                           0 for no limit
     * @param indexCommitEvery   how often the search index is committed (and after every 500 changes); a crash
     *                           replays the rest from the database
     */
    public record Inbox(@DefaultValue("7d") Duration retention, @DefaultValue("60") int perPersonPerMinute,
            @DefaultValue("1s") Duration indexCommitEvery) {}

    /**
     * @param glossary          the company glossary, one line per set of terms that mean the same
     *                          ({@code CRM = Salesforce}); re-read when it changes; none when empty
     * @param systemDictionaries whether the FreeDict dictionaries and MyThes thesauri installed on the machine (Debian
     *                          packages) expand questions too
     */
    public record Search(@Nullable Path glossary, @DefaultValue("true") boolean systemDictionaries) {}

    /**
     * @param halfLife how long until a piece of evidence (an answer, an FAQ) counts half as much to name its author;
     *                 declared skills do not fade
     */
    public record Experts(@DefaultValue("365d") Duration halfLife) {}

    /** User ids or e-mails, comma-separated in properties. */
    public record Roles(@DefaultValue("") List<String> knowledgeManagers, @DefaultValue("") List<String> admins) {}
}
