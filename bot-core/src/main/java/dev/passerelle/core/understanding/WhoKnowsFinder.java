package dev.passerelle.core.understanding;

import dev.passerelle.core.understanding.Lexicon.Section;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds "who knows X?" in a message ("qui connaît bien le CRM ?", "is anyone familiar with
 * Kafka?") and cuts out X, the topic an expert is wanted for, in its original spelling.
 */
final class WhoKnowsFinder {

    // A topic ends with its sentence; '.' only counts before a space so "Node.js" survives.
    private static final Pattern SENTENCE_END = Pattern.compile("[?!\\n…]|\\.(?=\\s|$)");
    private static final String TRIMMED_AT_END = " ,;:.!?…\"'";

    private final Lexicon lexicon;

    WhoKnowsFinder(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The topic asked about, or null when the message does not look for a person who knows. */
    @Nullable String topicIn(FoldedText message) {
        return topicIn(message, Section.WHO_KNOWS);
    }

    /**
     * "Who approves X?" and "à qui demander pour X ?": the topic X (the whole question when nothing
     * clear follows the phrase), or null when the message does not ask who does a job. The phrase must
     * open a sentence or a clause: "la personne qui valide" asks nothing.
     */
    @Nullable String jobIn(FoldedText message) {
        for (String phrase : lexicon.phrases(Section.WHO_DOES)) {
            for (int at = message.find(phrase, 0); at >= 0; at = message.find(phrase, at + 1)) {
                if (opensClause(message, at)) {
                    String topic = topicAfter(message.original(at + phrase.length(), message.text().length()));
                    return topic == null ? message.original(0, message.text().length()).strip() : withoutArticle(topic);
                }
            }
        }
        return null;
    }

    private @Nullable String topicIn(FoldedText message, Section phrases) {
        int start = -1;
        String phrase = "";
        for (String candidate : lexicon.phrases(phrases)) {
            int at = message.find(candidate, 0);
            if (at >= 0 && (start < 0 || at < start)) { // phrases come longest first: ties keep the longest
                start = at;
                phrase = candidate;
            }
        }
        if (start < 0 || !asksSomeone(message, start)) {
            return null;
        }
        return topicAfter(message.original(start + phrase.length(), message.text().length()));
    }

    /**
     * "Demandez à qui connaît le CRM." mentions a person without asking for one: the phrase must
     * open a sentence or clause ("Salut, qui connaît…") unless the message is a question anyway.
     */
    private static boolean asksSomeone(FoldedText message, int start) {
        return message.text().indexOf('?') >= 0 || opensClause(message, start);
    }

    private static boolean opensClause(FoldedText message, int start) {
        String raw = message.original(0, start);
        String before = raw.stripTrailing();
        boolean newLine = raw.indexOf('\n', before.length()) >= 0;
        return before.isEmpty() || newLine || ",.!;".indexOf(before.charAt(before.length() - 1)) >= 0;
    }

    private @Nullable String topicAfter(String rest) {
        String stripped = rest.strip();
        if (stripped.isEmpty() || ",;.!".indexOf(stripped.charAt(0)) >= 0) {
            return null; // "Who knows, maybe tomorrow." is a shrug, not a request
        }
        Matcher end = SENTENCE_END.matcher(stripped);
        FoldedText topic = FoldedText.of(end.find() ? stripped.substring(0, end.start()) : stripped);
        int from = skipFillers(topic);
        int to = trimEnd(topic, from);
        if (from >= to || startsWithInterrogative(topic, from)) {
            return null; // "does anyone know how to…" asks for an answer, not for a person
        }
        return topic.original(from, to).strip();
    }

    /** "who approves a discount" is about "discount": the article says nothing. */
    private String withoutArticle(String topic) {
        FoldedText folded = FoldedText.of(topic);
        for (String article : lexicon.phrases(Section.TOPIC_ARTICLES)) {
            if (folded.matchesAt(article, 0) && folded.text().length() > article.length() + 1
                    && folded.text().charAt(article.length()) == ' ') {
                return folded.original(article.length() + 1, folded.text().length()).strip();
            }
        }
        return topic;
    }

    private int skipFillers(FoldedText topic) {
        String text = topic.text();
        int from = 0;
        boolean skipped = true;
        while (skipped) {
            skipped = false;
            for (String filler : lexicon.phrases(Section.TOPIC_FILLERS)) {
                if (topic.matchesAt(filler, from) && !hyphenatedAt(topic, from + filler.length())) {
                    from += filler.length();
                    while (from < text.length() && text.charAt(from) == ' ') {
                        from++;
                    }
                    skipped = true;
                    break;
                }
            }
        }
        return from;
    }

    /** "on-call" folds to "on call", yet its "on" is no filler. */
    private static boolean hyphenatedAt(FoldedText topic, int index) {
        return index < topic.text().length() && topic.original(index, index + 1).startsWith("-");
    }

    private int trimEnd(FoldedText topic, int from) {
        String text = topic.text();
        int to = text.length();
        boolean trimmed = true;
        while (trimmed && to > from) {
            trimmed = false;
            if (TRIMMED_AT_END.indexOf(text.charAt(to - 1)) >= 0) {
                to--;
                trimmed = true;
                continue;
            }
            for (String trailer : lexicon.phrases(Section.TOPIC_TRAILERS)) {
                int at = to - trailer.length();
                if (at > from && text.charAt(at - 1) == ' ' && topic.matchesAt(trailer, at)) {
                    to = at;
                    trimmed = true;
                    break;
                }
            }
        }
        return to;
    }

    private boolean startsWithInterrogative(FoldedText topic, int from) {
        return lexicon.phrases(Section.NOT_A_TOPIC).stream().anyMatch(word -> topic.matchesAt(word, from));
    }
}
