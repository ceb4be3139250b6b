package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.curation.Command.EditField;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Folding;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The words of the review commands after their verb, English and French: {@code pending faq page 2},
 * {@code modifie 12 reponse …}, {@code fusionne 12 dans 7}. A malformed one is {@link Command.Invalid} with its usage.
 */
final class ReviewSyntax {

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[\\s,;]+");
    private static final int MAX_TAG_LENGTH = 40;

    private ReviewSyntax() {
    }

    /** {@code [faq|insight|pain] [page N]}, in either order; a bare number is the page. */
    static Command pending(String args) {
        EntryKind kind = null;
        int page = 1;
        List<String> words = args.isEmpty() ? List.of() : Arrays.asList(SPACES.split(args));
        for (int i = 0; i < words.size(); i++) {
            String word = fold(words.get(i));
            EntryKind named = kind(word);
            if (named != null && kind == null) {
                kind = named;
            } else if ((word.equals("page") || word.equals("p")) && i + 1 < words.size() && number(words.get(i + 1)) > 0) {
                page = number(words.get(++i));
            } else if (number(word) > 0) {
                page = number(word);
            } else {
                return new Command.Invalid("usage.pending");
            }
        }
        return new Command.Pending(kind, page);
    }

    static Command command(String verb, String args) {
        String[] parts = args.isEmpty() ? new String[0] : SPACES.split(args, 2);
        String usage = "usage." + verb;
        if (parts.length == 0 || EntryCard.idOf(parts[0]).isEmpty()) {
            return new Command.Invalid(usage);
        }
        String id = parts[0];
        String rest = parts.length > 1 ? parts[1].strip() : "";
        Command command = switch (verb) {
            case "unverify" -> rest.isEmpty() ? new Command.Unverify(id) : null;
            case "unarchive" -> rest.isEmpty() ? new Command.Unarchive(id) : null;
            case "reject" -> new Command.Reject(id, rest.isEmpty() ? null : rest);
            case "edit" -> edit(id, rest);
            case "tag", "untag" -> tags(id, verb.equals("tag"), rest);
            case "merge" -> merge(id, rest);
            default -> null;
        };
        return command == null ? new Command.Invalid(usage) : command;
    }

    private static @Nullable Command edit(String id, String rest) {
        String[] parts = SPACES.split(rest, 2);
        EditField field = switch (fold(parts[0])) {
            case "question", "title", "titre", "texte", "text" -> EditField.TITLE;
            case "answer", "reponse" -> EditField.ANSWER;
            default -> null;
        };
        if (field == null || parts.length < 2 || parts[1].isBlank()) {
            return null;
        }
        return new Command.EditEntry(id, field, parts[1].strip());
    }

    private static @Nullable Command tags(String id, boolean add, String rest) {
        List<String> tags = Arrays.stream(TAG_SEPARATORS.split(rest)).map(tag -> tag.replaceFirst("^#+", ""))
                .map(tag -> tag.toLowerCase(Locale.ROOT)).filter(tag -> !tag.isBlank()).distinct().toList();
        if (tags.isEmpty() || tags.stream().anyMatch(tag -> tag.length() > MAX_TAG_LENGTH)) {
            return null;
        }
        return new Command.Tags(id, add, tags);
    }

    /** {@code merge 12 into 7}, {@code fusionne 12 dans 7}; the joining word may be left out. */
    private static @Nullable Command merge(String from, String rest) {
        List<String> words = rest.isEmpty() ? List.of() : Arrays.asList(SPACES.split(rest));
        if (!words.isEmpty() && List.of("into", "in", "to", "dans", "avec", "vers", "en").contains(fold(words.getFirst()))) {
            words = words.subList(1, words.size());
        }
        if (words.size() != 1 || EntryCard.idOf(words.getFirst()).isEmpty()) {
            return null;
        }
        return new Command.Merge(from, words.getFirst());
    }

    private static @Nullable EntryKind kind(String word) {
        return switch (word) {
            case "faq", "faqs" -> EntryKind.FAQ;
            case "insight", "insights", "astuce", "astuces", "tip", "tips" -> EntryKind.INSIGHT;
            case "pain", "pains", "painpoint", "painpoints", "irritant", "irritants" -> EntryKind.PAIN_POINT;
            default -> null;
        };
    }

    private static int number(String word) {
        return word.matches("\\d{1,6}") ? Integer.parseInt(word) : 0;
    }

    private static String fold(String word) {
        return Folding.caseAndAccents(word);
    }
}
