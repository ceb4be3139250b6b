package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.Asker;
import dev.passerelle.core.conversation.EditForm;
import dev.passerelle.core.conversation.EditSubmitted;
import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.conversation.Reply;
import dev.passerelle.core.knowledge.Capture;
import dev.passerelle.core.knowledge.Cards;
import dev.passerelle.core.knowledge.Entry;
import dev.passerelle.core.knowledge.EntryRepository;
import dev.passerelle.core.knowledge.ReviewRepository;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The Edit button's form: opened prefilled with what the entry says now, and, when sent back, applied field by
 * field through the very review commands {@code edit}, {@code tag} and {@code untag} (their checks, their audit
 * line each, the index following), and only where a field changed. An archived or merged entry is not edited.
 */
final class EditForms {

    private final EntryRepository entries;
    private final ReviewRepository review;
    private final ReviewCommands commands;

    EditForms(EntryRepository entries, ReviewRepository review, ReviewCommands commands) {
        this.entries = entries;
        this.review = review;
        this.commands = commands;
    }

    /** The form, prefilled; in words, the edit commands prefilled, for where there are no forms. */
    Outcome open(Asker asker, String id) {
        return editable(asker, id, entry -> commands.editHelp(asker, id).opening(new EditForm(asker.language(),
                entry.id(), entry.kind(), entry.title(), entry.body(), entry.tags())));
    }

    Outcome submitted(Asker asker, EditSubmitted edit) {
        if (!asker.role().curates()) {
            return Outcome.refused(asker.say("command.refused", "edit"));
        }
        return editable(asker, String.valueOf(edit.entryId()), entry -> apply(asker, entry, edit));
    }

    private Outcome apply(Asker asker, Entry entry, EditSubmitted edit) {
        boolean faq = entry.kind() == EntryKind.FAQ;
        String title = edit.title().strip();
        String answer = edit.answer() == null ? "" : edit.answer().strip();
        if (title.isEmpty() || faq && answer.isEmpty()) {
            return Outcome.refused(asker.say("editForm.empty"));
        }
        if (edit.tags().stream().anyMatch(tag -> tag.isBlank() || tag.length() > EditForm.MAX_TAG
                || !tag.equals(tag.strip()))) {
            return Outcome.refused(asker.say("form.tagTooLong", EditForm.MAX_TAG));
        }
        String id = String.valueOf(entry.id());
        List<String> changed = new ArrayList<>();
        List<Outcome> steps = new ArrayList<>();
        if (!title.equals(entry.title())) {
            steps.add(commands.edit(asker, new Command.EditEntry(id, Command.EditField.TITLE, title)));
            changed.add(asker.say(faq ? "editForm.question" : "editForm.text"));
        }
        if (faq && !answer.equals(Objects.requireNonNullElse(entry.body(), ""))) {
            steps.add(commands.edit(asker, new Command.EditEntry(id, Command.EditField.ANSWER, answer)));
            changed.add(asker.say("editForm.answer"));
        }
        List<String> added = edit.tags().stream().filter(tag -> !entry.tags().contains(tag)).toList();
        List<String> removed = entry.tags().stream().filter(tag -> !edit.tags().contains(tag)).toList();
        if (!added.isEmpty()) {
            steps.add(commands.tags(asker, new Command.Tags(id, true, added)));
        }
        if (!removed.isEmpty()) {
            steps.add(commands.tags(asker, new Command.Tags(id, false, removed)));
        }
        if (!added.isEmpty() || !removed.isEmpty()) {
            changed.add(asker.say("editForm.tags"));
        }
        return steps.stream().filter(step -> step.error() != null).findFirst()
                .orElseGet(() -> done(asker, entry, changed));
    }

    private Outcome done(Asker asker, Entry entry, List<String> changed) {
        if (changed.isEmpty()) {
            return Outcome.told(asker.say("editForm.unchanged", String.valueOf(entry.id())));
        }
        Entry now = entries.find(entry.id()).orElse(entry);
        return new Outcome(List.of(Reply.ephemeral(asker.say("editForm.done", String.valueOf(entry.id()),
                String.join(", ", changed), Cards.line(asker.language(), now)))), List.of(Capture.captured(now)), null);
    }

    /** The entry, unless there is none the asker can see, it was merged, or it is archived. */
    private Outcome editable(Asker asker, String id, Function<Entry, Outcome> work) {
        Reviewed found = Reviewed.find(asker, id, entries, review);
        if (!found.found()) {
            return found.refusal();
        }
        Entry entry = found.entry();
        return entry.status() == EntryStatus.ARCHIVED
                ? Outcome.refused(asker.say("editForm.archived", String.valueOf(entry.id())))
                : work.apply(entry);
    }
}
