package dev.rtsfake.fake.assertj;

import dev.rtsfake.fake.recording.RecordingRoomEventHandler;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageReceived;
import dev.rtsfake.fake.recording.RoomCallback.RoomMessageSendResult;
import java.time.Duration;

/**
 * Assertions on what a room's {@link RecordingRoomEventHandler} received. Get one with
 * {@link RtsFakeAssertions#assertThat(RecordingRoomEventHandler)}; every check reads the callbacks
 * kept after the {@link #since} mark (the whole recording by default). For a broadcast seen by
 * several members use {@link RtsFakeAssertions#assertThatRoomMembers}.
 *
 * <pre>{@code
 * assertThat(bobLobby).hasReceivedRoomMessage("alice", "hello all");
 * assertThat(aliceLobby).hasRoomMessageSendResult(id, 200);
 * }</pre>
 */
public class RecordingRoomEventHandlerAssert
        extends AbstractCallbackRecorderAssert<RecordingRoomEventHandlerAssert, RecordingRoomEventHandler> {

    /** Prefer {@link RtsFakeAssertions#assertThat(RecordingRoomEventHandler)}. */
    protected RecordingRoomEventHandlerAssert(RecordingRoomEventHandler actual) {
        super(actual, RecordingRoomEventHandlerAssert.class);
    }

    /**
     * Checks that an {@code onRoomMessageReceived(fromUid, text)} was recorded.
     *
     * @throws AssertionError if not, listing the room messages that were
     */
    public RecordingRoomEventHandlerAssert hasReceivedRoomMessage(String fromUid, String text) {
        return received(new RoomMessageReceived(fromUid, text));
    }

    /**
     * Checks that an {@code onRoomMessageReceived(fromUid, text)} ran no later than {@code within}
     * after the {@link #since} mark's virtual time.
     *
     * @throws AssertionError if it was not recorded, or came later
     */
    public RecordingRoomEventHandlerAssert hasReceivedRoomMessageWithin(Duration within, String fromUid, String text) {
        return receivedWithin(within, new RoomMessageReceived(fromUid, text));
    }

    /**
     * Checks that the room text messages from {@code fromUid} are exactly {@code texts}, in order.
     *
     * @throws AssertionError otherwise; the error carries both lists for an IDE's diff
     */
    public RecordingRoomEventHandlerAssert hasReceivedRoomMessagesInOrder(String fromUid, String... texts) {
        return receivedInOrder(RoomMessageReceived.class, RoomMessageReceived::uid, RoomMessageReceived::message,
                fromUid, texts);
    }

    /**
     * Checks that {@code onRoomMessageSendResult(msgId, code)} was recorded, exactly once for that
     * id (200 success, not 0; see {@code RoomMessageSendResult}).
     *
     * @throws AssertionError if there was none for {@code msgId}, another code, or more than one
     */
    public RecordingRoomEventHandlerAssert hasRoomMessageSendResult(long msgId, int code) {
        return sendResult(RoomMessageSendResult.class, "onRoomMessageSendResult", RoomMessageSendResult::msgId,
                RoomMessageSendResult::error, msgId, code);
    }
}
