package dev.passerelle.core.vocabulary;

import java.util.Locale;

/** Where a pain point stands with the team that owns it. */
public enum PainStatus {
    OPEN, ACKNOWLEDGED, RESOLVED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PainStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
