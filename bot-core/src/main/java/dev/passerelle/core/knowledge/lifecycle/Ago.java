package dev.passerelle.core.knowledge.lifecycle;

import dev.passerelle.core.conversation.Speaker;
import java.time.Duration;
import java.time.Instant;

/** How long ago, as people say it: "3 days ago", "4 months ago", "il y a 2 ans", rounded down. */
public final class Ago {

    private Ago() {
    }

    public static String said(Speaker speaker, Instant then, Instant now) {
        long days = Math.max(0, Duration.between(then, now).toDays());
        if (days < 14) {
            return speaker.say("lifecycle.ago.days", days);
        }
        if (days < 60) {
            return speaker.say("lifecycle.ago.weeks", days / 7);
        }
        if (days < 730) {
            return speaker.say("lifecycle.ago.months", days / 30);
        }
        return speaker.say("lifecycle.ago.years", days / 365);
    }
}
