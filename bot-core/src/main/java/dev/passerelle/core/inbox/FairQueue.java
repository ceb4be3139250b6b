package dev.passerelle.core.inbox;

import java.util.ArrayDeque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The work waiting to be applied, in memory (the inbox table is what survives a crash). Lanes are served in
 * order; within the addressed lane people take turns, so one person's burst delays nobody else's answer by more
 * than one event. The background lane stays in arrival order: a thread's question must be stored before the
 * answers under it.
 */
public final class FairQueue<T> {

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition waiting = lock.newCondition();
    private final ArrayDeque<T> system = new ArrayDeque<>();
    /** Each person's own queue, in the order their turns come: the head's owner goes next. */
    private final LinkedHashMap<String, ArrayDeque<T>> addressed = new LinkedHashMap<>();
    private final ArrayDeque<T> background = new ArrayDeque<>();
    /** Summed over everyone's own queue, which the lane's map alone does not give. */
    private int addressedSize;

    public void add(Lane lane, String actor, T item) {
        lock.lock();
        try {
            switch (lane) {
                case SYSTEM -> system.addLast(item);
                case ADDRESSED -> {
                    addressed.computeIfAbsent(actor, a -> new ArrayDeque<>()).addLast(item);
                    addressedSize++;
                }
                case BACKGROUND -> background.addLast(item);
            }
            waiting.signal();
        } finally {
            lock.unlock();
        }
    }

    /** The next item, waiting up to {@code timeout} for one; null when none came. */
    public @Nullable T poll(long timeout, TimeUnit unit) throws InterruptedException {
        lock.lock();
        try {
            long nanos = unit.toNanos(timeout);
            while (total() == 0) {
                if (nanos <= 0) {
                    return null;
                }
                nanos = waiting.awaitNanos(nanos);
            }
            if (!system.isEmpty()) {
                return system.pollFirst();
            }
            if (!addressed.isEmpty()) {
                addressedSize--;
                return nextTurn();
            }
            return background.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    /**
     * The background lane's next item when nothing else waits and it is {@code wanted}, without waiting; null
     * otherwise (it stays first in line). For the worker to add one more quiet event to the work in hand, never
     * ahead of someone waiting for an answer.
     */
    public @Nullable T pollBackground(Predicate<T> wanted) {
        lock.lock();
        try {
            if (!system.isEmpty() || addressedSize > 0 || background.isEmpty() || !wanted.test(background.peekFirst())) {
                return null;
            }
            return background.pollFirst();
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return total();
        } finally {
            lock.unlock();
        }
    }

    public int size(Lane lane) {
        lock.lock();
        try {
            return switch (lane) {
                case SYSTEM -> system.size();
                case ADDRESSED -> addressedSize;
                case BACKGROUND -> background.size();
            };
        } finally {
            lock.unlock();
        }
    }

    private int total() {
        return system.size() + addressedSize + background.size();
    }

    /** The first person in line is served once, then goes to the back of the line if they still wait. */
    private T nextTurn() {
        Map.Entry<String, ArrayDeque<T>> first = addressed.entrySet().iterator().next();
        String actor = first.getKey();
        ArrayDeque<T> own = addressed.remove(actor);
        T item = own.pollFirst();
        if (!own.isEmpty()) {
            addressed.put(actor, own);
        }
        return item;
    }
}
