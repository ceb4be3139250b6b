package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.Notice;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.people.PeopleRepository;
import dev.passerelle.core.people.Recipients;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * What a knowledge manager does to one entry: verify or send back to draft, archive or bring back, reject a draft
 * (its author is told why), rewrite it, tag it. Each change is audited with what it was before and after.
 */
final class ReviewCommands {

    /** The kinds a manager verifies; a question (knowledge gap) is answered, not verified. */
    private static final Set<EntryKind> VERIFIABLE = Set.of(EntryKind.FAQ, EntryKind.INSIGHT, EntryKind.PAIN_POINT);

    private final EntryRepository entries;
    private final ReviewRepository review;
    private final AuditLog audit;
    private final Recipients recipients;

    ReviewCommands(EntryRepository entries, ReviewRepository review, PeopleRepository people, AuditLog audit) {
        this.entries = entries;
        this.review = review;
        this.audit = audit;
        this.recipients = new Recipients(people);
    }

    Outcome verify(Asker asker, String id) {
        return withEntry(asker, id, entry -> {
            if (!VERIFIABLE.contains(entry.kind())) {
                return wrongKind(asker, entry, "verify");
            }
            if (entry.status() == EntryStatus.ARCHIVED) {
                return Outcome.refused(asker.say("review.archivedFirst", number(entry)));
            }
            return change(asker, entry, EntryStatus.VERIFIED, "verify", "verify.done");
        });
    }

    Outcome unverify(Asker asker, String id) {
        return withEntry(asker, id, entry -> entry.status() == EntryStatus.VERIFIED || entry.status() == EntryStatus.STALE
                ? change(asker, entry, EntryStatus.DRAFT, "unverify", "unverify.done")
                : Outcome.refused(asker.say("review.notVerified", number(entry), status(asker, entry.status()))));
    }

    Outcome archive(Asker asker, String id) {
        return withEntry(asker, id, entry -> change(asker, entry, EntryStatus.ARCHIVED, "archive", "archive.done"));
    }

    /** Back to review; a gap back to open. */
    Outcome unarchive(Asker asker, String id) {
        return withEntry(asker, id, entry -> entry.status() == EntryStatus.ARCHIVED
                ? change(asker, entry, entry.kind() == EntryKind.QUESTION ? EntryStatus.OPEN : EntryStatus.DRAFT,
                        "unarchive", "unarchive.done")
                : Outcome.refused(asker.say("review.notArchived", number(entry), status(asker, entry.status()))));
    }

    /** A draft not kept: archived, and its author told why, in their language, where they talk to the bot. */
    Outcome reject(Asker asker, String id, @Nullable String reason) {
        return withEntry(asker, id, entry -> {
            if (!VERIFIABLE.contains(entry.kind())) {
                return wrongKind(asker, entry, "reject");
            }
            if (entry.status() != EntryStatus.DRAFT) {
                return Outcome.refused(asker.say("review.notDraft", number(entry), status(asker, entry.status())));
            }
            Entry changed = entries.updateStatus(entry.id(), EntryStatus.ARCHIVED, asker.turn().time());
            audit.record(asker.person().id(), "reject", target(entry), entry.status().code() + " -> "
                    + changed.status().code() + (reason == null ? "" : " (" + reason + ")"), asker.turn().time());
            List<Notice> told = entry.authorId() == asker.person().id() ? List.of()
                    : recipients.notice(entry.authorId(), asker.turn().platform(), entry.language(), speaker ->
                            Recipients.direct(reason == null
                                    ? speaker.say("reject.notice", number(entry), speaker.say("kind." + entry.kind().code()),
                                            Cards.preview(entry.title(), 120))
                                    : speaker.say("reject.noticeWhy", number(entry),
                                            speaker.say("kind." + entry.kind().code()), Cards.preview(entry.title(), 120),
                                            reason))).stream().toList();
            String done = asker.say(told.isEmpty() ? "reject.done" : "reject.doneTold", number(entry));
            return new Outcome(List.of(Reply.ephemeral(done)), List.of(Capture.captured(changed)), null).telling(told);
        });
    }

