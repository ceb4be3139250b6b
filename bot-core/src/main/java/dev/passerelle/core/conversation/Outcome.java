package dev.passerelle.core.conversation;

import dev.passerelle.core.vocabulary.Echo;
import dev.passerelle.core.vocabulary.EntryKind;
import dev.passerelle.core.vocabulary.EntryStatus;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything one event led to: the replies to send, the entries it created or changed, when it was refused,
 * why, and the language all of it is in, which adapters use for every label they add (never guessing again).
 *
 * @param language  null until the bot stamps it with the asker's language ({@link #in}); never null once it
 *                  leaves the core
 * @param refreshed for a click, the entries of the card the button was on as they must now look (their new
 *                  state, the buttons that still apply): the adapter redraws them in place of the old ones in the
 *                  clicked card, whatever the action was; empty when the card stays as it is
 * @param form      for a click on Edit, the form to open where the platform has forms; null otherwise
 * @param desk      for a click on the knowledge manager's desk ({@link Click#desk}), the whole desk as it now is:
 *                  the adapter shows it in place of the clicked card; null otherwise
 */
public record Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error,
        @Nullable Language language, List<Notice> notices, List<EntryCard> refreshed, @Nullable EditForm form,
        @Nullable Reply desk) {
    public Outcome {
        replies = List.copyOf(replies);
        captured = List.copyOf(captured);
        error = Echo.neutraliseNullable(error);
        notices = List.copyOf(notices);
        refreshed = List.copyOf(refreshed);
    }

    public Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error, @Nullable Language language,
            List<Notice> notices, List<EntryCard> refreshed) {
        this(replies, captured, error, language, notices, refreshed, null, null);
    }

    public Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error, @Nullable Language language,
            List<Notice> notices) {
        this(replies, captured, error, language, notices, List.of());
    }

    public Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error) {
        this(replies, captured, error, null, List.of());
    }

    public Outcome(List<Reply> replies, List<Captured> captured, @Nullable String error, @Nullable Language language) {
        this(replies, captured, error, language, List.of());
    }

    /** This outcome in the given language, unless a feature already said which (a command typed in French). */
    public Outcome in(Language spoken) {
        return language != null ? this : new Outcome(replies, captured, error, spoken, notices, refreshed, form, desk);
    }

    /** This outcome, telling others these too (each in their own language). */
    public Outcome telling(List<Notice> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Notice> all = new java.util.ArrayList<>(notices);
        all.addAll(more);
        return new Outcome(replies, captured, error, language, all, refreshed, form, desk);
    }

    /** This outcome, redrawing these entries in the card that was clicked. */
    public Outcome refreshing(List<EntryCard> cards) {
        return new Outcome(replies, captured, error, language, notices, cards, form, desk);
    }

    /**
     * This outcome, opening this form where the platform has forms (a Slack modal, a Teams card); the replies say
     * the same in words for where it has none (the local chat).
     */
    public Outcome opening(EditForm opened) {
        return new Outcome(replies, captured, error, language, notices, refreshed, opened, desk);
    }

    /** This outcome, showing the desk as it now is in place of the clicked one. */
    public Outcome redrawingDesk(Reply now) {
        return new Outcome(replies, captured, error, language, notices, refreshed, form, now);
    }

    /** The refreshed card of this entry, when the click changed how it looks. */
    public java.util.Optional<EntryCard> refreshedEntry(long id) {
        return refreshed.stream().filter(card -> card.id() == id).findFirst();
    }

    /** The notices for one platform: the ones its adapter delivers. */
    public List<Notice> noticesOn(Platform platform) {
        return notices.stream().filter(notice -> notice.to().platform() == platform).toList();
    }

    /** The language to render in: the stamped one. */
    public Language languageOr(Language fallback) {
        return language == null ? fallback : language;
    }

    public static Outcome nothing() {
        return new Outcome(List.of(), List.of(), null);
    }

    /** True when the event led to no reply, no capture and no refusal, in whatever language. */
    public boolean isNothing() {
        return replies.isEmpty() && captured.isEmpty() && error == null && notices.isEmpty();
    }

    /** A private word to the person, nothing captured. */
    public static Outcome told(String text) {
        return new Outcome(List.of(Reply.ephemeral(text)), List.of(), null);
    }

    public static Outcome refused(String why) {
        return new Outcome(List.of(Reply.ephemeral(why)), List.of(), why);
    }

    /** An entry this message created or changed (a +1 names the pain point it went to). */
    public record Captured(long id, EntryKind kind, EntryStatus status) {}
}
