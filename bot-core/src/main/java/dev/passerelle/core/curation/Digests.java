package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Block;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Recipient;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.conversation.Speaker;
import dev.passerelle.core.expertise.ExpertFinder;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.lifecycle.LifecycleRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.vocabulary.Audience;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Person;
import dev.passerelle.core.vocabulary.Platform;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The weekly digest: the top pain points and their trend, the FAQs verified this week, the open questions with
 * who may know, and thanks to the week's contributors. Posted in a channel it shows public knowledge and that
 * channel's own only; previewed, what the caller may see. Read straight from the tables, once per ISO week (UTC)
 * and conversation.
 */
public final class Digests {

    private static final Duration WEEK = Duration.ofDays(7);
    private static final int TOP = 5;
    /** Read this many rows per part, then keep the first {@link #TOP} the audience may see. */
    private static final int READ = 200;
    private static final int TITLE = 100;

    private final EntryRepository entries;
    private final PeopleRepository people;
    private final LifecycleRepository lifecycle;
    private final ExpertFinder experts;
    private final Clock clock;

    Digests(EntryRepository entries, PeopleRepository people, LifecycleRepository lifecycle, ExpertFinder experts,
            Clock clock) {
        this.entries = entries;
        this.people = people;
        this.lifecycle = lifecycle;
        this.experts = experts;
        this.clock = clock;
    }

    /** {@code digest preview}: this week's digest now, to the caller, with what they may see. */
    Outcome preview(Asker asker) {
        Reply digest = compose(asker.audience(), asker.speaker());
        return new Outcome(List.of(new Reply(digest.text(), null, true, digest.blocks())), List.of(), null);
    }

    /**
     * The routine's work: this week's digest as a notice to the conversation, unless it was already posted there
     * this week (then nothing).
     */
    public Outcome post(Platform platform, String channelId, Language language) {
        Instant now = clock.instant();
        var known = lifecycle.channel(platform, channelId);
        String key = known.map(LifecycleRepository.KnownChannel::key).orElse(platform.code() + "::" + channelId);
        if (!lifecycle.digestPosted(period(now), key, now)) {
            return Outcome.nothing();
        }
        Reply digest = compose(new Audience(Set.of(key)), new Speaker(platform, language));
        Recipient to = Recipient.conversation(platform, known.map(LifecycleRepository.KnownChannel::workspace)
                .orElse(""), channelId);
        return Outcome.nothing().telling(List.of(new Notice(to, language, digest)));
    }

    /** The ISO week a time falls in, in UTC: {@code 2026-W49}. */
    static String period(Instant at) {
        var day = at.atZone(ZoneOffset.UTC);
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    private Reply compose(Audience audience, Speaker speaker) {
        Instant now = clock.instant();
        Instant since = now.minus(WEEK);
        List<String> parts = new ArrayList<>();
        parts.add(speaker.say("digest.title", StaleCommands.day(now)));
        parts.add(pains(audience, speaker, since));
        parts.add(faqs(audience, speaker, since));
        parts.add(gaps(audience, speaker));
        parts.add(thanks(audience, speaker, since));
        List<Block> blocks = parts.stream().<Block>map(Block.Section::new).toList();
        return new Reply(String.join("\n\n", parts), null, false, blocks);
    }

    private String pains(Audience audience, Speaker speaker, Instant since) {
        List<Entry> top = visible(lifecycle.openPainPoints(READ), audience);
        Map<Long, Integer> recent = lifecycle.votesSince(top.stream().map(Entry::id).toList(), since);
        return part(speaker, "digest.pains", "digest.pains.none", top.stream().map(e -> speaker.say("digest.pain",
                String.valueOf(e.id()), title(e), e.votes(), recent.getOrDefault(e.id(), 0))).toList());
    }

    private String faqs(Audience audience, Speaker speaker, Instant since) {
        List<Entry> verified = visible(lifecycle.verifiedSince(EntryKind.FAQ, since, READ), audience);
        return part(speaker, "digest.faqs", "digest.faqs.none", verified.stream()
                .map(e -> speaker.say("digest.faq", String.valueOf(e.id()), title(e))).toList());
    }

    private String gaps(Audience audience, Speaker speaker) {
        Map<Long, Integer> asked = lifecycle.openGaps(READ);
        List<Entry> open = visible(List.copyOf(asked.keySet()), audience);
        List<String> lines = new ArrayList<>();
        for (Entry gap : open) {
            List<Long> who = experts.suggest(gap.title(), gap.language(), audience, gap.authorId(), 2).stream()
                    .map(ExpertFinder.Expert::personId).toList();
            String names = names(who);
            lines.add(speaker.say("digest.gap", String.valueOf(gap.id()), title(gap), asked.get(gap.id()),
                    names.isEmpty() ? "" : " — " + speaker.say("digest.gap.ask", names)));
        }
        return part(speaker, "digest.gaps", "digest.gaps.none", lines);
    }

    private String thanks(Audience audience, Speaker speaker, Instant since) {
        Map<Long, Long> written = lifecycle.writtenSince(since);
        Map<Long, Long> byAuthor = entries.findAll(written.keySet()).stream()
                .filter(e -> audience.sees(e.channelKey(), e.restricted()))
                .collect(Collectors.groupingBy(Entry::authorId, LinkedHashMap::new, Collectors.counting()));
        List<Map.Entry<Long, Long>> top = byAuthor.entrySet().stream()
                .sorted(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(3).toList();
        if (top.isEmpty()) {
            return speaker.say("digest.thanks.none");
        }
        Map<Long, Person> named = people.findAll(top.stream().map(Map.Entry::getKey).toList());
        String thanked = top.stream().filter(t -> named.containsKey(t.getKey()))
                .map(t -> speaker.say("digest.thanks.one", named.get(t.getKey()).displayName(), t.getValue()))
                .collect(Collectors.joining(", "));
        return thanked.isEmpty() ? speaker.say("digest.thanks.none") : speaker.say("digest.thanks", thanked);
    }

    private static String part(Speaker speaker, String heading, String none, List<String> lines) {
        return lines.isEmpty() ? speaker.say(none) : speaker.say(heading) + "\n" + String.join("\n", lines);
    }

    /** The entries with these ids the audience may see, in the ids' order, the first few. */
    private List<Entry> visible(List<Long> ids, Audience audience) {
        Map<Long, Entry> byId = entries.findAll(ids).stream().collect(Collectors.toMap(Entry::id, Function.identity()));
        return ids.stream().map(byId::get).filter(e -> e != null && audience.sees(e.channelKey(), e.restricted()))
                .limit(TOP).toList();
    }

    private String names(Collection<Long> ids) {
        Map<Long, Person> named = people.findAll(ids);
        return ids.stream().map(named::get).filter(p -> p != null).map(Person::displayName)
                .collect(Collectors.joining(", "));
    }

    private static String title(Entry entry) {
        return Cards.preview(entry.title(), TITLE);
    }
}
