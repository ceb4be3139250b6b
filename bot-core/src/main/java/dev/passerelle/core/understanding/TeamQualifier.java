package dev.passerelle.core.understanding;

import dev.passerelle.core.understanding.Lexicon.Section;
import org.jspecify.annotations.Nullable;

/**
 * Reads a team qualifier in a who-knows question ("who in Sales knows…", "who outside Sales
 * knows…", "qui en Finance connaît…", "quelqu'un du Marketing connaît…", "someone from IT who
 * knows…"): the qualifier is cut out, and the question that is left must still be a who-knows
 * question, so "qui en a besoin ?" names no team. The shortest team name that leaves one wins.
 */
final class TeamQualifier {

    private static final int LONGEST_TEAM_IN_WORDS = 4;

    /** The question without its qualifier: its topic and the team filter (null for "who here knows"). */
    record Read(String topic, @Nullable TeamFilter team) {}

    private final Lexicon lexicon;
    private final WhoKnowsFinder whoKnows;

    TeamQualifier(Lexicon lexicon, WhoKnowsFinder whoKnows) {
        this.lexicon = lexicon;
        this.whoKnows = whoKnows;
    }

    @Nullable Read in(FoldedText message) {
        for (String asker : lexicon.phrases(Section.TEAM_ASKERS)) {
            for (int at = message.find(asker, 0); at >= 0; at = message.find(asker, at + 1)) {
                Read read = after(message, at + asker.length());
                if (read != null) {
                    return read;
                }
            }
        }
        return null;
    }

    private @Nullable Read after(FoldedText message, int askerEnd) {
        String text = message.text();
        if (askerEnd >= text.length() || text.charAt(askerEnd) != ' ') {
            return null;
        }
        int prepositionAt = askerEnd + 1;
        for (boolean outside : new boolean[] {true, false}) {
            for (String preposition : lexicon.phrases(outside ? Section.TEAM_OUTSIDE : Section.TEAM_INSIDE)) {
                if (!message.matchesAt(preposition, prepositionAt)) {
                    continue;
                }
                int teamAt = prepositionAt + preposition.length();
                if (!preposition.endsWith("'")) {
                    if (teamAt >= text.length() || text.charAt(teamAt) != ' ') {
                        continue;
                    }
                    teamAt++;
                }
                Read read = team(message, askerEnd, teamAt, outside);
                if (read != null) {
                    return read;
                }
            }
        }
        return null;
    }

    /** Tries team names of one word, then two…, until the question without them asks who knows. */
    private @Nullable Read team(FoldedText message, int askerEnd, int teamAt, boolean outside) {
        String text = message.text();
        int end = teamAt;
        for (int words = 0; words < LONGEST_TEAM_IN_WORDS; words++) {
            end = text.indexOf(' ', end + 1);
            if (end < 0) {
                return null;
            }
            String team = message.original(teamAt, end).strip();
            if (team.isEmpty() || ",;.!?".indexOf(team.charAt(team.length() - 1)) >= 0) {
                return null; // a team name never runs past its clause
            }
            String rest = message.original(0, askerEnd) + message.original(end, text.length());
            String topic = whoKnows.topicIn(FoldedText.of(rest));
            if (topic != null) {
                String name = cleaned(team);
                return new Read(topic, name == null ? null : new TeamFilter(name, outside));
            }
        }
        return null;
    }

    /** "the Sales team" is Sales; "here", "vous" or a bare "team" name no team. */
    private @Nullable String cleaned(String team) {
        FoldedText folded = FoldedText.of(team);
        if (lexicon.phrases(Section.NOT_A_TEAM).contains(folded.text())) {
            return null;
        }
        int from = 0;
        int to = folded.text().length();
        for (String noun : lexicon.phrases(Section.TEAM_NOUNS)) {
            if (folded.matchesAt(noun, 0) && noun.length() + 1 < to) {
                from = noun.length() + 1;
                break;
            }
        }
        for (String noun : lexicon.phrases(Section.TEAM_NOUNS)) {
            int at = to - noun.length();
            if (at > from && folded.matchesAt(noun, at) && folded.text().charAt(at - 1) == ' ') {
                to = at - 1;
                break;
            }
        }
        String name = folded.original(from, to).strip();
        return name.isEmpty() ? null : name;
    }
}
