package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.lifecycle.Freshness;
import dev.passerelle.core.knowledge.lifecycle.LifecycleRepository;
import dev.passerelle.core.people.Recipients;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reminder routine: whoever last verified a stale entry (or else its author) is told by a direct message, with
 * Re-verify, Edit and Archive beside it, once per expiry (a row per reminder), however often the routine runs.
 * Their entries come together, a few to a message.
 */
public final class Reminders {

    private final EntryRepository entries;
    private final LifecycleRepository lifecycle;
    private final Freshness freshness;
    private final StaleCommands stale;
    private final Recipients recipients;
    private final Language fallback;

    Reminders(EntryRepository entries, LifecycleRepository lifecycle, Freshness freshness, StaleCommands stale,
            Recipients recipients, Language fallback) {
        this.entries = entries;
        this.lifecycle = lifecycle;
        this.freshness = freshness;
        this.stale = stale;
        this.recipients = recipients;
        this.fallback = fallback;
    }

    private record Due(Entry entry, Freshness.Stale stale) {}

    /** Reminds of every expiry not reminded of yet; the notices are the outcome. */
    public Outcome run() {
        Instant now = freshness.now();
        Map<Long, List<Due>> byPerson = new LinkedHashMap<>();
        for (Freshness.Stale expired : freshness.all()) {
            if (lifecycle.remindedOf(expired.entryId(), expired.checkedAt())) {
                continue;
            }
            Optional<Entry> entry = entries.find(expired.entryId());
            if (entry.isEmpty()) {
                continue;
            }
            long person = lifecycle.lastVerifier(expired.entryId()).orElse(entry.get().authorId());
            if (lifecycle.reminded(expired.entryId(), expired.checkedAt(), person, now)) {
                byPerson.computeIfAbsent(person, p -> new ArrayList<>()).add(new Due(entry.get(), expired));
            }
        }
        List<Notice> notices = new ArrayList<>();
        byPerson.forEach((person, due) -> {
            for (int from = 0; from < due.size(); from += StaleCommands.PAGE) {
                List<Due> some = due.subList(from, Math.min(due.size(), from + StaleCommands.PAGE));
                recipients.notice(person, platformOf(some.getFirst().entry()), fallback, speaker -> {
                    List<String> lines = new ArrayList<>(List.of(speaker.say("reminder.intro", some.size())));
                    some.forEach(d -> lines.add("• " + StaleCommands.line(speaker, d.entry(), d.stale(), now)));
                    List<EntryCard> cards = some.stream().map(d -> stale.card(speaker, d.entry(), d.stale())).toList();
                    return new Reply(String.join("\n", lines), null, false, List.of(new Block.Entries(cards)));
                }).ifPresent(notices::add);
            }
        });
        return Outcome.nothing().telling(notices);
    }

    /** The platform the entry was captured on: where its people are most likely to read. */
    private static Platform platformOf(Entry entry) {
        String code = entry.channelKey().substring(0, Math.max(0, entry.channelKey().indexOf(':')));
        for (Platform platform : Platform.values()) {
            if (platform.code().equals(code)) {
                return platform;
            }
        }
        return Platform.SLACK;
    }
}
