package dev.rtsfake.conformance.probe;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The callbacks one handler saw, in order; safe to read from the test thread while callbacks arrive on
 * the SDK's threads. Bounded: past 10,000 events it counts the rest without keeping them.
 */
public final class EventLog {
    private static final int CAP = 10_000;

    private final String owner;
    private final List<Event> events = new ArrayList<>();
    private final List<String> threads = new ArrayList<>();
    private long seen;

    /** A log for the handler of {@code owner} (an engine's role, or a room). */
    public EventLog(String owner) {
        this.owner = owner;
    }

    /** Whose callbacks these are. */
    public String owner() {
        return owner;
    }

    synchronized void add(String name, Object... args) {
        if (events.size() < CAP) {
            events.add(new Event(seen, name, args));
            threads.add(Thread.currentThread().getName());
        }
        seen++;
    }

    /** A copy of every event so far. */
    public synchronized List<Event> all() {
        return new ArrayList<>(events);
    }

    /** The names of the threads the events arrived on, in order. */
    public synchronized List<String> threads() {
        return new ArrayList<>(threads);
    }

    /** The events named {@code name}, in order. */
    public List<Event> named(String name) {
        return matching(e -> e.name().equals(name));
    }

    /** The events that match {@code p}, in order. */
    public synchronized List<Event> matching(Predicate<Event> p) {
        List<Event> out = new ArrayList<>();
        for (Event e : events) {
            if (p.test(e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first event that matches, or null. */
    public synchronized Event first(Predicate<Event> p) {
        for (Event e : events) {
            if (p.test(e)) {
                return e;
            }
        }
        return null;
    }

    /** Whether any event matches. */
    public boolean has(Predicate<Event> p) {
        return first(p) != null;
    }

    /** How many events are named {@code name}. */
    public int count(String name) {
        return named(name).size();
    }

    /** How many callbacks arrived in all (kept or not). */
    public synchronized long size() {
        return seen;
    }

    @Override
    public synchronized String toString() {
        StringBuilder b = new StringBuilder(owner).append(" saw ").append(seen).append(" callbacks:");
        for (Event e : events) {
            b.append("\n  ").append(e);
        }
        return b.toString();
    }
}
