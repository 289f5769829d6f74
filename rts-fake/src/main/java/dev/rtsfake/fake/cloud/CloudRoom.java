package dev.rtsfake.fake.cloud;

import java.util.LinkedHashMap;
import java.util.Map;

/** One room of one app, as the cloud keeps it: its members (their sessions) in joining order. */
final class CloudRoom {
    final String roomId;
    /** The room's number in its app: rooms made later have larger ones. */
    final long seq;
    /** Change only through {@link #put} and {@link #remove}, which keep each session's room set. */
    final Map<String, Session> members = new LinkedHashMap<>();
    final RateWindow rate;
    boolean noticesStopped;

    CloudRoom(String roomId, long seq, int perSecond) {
        this.roomId = roomId;
        this.seq = seq;
        this.rate = new RateWindow(perSecond);
    }

    /** Makes {@code s} the member for its uid (replacing an earlier session of that uid). */
    void put(Session s) {
        Session before = members.put(s.uid, s);
        if (before != null && before != s) {
            before.rooms.remove(seq);
        }
        s.rooms.put(seq, this);
    }

    /** Takes the member of {@code uid} out. */
    void remove(String uid) {
        Session gone = members.remove(uid);
        if (gone != null) {
            gone.rooms.remove(seq);
        }
    }
}