    Outcome edit(Asker asker, Command.EditEntry edit) {
        return withEntry(asker, edit.id(), entry -> {
            boolean answer = edit.field() == Command.EditField.ANSWER;
            if (answer && entry.kind() != EntryKind.FAQ) {
                return Outcome.refused(asker.say("edit.noAnswer", number(entry), asker.say("kind." + entry.kind().code())));
            }
            String before = answer ? entry.body() : entry.title();
            if (edit.text().equals(before)) {
                return Outcome.refused(asker.say("edit.same", number(entry)));
            }
            Entry changed = entries.updateText(entry.id(), answer ? entry.title() : edit.text(),
                    answer ? edit.text() : entry.body(), asker.turn().time());
            audit.record(asker.person().id(), "edit", target(entry), (answer ? "answer: " : "title: ")
                    + (before == null ? "" : before) + " -> " + edit.text(), asker.turn().time());
            return new Outcome(List.of(Reply.ephemeral(asker.say("edit.done", Cards.line(asker.language(), changed)))),
                    List.of(Capture.captured(changed)), null);
        });
    }

    Outcome tags(Asker asker, Command.Tags tags) {
        return withEntry(asker, tags.id(), entry -> {
            List<String> changed = tags.add() ? review.addTags(entry.id(), tags.tags(), asker.turn().time())
                    : review.removeTags(entry.id(), tags.tags(), asker.turn().time());
            if (changed.isEmpty()) {
                return Outcome.refused(asker.say(tags.add() ? "tag.already" : "tag.none", number(entry),
                        hashtags(tags.tags())));
            }
            Entry now = entries.find(entry.id()).orElse(entry);
            audit.record(asker.person().id(), tags.add() ? "tag" : "untag", target(entry),
                    entry.tags() + " -> " + now.tags(), asker.turn().time());
            return new Outcome(List.of(Reply.ephemeral(asker.say("tag.done", number(entry),
                    now.tags().isEmpty() ? asker.say("tag.empty") : hashtags(now.tags())))),
                    List.of(Capture.captured(now)), null);
        });
    }

    /** The Edit button: the exact commands to send, with the entry's number and its current text. */
    Outcome editHelp(Asker asker, String id) {
        return withEntry(asker, id, entry -> Outcome.told(entry.kind() == EntryKind.FAQ
                ? asker.say("edit.helpFaq", number(entry), entry.title(), entry.body() == null ? "—" : entry.body())
                : asker.say("edit.help", number(entry), entry.title())));
    }

    private Outcome change(Asker asker, Entry entry, EntryStatus status, String action, String doneKey) {
        if (entry.status() == status) {
            return Outcome.refused(asker.say("already", number(entry), status(asker, status)));
        }
        // The event's transaction holds the change and its audit line together.
        Entry changed = entries.updateStatus(entry.id(), status, asker.turn().time());
        audit.record(asker.person().id(), action, target(entry), entry.status().code() + " -> " + status.code(),
                asker.turn().time());
        return new Outcome(List.of(Reply.ephemeral(asker.say(doneKey, number(changed)))),
                List.of(Capture.captured(changed)), null);
    }

    private Outcome withEntry(Asker asker, String id, Function<Entry, Outcome> work) {
        Reviewed found = Reviewed.find(asker, id, entries, review);
        return found.found() ? work.apply(found.entry()) : found.refusal();
    }

    private static Outcome wrongKind(Asker asker, Entry entry, String verb) {
        return Outcome.refused(asker.say("review.wrongKind", number(entry), asker.say("kind." + entry.kind().code()),
                asker.say("review.verb." + verb)));
    }

    private static String status(Asker asker, EntryStatus status) {
        return asker.say("status." + status.code());
    }

    static String number(Entry entry) {
        return String.valueOf(entry.id());
    }

    static String target(Entry entry) {
        return "entry:" + entry.id();
    }

    private static String hashtags(List<String> tags) {
        return String.join(" ", tags.stream().map(tag -> "#" + tag).toList());
    }
}
