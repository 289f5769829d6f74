package dev.rtsfake.fake.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An ordered log of callbacks as readable strings ("onLoginResult(alice,0,60)"), optionally shared by
 * several recording handlers so that the order across an engine and its rooms can be asserted.
 */
public final class CallbackLog {
    private final List<String> entries = new ArrayList<>();
    private final List<Thread> threads = new ArrayList<>();

    synchronized void add(String entry) {
        entries.add(entry);
        threads.add(Thread.currentThread());
    }

    /** Every entry so far, in order. */
    public synchronized List<String> entries() {
        return List.copyOf(entries);
    }

    /** The threads the callbacks ran on, one per entry. */
    public synchronized List<Thread> threads() {
        return List.copyOf(threads);
    }

    /** The entries whose callback name is {@code callback} (e.g. "onMessageSendResult"). */
    public synchronized List<String> named(String callback) {
        return entries.stream().filter(e -> e.startsWith(callback + "(")).collect(Collectors.toUnmodifiableList());
    }

    /** Forgets everything recorded so far. */
    public synchronized void clear() {
        entries.clear();
        threads.clear();
    }

    @Override
    public synchronized String toString() {
        return entries.toString();
    }
}
