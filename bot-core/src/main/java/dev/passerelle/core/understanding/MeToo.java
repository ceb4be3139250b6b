package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Folding;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "+1", "moi aussi", "same here": a reply that only says the problem above is the replier's too. Read whole,
 * so that "+1 but the printer also jams" says more than a +1 and stays a message of its own.
 */
public final class MeToo {

    private static final Set<String> PHRASES = Set.of(
            "+1", "+ 1", ":+1:", ":thumbsup:", "👍", "plus one", "plus un",
            "me too", "same", "same here", "same for me", "same problem", "same issue", "same here too", "ditto",
            "me as well", "here too", "i have it too", "i have the same", "i have the same problem",
            "moi aussi", "moi de meme", "pareil", "pareil pour moi", "pareil ici", "moi pareil", "idem", "pour moi aussi",
            "meme probleme", "meme chose", "chez moi aussi", "ici aussi", "j'ai pareil", "j'ai le meme probleme");
    /** The parts of "+1, same here!" and the marks around them. */
    private static final Pattern PARTS = Pattern.compile("[,;.!?…\\n]+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`]");

    /** True when every part of the text is a "me too". */
    public boolean says(String text) {
        String folded = APOSTROPHES.matcher(Folding.caseAndAccents(text)).replaceAll("'").strip();
        if (folded.isEmpty() || folded.length() > 60) {
            return false;
        }
        String[] parts = Arrays.stream(PARTS.split(folded)).map(part -> part.strip().replaceAll("\\s+", " "))
                .filter(part -> !part.isEmpty()).toArray(String[]::new);
        return parts.length > 0 && Arrays.stream(parts).allMatch(PHRASES::contains);
    }
}
