package dev.passerelle.slack.history;

import dev.passerelle.core.bot.HistoryImport;
import dev.passerelle.core.conversation.Event;
import dev.passerelle.core.conversation.MembersChanged;
import dev.passerelle.core.vocabulary.ChannelRef;
import dev.passerelle.core.vocabulary.Platform;
import dev.passerelle.slack.SlackConversations.SlackMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Imports a Slack workspace export: each private conversation's members first (a {@link MembersChanged}, as the
 * live adapter sends when it reads them), then every message a person posted, oldest first in each conversation,
 * built as the live {@code message} listener builds it ({@link SlackMessage#toMessage}): same text, thread, type
 * and key ({@code slack:<team>:<channel>:<ts>}), so that a message seen live is not imported again. Every file is
 * read once before anything is written: a malformed one stops the import on one line, with nothing imported.
 */
public final class SlackHistory {

    /** Messages of the people Slack's live events would carry; joins, topics, bots' posts are not. */
    private static final Set<String> PEOPLES_SUBTYPES = Set.of("", "file_share", "thread_broadcast");
    /** Events handed to the bulk path at once: the progress moves and a stop loses nothing between two. */
    static final int BATCH = 2_000;

    private final HistoryImport target;
    private final @Nullable String team;
    private final int batchSize;

    /** Told as the import goes: the messages to read in all, then how many are done. */
    public interface Progress {
        void started(long messages);

        void done(long messages);

        Progress NONE = new Progress() {
            @Override
            public void started(long messages) {
            }

            @Override
            public void done(long messages) {
            }
        };
    }

    /** What an import did. {@code skipped} are the messages no live event would have brought (joins, bots, empty). */
    public record Summary(long read, long imported, long known, long skipped, long errors, long captured,
            int conversations) {}

    /** @param team the workspace id live events carry, or null to take the one most of the export's people are in */
    public SlackHistory(HistoryImport target, @Nullable String team) {
        this(target, team, BATCH);
    }

    SlackHistory(HistoryImport target, @Nullable String team, int batchSize) {
        this.target = target;
        this.team = team == null || team.isBlank() ? null : team.strip();
        this.batchSize = batchSize;
    }

    public Summary importFrom(SlackExport export, Progress progress) {
        ExportPeople people = new ExportPeople(export.users());
        List<ExportedConversation> conversations = export.conversations();
        Map<Path, ExportedConversation> days = new LinkedHashMap<>();
        for (ExportedConversation conversation : conversations) {
            export.days(conversation).forEach(day -> days.put(day, conversation));
        }
        long total = 0;
        for (Path day : days.keySet()) {
            total += export.messages(day).size();
        }
        String workspace = workspace(people, export, days);
        progress.started(total);
        Tally tally = new Tally();
        List<Event> members = new ArrayList<>();
        for (ExportedConversation conversation : conversations) {
            membersOf(conversation, workspace, people).ifPresent(members::add);
        }
        // Member listings are events, not messages: only their failures count.
        tally.errors += target.apply(members).failed();
        List<Event> batch = new ArrayList<>();
        for (Map.Entry<Path, ExportedConversation> day : days.entrySet()) {
            for (JsonNode message : export.messages(day.getKey())) {
                tally.read++;
                Optional<Event> event = event(message, day.getValue(), workspace, people);
                if (event.isPresent()) {
                    batch.add(event.get());
                } else {
                    tally.skipped++;
                }
            }
            if (batch.size() >= batchSize) {
                tally.add(target.apply(batch));
                batch.clear();
                progress.done(tally.read);
            }
        }
        tally.add(target.apply(batch));
        target.finish();
        progress.done(tally.read);
        return new Summary(tally.read, tally.imported, tally.known, tally.skipped, tally.errors, tally.captured,
                conversations.size());
    }

    private static final class Tally {
        long read;
        long imported;
        long known;
        long skipped;
        long errors;
        long captured;

        void add(HistoryImport.Counts counts) {
            imported += counts.imported();
            known += counts.known();
            skipped += counts.refused();
            errors += counts.failed();
            captured += counts.captured();
        }
    }

    private String workspace(ExportPeople people, SlackExport export, Map<Path, ExportedConversation> days) {
        if (team != null) {
            return team;
        }
        Optional<String> fromPeople = people.workspace();
        if (fromPeople.isPresent()) {
            return fromPeople.get();
        }
        for (Path day : days.keySet()) {
            for (JsonNode message : export.messages(day)) {
                String fromMessage = message.path("team").asString("");
                if (!fromMessage.isBlank()) {
                    return fromMessage;
                }
            }
        }
        throw new ExportException("users.json: no team_id, and no message names its workspace; give --team T…");
    }

    /** A private conversation's members as the export lists them, at its creation: the same listing, the same key. */
    private static Optional<Event> membersOf(ExportedConversation conversation, String workspace,
            ExportPeople people) {
        if (!conversation.type().restricted() || conversation.members().isEmpty()) {
            return Optional.empty();
        }
        ChannelRef channel = new ChannelRef(Platform.SLACK, workspace, conversation.id(), conversation.type());
        return Optional.of(new MembersChanged(channel, conversation.members().stream().map(people::member).toList(),
                conversation.created()));
    }

    private static Optional<Event> event(JsonNode message, ExportedConversation conversation, String workspace,
            ExportPeople people) {
        String subtype = message.path("subtype").asString("");
        String user = message.path("user").asString("");
        JsonNode text = message.path("text");
        String ts = message.path("ts").asString("");
        if (!PEOPLES_SUBTYPES.contains(subtype) || (message.path("bot_id").isString() && subtype.isEmpty())
                || user.isBlank() || ts.isBlank() || !text.isString() || people.isBot(user)) {
            return Optional.empty();
        }
        String thread = message.path("thread_ts").asString(null);
        SlackMessage slack = new SlackMessage(workspace, conversation.id(), conversation.typeCode(), user,
                text.asString(), ts, thread, null);
        return Optional.of(slack.toMessage(conversation.type(), people.author(user, message), false));
    }
}
