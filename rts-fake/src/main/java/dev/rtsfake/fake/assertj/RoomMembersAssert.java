package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedBroadcast.shouldHaveReceivedBroadcast;

import dev.rtsfake.fake.recording.RecordedCallback;
import dev.rtsfake.fake.recording.RecordingRoomEventHandler;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageReceived;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions over the room handlers of several members of one room, each known by the uid its
 * {@code onRoomStateChanged} reported (so each must have been set before {@code joinRoom}). Get
 * one with {@link RtsFakeAssertions#assertThatRoomMembers}.
 *
 * <pre>{@code
 * long id = aliceRoom.sendRoomMessage("hello all");
 * cloud.runUntilIdle();
 * assertThatRoomMembers(aliceLobby, bobLobby, carolLobby).haveReceivedBroadcast("alice", "hello all");
 * }</pre>
 */
public class RoomMembersAssert extends AbstractAssert<RoomMembersAssert, List<RecordingRoomEventHandler>> {
    /** Prefer {@link RtsFakeAssertions#assertThatRoomMembers}. */
    protected RoomMembersAssert(List<RecordingRoomEventHandler> members) {
        super(members, RoomMembersAssert.class);
    }

    /**
     * Checks that every member but {@code senderUid} recorded
     * {@code onRoomMessageReceived(senderUid, text)}, and that the sender's own handler, if it is
     * among the members, did not (the SDK does not tell the sender).
     *
     * @throws AssertionError if a member was not reached or the sender was told, listing the room
     *     messages of each member that was not reached
     * @throws IllegalArgumentException if a member's handler has not seen an
     *     {@code onRoomStateChanged} yet, so whose it is is unknown
     */
    public RoomMembersAssert haveReceivedBroadcast(String senderUid, String text) {
        isNotNull();
        RoomMessageReceived expected = new RoomMessageReceived(senderUid, text);
        List<String> receivers = new ArrayList<>();
        Map<String, List<RecordedCallback>> notReached = new LinkedHashMap<>();
        List<RecordedCallback> senderTold = new ArrayList<>();
        for (int i = 0; i < actual.size(); i++) {
            RecordingRoomEventHandler member = actual.get(i);
            int number = i + 1;
            String uid = member.uid().orElseThrow(() -> new IllegalArgumentException("room member #" + number
                    + " has had no onRoomStateChanged, so whose handler it is is unknown: set it with"
                    + " setRTSRoomEventHandler before joinRoom and drive the clock until the join"));
            List<RecordedCallback> messages = member.recorded().stream()
                    .filter(r -> r.callback() instanceof RoomMessageReceived).toList();
            boolean got = messages.stream().anyMatch(r -> r.callback().equals(expected));
            if (uid.equals(senderUid)) {
                if (got) {
                    senderTold.addAll(messages.stream().filter(r -> r.callback().equals(expected)).toList());
                }
            } else {
                receivers.add(uid);
                if (!got) {
                    notReached.put(uid, messages);
                }
            }
        }
        if (!notReached.isEmpty() || !senderTold.isEmpty()) {
            throwAssertionError(shouldHaveReceivedBroadcast(senderUid, text, receivers, notReached, senderTold));
        }
        return myself;
    }
}
