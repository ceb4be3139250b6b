package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The "Save to Passerelle" form, platform-neutral: Slack renders it as a modal, Teams as a card, with these
 * labels and these field ids; what comes back is read once, here, by {@link #read}, in the form's language.
 *
 * @param text the message's text, offered for editing
 */
public record SaveForm(Language language, String text, List<Choice> kinds, EntryKind initialKind) {

    public static final String KIND = "kind";
    public static final String TEXT = "text";
    public static final String TAGS = "tags";
    static final int MAX_TAG = 50;
    private static final List<EntryKind> KINDS = List.of(EntryKind.FAQ, EntryKind.INSIGHT, EntryKind.PAIN_POINT);

    public SaveForm {
        text = text == null ? "" : text;
        kinds = List.copyOf(kinds);
    }

    /** The form for a message, in the saver's language. */
    public static SaveForm of(@Nullable String messageText, Language language) {
        return new SaveForm(language, messageText, KINDS.stream()
                .map(kind -> new Choice(kind, Messages.get(language, "kind." + kind.code()))).toList(), EntryKind.INSIGHT);
    }

    /** One of the kinds to pick from: its code is the value the platform sends back. */
    public record Choice(EntryKind kind, String label) {
        public String value() {
            return kind.code();
        }
    }

    /** A label of the form ({@code title}, {@code kind}, {@code text}, {@code hint}, {@code submit}…). */
    public String label(String key) {
        return Messages.get(language, "form." + key);
    }

    /** What a submitted form says: either what to save, or the field to fix and why. */
    public sealed interface Submission {
        record Filled(EntryKind kind, String text, List<String> tags) implements Submission {}

        record Invalid(String field, String message) implements Submission {}
    }

    /** Reads a submission: the three values as the platform sent them, any of which may be missing. */
    public static Submission read(@Nullable String kindCode, @Nullable String text, @Nullable String tags,
            Language language) {
        if (text == null || text.isBlank()) {
            return new Submission.Invalid(TEXT, Messages.get(language, "form.empty"));
        }
        Optional<EntryKind> kind = kind(kindCode);
        if (kind.isEmpty()) {
            return new Submission.Invalid(KIND, Messages.get(language, "form.badKind"));
        }
        if (kind.get() == EntryKind.FAQ && (!text.contains("|") || text.substring(text.indexOf('|') + 1).isBlank())) {
            return new Submission.Invalid(TEXT, Messages.get(language, "form.faqNoAnswer"));
        }
        List<String> read = tags(tags);
        if (read.stream().anyMatch(tag -> tag.length() > MAX_TAG)) {
            return new Submission.Invalid(TAGS, Messages.get(language, "form.tagTooLong", MAX_TAG));
        }
        return new Submission.Filled(kind.get(), text.strip(), read);
    }

    /** No choice means the form's initial one; a value that is no kind of the form is refused. */
    private static Optional<EntryKind> kind(@Nullable String code) {
        if (code == null || code.isBlank()) {
            return Optional.of(EntryKind.INSIGHT);
        }
        String folded = code.strip().toLowerCase(Locale.ROOT);
        return KINDS.stream().filter(kind -> kind.code().equals(folded)).findFirst();
    }

    /** "#Pricing, crm; Q3" is {@code pricing}, {@code crm}, {@code q3}. */
    static List<String> tags(@Nullable String written) {
        if (written == null || written.isBlank()) {
            return List.of();
        }
        return Arrays.stream(written.split("[,;\\s]+")).map(tag -> tag.replaceFirst("^#", "").strip())
                .filter(tag -> !tag.isEmpty()).map(tag -> tag.toLowerCase(Locale.ROOT)).distinct().toList();
    }
}
