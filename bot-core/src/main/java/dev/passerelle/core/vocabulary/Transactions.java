package dev.passerelle.core.vocabulary;

import java.util.function.Supplier;

/** Runs work so that all of its writes, change log included, land together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    /**
     * Whether another thread waits to use the store now: work that holds a transaction open by choice (a batch of
     * events) ends it then, so that the waiting thread (an event being recorded before its acknowledgement) goes
     * next.
     */
    default boolean othersWaiting() {
        return false;
    }

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
