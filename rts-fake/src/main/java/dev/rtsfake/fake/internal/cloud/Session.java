package dev.rtsfake.fake.internal.cloud;

import dev.rtsfake.fake.internal.time.ScheduledEvent;
import java.util.TreeMap;

/** One logged-in uid of one app, as the cloud keeps it. */
final class Session {
    final String uid;
    final ClientPort port;
    final RateWindow p2pRate;
    String signature;
    String url;
    boolean serverParamsSet;
    /**
     * The client's number for this session (sent with its login; a fresh login to the same session
     * renews it). Everything the cloud sends to the session carries it, so a client that has since
     * logged in as someone else can tell it is not for its current session.
     */
    int generation;
    /**
     * True once the client has let go of the session: it detected a drop, gave up a login attempt,
     * or left without its logout getting through. It sends nothing that keeps the session alive any
     * more, so only a login holds it again (the cloud taking it, or the client its success answer,
     * which may come after the client gave that attempt up). While false (the client holds the
     * session) the cloud hears it whenever its link reaches the cloud, as its heartbeats would.
     */
    boolean silent;
    /**
     * True while the cloud hears nothing from the client and keeps the session for a grace period:
     * it ends when that runs out, unless the client is heard again first (its link reaches the cloud
     * while it still holds the session, or a new login).
     */
    boolean inGrace;
    ScheduledEvent dropTimer;
    /** The rooms this session is a member of, by their number (the order they were made in). */
    final TreeMap<Long, CloudRoom> rooms = new TreeMap<>();

    Session(String uid, ClientPort port, int p2pPerSecond, int generation) {
        this.uid = uid;
        this.port = port;
        this.p2pRate = new RateWindow(p2pPerSecond);
        this.generation = generation;
    }
}
