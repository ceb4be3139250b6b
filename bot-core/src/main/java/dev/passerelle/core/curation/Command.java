package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.PainStatus;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One command of the {@code /kb} language, parsed; the same words on every platform. */
public sealed interface Command {

    record Help() implements Command {}

    record Ask(String question) implements Command {}

    record Who(String topic) implements Command {}

    record Add(EntryKind kind, String text) implements Command {}

    record Skills(SkillAction action, List<String> topics) implements Command {
        public Skills {
            topics = List.copyOf(topics);
        }
    }

    /** Shows the caller's team when {@code name} is null, sets it otherwise. */
    record Team(@Nullable String name) implements Command {}

    record Me() implements Command {}

    /**
     * What the caller keeps off their expert profile: {@code me hide <topic>}, {@code me hide all},
     * {@code me show} (lists what is hidden), {@code me show <topic>}, {@code me show all}.
     *
     * @param topic null for every topic ({@code all}) or, with {@link ProfileAction#SHOW}, for the list
     * @param all   the whole profile rather than one topic
     */
    record Profile(ProfileAction action, @Nullable String topic, boolean all) implements Command {
        public Profile {
            if (all && topic != null) {
                throw new IllegalArgumentException("either one topic or all of them");
            }
            if (action == ProfileAction.HIDE && topic == null && !all) {
                throw new IllegalArgumentException("hide needs a topic or all");
            }
        }
    }

    record Show(String id) implements Command {}

    /**
     * The pain-point register: one status, one page, optionally only what a team backs.
     *
     * @param page from 1
     */
    record PainPoints(@Nullable String team, PainStatus status, int page) implements Command {
        public PainPoints {
            if (page < 1) {
                throw new IllegalArgumentException("pages count from 1");
            }
        }

        public PainPoints() {
            this(null, PainStatus.OPEN, 1);
        }
    }

    /**
     * The review queue: drafts of one kind (every reviewable kind when {@code kind} is null), oldest first, one
     * page at a time.
     */
    record Pending(@Nullable EntryKind kind, int page) implements Command, Curating {
        public Pending {
            if (page < 1) {
                throw new IllegalArgumentException("pages count from 1");
            }
        }

        public Pending() {
            this(null, 1);
        }
    }

    record Verify(String id) implements Command, Curating {}

    record Archive(String id) implements Command, Curating {}

    /** Takes back one's own +1 on a pain point ("not the same problem after all"). */
    record Unvote(String id) implements Command {}

    /** A pain point moves: acknowledged, resolved or open again, with a note for everyone who backs it. */
    record PainMove(String id, PainStatus to, @Nullable String note) implements Command, Curating {}

    /** Someone now owns a pain point; {@code person} as typed (a mention, a user id, an e-mail or a name). */
    record PainOwner(String id, String person) implements Command, Curating {}
    /** A verified entry goes back to draft. */
    record Unverify(String id) implements Command, Curating {}

    /** An archived entry comes back to review (a gap comes back open). */
    record Unarchive(String id) implements Command, Curating {}

    /** A draft is not kept; its author is told why when a reason is given. */
    record Reject(String id, @Nullable String reason) implements Command, Curating {}

    /** One part of an entry rewritten: its question or title, or a FAQ's answer. */
    record EditEntry(String id, EditField field, String text) implements Command, Curating {}

    /** Tags added to ({@code add}) or taken off an entry. */
    record Tags(String id, boolean add, List<String> tags) implements Command, Curating {
        public Tags {
            tags = List.copyOf(tags);
            if (tags.isEmpty()) {
                throw new IllegalArgumentException("at least one tag");
            }
        }
    }

    /** The desk's figures over the last {@code days} days; {@code label} is the period as typed ("7d", "mois"). */
    record Stats(int days, String label) implements Command, Curating {
        public Stats {
            if (days < 1) {
                throw new IllegalArgumentException("a period of at least one day");
            }
        }
    }

    /** A duplicate folded into the entry it repeats; the duplicate's id then points to the target. */
    record Merge(String from, String into) implements Command, Curating {}
    /** A manager vouches for someone's expertise on a topic ({@code endorse @person <topic>}). */
    record Endorse(String person, String topic) implements Command, Curating {}

    /** Takes an endorsement back. */
    record Unendorse(String person, String topic) implements Command, Curating {}

    /** Whether what is said in this channel is kept ({@code capture on|off}). */
    record CaptureSwitch(boolean on) implements Command, Curating {}

    /**
     * The last {@code count} actions of the audit log, from the {@code page}-th such page, by one actor or about one
     * entry when given.
     */
    record Audit(int count, int page, @Nullable String actor, @Nullable Long entry) implements Command, Curating {}

    /** Grants or revokes a role given in the bot. */
    record RoleChange(boolean grant, String person, dev.passerelle.core.vocabulary.Role role)
            implements Command, Administering {}

    /** Erases a person (their messages, evidence, skills, votes, identities); their entries stay, anonymised. */
    record Forget(String person) implements Command, Administering {}


    /**
     * The knowledge base the caller may see, as a file: {@code export json|csv|md [faq|insight|pain|question]}.
     *
     * @param kind null for every kind
     */
    record Export(ExportFormat format, @Nullable EntryKind kind) implements Command {}

    /** A known command used wrongly; {@code usage} names the message key of its right usage. */
    record Invalid(String usage) implements Command {}

    /** A word that is no command; {@code suggestion} is the command it most likely misspells, if any. */
    record Unknown(String word, @Nullable String suggestion) implements Command {
        public Unknown(String word) {
            this(word, null);
        }
    }

    /** The open knowledge gaps the caller may see, grouped, most asked first; of one team's askers when named. */
    record Gaps(@Nullable String team, int page) implements Command {
        public Gaps {
            if (page < 1) {
                throw new IllegalArgumentException("pages start at 1");
            }
        }
    }

    /** Verified entries whose verification expired, a page at a time (from 1). */
    record Stale(int page) implements Command, Curating {
        public Stale {
            if (page < 1) {
                throw new IllegalArgumentException("pages count from 1");
            }
        }
    }

    /** Answers a gap with a new FAQ: knowledge managers, and the person the gap was routed to. */
    record AnswerGap(String gap, String text) implements Command {}

    /** An existing entry answers the gap. */
    record LinkGap(String gap, String entry) implements Command, Curating {}

    /** Puts the gap's question to someone in a direct message. */
    record RouteGap(String gap, String person) implements Command, Curating {}
    /** This week's digest, shown now to the caller. */
    record DigestPreview() implements Command, Curating {}

    /** The caller's desk: profile, questions, pain register; for knowledge managers the review queue, gaps, figures. */
    record ShowDesk() implements Command {}

    enum SkillAction { LIST, ADD, REMOVE }

    enum ProfileAction { HIDE, SHOW }

    /** What {@code edit} rewrites: the title (a FAQ's question) or a FAQ's answer. */
    enum EditField { TITLE, ANSWER }

    /** A command that needs the knowledge manager role (admins have it too). */
    interface Curating {}

    /** A command that needs the admin role. */
    interface Administering {}

    /** Curation commands need the knowledge manager role. */
    default boolean curation() {
        return this instanceof Curating;
    }

    /** Admin commands need the admin role. */
    default boolean administration() {
        // isInstance: while no command is one yet, the compiler would reject "instanceof" as impossible.
        return Administering.class.isInstance(this);
    }
}
