package dev.passerelle.core.understanding;

import dev.passerelle.core.understanding.Lexicon.Section;

/**
 * The problem a pain point is about, without the words that only say it hurts: "c'est galère,
 * l'imprimante se bloque" and "c'est galère de changer de mot de passe" share "c'est galère", not a
 * problem. Kind tags ({@code #irritant}) go too; topic tags stay.
 */
public final class PainPhrases {

    private final Lexicon lexicon = Lexicon.bilingual();

    public String problemIn(String text) {
        FoldedText folded = FoldedText.of(Hashtags.in(text, lexicon).textWithoutKindTags());
        String plain = folded.text();
        var kept = new StringBuilder(plain.length());
        int at = 0;
        while (at < plain.length()) {
            int from = at;
            String phrase = lexicon.phrases(Section.PAIN_PHRASES).stream()
                    .filter(p -> folded.matchesAt(p, from)).findFirst().orElse(null);
            if (phrase != null) {
                at += phrase.length();
                kept.append(' ');
                continue;
            }
            int next = plain.indexOf(' ', at);
            int end = next < 0 ? plain.length() : next + 1;
            kept.append(folded.original(at, end));
            at = end;
        }
        return kept.toString().strip();
    }
}
