package dev.passerelle.core.vocabulary;

import java.util.function.Supplier;

/** Runs work so that all of its writes, change log included, land together or not at all. */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
