package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The form a knowledge manager edits an entry in, platform-neutral and prefilled with what the entry says now: a
 * FAQ's question and answer, another entry's text, and its tags. Slack renders it as a modal, Teams as a card, with
 * these {@link #fields() fields}, labels and ids; what comes back is read once, here, by {@link #read}, in the form's
 * language, before it becomes an {@link EditSubmitted}.
 *
 * @param answer a FAQ's answer; null for every other kind, which has none
 */
public record EditForm(Language language, long entryId, EntryKind kind, String title, @Nullable String answer,
        List<String> tags) {

    public static final String QUESTION = "question";
    public static final String ANSWER = "answer";
    public static final String TITLE = "title";
    public static final String TAGS = "tags";
    /** The longest tag, as {@code tag} takes it. */
    public static final int MAX_TAG = 40;
    /** The longest text a field takes: Slack's limit on an input's value. */
    public static final int MAX_TEXT = 3_000;
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s,;]+");

    public EditForm {
        if (language == null || kind == null) {
            throw new IllegalArgumentException("an edit form needs its language and the entry's kind");
        }
        title = title == null ? "" : title;
        answer = kind == EntryKind.FAQ ? (answer == null ? "" : answer) : null;
        tags = List.copyOf(tags);
    }

    /** One input of the form: its id (what the platform sends back), label, current value, and whether it may be empty. */
    public record Field(String id, String label, String value, boolean required, boolean multiline) {}

    /** The inputs, in the order they are shown. */
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>();
        if (kind == EntryKind.FAQ) {
            fields.add(new Field(QUESTION, label("question"), title, true, true));
            fields.add(new Field(ANSWER, label("answer"), answer, true, true));
        } else {
            fields.add(new Field(TITLE, label("text"), title, true, true));
        }
        fields.add(new Field(TAGS, label("tags"), String.join(", ", tags), false, false));
        return fields;
    }

    /** A label of the form ({@code heading}, {@code submit}, {@code cancel}, {@code tagsPlaceholder}…). */
    public String label(String key) {
        return Messages.get(language, "editForm." + key);
    }

    /** "Edit #12", what the form is titled. */
    public String heading() {
        return Messages.get(language, "editForm.heading", entryId);
    }

    /** What a submitted form says: the entry's new text and tags, or the field to fix and why. */
    public sealed interface Submission {
        /** @param answer null for every kind but a FAQ */
        record Filled(String title, @Nullable String answer, List<String> tags) implements Submission {
            public Filled {
                tags = List.copyOf(tags);
            }
        }

        record Invalid(String field, String message) implements Submission {}
    }

    /**
     * Reads a submission of the form for an entry of this kind: {@code values} gives what the platform sent for each
     * field id, null when it sent nothing. A required field left empty, or a tag {@code tag} would refuse, is Invalid.
     */
    public static Submission read(EntryKind kind, Function<String, @Nullable String> values, Language language) {
        String titleField = kind == EntryKind.FAQ ? QUESTION : TITLE;
        String title = values.apply(titleField);
        if (title == null || title.isBlank()) {
            return new Submission.Invalid(titleField, Messages.get(language, "editForm.empty"));
        }
        String answer = null;
        if (kind == EntryKind.FAQ) {
            answer = values.apply(ANSWER);
            if (answer == null || answer.isBlank()) {
                return new Submission.Invalid(ANSWER, Messages.get(language, "editForm.empty"));
            }
            answer = answer.strip();
        }
        String written = values.apply(TAGS);
        List<String> tags = tags(written);
        if (tags.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            return new Submission.Invalid(TAGS, Messages.get(language, "form.tagTooLong", MAX_TAG));
        }
        return new Submission.Filled(title.strip(), answer, tags);
    }

    /** "#Pricing, crm; Q3" is {@code pricing}, {@code crm}, {@code q3}, as {@code tag} reads them. */
    static List<String> tags(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return Arrays.stream(TAG_SEPARATORS.split(written.strip())).map(tag -> tag.replaceFirst("^#+", ""))
                .map(tag -> tag.toLowerCase(Locale.ROOT)).filter(tag -> !tag.isBlank()).distinct().toList();
    }
}
