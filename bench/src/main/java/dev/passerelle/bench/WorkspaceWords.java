package dev.passerelle.bench;

import dev.passerelle.core.vocabulary.Language;
import java.util.List;
import java.util.Random;

/**
 * The words of the synthetic workspace: teams, the nouns and verbs of office work in French and English, and a long
 * tail of tool and project names, each drawn by a Zipf law (rank {@code r} weighs {@code 1 / r^s}), so that a few
 * topics come up all the time and most rarely, as in real chat. The sentences follow how people write there.
 */
final class WorkspaceWords {

    record Team(String code, String fr, String en, List<Integer> nouns) {
        String name(Language language) {
            return language == Language.FR ? fr : en;
        }
    }

    private record Pair(String fr, String en) {
        String in(Language language) {
            return language == Language.FR ? fr : en;
        }
    }

    private static final List<Pair> NOUNS = List.of(
            new Pair("la facture", "invoice"), new Pair("le contrat", "contract"), new Pair("la grille tarifaire",
                    "price list"), new Pair("le devis", "quote"), new Pair("le bon de commande", "purchase order"),
            new Pair("la note de frais", "expense report"), new Pair("le remboursement", "refund"),
            new Pair("le budget", "budget"), new Pair("la paie", "payroll"), new Pair("le bulletin de salaire",
                    "payslip"), new Pair("les congés", "leave"), new Pair("la mutuelle", "health insurance"),
            new Pair("le télétravail", "remote work"), new Pair("l'entretien annuel", "annual review"),
            new Pair("l'onboarding", "onboarding"), new Pair("le recrutement", "hiring"),
            new Pair("le VPN", "VPN"), new Pair("le mot de passe", "password"), new Pair("l'imprimante", "printer"),
            new Pair("le wifi", "wifi"), new Pair("l'ordinateur portable", "laptop"), new Pair("la messagerie",
                    "email"), new Pair("le badge", "badge"), new Pair("le serveur", "server"),
            new Pair("la base de données", "database"), new Pair("le déploiement", "deployment"),
            new Pair("la mise en production", "release"), new Pair("le ticket", "ticket"),
            new Pair("la sauvegarde", "backup"), new Pair("le certificat", "certificate"),
            new Pair("le pipeline", "pipeline"), new Pair("la revue de code", "code review"),
            new Pair("le client", "customer"), new Pair("la démo", "demo"), new Pair("le salon", "trade show"),
            new Pair("la campagne", "campaign"), new Pair("la newsletter", "newsletter"), new Pair("le logo",
                    "logo"), new Pair("la charte graphique", "brand guidelines"), new Pair("le site web", "website"),
            new Pair("la livraison", "delivery"), new Pair("le stock", "inventory"), new Pair("le fournisseur",
                    "supplier"), new Pair("l'entrepôt", "warehouse"), new Pair("le transporteur", "carrier"),
            new Pair("la salle de réunion", "meeting room"), new Pair("le planning", "schedule"),
            new Pair("le rapport mensuel", "monthly report"), new Pair("le tableau de bord", "dashboard"),
            new Pair("la réclamation", "complaint"), new Pair("le remboursement client", "customer refund"),
            new Pair("l'accès", "access"), new Pair("la licence", "license"), new Pair("la formation", "training"));

    private static final List<Pair> VERBS = List.of(
            new Pair("demander", "request"), new Pair("valider", "approve"), new Pair("envoyer", "send"),
            new Pair("configurer", "set up"), new Pair("renouveler", "renew"), new Pair("réinitialiser", "reset"),
            new Pair("télécharger", "download"), new Pair("mettre à jour", "update"), new Pair("annuler", "cancel"),
            new Pair("signer", "sign"), new Pair("exporter", "export"), new Pair("réserver", "book"),
            new Pair("partager", "share"), new Pair("installer", "install"), new Pair("déclarer", "file"),
            new Pair("trouver", "find"), new Pair("modifier", "change"), new Pair("suivre", "track"));

