package dev.rtsfake.fake.cloud;

import dev.rtsfake.fake.time.ScheduledEvent;

/** One logged-in uid of one app, as the cloud keeps it. */
final class Session {
    final String uid;
    final ClientPort port;
    final RateWindow p2pRate;
    String signature;
    String url;
    boolean serverParamsSet;
    /** True while the client's link is down and the cloud keeps the session for a grace period. */
    boolean inGrace;
    ScheduledEvent dropTimer;

    Session(String uid, ClientPort port, int p2pPerSecond) {
        this.uid = uid;
        this.port = port;
        this.p2pRate = new RateWindow(p2pPerSecond);
    }
}
