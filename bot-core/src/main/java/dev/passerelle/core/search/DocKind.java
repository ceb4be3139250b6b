package dev.passerelle.core.search;

import dev.passerelle.core.vocabulary.EntryKind;

/** What kind of knowledge an indexed document is: an entry's kind, an answer given in a thread, or a declared skill. */
public enum DocKind {
    FAQ, INSIGHT, PAIN_POINT, QUESTION, ANSWER, SKILL;

    public static DocKind of(EntryKind kind) {
        return switch (kind) {
            case FAQ -> FAQ;
            case INSIGHT -> INSIGHT;
            case PAIN_POINT -> PAIN_POINT;
            case QUESTION -> QUESTION;
        };
    }
}