    static final List<Team> TEAMS = List.of(
            new Team("sales", "Ventes", "Sales", List.of(0, 1, 2, 3, 4, 32, 33, 34, 49, 50)),
            new Team("finance", "Finance", "Finance", List.of(0, 5, 6, 7, 8, 3, 4, 48, 50)),
            new Team("hr", "RH", "HR", List.of(8, 9, 10, 11, 12, 13, 14, 15, 53, 5)),
            new Team("it", "Informatique", "IT", List.of(16, 17, 18, 19, 20, 21, 22, 51, 52, 27)),
            new Team("eng", "Tech", "Engineering", List.of(23, 24, 25, 26, 27, 28, 29, 30, 31, 47)),
            new Team("marketing", "Marketing", "Marketing", List.of(35, 36, 37, 38, 39, 34, 33, 48)),
            new Team("ops", "Logistique", "Operations", List.of(40, 41, 42, 43, 44, 4, 46, 49)),
            new Team("office", "Services généraux", "Facilities", List.of(45, 22, 18, 19, 46, 12, 10)));

    private static final String[] SYLLABLES = {"ka", "lo", "ri", "mex", "dor", "vi", "tan", "plu", "zo", "ber",
        "qui", "nor", "sel", "ga", "fi", "tro", "lux", "pa", "den", "ox"};

    private final Random random;
    private final List<String> tools;
    private final double[] toolWeights;
    private final double[] nounWeights;

