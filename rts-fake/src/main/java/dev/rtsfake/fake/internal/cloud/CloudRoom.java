package dev.rtsfake.fake.internal.cloud;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One room of one app, as the cloud keeps it: its members (their sessions) in joining order. */
final class CloudRoom {
    final String roomId;
    /** The room's number in its app: rooms made later have larger ones. */
    final long seq;
    /** Change only through {@link #put} and {@link #remove}, which keep each session's room set. */
    final Map<String, Session> members = new LinkedHashMap<>();
    /** Per member, the id of the join that made it one (a repeat of that join changes nothing). */
    final Map<String, Long> joinIds = new HashMap<>();
    final RateWindow rate;
    boolean noticesStopped;

    CloudRoom(String roomId, long seq, int perSecond) {
        this.roomId = roomId;
        this.seq = seq;
        this.rate = new RateWindow(perSecond);
    }

    /** Makes {@code s} the member for its uid by join {@code joinId} (replacing an earlier session of that uid). */
    void put(Session s, long joinId) {
        Session before = members.put(s.uid, s);
        if (before != null && before != s) {
            before.rooms.remove(seq);
        }
        s.rooms.put(seq, this);
        joinIds.put(s.uid, joinId);
    }

    /** Takes the member of {@code uid} out. */
    void remove(String uid) {
        Session gone = members.remove(uid);
        joinIds.remove(uid);
        if (gone != null) {
            gone.rooms.remove(seq);
        }
    }
}
