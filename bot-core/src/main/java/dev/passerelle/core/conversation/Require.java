package dev.passerelle.core.conversation;

/** The checks every event's constructor shares: an event the core cannot act on is never built. */
final class Require {

    private Require() {
    }

    static void present(Object... values) {
        for (Object value : values) {
            if (value == null) {
                throw new IllegalArgumentException("an event needs its channel, people and time");
            }
        }
    }

    static void text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("an event needs a " + what);
        }
    }
}
