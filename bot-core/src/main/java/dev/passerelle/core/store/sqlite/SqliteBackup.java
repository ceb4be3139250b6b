package dev.passerelle.core.store.sqlite;

import dev.passerelle.core.store.Backup;
import dev.passerelle.core.vocabulary.StoreException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteConfig;

/**
 * Copies of the embedded knowledge base. A backup is SQLite's {@code VACUUM INTO} on a connection of its own: one
 * read transaction, so the copy is the database as it was at one instant while the bot goes on writing beside it
 * (WAL mode lets a reader and the writer run together). The copy is checked before it takes its name, so a
 * directory holding {@code passerelle.db} holds a whole backup. A restore checks the copy in the data directory
 * first, then puts the current database aside under a dated name rather than deleting it; the search index is a
 * view of the database and is rebuilt from it, never copied.
 */
public final class SqliteBackup {

    private static final DateTimeFormatter ASIDE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private SqliteBackup() {
    }

    /** Writes a consistent copy of {@code dataDir}'s database to {@code target}/passerelle.db, never over one. */
    public static Backup.Copy backup(Path dataDir, Path target) {
        Path source = dataDir.resolve(SqliteStore.FILE_NAME);
        if (!Files.isRegularFile(source)) {
            throw new StoreException("No knowledge base in " + dataDir.toAbsolutePath() + " (" + SqliteStore.FILE_NAME
                    + " is missing): nothing to back up.", null);
        }
        Path file = target.resolve(SqliteStore.FILE_NAME);
        if (Files.exists(file)) {
            throw new StoreException(target.toAbsolutePath() + " already holds a backup; choose an empty directory.",
                    null);
        }
        Path partial = target.resolve(SqliteStore.FILE_NAME + ".partial");
        try {
            Files.createDirectories(target);
            Files.deleteIfExists(partial);
        } catch (IOException e) {
            throw new StoreException("Cannot write the backup to " + target.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        try (Connection connection = config.createConnection("jdbc:sqlite:" + source.toAbsolutePath());
                PreparedStatement vacuum = connection.prepareStatement("VACUUM INTO ?")) {
            vacuum.setString(1, partial.toAbsolutePath().toString());
            vacuum.execute();
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new StoreException("Cannot back up " + source.toAbsolutePath() + ": " + e.getMessage(), e);
        }
        try {
            Backup.Copy copy = check(partial);
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
            return copy.at(file);
        } catch (IOException e) {
            deleteQuietly(partial);
            throw new StoreException("Cannot write the backup to " + target.toAbsolutePath() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(partial);
            throw e;
        }
    }

    /**
     * Puts the backup in {@code backup} (a directory holding passerelle.db, or the file itself) in place of
     * {@code dataDir}'s database. A data directory that already has one is refused unless {@code replace}, and then
     * the current database is kept beside it under a dated name. The caller holds the data directory (nobody else
     * may have it open) and has the search index rebuilt afterwards.
     *
     * @return what was restored, and where the previous database was put, if there was one
     */
    public static Backup.Restored restore(Path backup, Path dataDir, boolean replace, Instant now) {
        Path from = Files.isDirectory(backup) ? backup.resolve(SqliteStore.FILE_NAME) : backup;
        if (!Files.isRegularFile(from)) {
            throw new StoreException("No backup in " + backup.toAbsolutePath() + " (" + from.getFileName()
                    + " is missing).", null);
        }
        Path file = dataDir.resolve(SqliteStore.FILE_NAME);
        if (Files.exists(file) && !replace) {
            throw new StoreException(dataDir.toAbsolutePath() + " already holds a knowledge base; pass --replace to "
                    + "restore over it (the current one is kept beside it).", null);
        }
        Path restoring = dataDir.resolve(SqliteStore.FILE_NAME + ".restoring");
        Backup.Copy copy;
        try {
            Files.createDirectories(dataDir);
            Files.copy(from, restoring, StandardCopyOption.REPLACE_EXISTING);
            copy = check(restoring);
        } catch (IOException e) {
            deleteQuietly(restoring);
            throw new StoreException("Cannot restore into " + dataDir.toAbsolutePath() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(restoring);
            throw e;
        }
        try {
            Optional<Path> aside = Optional.empty();
            if (Files.exists(file)) {
                Path kept = dataDir.resolve(SqliteStore.FILE_NAME + ".before-restore-" + ASIDE.format(now));
                for (String suffix : List.of("", "-wal", "-shm")) {
                    Path part = dataDir.resolve(SqliteStore.FILE_NAME + suffix);
                    if (Files.exists(part)) {
                        Files.move(part, kept.resolveSibling(kept.getFileName() + suffix), StandardCopyOption.ATOMIC_MOVE);
                    }
                }
                aside = Optional.of(kept);
            }
            Files.move(restoring, file, StandardCopyOption.ATOMIC_MOVE);
            return new Backup.Restored(copy.at(file), aside);
        } catch (IOException e) {
            throw new StoreException("Cannot restore into " + dataDir.toAbsolutePath() + ": " + e.getMessage()
                    + " (the backup is in " + restoring.toAbsolutePath() + ")", e);
        }
    }

    /**
     * A copy that SQLite finds whole, that Passerelle's migrations made, and that this version can open: a
     * database written by a newer version is refused rather than opened with migrations it does not know.
     */
    private static Backup.Copy check(Path file) {
        DatabaseCheck.require(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        String schema;
        try {
            Flyway flyway = Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration").load();
            MigrationInfo[] applied = flyway.info().applied();
            if (applied.length == 0) {
                throw notPasserelle(file);
            }
            for (MigrationInfo migration : applied) {
                if (migration.getState() == MigrationState.FUTURE_SUCCESS) {
                    throw new StoreException(file.toAbsolutePath() + " was written by a newer Passerelle (schema "
                            + migration.getVersion() + "); restore it with that version or a later one.", null);
                }
            }
            schema = applied[applied.length - 1].getVersion().getVersion();
        } catch (org.flywaydb.core.api.FlywayException e) {
            throw notPasserelle(file);
        }
        try (Connection connection = config.createConnection(url); Statement statement = connection.createStatement()) {
            return new Backup.Copy(file, count(statement, "entries"), count(statement, "people"),
                    count(statement, "change_log"), schema, Files.size(file));
        } catch (SQLException | IOException e) {
            throw notPasserelle(file);
        }
    }

    private static StoreException notPasserelle(Path file) {
        return new StoreException(file.toAbsolutePath() + " is not a Passerelle knowledge base.", null);
    }

    private static long count(Statement statement, String table) throws SQLException {
        try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // what is left is named .partial or .restoring, never taken for a backup or a database
        }
    }
}
