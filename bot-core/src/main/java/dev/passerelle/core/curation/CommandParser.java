package dev.passerelle.core.curation;

import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.curation.Command.SkillAction;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.Folding;
import dev.passerelle.core.vocabulary.Language;
import java.util.Arrays;
import java.util.HashMap;
import org.jspecify.annotations.Nullable;
import org.apache.commons.text.similarity.LevenshteinDistance;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the {@code /kb} command language, English words and their French aliases. After
 * {@code /kb} everything is a command (unknown words are reported); a message merely addressed to
 * the bot is a command only when it is one exactly, so "aide-moi avec le VPN" stays a question.
 */
public final class CommandParser {

    private static final int MAX_TOPIC_LENGTH = 80;
    private static final LevenshteinDistance LEVENSHTEIN = new LevenshteinDistance(3);
    private static final Pattern PREFIX = Pattern.compile("^\\s*/kb\\b\\s*", Pattern.CASE_INSENSITIVE);
    /** Each word people may type for a command, and the command it means. */
    private static final Map<String, String> VERBS = new HashMap<>();
    /** The language a command word gives away ("aide" is French; "?" says nothing). */
    private static final Map<String, Language> LANGUAGES = new HashMap<>();

    // One line per command and language, so that a new command is a new line.
    static {
        alias("help", Language.EN, "help");
        alias("help", Language.FR, "aide");
        alias("help", null, "?");
        alias("ask", Language.EN, "ask");
        alias("ask", Language.FR, "demande");
        alias("who", Language.EN, "who");
        alias("who", Language.FR, "qui");
        alias("add", Language.EN, "add");
        alias("add", Language.FR, "ajoute", "ajouter");
        alias("skills", Language.EN, "skills");
        alias("skills", Language.FR, "competences");
        alias("team", Language.EN, "team");
        alias("team", Language.FR, "equipe");
        alias("me", Language.EN, "me");
        alias("me", Language.FR, "moi");
        alias("show", Language.EN, "show");
        alias("show", Language.FR, "montre", "voir");
        alias("painpoints", Language.EN, "painpoints");
        alias("painpoints", Language.FR, "irritants");
        alias("pending", Language.EN, "pending");
        alias("pending", Language.FR, "attente");
        alias("verify", Language.EN, "verify");
        alias("verify", Language.FR, "valide", "valider");
        alias("archive", null, "archive");
        alias("archive", Language.FR, "archiver");
        alias("unvote", Language.EN, "unvote");
        alias("unvote", Language.FR, "retire", "retirer");
        alias("pain", Language.EN, "pain", "painpoint");
        alias("pain", Language.FR, "irritant");
        alias("unverify", Language.EN, "unverify");
        alias("unverify", Language.FR, "devalide", "devalider", "invalider");
        alias("unarchive", Language.EN, "unarchive");
        alias("unarchive", Language.FR, "desarchive", "desarchiver");
        alias("reject", Language.EN, "reject");
        alias("reject", Language.FR, "rejette", "rejeter");
        alias("edit", Language.EN, "edit");
        alias("edit", Language.FR, "modifie", "modifier", "corrige", "corriger");
        alias("tag", Language.EN, "tag");
        alias("tag", Language.FR, "etiquette", "etiqueter");
        alias("untag", Language.EN, "untag");
        alias("untag", Language.FR, "desetiquette", "desetiqueter");
        alias("merge", Language.EN, "merge");
        alias("merge", Language.FR, "fusionne", "fusionner");
        alias("gaps", Language.EN, "gaps");
        alias("gaps", Language.FR, "lacunes");
        alias("answer", Language.EN, "answer");
        alias("answer", Language.FR, "repondre", "reponds");
        alias("link", Language.EN, "link");
        alias("link", Language.FR, "lier", "relier");
        alias("route", null, "route");
        alias("route", Language.FR, "router", "transmettre");
        alias("stats", null, "stats");
        alias("stats", Language.EN, "statistics");
        alias("stats", Language.FR, "statistiques");
        alias("endorse", Language.EN, "endorse");
        alias("endorse", Language.FR, "recommande", "recommander");
        alias("unendorse", Language.EN, "unendorse");
        alias("unendorse", Language.FR, "derecommande", "derecommander");
        alias("capture", null, "capture");
        alias("capture", Language.FR, "collecte");
        alias("audit", null, "audit");
        alias("audit", Language.FR, "journal");
        alias("role", null, "role");
        alias("role", Language.EN, "roles");
        alias("role", Language.FR, "droits");
        alias("forget", Language.EN, "forget");
        alias("forget", Language.FR, "oublie", "oublier");
        alias("stale", Language.EN, "stale");
        alias("stale", Language.FR, "perimes", "perimees", "perime", "perimee");
        alias("digest", null, "digest");
        alias("digest", Language.FR, "resume");
        alias("export", Language.EN, "export");
        alias("export", Language.FR, "exporte", "exporter");
        alias("desk", Language.EN, "desk", "home");
        alias("desk", Language.FR, "bureau", "accueil");
    }

