package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Folding;
import java.util.Optional;

/** The words of {@code export <format> [kind]}, English and French. */
final class ExportWords {

    private ExportWords() {}

    static Command export(String args) {
        String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (words.length < 1 || words.length > 2) {
            return new Command.Invalid("usage.export");
        }
        Optional<ExportFormat> format = ExportFormat.of(Folding.caseAndAccents(words[0]));
        if (format.isEmpty()) {
            return new Command.Invalid("usage.export");
        }
        if (words.length == 1) {
            return new Command.Export(format.get(), null);
        }
        return kind(words[1]).<Command>map(kind -> new Command.Export(format.get(), kind))
                .orElse(new Command.Invalid("usage.export"));
    }

    private static Optional<EntryKind> kind(String word) {
        return switch (Folding.caseAndAccents(word)) {
            case "faq", "faqs" -> Optional.of(EntryKind.FAQ);
            case "insight", "insights", "tip", "tips", "astuce", "astuces" -> Optional.of(EntryKind.INSIGHT);
            case "pain", "pains", "painpoint", "painpoints", "irritant", "irritants" -> Optional.of(EntryKind.PAIN_POINT);
            case "question", "questions", "gap", "gaps", "lacune", "lacunes" -> Optional.of(EntryKind.QUESTION);
            default -> Optional.empty();
        };
    }
}
