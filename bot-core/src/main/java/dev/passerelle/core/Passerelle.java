package dev.passerelle.core;

import dev.passerelle.core.answering.Responses;
import dev.passerelle.core.bot.ClickedCards;
import dev.passerelle.core.bot.Features;
import dev.passerelle.core.bot.HomeViews;
import dev.passerelle.core.bot.Inbox;
import dev.passerelle.core.bot.InboxSettings;
import dev.passerelle.core.bot.KnowledgeBot;
import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.PendingFiles;
import dev.passerelle.core.conversation.Settings;
import dev.passerelle.core.curation.CommandRunner;
import dev.passerelle.core.curation.PainCommands;
import dev.passerelle.core.knowledge.PainBacking;
import dev.passerelle.core.curation.GapCommands;
import dev.passerelle.core.curation.GapRouting;
import dev.passerelle.core.curation.Desk;
import dev.passerelle.core.curation.Roles;
import dev.passerelle.core.bot.Routines;
import dev.passerelle.core.curation.Lifecycle;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.expertise.PeopleCards;
import dev.passerelle.core.knowledge.Answers;
import dev.passerelle.core.knowledge.AskedWays;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Feedback;
import dev.passerelle.core.knowledge.GapAsks;
import dev.passerelle.core.knowledge.Gaps;
import dev.passerelle.core.knowledge.SameQuestions;
import dev.passerelle.core.knowledge.Reactions;
import dev.passerelle.core.knowledge.SourceChanges;
import dev.passerelle.core.knowledge.ThreadAnswers;
import dev.passerelle.core.search.KnowledgeIndex;
import dev.passerelle.core.search.SynonymSettings;
import dev.passerelle.core.search.lucene.AnalyzedWords;
import dev.passerelle.core.search.lucene.LuceneIndex;
import dev.passerelle.core.search.lucene.synonyms.Synonyms;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.store.Backup;
import dev.passerelle.core.store.StoreIndexSource;
import dev.passerelle.core.store.sqlite.SqliteBackup;
import dev.passerelle.core.store.sqlite.SqliteStore;
import dev.passerelle.core.understanding.LanguageDetector;
import dev.passerelle.core.understanding.MessageReader;
import dev.passerelle.core.vocabulary.Meters;
import java.nio.file.Path;
import java.time.Clock;
import java.util.function.UnaryOperator;

/**
 * The embedded knowledge base and its bot, assembled: SQLite in {@code <data-dir>/passerelle.db}, the Lucene
 * view in {@code <data-dir>/index}, and the inbox every event goes through. The one place where the core is
 * wired. Close it to release all three.
 */
public final class Passerelle implements AutoCloseable {

    public static final String INDEX_DIR = "index";

    private final Store store;
    private final KnowledgeIndex index;
    private final KnowledgeBot bot;
    private final Inbox inbox;
    private final GapRouting gapRouting;
    private final Routines routines;
    private final Meters.Switch meters;

    private Passerelle(Store store, KnowledgeIndex index, KnowledgeBot bot, Inbox inbox, GapRouting gapRouting,
            Routines routines, Meters.Switch meters) {
        this.meters = meters;
        this.routines = routines;
        this.store = store;
        this.index = index;
        this.bot = bot;
        this.inbox = inbox;
        this.gapRouting = gapRouting;
    }

    public static Passerelle open(Path dataDir, Settings settings, Clock clock) {
        return open(dataDir, settings, InboxSettings.defaults(), clock);
    }

    /** With the built-in vocabulary as the only synonyms: the same search on every machine. */
    public static Passerelle open(Path dataDir, Settings settings, InboxSettings inboxSettings, Clock clock) {
        return open(dataDir, settings, inboxSettings, SynonymSettings.builtIn(), clock);
    }

    /** As {@link #open(Path, Settings, InboxSettings, Clock)}, searches expanding words from {@code synonyms}. */
    public static Passerelle open(Path dataDir, Settings settings, InboxSettings inboxSettings,
            SynonymSettings synonyms, Clock clock) {
        return open(dataDir, settings, inboxSettings, synonyms, clock, UnaryOperator.identity());
    }

    /**
     * As {@link #open(Path, Settings, InboxSettings, Clock)}, with everything reaching the store through
     * {@code storeView}: the seam where tests make one repository fail. Closing still closes the real store.
     */
    static Passerelle open(Path dataDir, Settings settings, InboxSettings inboxSettings, Clock clock,
            UnaryOperator<Store> storeView) {
        return open(dataDir, settings, inboxSettings, SynonymSettings.builtIn(), clock, storeView);
    }

    private static Passerelle open(Path dataDir, Settings settings, InboxSettings inboxSettings,
            SynonymSettings synonymSettings, Clock clock, UnaryOperator<Store> storeView) {
        Store store = storeView.apply(SqliteStore.open(dataDir));
        KnowledgeIndex index = null;
        Synonyms synonyms = null;
        try {
            synonyms = Synonyms.open(synonymSettings);
            index = LuceneIndex.open(dataDir.resolve(INDEX_DIR), store.changes(), new StoreIndexSource(store),
                    synonyms);
            GapCommands gaps = gaps(store, index, settings, clock);
            Lifecycle lifecycle = new Lifecycle(store.entries(), store.people(), store.lifecycle(), store.audit(),
                    new ExpertFinder(index, store.people(), settings.expertHalfLife(), clock), settings.verification(),
                    settings.fallbackLanguage(), clock);
            Meters.Switch meters = new Meters.Switch();
            KnowledgeBot bot = bot(store, index, new AnalyzedWords(synonyms), settings, clock, gaps, lifecycle, meters);
            Inbox inbox = new Inbox(store.inbox(), store.transactions(), bot, index, inboxSettings, clock, meters);
            return new Passerelle(store, index, bot, inbox, gaps.routing(), new Routines(inbox, lifecycle), meters);
        } catch (RuntimeException e) {
            if (index != null) {
                index.close();
            } else if (synonyms != null) {
                synonyms.close();
            }
            store.close();
            throw e;
        }
    }

