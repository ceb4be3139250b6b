package dev.passerelle.core.bot;

import dev.passerelle.core.conversation.Outcome;
import java.util.concurrent.CompletableFuture;

/**
 * What the inbox gives back for a submitted event, once it is durably recorded (or refused): acknowledge the
 * platform now, then deliver the outcome when it completes. The outcome completes on a thread of its own, never
 * the one that applies events, so slow delivery holds no one else up.
 *
 * @param recorded false when the event was refused before recording, or was a redelivery of a recorded one
 */
public record Receipt(boolean recorded, CompletableFuture<Outcome> outcome) {

    static Receipt done(Outcome outcome) {
        return new Receipt(false, CompletableFuture.completedFuture(outcome));
    }
}
