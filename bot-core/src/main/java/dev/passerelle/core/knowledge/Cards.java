package dev.passerelle.core.knowledge;

import dev.passerelle.core.conversation.EntryCard;
import dev.passerelle.core.vocabulary.Messages;
import dev.passerelle.core.vocabulary.Language;

/** How entries look in replies: the neutral card and its one-line text. */
public final class Cards {

    private static final int PREVIEW = 280;

    private Cards() {
    }

    public static EntryCard card(Entry entry, double score) {
        String channel = entry.channelKey().substring(entry.channelKey().lastIndexOf(':') + 1);
        return new EntryCard(entry.id(), entry.kind(), entry.status(), entry.title(), entry.body(), entry.source(),
                channel, entry.votes(), score);
    }

    /** {@code #12 FAQ (verified) — question → answer}. */
    public static String line(Language language, Entry entry) {
        String label = Messages.get(language, "kind." + entry.kind().code()) + " ("
                + Messages.get(language, "status." + entry.status().code()) + ")";
        String text = entry.body() == null ? entry.title() : entry.title() + " → " + entry.body();
        return "#" + entry.id() + " " + label + " — " + preview(text);
    }

    public static String preview(String text) {
        return preview(text, PREVIEW);
    }

    /** The text on one line, cut with an ellipsis beyond {@code max} characters. */
    public static String preview(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }
}
