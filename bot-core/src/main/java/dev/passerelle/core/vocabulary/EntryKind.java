package dev.passerelle.core.vocabulary;

import java.util.Locale;

/** The kinds of knowledge Passerelle keeps. */
public enum EntryKind {
    FAQ, INSIGHT, PAIN_POINT, QUESTION;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
