package dev.rtsfake.fake.cloud;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** One room of one app, as the cloud keeps it: its members (their sessions) in joining order. */
final class CloudRoom {
    final String roomId;
    final Map<String, Session> members = new LinkedHashMap<>();
    /** Per member, the id of the join that made it one (a repeat of that join changes nothing). */
    final Map<String, Long> joinIds = new HashMap<>();
    final RateWindow rate;
    boolean noticesStopped;

    CloudRoom(String roomId, int perSecond) {
        this.roomId = roomId;
        this.rate = new RateWindow(perSecond);
    }
}
