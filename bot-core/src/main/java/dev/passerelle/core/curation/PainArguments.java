package dev.passerelle.core.curation;

import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.PainStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The words after {@code painpoints} and {@code pain}, English and French: "painpoints Sales resolved page 2",
 * "irritants Finance pris en compte", "pain 12 acknowledge on it", "irritant 12 résolu merci", "pain 12 owner @kim".
 */
final class PainArguments {

    /** Each status word (folded); "pris en compte" is read as one word. */
    private static final Map<String, PainStatus> STATUSES = Map.ofEntries(
            Map.entry("open", PainStatus.OPEN), Map.entry("opened", PainStatus.OPEN),
            Map.entry("reopen", PainStatus.OPEN), Map.entry("reopened", PainStatus.OPEN),
            Map.entry("ouvert", PainStatus.OPEN), Map.entry("ouverts", PainStatus.OPEN),
            Map.entry("ouverte", PainStatus.OPEN), Map.entry("ouvertes", PainStatus.OPEN),
            Map.entry("rouvrir", PainStatus.OPEN), Map.entry("rouvert", PainStatus.OPEN),
            Map.entry("acknowledge", PainStatus.ACKNOWLEDGED), Map.entry("acknowledged", PainStatus.ACKNOWLEDGED),
            Map.entry("ack", PainStatus.ACKNOWLEDGED), Map.entry("pris-en-compte", PainStatus.ACKNOWLEDGED),
            Map.entry("prise-en-compte", PainStatus.ACKNOWLEDGED), Map.entry("prendre-en-compte", PainStatus.ACKNOWLEDGED),
            Map.entry("pris", PainStatus.ACKNOWLEDGED), Map.entry("reconnu", PainStatus.ACKNOWLEDGED),
            Map.entry("reconnus", PainStatus.ACKNOWLEDGED),
            Map.entry("resolve", PainStatus.RESOLVED), Map.entry("resolved", PainStatus.RESOLVED),
            Map.entry("solved", PainStatus.RESOLVED), Map.entry("fixed", PainStatus.RESOLVED),
            Map.entry("resolu", PainStatus.RESOLVED), Map.entry("resolus", PainStatus.RESOLVED),
            Map.entry("resolue", PainStatus.RESOLVED), Map.entry("resolues", PainStatus.RESOLVED),
            Map.entry("resoudre", PainStatus.RESOLVED), Map.entry("regle", PainStatus.RESOLVED),
            Map.entry("regles", PainStatus.RESOLVED));
    private static final List<String> OWNER = List.of("owner", "own", "assign", "responsable", "proprietaire",
            "porteur", "assigner");
    private static final List<String> PAGE = List.of("page", "p");
    private static final int MAX_PAGE = 10_000;

    private PainArguments() {
    }

    static Command painPoints(String args) {
        List<String> words = words(args);
        List<String> team = new ArrayList<>();
        PainStatus status = null;
        int page = 1;
        for (int i = 0; i < words.size(); i++) {
            String folded = Folding.caseAndAccents(words.get(i));
            if (PAGE.contains(folded) && i + 1 < words.size() && words.get(i + 1).matches("\\d{1,5}")) {
                page = Integer.parseInt(words.get(++i));
                if (page < 1 || page > MAX_PAGE) {
                    return new Command.Invalid("usage.painpoints");
                }
            } else if (STATUSES.containsKey(folded)) {
                if (status != null) {
                    return new Command.Invalid("usage.painpoints"); // "open open", "ouverts résolus": no team
                }
                status = STATUSES.get(folded);
            } else if (PAGE.contains(folded)) {
                return new Command.Invalid("usage.painpoints"); // "page" without its number is no team either
            } else {
                team.add(words.get(i));
            }
        }
        return new Command.PainPoints(team.isEmpty() ? null : String.join(" ", team),
                status == null ? PainStatus.OPEN : status, page);
    }

    static Command pain(String args) {
        List<String> words = words(args);
        if (words.size() < 2) {
            return new Command.Invalid("usage.pain");
        }
        String id = words.getFirst();
        String verb = Folding.caseAndAccents(words.get(1));
        String rest = String.join(" ", words.subList(2, words.size())).strip();
        if (OWNER.contains(verb)) {
            return rest.isEmpty() ? new Command.Invalid("usage.pain") : new Command.PainOwner(id, rest);
        }
        return Optional.ofNullable(STATUSES.get(verb))
                .<Command>map(to -> new Command.PainMove(id, to, rest.isEmpty() ? null : rest))
                .orElse(new Command.Invalid("usage.pain"));
    }

    /** The words, with "pris en compte" (and its kin) made one, so that what follows is the note or the team. */
    private static List<String> words(String args) {
        String joined = args.strip().replaceAll("(?iu)\\b(pris|prise|prendre)\\s+en\\s+compte\\b", "$1-en-compte");
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\\s+"));
    }
}