    WorkspaceWords(Random random, int toolCount) {
        this.random = random;
        String[] names = new String[toolCount];
        for (int i = 0; i < toolCount; i++) {
            // Tool and project names: the long tail, partly codes ("Kalo-42") as people name projects.
            StringBuilder name = new StringBuilder();
            int parts = 2 + random.nextInt(2);
            for (int p = 0; p < parts; p++) {
                name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
            names[i] = i % 7 == 3 ? name + "-" + i : name.toString();
        }
        this.tools = List.of(names);
        this.toolWeights = cumulative(toolCount, 1.05);
        this.nounWeights = cumulative(NOUNS.size(), 0.9);
    }

    /** A Zipf-distributed index in {@code [0, n)} with exponent {@code s}, for small {@code n}. */
    long zipfIndex(int n, double s) {
        return search(cumulative(n, s), random.nextDouble());
    }

    String question(Language language, Team team) {
        String noun = noun(language, team);
        String verb = VERBS.get(random.nextInt(VERBS.size())).in(language);
        String tool = tool();
        return switch (random.nextInt(5)) {
            case 0 -> language == Language.FR ? "Comment on fait pour " + verb + " " + noun + " dans " + tool + " ?"
                    : "How do I " + verb + " the " + noun + " in " + tool + "?";
            case 1 -> language == Language.FR ? "Où est-ce qu'on trouve " + noun + " pour " + tool + " ?"
                    : "Where can I find the " + noun + " for " + tool + "?";
            case 2 -> language == Language.FR ? "Quelqu'un sait pourquoi " + noun + " ne marche plus avec " + tool + " ?"
                    : "Does anyone know why the " + noun + " stopped working with " + tool + "?";
            case 3 -> language == Language.FR ? "Qui doit " + verb + " " + noun + " ?"
                    : "Who should " + verb + " the " + noun + "?";
            default -> language == Language.FR ? "Est-ce que je peux " + verb + " " + noun + " moi-même ?"
                    : "Can I " + verb + " the " + noun + " myself?";
        };
    }

    String answer(Language language, Team team) {
        String noun = noun(language, team);
        String verb = VERBS.get(random.nextInt(VERBS.size())).in(language);
        String tool = tool();
        return switch (random.nextInt(3)) {
            case 0 -> language == Language.FR ? "Il faut passer par " + tool + " pour " + verb + " " + noun
                    + ", puis attendre la validation."
                    : "You need to go through " + tool + " to " + verb + " the " + noun + ", then wait for approval.";
            case 1 -> language == Language.FR ? "C'est dans " + tool + ", rubrique " + noun + "."
                    : "It's in " + tool + ", under " + noun + ".";
            default -> language == Language.FR ? "Demande à l'équipe " + team.fr() + ", ils gèrent " + noun
                    + " avec " + tool + "."
                    : "Ask the " + team.en() + " team, they handle the " + noun + " with " + tool + ".";
        };
    }

    String confirmation(Language language) {
        List<String> said = language == Language.FR
                ? List.of("merci, ça marche !", "parfait, merci", "super merci", "c'est bon, merci 👍", "nickel")
                : List.of("thanks, that works!", "perfect, thanks", "that did it, thanks", "thx 👍", "solved, cheers");
        return said.get(random.nextInt(said.size()));
    }

    String faq(Language language, Team team) {
        String question = question(language, team);
        return "#faq " + question + " | " + answer(language, team);
    }

    String insight(Language language, Team team) {
        String noun = noun(language, team);
        String verb = VERBS.get(random.nextInt(VERBS.size())).in(language);
        return language == Language.FR
                ? "#astuce dans " + tool() + " on peut " + verb + " " + noun + " directement depuis " + tool() + "."
                : "#tip in " + tool() + " you can " + verb + " the " + noun + " straight from " + tool() + ".";
    }

    String painPoint(Language language, Team team) {
        String noun = noun(language, team);
        String verb = VERBS.get(random.nextInt(VERBS.size())).in(language);
        return language == Language.FR
                ? "#irritant " + tool() + " est encore en panne, impossible de " + verb + " " + noun + " depuis ce matin"
                : "#pain " + tool() + " is down again, cannot " + verb + " the " + noun + " since this morning";
    }

    String whoKnows(Language language, Team team) {
        String topic = random.nextBoolean() ? tool() : noun(language, team);
        return language == Language.FR ? "Qui connaît " + topic + " ?" : "Who knows about " + topic + "?";
    }

    String chatter(Language language, Team team) {
        List<String> said = language == Language.FR
                ? List.of("ok je regarde ça", "je suis en télétravail aujourd'hui", "qui vient déjeuner ?",
                        "on se voit à la réunion de 14h", "je reviens dans 5 minutes", "bonne journée à tous",
                        "j'ai mis à jour " + tool() + " ce matin", "on en parle demain avec l'équipe " + team.fr(),
                        "ahah", "je suis d'accord", "quelqu'un a vu le mail de la direction ?", "bon week-end !")
                : List.of("ok looking into it", "working from home today", "anyone up for lunch?",
                        "see you at the 2pm meeting", "back in 5", "have a good day everyone",
                        "I updated " + tool() + " this morning", "let's discuss it tomorrow with the " + team.en()
                                + " team", "lol", "agreed", "did anyone see the email from management?",
                        "have a nice weekend!");
        return said.get(random.nextInt(said.size()));
    }

    private String noun(Language language, Team team) {
        // A team mostly speaks of its own subjects, by its own Zipf order; sometimes of anything.
        if (random.nextDouble() < 0.75) {
            int i = (int) search(cumulative(team.nouns().size(), 0.9), random.nextDouble());
            return NOUNS.get(team.nouns().get(i)).in(language);
        }
        return NOUNS.get((int) search(nounWeights, random.nextDouble())).in(language);
    }

    private String tool() {
        return tools.get((int) search(toolWeights, random.nextDouble()));
    }

    private static double[] cumulative(int n, double s) {
        double[] weights = new double[n];
        double sum = 0;
        for (int r = 0; r < n; r++) {
            sum += 1 / Math.pow(r + 1, s);
            weights[r] = sum;
        }
        for (int r = 0; r < n; r++) {
            weights[r] /= sum;
        }
        return weights;
    }

    private static long search(double[] cumulative, double u) {
        int low = 0;
        int high = cumulative.length - 1;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (cumulative[mid] < u) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
