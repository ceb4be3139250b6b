package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Role;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the arguments of the desk's commands: stats, endorse, unendorse, capture, audit, role, forget. */
final class DeskParser {

    static final int DEFAULT_DAYS = 30;
    static final int AUDIT_DEFAULT = 10;
    static final int AUDIT_MAX = 50;
    private static final int MAX_TOPIC_LENGTH = 80;
    private static final int MAX_DAYS = 366;
    private static final Pattern PERIOD = Pattern.compile("(\\d{1,3})\\s*([a-z]*)");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}");

    private DeskParser() {}

    static Command command(String verb, String args) {
        return switch (verb) {
            case "stats" -> stats(args);
            case "endorse" -> endorse(args, false);
            case "unendorse" -> endorse(args, true);
            case "capture" -> capture(args);
            case "audit" -> audit(args);
            case "role" -> role(args);
            case "forget" -> args.isBlank() || args.strip().contains(" ") && !args.strip().startsWith("<")
                    ? new Command.Invalid("usage.forget") : new Command.Forget(args.strip());
            default -> new Command.Unknown(verb);
        };
    }

    /** "7d", "30 jours", "2w", "semaine", "month", "mois"; a month when nothing is said. */
    private static Command stats(String args) {
        String period = fold(args);
        if (period.isEmpty()) {
            return new Command.Stats(DEFAULT_DAYS, DEFAULT_DAYS + "d");
        }
        Optional<Integer> days = switch (period) {
            case "day", "today", "jour", "aujourd'hui" -> Optional.of(1);
            case "week", "semaine" -> Optional.of(7);
            case "month", "mois" -> Optional.of(30);
            case "quarter", "trimestre" -> Optional.of(91);
            case "year", "an", "annee" -> Optional.of(365);
            default -> counted(period);
        };
        return days.filter(d -> d >= 1 && d <= MAX_DAYS).<Command>map(d -> new Command.Stats(d, args.strip()))
                .orElse(new Command.Invalid("usage.stats"));
    }

    private static Optional<Integer> counted(String period) {
        Matcher m = PERIOD.matcher(period);
        if (!m.matches()) {
            return Optional.empty();
        }
        int n = Integer.parseInt(m.group(1));
        return switch (m.group(2)) {
            case "", "d", "j", "day", "days", "jour", "jours" -> Optional.of(n);
            case "w", "s", "sem", "week", "weeks", "semaine", "semaines" -> Optional.of(n * 7);
            case "m", "month", "months", "mois" -> Optional.of(n * 30);
            default -> Optional.empty();
        };
    }

    /** "@bob CRM migration"; "remove @bob CRM" (or "retire") takes it back, as "unendorse" does. */
    private static Command endorse(String args, boolean undo) {
        String[] parts = args.strip().split("\\s+", 2);
        if (!undo && parts.length == 2 && isRemove(parts[0])) {
            return endorse(parts[1], true);
        }
        String usage = undo ? "usage.unendorse" : "usage.endorse";
        if (parts.length < 2 || parts[0].isEmpty()) {
            return new Command.Invalid(usage);
        }
        String topic = parts[1].strip().replaceAll("^[«“\"']+|[»”\"'?？!.\\s]+$", "").strip();
        if (topic.isEmpty() || topic.length() > MAX_TOPIC_LENGTH) {
            return new Command.Invalid(usage);
        }
        return undo ? new Command.Unendorse(parts[0], topic) : new Command.Endorse(parts[0], topic);
    }

    private static Command capture(String args) {
        return switch (fold(args)) {
            case "on", "yes", "oui", "active", "activer", "marche" -> new Command.CaptureSwitch(true);
            case "off", "no", "non", "desactive", "desactiver", "arret", "stop" -> new Command.CaptureSwitch(false);
            default -> new Command.Invalid("usage.capture");
        };
    }

    /** "[n] [page N] [@person|#id]", in any order after n. */
    private static Command audit(String args) {
        int count = AUDIT_DEFAULT;
        int page = 1;
        String actor = null;
        Long entry = null;
        String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            String folded = fold(word);
            if (NUMBER.matcher(word).matches() && i == 0) {
                count = Integer.parseInt(word);
            } else if (folded.equals("page") && i + 1 < words.length && NUMBER.matcher(words[i + 1]).matches()) {
                page = Integer.parseInt(words[++i]);
            } else if (word.startsWith("#") && entry == null) {
                Optional<Long> id = EntryCard.idOf(word);
                if (id.isEmpty()) {
                    return new Command.Invalid("usage.audit");
                }
                entry = id.get();
            } else if (actor == null && entry == null && (word.startsWith("@") || word.startsWith("<"))) {
                actor = word;
            } else {
                return new Command.Invalid("usage.audit");
            }
        }
        if (count < 1 || count > AUDIT_MAX || page < 1) {
            return new Command.Invalid("usage.audit");
        }
        return new Command.Audit(count, page, actor, entry);
    }

    private static Command role(String args) {
        String[] words = args.isBlank() ? new String[0] : args.strip().split("\\s+");
        if (words.length != 3) {
            return new Command.Invalid("usage.role");
        }
        Boolean grant = switch (fold(words[0])) {
            case "grant", "give", "add", "accorde", "accorder", "donne", "donner", "ajoute", "ajouter" -> true;
            case "revoke", "remove", "retire", "retirer", "revoque", "revoquer", "enleve", "enlever" -> false;
            default -> null;
        };
        Role role = switch (fold(words[2])) {
            case "km", "manager", "curator", "gestionnaire", "gc" -> Role.KNOWLEDGE_MANAGER;
            case "admin", "administrator", "administrateur" -> Role.ADMIN;
            default -> null;
        };
        if (grant == null || role == null) {
            return new Command.Invalid("usage.role");
        }
        return new Command.RoleChange(grant, words[1], role);
    }

    private static boolean isRemove(String word) {
        return switch (fold(word)) {
            case "remove", "retire", "retirer", "supprime", "supprimer" -> true;
            default -> false;
        };
    }

    private static String fold(String text) {
        return Folding.caseAndAccents(text.strip()).replaceAll("\\s+", " ");
    }
}