    /**
     * A consistent copy of {@code dataDir}'s knowledge base into {@code target}, taken while Passerelle may be
     * running on it; the search index is not copied, a restore rebuilds it.
     */
    public static Backup.Copy backup(Path dataDir, Path target) {
        return SqliteBackup.backup(dataDir, target);
    }

    /**
     * Puts a backup in place of {@code dataDir}'s knowledge base, refused while a Passerelle runs on that directory.
     * The index is emptied, so the next {@link #open} rebuilds it from the restored database.
     */
    public static Backup.Restored restore(Path backup, Path dataDir, boolean replace, Clock clock) {
        try (LuceneIndex.Reservation held = LuceneIndex.reserve(dataDir.resolve(INDEX_DIR))) {
            Backup.Restored restored = SqliteBackup.restore(backup, dataDir, replace, clock.instant());
            held.discard();
            return restored;
        }
    }

    private static GapCommands gaps(Store store, KnowledgeIndex index, Settings settings, Clock clock) {
        return new GapCommands(new Gaps(store.entries(), store.gaps(), new SameQuestions(index), store.channels()), store.gaps(),
                store.entries(), store.evidence(), store.people(), store.channels(),
                new ExpertFinder(index, store.people(), settings.expertHalfLife(), clock), store.audit(), clock);
    }

    private static KnowledgeBot bot(Store store, KnowledgeIndex index, AnalyzedWords words, Settings settings,
            Clock clock, GapCommands gaps, Lifecycle lifecycle, Meters meters) {
        MessageReader reader = new MessageReader(new LanguageDetector(settings.fallbackLanguage()));
        Capture capture = new Capture(store.entries(), index, words);
        AskedWays askedWays = new AskedWays(store.entries(), store.shownAnswers());
        ThreadAnswers threads = new ThreadAnswers(store.entries(), store.evidence(), store.people());
        Responses responses = new Responses(new Answers(store.entries(), index, clock),
                new ExpertFinder(index, store.people(), settings.expertHalfLife(), clock),
                new PeopleCards(store.people(), store.entries(), store.evidence(), store.endorsements()), capture,
                askedWays, lifecycle.freshness(), meters);
        Roles roles = new Roles(settings, store.roleGrants());
        Desk desk = new Desk(store.channels(), roles, store.roleGrants(), store.endorsements(), store.auditTrail(),
                store.deskStats(), store.erasure());
        CommandRunner commands = new CommandRunner(store.people(), store.entries(), store.audit(), responses, capture,
                reader, new PainCommands(store.entries(), store.painPoints(), store.people(), store.channels(),
                        store.audit(), clock, settings.fallbackLanguage()),
                store.review(), gaps, desk, lifecycle, store.exports());
        Features features = new Features(capture, threads, responses, commands,
                new SourceChanges(store.entries(), store.evidence(), reader, new GapAsks(store.entries(), index)),
                new Reactions(store.entries(), capture, threads, reader, askedWays),
                new Feedback(store.entries(), askedWays),
                new HomeViews(commands.deskView()), askedWays,
                new PainBacking(store.entries()),
                new ClickedCards(store.entries()));
        return new KnowledgeBot(store.transactions(), store.people(), store.channels(), settings, reader, features,
                roles);
    }

    /**
     * The follow-up of routed questions, as a routine for {@link Inbox#run}: a route nobody answered within
     * {@code after} goes to the next likely expert ({@link GapRouting#followUp}); zero disables it.
     */
    public Inbox.Routine gapFollowUp(java.time.Duration after) {
        return new Inbox.Routine("gap-follow-up", () -> gapRouting.followUp(after));
    }

    /** Where adapters hand every event. */
    /** Counts and times answers, who-knows lookups, captures and failed commands on {@code to} from now on. */
    public void meter(Meters to) {
        meters.use(to);
    }

    public Inbox inbox() {
        return inbox;
    }

    /** The lifecycle's scheduled work (reminders, the weekly digest), for the application to run on time. */
    public Routines routines() {
        return routines;
    }

    /** The bot's posted messages, for an adapter whose platform cannot read them back (Teams). */
    public PostedReplies postedReplies() {
        return store.postedReplies();
    }

    /** Where people were last seen, for an adapter whose platform is written to only where it heard them (Teams). */
    public Addresses addresses() {
        return store.addresses();
    }

    /** Files offered to someone and waiting for their answer, for an adapter that hands files over on consent (Teams). */
    public PendingFiles pendingFiles() {
        return store.pendingFiles();
    }

    /**
     * Forgets the files nobody answered within {@link PendingFiles#KEPT} of
     * {@code clock}'s now, as a routine for {@link Inbox#run}. Deleting what is too old is idempotent: a second run,
     * or a second replica's, finds nothing more.
     */
    public Inbox.Routine pendingFilesExpiry(Clock clock) {
        return new Inbox.Routine("pending-files-expiry", () -> {
            store.pendingFiles().expire(clock.instant().minus(PendingFiles.KEPT));
            return Outcome.nothing();
        });
    }

    /** For the read-only views (the home page); events go through {@link #inbox()}. */
    public KnowledgeBot bot() {
        return bot;
    }

    public Store store() {
        return store;
    }

    public KnowledgeIndex index() {
        return index;
    }

    @Override
    public void close() {
        try {
            inbox.close();
        } finally {
            try {
                index.close();
            } finally {
                store.close();
            }
        }
    }
}
