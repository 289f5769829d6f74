package dev.rtsfake.fake.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A broadcast's arrivals due at one instant share one queue entry (the scheduler's step events):
 * each member's arrival still runs as a step of its own, its callback handed out before the next
 * member's arrival, and faults on some members' links change nothing for the others.
 */
class RoomFanOutOrderTest {
    private static final String APP = "rtsfake-demo-app-0000001";
    private static final int MEMBERS = 12;

    @Test
    void broadcast_eachArrivalIsFollowedByItsOwnCallback_inMemberOrder() {
        List<String> order = new ArrayList<>();
        List<String> lines = fanOut(cloud -> { }, order);

        List<String> expected = new ArrayList<>();
        for (int i = 1; i < MEMBERS; i++) {
            expected.add("m" + pad(i));
        }
        assertThat(order).containsExactlyElementsOf(expected);
        // NET deliver and CALLBACK alternate: the callback of one arrival comes before the next arrival.
        List<String> steps = lines.stream()
                .filter(l -> l.contains("/down deliver(BROADCAST ") || l.contains("onRoomMessageReceived"))
                .toList();
        assertThat(steps).hasSize(2 * (MEMBERS - 1));
        for (int i = 0; i < steps.size(); i += 2) {
            assertThat(steps.get(i)).contains("deliver");
            assertThat(steps.get(i + 1)).contains("onRoomMessageReceived");
        }
    }

    @Test
    void broadcast_faultsOnSomeMembers_leaveTheOthersTraceStepsAndOrderUnchanged() {
        List<String> plainOrder = new ArrayList<>();
        List<String> plain = fanOut(cloud -> { }, plainOrder);
        List<String> faultyOrder = new ArrayList<>();
        List<String> faulty = fanOut(cloud -> {
            cloud.network().hold("m03", LinkDirection.DOWN);
            cloud.network().loss("m07", LinkDirection.DOWN, LossModel.independent(0.5));
            cloud.network().latency("m09", LinkDirection.DOWN, Duration.ofMillis(45), Duration.ofMillis(10));
        }, faultyOrder);

        // Engines are named in creation order: m03's is rts-4.
        List<String> actors = List.of("m03", "m07", "m09", "rts-4/", "rts-8/", "rts-10/");
        assertThat(withoutActors(faulty, actors)).isEqualTo(withoutActors(plain, actors));
        assertThat(faulty).anyMatch(l -> l.contains("rts-4/down held"));
        assertThat(faultyOrder).doesNotContain("m03");
        List<String> others = new ArrayList<>(plainOrder);
        others.removeAll(List.of("m03", "m07", "m09"));
        List<String> faultyOthers = new ArrayList<>(faultyOrder);
        faultyOthers.removeAll(List.of("m07", "m09"));
        assertThat(faultyOthers).isEqualTo(others);
        assertThat(faultyOrder).contains("m09");
    }

    /** The trace lines of one broadcast from m00 to the room; {@code order} gets the receivers in callback order. */
    private static List<String> fanOut(Consumer<FakeRtsCloud> faults, List<String> order) {
        try (FakeRtsCloud cloud = FakeRtsCloud.builder().app(APP, "key").seed(7).rateLimits(false)
                .sysStatsInterval(Duration.ZERO).build()) {
            RTSRoom speaker = null;
            for (int i = 0; i < MEMBERS; i++) {
                String uid = "m" + pad(i);
                RTS rts = cloud.createRTS(APP, new IRTSEventHandler() { });
                rts.login(cloud.tokens().issueNeverExpiring(APP, uid), uid);
                cloud.runUntilIdle();
                RTSRoom room = rts.createRoom("hall");
                room.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
                    @Override
                    public void onRoomMessageReceived(String from, String message) {
                        order.add(uid);
                    }
                });
                room.joinRoom();
                cloud.runUntilIdle();
                if (speaker == null) {
                    speaker = room;
                }
            }
            int before = cloud.trace().lines().size();
            faults.accept(cloud);
            speaker.sendRoomMessage("hello");
            cloud.advance(Duration.ofSeconds(2));
            List<String> lines = cloud.trace().lines();
            return new ArrayList<>(lines.subList(before, lines.size()));
        }
    }

    private static String pad(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }

    private static List<String> withoutActors(List<String> lines, List<String> actors) {
        List<String> out = new ArrayList<>();
        for (String l : lines) {
            if (actors.stream().noneMatch(l::contains)) {
                // Step numbers shift with the faulty members' extra steps; the rest must not change.
                out.add(l.replaceFirst("#\\d+ ", ""));
            }
        }
        return out;
    }
}
