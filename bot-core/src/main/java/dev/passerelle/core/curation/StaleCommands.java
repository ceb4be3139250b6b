package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Action;
import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Speaker;
import dev.passerelle.core.conversation.VerificationTtl;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.lifecycle.Ago;
import dev.passerelle.core.knowledge.lifecycle.Freshness;
import dev.passerelle.core.knowledge.lifecycle.LifecycleRepository;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** {@code stale [page N]}, verifying a stale entry again, and what its Edit button says. */
final class StaleCommands {

    static final int PAGE = 10;

    private final EntryRepository entries;
    private final LifecycleRepository lifecycle;
    private final Freshness freshness;
    private final VerificationTtl ttl;
    private final AuditLog audit;

    StaleCommands(EntryRepository entries, LifecycleRepository lifecycle, Freshness freshness, VerificationTtl ttl,
            AuditLog audit) {
        this.entries = entries;
        this.lifecycle = lifecycle;
        this.freshness = freshness;
        this.ttl = ttl;
        this.audit = audit;
    }

    /** The stale entries the caller may see, expired longest ago first, a page at a time. */
    Outcome stale(Asker asker, int page) {
        List<Visible> stale = visible(asker);
        if (stale.isEmpty()) {
            return CommandRunner.say(asker, asker.say("stale.none"));
        }
        int pages = (stale.size() + PAGE - 1) / PAGE;
        if (page > pages) {
            return Outcome.refused(asker.say("stale.pageBeyond", pages));
        }
        List<Visible> shown = stale.subList((page - 1) * PAGE, Math.min(stale.size(), page * PAGE));
        List<String> lines = new ArrayList<>(List.of(asker.say("stale.list", stale.size(), page, pages)));
        shown.forEach(v -> lines.add("• " + line(asker.speaker(), v.entry(), v.stale(), freshness.now())));
        if (page < pages) {
            lines.add(asker.say("stale.more", page + 1));
        }
        List<EntryCard> cards = shown.stream().map(v -> card(asker.speaker(), v.entry(), v.stale())).toList();
        return new Outcome(List.of(new Reply(String.join("\n", lines), null, true,
                List.of(new Block.Entries(cards)))), List.of(), null);
    }

    /**
     * Verifies a stale entry again, from {@code verify <id>} or its Re-verify button; empty when the entry is not a
     * stale one the caller sees, for the plain verification to answer.
     */
    Optional<Outcome> reverify(Asker asker, String id) {
        Optional<Entry> found = EntryCard.idOf(id).flatMap(entries::find)
                .filter(e -> e.status() == EntryStatus.VERIFIED)
                .filter(e -> asker.audience().sees(e.channelKey(), e.restricted()));
        Optional<Freshness.Stale> stale = found.flatMap(e -> freshness.of(e.id(), e.kind()));
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        Entry entry = found.get();
        Instant now = freshness.now();
        lifecycle.reverify(entry.id(), now);
        audit.record(asker.person().id(), "reverify", "entry:" + entry.id(),
                "stale since " + day(stale.get().since()) + " -> verified " + day(now), now);
        Entry changed = entries.find(entry.id()).orElse(entry);
        return Optional.of(new Outcome(List.of(Reply.ephemeral(asker.say("reverify.done", String.valueOf(entry.id()),
                day(now.plus(ttl.of(entry.kind())))))), List.of(Capture.captured(changed)), null));
    }

    /** The Edit button beside a stale entry: how to change it, in one line. */
    Outcome editHint(Asker asker, long id) {
        return CommandRunner.say(asker, asker.say("edit.hint", String.valueOf(id)));
    }

    /** A stale entry as a line: "#12 FAQ (verified) — question → answer · stale since 2026-10-03, last checked …". */
    static String line(Speaker speaker, Entry entry, Freshness.Stale stale, Instant now) {
        String kind = speaker.say("kind." + entry.kind().code());
        String text = entry.body() == null ? entry.title() : entry.title() + " → " + entry.body();
        return speaker.say("stale.line", String.valueOf(entry.id()), kind, Cards.preview(text, 120),
                day(stale.since()), Ago.said(speaker, stale.checkedAt(), now));
    }

    /** The card of a stale entry, saying so, with Re-verify, Edit and Archive beside it. */
    EntryCard card(Speaker speaker, Entry entry, Freshness.Stale stale) {
        return Cards.card(entry, 0).withStale(freshness.card(stale, speaker)).withButtons(List.of(
                new Block.Button(speaker.say("button.reverify"), Action.VERIFY, entry.id()),
                new Block.Button(speaker.say("button.edit"), Action.EDIT, entry.id()),
                new Block.Button(speaker.say("button.archive"), Action.ARCHIVE, entry.id())));
    }

    static String day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).toString();
    }

    private record Visible(Entry entry, Freshness.Stale stale) {}

    private List<Visible> visible(Asker asker) {
        List<Freshness.Stale> all = freshness.all();
        Map<Long, Entry> byId = entries.findAll(all.stream().map(Freshness.Stale::entryId).toList()).stream()
                .collect(Collectors.toMap(Entry::id, Function.identity()));
        return all.stream().filter(s -> byId.containsKey(s.entryId()))
                .map(s -> new Visible(byId.get(s.entryId()), s))
                .filter(v -> asker.audience().sees(v.entry().channelKey(), v.entry().restricted()))
                .toList();
    }
}
