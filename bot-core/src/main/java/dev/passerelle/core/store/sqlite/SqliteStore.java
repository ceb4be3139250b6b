package dev.passerelle.core.store.sqlite;

import dev.passerelle.core.curation.AuditLog;
import dev.passerelle.core.search.ChangeFeed;
import dev.passerelle.core.people.ChannelRepository;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.lifecycle.LifecycleRepository;
import dev.passerelle.core.inbox.InboxRepository;
import dev.passerelle.core.knowledge.EvidenceRepository;
import dev.passerelle.core.knowledge.ShownAnswerRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.conversation.PostedReplies;
import dev.passerelle.core.store.Store;
import dev.passerelle.core.vocabulary.DirectoryNotWritable;
import dev.passerelle.core.vocabulary.StoreException;
import dev.passerelle.core.vocabulary.Transactions;
import dev.passerelle.core.store.jdbc.Jdbc;
import dev.passerelle.core.store.jdbc.JdbcChannels;
import dev.passerelle.core.store.jdbc.JdbcEntries;
import dev.passerelle.core.store.jdbc.JdbcPainPoints;
import dev.passerelle.core.knowledge.PainPointRepository;
import dev.passerelle.core.store.jdbc.JdbcGaps;
import dev.passerelle.core.knowledge.GapRepository;
import dev.passerelle.core.store.jdbc.JdbcEvidence;
import dev.passerelle.core.store.jdbc.JdbcInbox;
import dev.passerelle.core.store.jdbc.JdbcLifecycle;
import dev.passerelle.core.store.jdbc.JdbcLogs;
import dev.passerelle.core.store.jdbc.JdbcPeople;
import dev.passerelle.core.store.jdbc.JdbcAddresses;
import dev.passerelle.core.store.jdbc.JdbcPostedReplies;
import dev.passerelle.core.store.jdbc.JdbcShownAnswers;
import dev.passerelle.core.store.jdbc.JdbcReview;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.store.jdbc.JdbcAuditTrail;
import dev.passerelle.core.store.jdbc.JdbcDeskStats;
import dev.passerelle.core.store.jdbc.JdbcEndorsements;
import dev.passerelle.core.store.jdbc.JdbcErasure;
import dev.passerelle.core.store.jdbc.JdbcRoleGrants;
import dev.passerelle.core.curation.AuditTrail;
import dev.passerelle.core.curation.DeskStats;
import dev.passerelle.core.curation.Erasure;
import dev.passerelle.core.curation.RoleGrants;
import dev.passerelle.core.expertise.Endorsements;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded store: one SQLite file in WAL mode under the data directory, migrated by Flyway on
 * open. Everything SQLite-specific (file, pragmas) lives here; the repositories are portable SQL.
 */
public final class SqliteStore implements Store {

    public static final String FILE_NAME = "passerelle.db";

    private final Jdbc jdbc;
    private final JdbcEntries entries;
    private final JdbcPeople people;
    private final JdbcChannels channels;
    private final JdbcEvidence evidence;
    private final JdbcLogs logs;
    private final JdbcInbox inbox;
    private final JdbcShownAnswers shownAnswers;
    private final JdbcPostedReplies postedReplies;
    private final JdbcPainPoints painPoints;
    private final JdbcAddresses addresses;
    private final JdbcReview review;
    private final JdbcGaps gaps;
    private final JdbcRoleGrants roleGrants;
    private final JdbcEndorsements endorsements;
    private final JdbcAuditTrail auditTrail;
    private final JdbcDeskStats deskStats;
    private final JdbcErasure erasure;
    private final JdbcLifecycle lifecycle;

    private SqliteStore(Jdbc jdbc) {
        this.jdbc = jdbc;
        this.entries = new JdbcEntries(jdbc);
        this.people = new JdbcPeople(jdbc);
        this.channels = new JdbcChannels(jdbc);
        this.evidence = new JdbcEvidence(jdbc);
        this.logs = new JdbcLogs(jdbc);
        this.inbox = new JdbcInbox(jdbc);
        this.shownAnswers = new JdbcShownAnswers(jdbc);
        this.postedReplies = new JdbcPostedReplies(jdbc);
        this.painPoints = new JdbcPainPoints(jdbc);
        this.addresses = new JdbcAddresses(jdbc);
        this.review = new JdbcReview(jdbc);
        this.gaps = new JdbcGaps(jdbc);
        this.roleGrants = new JdbcRoleGrants(jdbc);
        this.endorsements = new JdbcEndorsements(jdbc);
        this.auditTrail = new JdbcAuditTrail(jdbc);
        this.deskStats = new JdbcDeskStats(jdbc);
        this.erasure = new JdbcErasure(jdbc);
        this.lifecycle = new JdbcLifecycle(jdbc);
    }

    /** Opens (creating and migrating when needed) the knowledge base in {@code dataDir}. */
    public static SqliteStore open(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new StoreException("Cannot create the data directory " + dataDir.toAbsolutePath()
                    + ": check that its parent exists and is writable.", e);
        }
        DirectoryNotWritable.check(dataDir);
        if (Files.exists(file)) {
            DatabaseCheck.require(file);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(5_000);
        SQLiteDataSource source = new SQLiteDataSource(config);
        source.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        try {
            Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
            return new SqliteStore(new Jdbc(source.getConnection(), file.toAbsolutePath().toString()));
        } catch (SQLException | FlywayException e) {
            throw new StoreException("Cannot open the knowledge base " + file.toAbsolutePath()
                    + ": check that it is a Passerelle database and not locked by another process. " + e.getMessage(), e);
        }
    }

    @Override
    public Transactions transactions() {
        return jdbc;
    }

    @Override
    public EntryRepository entries() {
        return entries;
    }

    @Override
    public PeopleRepository people() {
        return people;
    }

    @Override
    public ChannelRepository channels() {
        return channels;
    }

    @Override
    public EvidenceRepository evidence() {
        return evidence;
    }

    @Override
    public InboxRepository inbox() {
        return inbox;
    }

    @Override
    public ShownAnswerRepository shownAnswers() {
        return shownAnswers;
    }

    @Override
    public PostedReplies postedReplies() {
        return postedReplies;
    }

    @Override
    public Addresses addresses() {
        return addresses;
    }

    @Override
    public AuditLog audit() {
        return logs;
    }

    @Override
    public GapRepository gaps() {
        return gaps;
    }

    @Override
    public ChangeFeed changes() {
        return logs;
    }

    @Override
    public PainPointRepository painPoints() {
        return painPoints;
    }

    @Override
    public ReviewRepository review() {
        return review;
    }

    @Override
    public RoleGrants roleGrants() {
        return roleGrants;
    }

    @Override
    public Endorsements endorsements() {
        return endorsements;
    }

    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    @Override
    public DeskStats deskStats() {
        return deskStats;
    }

    @Override
    public Erasure erasure() {
        return erasure;
    }

    @Override
    public LifecycleRepository lifecycle() {
        return lifecycle;
    }

    @Override
    public void close() {
        jdbc.close();
    }

    @Override
    public dev.passerelle.core.curation.ExportRepository exports() {
        return new dev.passerelle.core.store.jdbc.JdbcExports(jdbc);
    }

    @Override
    public dev.passerelle.core.conversation.PendingFiles pendingFiles() {
        return new dev.passerelle.core.store.jdbc.JdbcPendingFiles(jdbc);
    }
}
