package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Outcome;
import dev.passerelle.core.curation.Lifecycle;
import dev.passerelle.core.vocabulary.Language;
import dev.passerelle.core.vocabulary.Platform;
import java.util.concurrent.CompletableFuture;

/**
 * The scheduled work of the knowledge lifecycle, run through the inbox like events (on its worker, in one
 * transaction, their notices to the adapters). The application decides when; each routine is idempotent through
 * the database, so a restart or a second replica running it again changes nothing.
 */
public final class Routines {

    private final Inbox inbox;
    private final Lifecycle lifecycle;

    public Routines(Inbox inbox, Lifecycle lifecycle) {
        this.inbox = inbox;
        this.lifecycle = lifecycle;
    }

    /** Reminds the verifiers of the entries whose verification expired, once per expiry. */
    public CompletableFuture<Outcome> remind() {
        return inbox.run(new Inbox.Routine("reminders", () -> lifecycle.reminders().run()));
    }

    /** Posts this week's digest in the conversation, unless it was already posted there this week. */
    public CompletableFuture<Outcome> digest(Platform platform, String channelId, Language language) {
        return inbox.run(new Inbox.Routine("digest", () -> lifecycle.digests().post(platform, channelId, language)));
    }
}
