package dev.passerelle.core.understanding;

import dev.passerelle.core.understanding.Lexicon.Section;

/**
 * Tells a short thank-you or approval ("merci", "c'est exactement ça", "perfect, thanks", 👍) from
 * a message that only contains such a word. A false confirmation would mark an answer as accepted,
 * so this rule errs on the side of saying no: any contrast ("mais", "but", "ne", "still") vetoes it.
 */
final class ConfirmationRule {

    private static final int LONGEST_CONFIRMATION_IN_WORDS = 12;

    private final Lexicon lexicon;

    ConfirmationRule(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    boolean confirms(String message, FoldedText folded) {
        if (message.indexOf('?') >= 0 || message.split("\\s+").length > LONGEST_CONFIRMATION_IN_WORDS) {
            return false;
        }
        if (isOnly(folded, Section.CONFIRMATIONS_ALONE)) {
            return true;
        }
        boolean approves = containsAny(folded, Section.THANKS) || hasApprovalClause(folded);
        return approves && !containsAny(folded, Section.CONTRASTS);
    }

    /** Whether the message is nothing but these phrases, with spaces and '!' or '.' between. */
    private boolean isOnly(FoldedText folded, Section section) {
        String text = folded.text();
        int at = 0;
        while (at < text.length()) {
            if (" !.".indexOf(text.charAt(at)) >= 0) {
                at++;
                continue;
            }
            int from = at;
            at = lexicon.phrases(section).stream().filter(phrase -> folded.matchesAt(phrase, from))
                    .findFirst().map(phrase -> from + phrase.length()).orElse(from);
            if (at == from) {
                return false;
            }
        }
        return !folded.isEmpty();
    }

    /** An approval closes its clause: followed by the end, a punctuation mark or an emoji, not a word. */
    private boolean hasApprovalClause(FoldedText folded) {
        String text = folded.text();
        for (String approval : lexicon.phrases(Section.APPROVALS)) {
            for (int at = folded.find(approval, 0); at >= 0; at = folded.find(approval, at + 1)) {
                String after = text.substring(at + approval.length()).stripLeading();
                if (after.isEmpty() || !Character.isLetterOrDigit(after.codePointAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean containsAny(FoldedText folded, Section section) {
        return lexicon.phrases(section).stream().anyMatch(folded::contains);
    }
}
