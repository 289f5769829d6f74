package dev.rtsfake.scenarios.file;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields each object of a scenario file may have, in the order the writer puts them: one
 * table that the reader checks against, the writer follows, and a test holds the JSON Schema to.
 */
final class Shapes {

    /**
     * One kind of object.
     *
     * @param name how errors call it ("a send")
     * @param fields its fields, in canonical order
     * @param scalarField the field a bare value fills ({@code disconnect: alice}), or null
     */
    record Shape(String name, List<String> fields, String scalarField) {
        String listed() {
            return name + " has: " + String.join(", ", fields);
        }
    }

    static final Shape SCENARIO = new Shape("a scenario", List.of("name", "description", "seed", "cloud", "users",
            "appServer", "steps", "expect", "end"), null);
    static final Shape CLOUD = new Shape("cloud", List.of("appId", "appKey", "latency", "sysStatsInterval",
            "heartbeatTimeout", "disconnectTimings", "reconnectInterval", "sessionGrace", "messageTimeout",
            "retransmitInterval", "rateLimits", "offlinePeerResult", "strict"), null);
    static final Shape DISCONNECT_TIMINGS = new Shape("disconnectTimings", List.of("disconnectedAfter", "lostAfter"), null);
    static final Shape RATE_LIMITS = new Shape("rateLimits", List.of("p2p", "room", "serverApi"), null);
    static final Shape USER = new Shape("a user", List.of("name", "uid", "client", "login", "tokenTtl", "rooms"), "name");
    static final Shape APP_SERVER = new Shape("appServer", List.of("status", "body", "timeout"), null);
    /** A step's own fields; besides them it has exactly one action key. */
    static final List<String> STEP_FIELDS = List.of("at", "after", "label", "for");
    static final Shape MATCH = new Shape("a rule's match", List.of("kind", "from", "to", "nth", "after"), "kind");
    static final Shape BURSTY = new Shape("bursty loss", List.of("goodToBad", "badToGood", "lossInGood", "lossInBad"), null);
    static final Shape STATE_CONDITION = new Shape("a state condition", List.of("user", "is"), null);
    static final Shape IN_ROOM_CONDITION = new Shape("an inRoom condition", List.of("user", "room"), null);

    /** The actions, by their step key. */
    static final Map<String, Shape> ACTIONS = actions();
    /** The expectations, by their key in {@code expect}. */
    static final Map<String, Shape> EXPECTATIONS = expectations();
    /** A window's fields, shared by the expectations that have one. */
    static final List<String> WINDOW = List.of("after", "within");

    private Shapes() {
    }

    private static Map<String, Shape> actions() {
        Map<String, Shape> m = new LinkedHashMap<>();
        m.put("login", new Shape("a login", List.of("user", "tokenTtl"), "user"));
        m.put("logout", new Shape("a logout", List.of("user"), "user"));
        m.put("send", new Shape("a send", List.of("from", "to", "text", "reliability", "binary", "count", "every"), null));
        m.put("broadcast", new Shape("a broadcast", List.of("from", "room", "text", "binary", "count", "every"), null));
        m.put("sendServer", new Shape("a sendServer", List.of("from", "text", "binary", "count", "every"), null));
        m.put("join", new Shape("a join", List.of("user", "room"), null));
        m.put("leave", new Shape("a leave", List.of("user", "room"), null));
        m.put("serverParams", new Shape("a serverParams", List.of("user", "signature", "url"), null));
        m.put("peerStatus", new Shape("a peerStatus", List.of("user", "peer"), null));
        m.put("renewToken", new Shape("a renewToken", List.of("user", "tokenTtl"), "user"));
        m.put("destroy", new Shape("a destroy", List.of("user"), "user"));
        m.put("act", new Shape("an act", List.of("user", "action", "args"), null));
        m.put("disconnect", new Shape("a disconnect", List.of("user"), "user"));
        m.put("reconnect", new Shape("a reconnect", List.of("user"), "user"));
        m.put("cut", new Shape("a cut", List.of("user", "direction"), "user"));
        m.put("heal", new Shape("a heal", List.of("user", "direction"), "user"));
        m.put("hold", new Shape("a hold", List.of("user", "direction"), "user"));
        m.put("release", new Shape("a release", List.of("user", "direction"), "user"));
        m.put("latency", new Shape("a latency", List.of("user", "direction", "base", "jitter"), null));
        m.put("loss", new Shape("a loss", List.of("user", "direction", "probability", "bursty"), null));
        m.put("outage", new Shape("an outage", List.of(), null));
        m.put("restore", new Shape("a restore", List.of(), null));
        m.put("rule", new Shape("a rule", List.of("name", "match", "effect"), null));
        m.put("removeRule", new Shape("a removeRule", List.of("name"), "name"));
        m.put("push", new Shape("a push", List.of("from", "to", "room", "text"), null));
        m.put("invalidateSession", new Shape("an invalidateSession", List.of("user"), "user"));
        m.put("appServerFailNext", new Shape("an appServerFailNext", List.of("failure"), "failure"));
        m.put("appServerDelayNext", new Shape("an appServerDelayNext", List.of("delay"), "delay"));
        m.put("appServerDown", new Shape("an appServerDown", List.of("failure"), "failure"));
        m.put("appServerUp", new Shape("an appServerUp", List.of(), null));
        m.put("appServerSlow", new Shape("an appServerSlow", List.of("delay"), "delay"));
        return java.util.Collections.unmodifiableMap(m);
    }

    private static Map<String, Shape> expectations() {
        Map<String, Shape> m = new LinkedHashMap<>();
        m.put("received", new Shape("a received", List.of("user", "from", "text", "room", "count", "after", "within"), null));
        m.put("notReceived", new Shape("a notReceived", List.of("user", "from", "text", "room", "after", "within"), null));
        m.put("observed", new Shape("an observed", List.of("user", "name", "args", "count", "after", "within"), null));
        m.put("notObserved", new Shape("a notObserved", List.of("user", "name", "args", "after", "within"), null));
        m.put("sendResult", new Shape("a sendResult", List.of("send", "code", "count", "within"), null));
        m.put("returned", new Shape("a returned", List.of("step", "value"), null));
        m.put("states", new Shape("a states", List.of("user", "are", "include"), null));
        m.put("online", new Shape("an online", List.of("user", "at"), null));
        m.put("offline", new Shape("an offline", List.of("user", "at"), null));
        m.put("eventually", new Shape("an eventually", List.of("after", "within"), null));
        m.put("always", new Shape("an always", List.of("after", "within"), null));
        m.put("never", new Shape("a never", List.of("after", "within"), null));
        m.put("fired", new Shape("a fired", List.of("step", "atLeast"), "step"));
        return java.util.Collections.unmodifiableMap(m);
    }
}
