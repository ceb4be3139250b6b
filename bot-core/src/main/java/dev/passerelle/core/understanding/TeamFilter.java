package dev.passerelle.core.understanding;

import dev.passerelle.core.vocabulary.Folding;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team a who-knows question keeps ("who in Sales knows…") or leaves out ("who outside Sales
 * knows…"), as the asker wrote it. Teams compare without case or accents, and a team name matches
 * a longer one that contains it as whole words ("Sales" keeps "Sales EMEA").
 */
public record TeamFilter(String team, boolean outside) {

    public TeamFilter {
        if (team.isBlank()) {
            throw new IllegalArgumentException("A team filter needs a team name");
        }
        team = team.strip();
    }

    /** Whether someone of this team (null: no team recorded) passes the filter. */
    public boolean keeps(@Nullable String personTeam) {
        boolean member = personTeam != null && contains(words(personTeam), words(team));
        return outside != member;
    }

    private static List<String> words(String text) {
        return Arrays.stream(Folding.caseAndAccents(text).split("[^\\p{L}\\p{N}&]+")).filter(w -> !w.isEmpty())
                .toList();
    }

    private static boolean contains(List<String> haystack, List<String> needle) {
        return !needle.isEmpty() && Collections.indexOfSubList(haystack, needle) >= 0;
    }
}
