package dev.passerelle.app.config;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
 * @param verification  how long a verification holds, and how often the bot reminds of expired ones
 * @param digest        when and where the weekly digest is posted
 */
@ConfigurationProperties("passerelle")
public record PasserelleProperties(
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("en") String language,
        @DefaultValue("40000") int maxTextLength,
        @DefaultValue Roles roles,
        @DefaultValue Inbox inbox,
        @DefaultValue Search search,
        @DefaultValue Experts experts,
        @DefaultValue Verification verification,
        @DefaultValue Digest digest) {

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

    /**
     * @param ttl         how long a verification holds before the entry is stale and its verifier is reminded
     * @param ttlByKind   the kinds that differ ({@code faq}, {@code insight}, {@code pain}, {@code question}), e.g.
     *                    {@code passerelle.verification.ttl-by-kind.faq=30d}
     * @param remindEvery how often the bot looks for expired verifications to remind of (each once); 0 for never
     */
    public record Verification(@DefaultValue("90d") Duration ttl, @Nullable Map<String, Duration> ttlByKind,
            @DefaultValue("1h") Duration remindEvery) {}

    /**
     * @param cron          when the digest is posted (Spring cron: second minute hour day month weekday)
     * @param zone          the time zone of {@code cron}
     * @param language      {@code fr} or {@code en}; empty for {@code passerelle.language}
     * @param slackChannel  the Slack channel id to post it in; none when empty
     * @param teamsChannel  the Teams conversation id to post it in; none when empty
     */
    public record Digest(@DefaultValue("0 0 9 * * MON") String cron, @DefaultValue("UTC") String zone,
            @DefaultValue("") String language, @DefaultValue("") String slackChannel,
            @DefaultValue("") String teamsChannel) {}

    /** User ids or e-mails, comma-separated in properties. */
    public record Roles(@DefaultValue("") List<String> knowledgeManagers, @DefaultValue("") List<String> admins) {}
}
