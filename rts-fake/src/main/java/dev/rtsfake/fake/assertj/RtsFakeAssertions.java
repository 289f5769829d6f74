package dev.rtsfake.fake.assertj;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import dev.rtsfake.fake.recording.RecordingRoomEventHandler;
import dev.rtsfake.fake.trace.Trace;
import java.util.Arrays;
import java.util.List;

/**
 * The entry points of the rts-fake assertions, in the AssertJ style: import them statically beside
 * AssertJ's own {@code assertThat} (the argument types tell them apart).
 *
 * <pre>{@code
 * import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
 * import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThatRoomMembers;
 * import static org.assertj.core.api.Assertions.assertThat;
 *
 * assertThat(bobEvents).hasReceivedMessage("alice", "hi");              // a RecordingEventHandler
 * assertThat(lobby).hasRoomMessageSendResult(id, 200);                    // a RecordingRoomEventHandler
 * assertThatRoomMembers(aliceLobby, bobLobby).haveReceivedBroadcast("alice", "hello all");
 * assertThat(cloud).hasNoMisuse().hasUserOnline(APP, "bob");              // the cloud
 * assertThat(cloud.trace()).containsStep(Step.any(TraceKind.MISUSE, "joinRoom")); // the trace
 * assertThat(bobInbox).containsExactly("alice: hi");                      // AssertJ's own
 * }</pre>
 *
 * <p>Failures read in AssertJ's grammar ("Expecting ... but ..."), list what was actually recorded
 * with virtual times, and honour {@code as(...)} descriptions. Their wording lives in
 * {@code dev.rtsfake.fake.assertj.error}, one factory per kind of failure.
 */
public final class RtsFakeAssertions {

    private RtsFakeAssertions() {
    }

    /** Assertions on the cloud: misuse, handler failures, online users, room members. */
    public static FakeRtsCloudAssert assertThat(FakeRtsCloud actual) {
        return new FakeRtsCloudAssert(actual);
    }

    /** Assertions on what an engine's recording handler received. */
    public static RecordingEventHandlerAssert assertThat(RecordingEventHandler actual) {
        return new RecordingEventHandlerAssert(actual);
    }

    /** Assertions on what a room's recording handler received. */
    public static RecordingRoomEventHandlerAssert assertThat(RecordingRoomEventHandler actual) {
        return new RecordingRoomEventHandlerAssert(actual);
    }

    /** Assertions over the room handlers of several members of one room (a broadcast reaching them). */
    public static RoomMembersAssert assertThatRoomMembers(RecordingRoomEventHandler... members) {
        return new RoomMembersAssert(members == null ? null : List.copyOf(Arrays.asList(members)));
    }

    /** Assertions on a trace, by step patterns. */
    public static TraceAssert assertThat(Trace actual) {
        return new TraceAssert(actual);
    }
}