    private static void alias(String verb, @Nullable Language language, String... words) {
        for (String word : words) {
            if (VERBS.putIfAbsent(word, verb) != null) {
                throw new IllegalStateException("the command word " + word + " is taken");
            }
            if (language != null) {
                LANGUAGES.put(word, language);
            }
        }
    }

    /** A parsed command and the language its words reveal, if they do. */
    public record Parsed(Command command, Optional<Language> language) {}

    private static final Pattern SLASHED = Pattern.compile("/\\p{L}+");
    private static final Pattern PAGE = Pattern.compile("(?:(?:page|p)\\s*)?(\\d{1,6})");

    public Optional<Parsed> parse(String text, boolean addressed) {
        var prefix = PREFIX.matcher(text);
        boolean explicit = prefix.find();
        if (!explicit && !addressed) {
            return Optional.empty();
        }
        String rest = explicit ? text.substring(prefix.end()).strip() : text.strip();
        if (rest.isEmpty()) {
            return explicit ? Optional.of(new Parsed(new Command.Help(), Optional.empty())) : Optional.empty();
        }
        String[] words = rest.split("\\s+", 2);
        // "/help" or "/quit" typed to the bot: a slash command, though not /kb's. Paths ("/usr/share") are not.
        boolean slashed = !explicit && SLASHED.matcher(words[0]).matches();
        explicit = explicit || slashed;
        String verbWord = fold(slashed ? words[0].substring(1) : words[0]);
        String args = words.length > 1 ? words[1].strip() : "";
        String verb = VERBS.get(verbWord);
        if (verb == null) {
            if (!explicit) {
                return Optional.empty();
            }
            Optional<String> nearest = nearestVerb(verbWord);
            return Optional.of(new Parsed(new Command.Unknown(words[0], nearest.orElse(null)),
                    nearest.flatMap(CommandParser::languageOf)));
        }
        Command command = command(verb, args);
        if (!explicit && !unambiguous(verb, command, args)) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(command, languageOf(verbWord).or(() -> languageOfArgs(command, args))));
    }

    /** "digest apercu": a word shared by both languages, then a French one. */
    private static Optional<Language> languageOfArgs(Command command, String args) {
        return command instanceof Command.DigestPreview && "apercu".equals(fold(args)) ? Optional.of(Language.FR)
                : Optional.empty();
    }

    private static Optional<Language> languageOf(String verbWord) {
        return Optional.ofNullable(LANGUAGES.get(verbWord));
    }

    /**
     * The command a misspelt word most likely means ("valdier" is "valider"): one or two letters off, for
     * words long enough that this is not a guess.
     */
    private static Optional<String> nearestVerb(String word) {
        if (word.length() < 4) {
            return Optional.empty();
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : VERBS.keySet()) {
            int distance = LEVENSHTEIN.apply(word, candidate);
            if (distance >= 0 && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best != null && bestDistance <= (word.length() < 6 ? 1 : 2) ? Optional.of(best) : Optional.empty();
    }

    private static Command command(String verb, String args) {
        return switch (verb) {
            case "help" -> new Command.Help();
            case "ask" -> args.isEmpty() ? new Command.Invalid("usage.ask") : new Command.Ask(args);
            case "who" -> args.isEmpty() ? new Command.Invalid("usage.who") : new Command.Who(args);
            case "add" -> add(args);
            case "skills" -> skills(args);
            case "team" -> new Command.Team(args.isEmpty() ? null : args);
            case "me" -> me(args);
            case "show" -> args.isEmpty() ? new Command.Invalid("usage.show") : new Command.Show(args);
            case "painpoints" -> PainArguments.painPoints(args);
            case "pending" -> ReviewSyntax.pending(args);
            case "verify" -> args.isEmpty() ? new Command.Invalid("usage.verify") : new Command.Verify(args);
            case "archive" -> args.isEmpty() ? new Command.Invalid("usage.archive") : new Command.Archive(args);
            case "unvote" -> args.isEmpty() ? new Command.Invalid("usage.unvote") : new Command.Unvote(args);
            case "pain" -> PainArguments.pain(args);
            case "unverify", "unarchive", "reject", "edit", "tag", "untag", "merge" -> ReviewSyntax.command(verb, args);
            case "gaps", "answer", "link", "route" -> GapWords.command(verb, args);
            case "stats", "endorse", "unendorse", "capture", "audit", "role", "forget" -> DeskParser.command(verb, args);
            case "stale" -> stale(args);
            case "digest" -> Set.of("preview", "apercu").contains(fold(args)) ? new Command.DigestPreview()
                    : new Command.Invalid("usage.digest");
            case "export" -> ExportWords.export(args);
            case "desk" -> args.isEmpty() ? new Command.ShowDesk() : new Command.Invalid("usage.desk");
            default -> new Command.Unknown(verb);
        };
    }

    private static Command add(String args) {
        String[] parts = args.split("\\s+", 2);
        if (parts.length < 2 || parts[1].isBlank()) {
            return new Command.Invalid("usage.add");
        }
        Optional<EntryKind> kind = switch (fold(parts[0])) {
            case "faq" -> Optional.of(EntryKind.FAQ);
            case "insight", "astuce", "tip" -> Optional.of(EntryKind.INSIGHT);
            case "pain", "painpoint", "irritant" -> Optional.of(EntryKind.PAIN_POINT);
            default -> Optional.empty();
        };
        return kind.<Command>map(k -> new Command.Add(k, parts[1].strip())).orElse(new Command.Invalid("usage.add"));
    }

    /** "stale", "stale 2", "stale page 2", "perimes page 2". */
    private static Command stale(String args) {
        var page = PAGE.matcher(fold(args));
        if (args.isEmpty()) {
            return new Command.Stale(1);
        }
        return page.matches() && Integer.parseInt(page.group(1)) > 0 ? new Command.Stale(Integer.parseInt(page.group(1)))
                : new Command.Invalid("usage.stale");
    }

    /** "me", or what to hide from or show again on one's profile: "me hide CRM", "moi masquer tout", "me show". */
    private static Command me(String args) {
        if (args.isEmpty()) {
            return new Command.Me();
        }
        String[] parts = args.split("\\s+", 2);
        Command.ProfileAction action = switch (fold(parts[0])) {
            case "hide", "masquer", "masque", "cacher", "cache" -> Command.ProfileAction.HIDE;
            case "show", "unhide", "afficher", "affiche", "montrer", "montre", "demasquer" -> Command.ProfileAction.SHOW;
            default -> null;
        };
        if (action == null) {
            return new Command.Invalid("usage.me");
        }
        String topic = parts.length < 2 ? "" : parts[1].strip().replaceAll("^[«“\"']+|[»”\"'?？!.\\s]+$", "").strip();
        if (topic.isEmpty()) {
            return action == Command.ProfileAction.SHOW ? new Command.Profile(action, null, false)
                    : new Command.Invalid("usage.me");
        }
        if (topic.length() > MAX_TOPIC_LENGTH) {
            return new Command.Invalid("usage.me");
        }
        return switch (fold(topic)) {
            case "all", "everything", "tout", "tous", "toutes" -> new Command.Profile(action, null, true);
            default -> new Command.Profile(action, topic, false);
        };
    }

    private static Command skills(String args) {
        if (args.isEmpty()) {
            return new Command.Skills(SkillAction.LIST, List.of());
        }
        String[] parts = args.split("\\s+", 2);
        SkillAction action = switch (fold(parts[0])) {
            case "add", "ajoute", "ajouter" -> SkillAction.ADD;
            case "remove", "retire", "retirer", "supprime", "supprimer" -> SkillAction.REMOVE;
            default -> null;
        };
        List<String> topics = parts.length < 2 ? List.of()
                : Arrays.stream(parts[1].split("[,;]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (action == null || topics.isEmpty()) {
            return new Command.Invalid("usage.skills");
        }
        return new Command.Skills(action, topics);
    }

    /** Without {@code /kb}, only exact command forms count: "team meeting at 3?" is not a command. */
    private static boolean unambiguous(String verb, Command command, String args) {
        return switch (command) {
            case Command.Invalid invalid -> false;
            case Command.Show show -> EntryCard.idOf(args).isPresent();
            case Command.Verify verify -> EntryCard.idOf(args).isPresent();
            case Command.Archive archive -> EntryCard.idOf(args).isPresent();
            case Command.Unvote unvote -> EntryCard.idOf(args).isPresent();
            case Command.Team team -> args.isEmpty();
            case Command.Profile profile -> true;
            case Command.Pending pending -> true;
            case Command.Unverify unverify -> EntryCard.idOf(args).isPresent();
            case Command.Unarchive unarchive -> EntryCard.idOf(args).isPresent();
            case Command.AnswerGap answer -> EntryCard.idOf(answer.gap()).isPresent();
            case Command.LinkGap link -> EntryCard.idOf(link.gap()).isPresent() && EntryCard.idOf(link.entry()).isPresent();
            case Command.RouteGap route -> EntryCard.idOf(route.gap()).isPresent() && route.person().startsWith("@");
            case Command.Gaps gaps -> gaps.team() == null;
            case Command.Forget forget -> args.startsWith("@") || args.startsWith("<");
            case Command.Endorse endorse -> args.startsWith("@") || args.startsWith("<");
            case Command.Unendorse unendorse -> args.startsWith("@") || args.startsWith("<");
            case Command.Export export -> true;
            case Command.PainPoints painPoints -> painPoints.team() == null;
            default -> !List.of("help", "me", "painpoints", "pending").contains(verb) || args.isEmpty();
        };
    }

    private static String fold(String word) {
        return Folding.caseAndAccents(word);
    }
}
