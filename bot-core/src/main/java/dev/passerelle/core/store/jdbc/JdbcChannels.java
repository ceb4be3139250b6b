package dev.passerelle.core.store.jdbc;

import dev.passerelle.core.vocabulary.ChannelType;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.people.ChannelRepository;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** Channels and memberships in SQL. */
public final class JdbcChannels implements ChannelRepository {

    private final Jdbc jdbc;

    public JdbcChannels(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void recordMember(ChannelRef channel, long personId, Instant at) {
        jdbc.run(() -> {
            jdbc.update("INSERT INTO channels (channel_key, platform, workspace, channel_id, type, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (channel_key) DO UPDATE SET type = excluded.type", channel.key(), channel.platform().code(),
                    channel.workspace(), channel.channel(), channel.type().code(), at);
            jdbc.update("INSERT INTO memberships (channel_key, person_id, since) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    channel.key(), personId, at);
        });
    }

    @Override
    public Set<String> channelsOf(long personId) {
        return new HashSet<>(jdbc.query("SELECT channel_key FROM memberships WHERE person_id = ?",
                row -> row.getString(1), personId));
    }

    @Override
    public void replaceMembers(ChannelRef channel, Set<Long> personIds, Instant at) {
        jdbc.run(() -> {
            personIds.forEach(person -> recordMember(channel, person, at));
            String kept = personIds.isEmpty() ? "" : " AND person_id NOT IN ("
                    + String.join(",", personIds.stream().map(id -> "?").toList()) + ")";
            Object[] args = java.util.stream.Stream.concat(java.util.stream.Stream.of(channel.key()), personIds.stream())
                    .toArray();
            jdbc.update("DELETE FROM memberships WHERE channel_key = ?" + kept, args);
        });
    }

    @Override
    public boolean direct(String channelKey) {
        return jdbc.queryOne("SELECT type FROM channels WHERE channel_key = ?", row -> row.getString(1), channelKey)
                .filter(ChannelType.DIRECT.code()::equals).isPresent();
    }

    @Override
    public boolean captureEnabled(String channelKey) {
        return jdbc.queryOne("SELECT capture FROM channels WHERE channel_key = ?", row -> row.getInt(1) == 1, channelKey)
                .orElse(true);
    }

    @Override
    public void setCapture(String channelKey, boolean on) {
        jdbc.update("UPDATE channels SET capture = ? WHERE channel_key = ?", on, channelKey);
    }
}
