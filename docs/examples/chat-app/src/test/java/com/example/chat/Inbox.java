package com.example.chat;

import java.util.ArrayList;
import java.util.List;

/** A {@link ChatListener} that writes down what the app's screens would show, as lines. */
final class Inbox implements ChatListener {
    private final List<String> events = new ArrayList<>();

    @Override public synchronized void onOnline() { events.add("online"); }
    @Override public synchronized void onOffline() { events.add("offline"); }
    @Override public synchronized void onSignedOut(String why) { events.add("signed out: " + why); }
    @Override public synchronized void onMessage(String from, String text) { events.add(from + ": " + text); }
    @Override public synchronized void onDelivered(long localId) { events.add("delivered #" + localId); }
    @Override public synchronized void onUndeliverable(long id, int result) { events.add("undeliverable #" + id + " (" + result + ")"); }
    @Override public synchronized void onRoomMessage(String room, String from, String text) { events.add(room + "/" + from + ": " + text); }

    synchronized List<String> events() {
        return List.copyOf(events);
    }

    /** The events that are messages from someone (the "name: text" lines). */
    synchronized List<String> messages() {
        return events.stream().filter(e -> e.contains(": ") && !e.startsWith("signed out")).toList();
    }
}
