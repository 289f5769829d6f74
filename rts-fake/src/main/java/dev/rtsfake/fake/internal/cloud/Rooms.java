package dev.rtsfake.fake.internal.cloud;

import static dev.rtsfake.fake.internal.cloud.Downlink.CLOUD;

import com.ss.bytertc.rts.engine.type.ErrorCode;
import com.ss.bytertc.rts.engine.type.UserOfflineReason;
import com.ss.bytertc.rts.engine.type.WarningCode;
import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.internal.trace.ActorTrace;
import dev.rtsfake.fake.net.PacketKind;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Room membership: joins and leaves, the notices members get about each other, and the notice
 * limit (past {@code roomNoticeLimit} members, 500 by default, the cloud stops sending join and
 * leave notices and tells every member so once). A room exists while it has members.
 */
final class Rooms {
    private final AppRegistry apps;
    private final CloudSettings settings;
    private final Downlink downlink;
    private final ActorTrace steps;

    Rooms(AppRegistry apps, CloudSettings settings, Downlink downlink) {
        this.apps = apps;
        this.settings = settings;
        this.downlink = downlink;
        this.steps = downlink.steps();
    }

    List<String> members(String appId, String roomId) {
        CloudRoom room = apps.get(appId).rooms.get(roomId);
        return room == null ? List.of() : List.copyOf(room.members.keySet());
    }

    boolean isMember(String appId, String roomId, String uid) {
        CloudRoom room = apps.get(appId).rooms.get(roomId);
        return room != null && room.members.containsKey(uid);
    }

    boolean hasMembers(String appId, String roomId) {
        CloudRoom room = apps.get(appId).rooms.get(roomId);
        return room != null && !room.members.isEmpty();
    }

    void join(ClientPort port, String uid, String roomId, long joinId, long deadline, IntConsumer answer) {
        AppState app = apps.get(port.appId());
        Session joiner = app.sessionOf(port, uid);
        if (joiner == null) {
            downlink.answer(port, PacketKind.JOIN_RESULT, uid, deadline, () -> answer.accept(ErrorCode.ERROR_CODE_JOIN_ROOM));
            return;
        }
        CloudRoom room = app.rooms.computeIfAbsent(roomId, id -> new CloudRoom(id, app.nextRoomSeq++, settings.roomPerSecond()));
        if (room.members.get(uid) == joiner && Long.valueOf(joinId).equals(room.joinIds.get(uid))) {
            // The same join again: the client retried a join whose first request got through but
            // whose answer it never took (its connection dropped meanwhile). One join, one notice.
            steps.record("room-join-repeated", null, roomId, uid, room.members.size());
            downlink.answer(port, PacketKind.JOIN_RESULT, uid, deadline, () -> answer.accept(0));
            return;
        }
        room.put(joiner, joinId);
        steps.record("room-join", null, roomId, uid, room.members.size());
        downlink.answer(port, PacketKind.JOIN_RESULT, uid, deadline, () -> answer.accept(0));
        boolean overLimit = room.members.size() > settings.roomNoticeLimit();
        if (overLimit && !room.noticesStopped) {
            room.noticesStopped = true;
            for (Session member : room.members.values()) {
                noticesStopped(member, roomId);
            }
        } else if (overLimit) {
            noticesStopped(joiner, roomId);
        }
        if (overLimit) {
            return;
        }
        // Past the notice limit nobody is told, so the members are listed only below it.
        List<Session> others = new ArrayList<>();
        for (Session m : room.members.values()) {
            if (!m.uid.equals(uid)) {
                others.add(m);
            }
        }
        for (Session member : others) {
            downlink.notice(member, uid, (p, stamp) -> p.roomUserJoined(stamp, roomId, uid));
        }
        for (Session existing : others) {
            downlink.notice(joiner, existing.uid, (p, stamp) -> p.roomUserJoined(stamp, roomId, existing.uid));
        }
    }

    private void noticesStopped(Session member, String roomId) {
        downlink.notice(member, CLOUD,
                (p, stamp) -> p.roomState(stamp, roomId, WarningCode.WARNING_CODE_USER_NOTIFY_STOP, "{}"));
    }

    void leave(ClientPort port, String uid, String roomId, long deadline, Runnable answer) {
        AppState app = apps.get(port.appId());
        CloudRoom room = app.rooms.get(roomId);
        Session member = room == null ? null : room.members.get(uid);
        if (member != null && member.port == port) {
            removeMember(app, room, uid, UserOfflineReason.USER_OFFLINE_REASON_QUIT);
        }
        if (answer != null) {
            downlink.answer(port, PacketKind.LEAVE_RESULT, uid, deadline, answer);
        }
    }

    /** A session ended: it leaves every room it is in, the others hearing {@code reason}. */
    void sessionEnded(AppState app, Session s, int reason) {
        for (CloudRoom room : new ArrayList<>(s.rooms.values())) {
            if (room.members.get(s.uid) == s) {
                removeMember(app, room, s.uid, reason);
            }
        }
    }

    private void removeMember(AppState app, CloudRoom room, String uid, int reason) {
        boolean notify = room.members.size() <= settings.roomNoticeLimit();
        room.remove(uid);
        steps.record("room-leave", reason, room.roomId, uid, room.members.size());
        if (notify) {
            for (Session member : room.members.values()) {
                downlink.notice(member, uid, (p, stamp) -> p.roomUserLeft(stamp, room.roomId, uid, reason));
            }
        }
        if (room.members.size() <= settings.roomNoticeLimit()) {
            room.noticesStopped = false;
        }
        if (room.members.isEmpty()) {
            app.rooms.remove(room.roomId);
        }
    }
}
