package dev.passerelle.core.vocabulary;

import java.text.Normalizer;
import java.util.Locale;

/** Text compared as people mean it: lower case, accents dropped ("Compétences" = "competences"). */
public final class Folding {

    private Folding() {
    }

    public static String caseAndAccents(String text) {
        return Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
