package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.conversation.Address;
import dev.passerelle.core.conversation.Addresses;
import dev.passerelle.core.vocabulary.Platform;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** Where people were last seen, in SQL. Not indexed: nothing is logged in the change log. */
public final class JdbcAddresses implements Addresses {

    private static final String COLUMNS = "platform, workspace, user_id, endpoint, direct_conversation, bot_id, seen_at";

    private final Jdbc jdbc;

    public JdbcAddresses(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void seen(Address address) {
        jdbc.run(() -> jdbc.update("INSERT INTO person_addresses (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (platform, workspace, user_id) DO UPDATE SET endpoint = excluded.endpoint, "
                        + "direct_conversation = COALESCE(excluded.direct_conversation, "
                        + "person_addresses.direct_conversation), bot_id = excluded.bot_id, seen_at = excluded.seen_at",
                address.platform().code(), address.workspace(), address.user(), address.endpoint(), address.direct(),
                address.bot(), address.seen()));
    }

    @Override
    public Optional<Address> of(Platform platform, String workspace, String user) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM person_addresses WHERE platform = ? AND workspace = ? "
                + "AND user_id = ?", JdbcAddresses::address, platform.code(), workspace, user);
    }

    @Override
    public Optional<Address> latestIn(Platform platform, String workspace) {
        return jdbc.queryOne("SELECT " + COLUMNS + " FROM person_addresses WHERE platform = ? AND workspace = ? "
                + "ORDER BY seen_at DESC LIMIT 1", JdbcAddresses::address, platform.code(), workspace);
    }

    private static Address address(ResultSet row) throws SQLException {
        return new Address(Platform.valueOf(row.getString("platform").toUpperCase(java.util.Locale.ROOT)), row.getString("workspace"),
                row.getString("user_id"), row.getString("endpoint"), row.getString("direct_conversation"),
                row.getString("bot_id"), Instant.parse(row.getString("seen_at")));
    }
}
