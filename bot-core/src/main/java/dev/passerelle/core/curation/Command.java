package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
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

    record PainPoints() implements Command {}

    record Pending() implements Command, Curating {}

    record Verify(String id) implements Command, Curating {}

    record Archive(String id) implements Command, Curating {}

    /** Takes back one's own +1 on a pain point ("not the same problem after all"). */
    record Unvote(String id) implements Command {}

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

    enum SkillAction { LIST, ADD, REMOVE }

    enum ProfileAction { HIDE, SHOW }

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
