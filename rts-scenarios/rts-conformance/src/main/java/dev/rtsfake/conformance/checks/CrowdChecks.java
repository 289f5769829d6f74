package dev.rtsfake.conformance.checks;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.conformance.Required;
import dev.rtsfake.conformance.Room;
import dev.rtsfake.conformance.probe.EngineProbe;
import dev.rtsfake.conformance.probe.Event;
import dev.rtsfake.conformance.probe.RoomProbe;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Rooms with more members than the cloud tells each other about (a crowd of engines). */
public interface CrowdChecks extends Checks {

    /** The members a room has before the cloud stops its join and leave notices (ref §2.6). */
    int NOTICE_LIMIT = 500;
    /** The warning every member gets when the room passes the limit. */
    int WARNING_USER_NOTIFY_STOP = -2013;

    @Required("ref §1.5 (−2013: more than 500 users, onUserJoined / onUserLeave no longer delivered to existing"
            + " users), §2.6 [X]; D23")
    default void room_pastItsNoticeLimit_warnsEveryMemberMinus2013_andStopsJoinAndLeaveNotices() {
        ConformanceTarget.Device crowd = kit().target().crowd();
        Room mine = kit().loggedIn("alice").joined("lobby");
        List<RTS> engines = new ArrayList<>();
        List<RoomProbe> rooms = new ArrayList<>();
        List<RTSRoom> joined = new ArrayList<>();
        try {
            // Alice and 499 others: the room at its limit; then the 501st and 502nd member.
            List<EngineProbe> probes = new ArrayList<>();
            for (int i = 0; i < NOTICE_LIMIT + 1; i++) {
                String uid = kit().target().uid("crowd" + i);
                EngineProbe probe = new EngineProbe(uid);
                RTS rts = crowd.createRTS(kit().target().appId(), probe, null);
                kit().check(rts != null, "createRTS returned null for crowd member " + i);
                engines.add(rts);
                probes.add(probe);
                rts.login(kit().target().token(uid), uid);
            }
            kit().expect((NOTICE_LIMIT + 1) + " crowd logins", () -> probes.stream().allMatch(p -> p.log().has(
                    e -> e.name().equals("onLoginResult") && e.intArg(1) == 0)), Duration.ofSeconds(30));
            for (int i = 0; i < NOTICE_LIMIT - 1; i++) {
                join(engines.get(i), mine.roomId(), rooms, joined);
            }
            kit().expect("499 more members in the room", () -> rooms.stream().allMatch(r -> r.log().has(
                    e -> e.name().equals("onRoomStateChanged") && e.intArg(2) == 0)), Duration.ofSeconds(30));
            kit().expect("alice hears the 499 joins", () -> mine.log().count("onUserJoined") == NOTICE_LIMIT - 1,
                    Duration.ofSeconds(10));
            kit().check(!mine.log().has(CrowdChecks::isNotifyStop), "alice was warned -2013 at the limit itself");

            RoomProbe first = join(engines.get(NOTICE_LIMIT - 1), mine.roomId(), rooms, joined);
            kit().expect("the 501st member's state 0, then -2013", () -> states(first).size() == 2);
            kit().checkEquals(0, states(first).get(0).intArg(2), "the 501st member's first room state");
            kit().checkEquals(WARNING_USER_NOTIFY_STOP, states(first).get(1).intArg(2), "its second");
            kit().expect("alice warned -2013", () -> mine.log().has(CrowdChecks::isNotifyStop));
            RoomProbe second = join(engines.get(NOTICE_LIMIT), mine.roomId(), rooms, joined);
            kit().expect("the 502nd member's state 0, then -2013", () -> states(second).size() == 2);
            joined.get(NOTICE_LIMIT - 1).leaveRoom();
            kit().settle();

            String j501 = kit().target().uid("crowd" + (NOTICE_LIMIT - 1));
            String j502 = kit().target().uid("crowd" + NOTICE_LIMIT);
            kit().checkEquals(NOTICE_LIMIT - 1, mine.log().count("onUserJoined"),
                    "alice's onUserJoined (none past the limit, for " + j501 + " and " + j502 + ")");
            kit().checkEquals(0, mine.log().count("onUserLeave"), "alice's onUserLeave after " + j501 + " left");
            kit().checkEquals(1, mine.log().matching(CrowdChecks::isNotifyStop).size(), "alice's -2013 warnings");
            kit().checkEquals(1, rooms.get(0).log().matching(CrowdChecks::isNotifyStop).size(),
                    "an earlier member's -2013 warnings");
        } finally {
            for (RTS rts : engines) {
                crowd.destroyEngine(rts);
            }
        }
    }

    private RoomProbe join(RTS rts, String roomId, List<RoomProbe> rooms, List<RTSRoom> joined) {
        RoomProbe probe = new RoomProbe(roomId);
        RTSRoom room = rts.createRoom(roomId);
        room.setRTSRoomEventHandler(probe);
        room.joinRoom();
        rooms.add(probe);
        joined.add(room);
        return probe;
    }

    private static List<Event> states(RoomProbe room) {
        return room.log().named("onRoomStateChanged");
    }

    private static boolean isNotifyStop(Event e) {
        return e.name().equals("onRoomStateChanged") && e.intArg(2) == WARNING_USER_NOTIFY_STOP;
    }
}
