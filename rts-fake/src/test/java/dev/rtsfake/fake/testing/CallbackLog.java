package dev.rtsfake.fake.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The ordered log of the callbacks recording handlers saw, optionally shared by several handlers
 * (an engine's and its rooms'), so that the order across an engine and its rooms can be asserted.
 */
public final class CallbackLog {
    private final List<Callback> callbacks = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    synchronized void add(Callback callback) {
        callbacks.add(callback);
        threads.add(Thread.currentThread());
    }

    /** Every callback so far, in order. */
    public synchronized List<Callback> callbacks() {
        return List.copyOf(callbacks);
    }

    /** The callbacks that match, in order. */
    public synchronized List<Callback> where(Predicate<Callback> p) {
        return callbacks.stream().filter(p).toList();
    }

    /** How many callbacks were recorded. */
    public synchronized int size() {
        return callbacks.size();
    }

    /** Every entry so far, in order ({@code onLoginResult(alice,0,60)}). */
    public synchronized List<String> entries() {
        return callbacks.stream().map(Callback::entry).toList();
    }

    /** The threads the callbacks ran on, one per entry. */
    public synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** The entries whose callback name is {@code callback} (e.g. "onMessageSendResult"). */
    public synchronized List<String> named(String callback) {
        return callbacks.stream().map(Callback::entry).filter(e -> e.startsWith(callback + "("))
                .collect(Collectors.toUnmodifiableList());
    }

    /** Forgets everything recorded so far. */
    public synchronized void clear() {
        callbacks.clear();
        threads.clear();
    }

    @Override
    public synchronized String toString() {
        return entries().toString();
    }
}
