package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.Folding;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of the gaps commands: {@code gaps [team] [page N]}, {@code answer}, {@code link} and {@code route}. */
final class GapWords {

    private static final Pattern PAGE = Pattern.compile("(?:^|\\s)(?:page|p\\.?)\\s*(\\d{1,4})\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** "link 12 to 5", "lier 12 à 5", "link 12 with #5", or just "link 12 5". */
    private static final Pattern LINK = Pattern.compile("^(#?\\d+)\\s+(?:(?:to|with|avec|a|à|au|sur)\\s+)?(#?\\d+)$",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_TEAM_LENGTH = 80;

    private GapWords() {}

    static Command command(String verb, String args) {
        return switch (verb) {
            case "gaps" -> gaps(args);
            case "answer" -> answer(args);
            case "link" -> link(args);
            case "route" -> route(args);
            default -> new Command.Unknown(verb);
        };
    }

    private static Command gaps(String args) {
        int page = 1;
        String team = args.strip();
        Matcher paged = PAGE.matcher(team);
        if (paged.find()) {
            page = Integer.parseInt(paged.group(1));
            team = team.substring(0, paged.start()).strip();
        }
        if (page < 1 || team.length() > MAX_TEAM_LENGTH
                || Folding.caseAndAccents(team).matches("(?:.*\\s)?(?:page|p\\.?)")) {
            return new Command.Invalid("usage.gaps");
        }
        return new Command.Gaps(team.isEmpty() ? null : team, page);
    }

    private static Command answer(String args) {
        String[] parts = args.split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank() || parts[0].isBlank()) {
            return new Command.Invalid("usage.answer");
        }
        return new Command.AnswerGap(parts[0], parts[1].strip());
    }

    private static Command link(String args) {
        Matcher matcher = LINK.matcher(args.strip());
        return matcher.matches() ? new Command.LinkGap(matcher.group(1), matcher.group(2))
                : new Command.Invalid("usage.link");
    }

    private static Command route(String args) {
        String[] parts = args.split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            return new Command.Invalid("usage.route");
        }
        return new Command.RouteGap(parts[0], parts[1].strip());
    }
}
