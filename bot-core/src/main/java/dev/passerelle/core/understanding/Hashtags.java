package dev.passerelle.core.understanding;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The hashtags of one message: the kind tag that says what to capture ({@code #faq},
 * {@code #astuce}, {@code #irritant}…), the text once kind tags are taken out, and the topic tags,
 * lower-cased with their accents kept, which stay in the text too.
 */
record Hashtags(@Nullable Kind kind, String textWithoutKindTags, List<String> topics) {

    enum Kind { FAQ, INSIGHT, PAIN_POINT }

    // Not after a letter ("C#", "page#anchor") nor inside Slack's "<#C123|general>" channel links;
    // must start with a letter so "#42" stays an issue number.
    private static final Pattern HASHTAG =
            Pattern.compile("(?<![\\p{L}\\p{N}_<&/])#(\\p{L}(?:[\\p{L}\\p{M}\\p{N}_-]*[\\p{L}\\p{M}\\p{N}])?)");
    private static final Pattern SPACES = Pattern.compile("\\h{2,}");
    private static final Pattern SPACES_AT_LINE_EDGE = Pattern.compile("\\h*\\n\\h*");

    Hashtags {
        topics = List.copyOf(topics);
    }

    static Hashtags in(String text, Lexicon lexicon) {
        Kind kind = null;
        var topics = new LinkedHashSet<String>();
        var kept = new StringBuilder(text.length());
        int copiedUpTo = 0;
        Matcher hashtag = HASHTAG.matcher(text);
        while (hashtag.find()) {
            Kind tagKind = kindOf(hashtag.group(1), lexicon);
            if (tagKind == null) {
                topics.add(Normalizer.normalize(hashtag.group(1), Normalizer.Form.NFC).toLowerCase(Locale.ROOT));
                continue;
            }
            // With two kind tags the first one typed wins, so the reading never depends on lexicon order.
            kind = kind == null ? tagKind : kind;
            kept.append(text, copiedUpTo, hashtag.start());
            copiedUpTo = hashtag.end();
        }
        kept.append(text.substring(copiedUpTo));
        return new Hashtags(kind, tidy(kept.toString()), List.copyOf(topics));
    }

    private static @Nullable Kind kindOf(String name, Lexicon lexicon) {
        // "#pain-point", "#Pain_Point" and "#painpoint" are one tag.
        String key = FoldedText.fold(name).replace(" ", "").replace("_", "");
        if (lexicon.phrases(Lexicon.Section.FAQ_TAGS).contains(key)) {
            return Kind.FAQ;
        }
        if (lexicon.phrases(Lexicon.Section.INSIGHT_TAGS).contains(key)) {
            return Kind.INSIGHT;
        }
        if (lexicon.phrases(Lexicon.Section.PAIN_TAGS).contains(key)) {
            return Kind.PAIN_POINT;
        }
        return null;
    }

    private static String tidy(String text) {
        String singleSpaced = SPACES.matcher(text).replaceAll(" ");
        return SPACES_AT_LINE_EDGE.matcher(singleSpaced).replaceAll("\n").strip();
    }
}
