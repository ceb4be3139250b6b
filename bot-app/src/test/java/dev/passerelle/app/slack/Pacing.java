package dev.passerelle.app.slack;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;

/** Waiting in the load scenarios: for the next slot of a fixed pace, or for a while. */
final class Pacing {

    private Pacing() {}

    /** Returns at {@code nanoTime} ({@link System#nanoTime()} scale), at once when it is past. */
    static void waitUntil(long nanoTime) {
        for (long left = nanoTime - System.nanoTime(); left > 0; left = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(left);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted");
            }
        }
    }

    static void pause(Duration time) {
        try {
            Thread.sleep(time);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
