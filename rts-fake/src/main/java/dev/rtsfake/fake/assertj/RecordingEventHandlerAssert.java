package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.error.ShouldHaveConnectionStates.shouldHaveConnectionStates;

import dev.rtsfake.fake.recording.EngineCallback.ConnectionStateChanged;
import dev.rtsfake.fake.recording.EngineCallback.MessageReceived;
import dev.rtsfake.fake.recording.EngineCallback.MessageSendResult;
import dev.rtsfake.fake.recording.EngineCallback.ServerMessageSendResult;
import dev.rtsfake.fake.recording.RecordedCallback;
import dev.rtsfake.fake.recording.RecordingEventHandler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.internal.Failures;

/**
 * Assertions on what an engine's {@link RecordingEventHandler} received. Get one with
 * {@link RtsFakeAssertions#assertThat(RecordingEventHandler)}; every check reads the callbacks
 * kept after the {@link #since} mark (the whole recording by default).
 *
 * <pre>{@code
 * assertThat(bobEvents).hasReceivedMessage("alice", "hi");
 * assertThat(aliceEvents).hasMessageSendResult(id, 0)
 *                        .hasConnectionStates(2, 3);       // CONNECTING, CONNECTED
 * }</pre>
 */
public class RecordingEventHandlerAssert
        extends AbstractCallbackRecorderAssert<RecordingEventHandlerAssert, RecordingEventHandler> {

    /** Prefer {@link RtsFakeAssertions#assertThat(RecordingEventHandler)}. */
    protected RecordingEventHandlerAssert(RecordingEventHandler actual) {
        super(actual, RecordingEventHandlerAssert.class);
    }

    /**
     * Checks that an {@code onMessageReceived(fromUid, text)} was recorded.
     *
     * <p>Succeeds after {@code alice.sendMessage("bob", "hi", ...)} and a drive; fails when bob got
     * only {@code "hello"}, listing what he got:
     * {@code Expecting the engine handler of bob to have received onMessageReceived("alice", "hi")
     * but it had not; the messages it received were: #5 at 0.120s on main: onMessageReceived("alice", "hello")}.
     *
     * @throws AssertionError if no such message was recorded in the window
     */
    public RecordingEventHandlerAssert hasReceivedMessage(String fromUid, String text) {
        return received(new MessageReceived(fromUid, text));
    }

    /**
     * Checks that an {@code onMessageReceived(fromUid, text)} ran no later than {@code within}
     * after the {@link #since} mark's virtual time.
     *
     * @throws AssertionError if it was not recorded, or came later
     */
    public RecordingEventHandlerAssert hasReceivedMessageWithin(Duration within, String fromUid, String text) {
        return receivedWithin(within, new MessageReceived(fromUid, text));
    }

    /**
     * Checks that the text messages from {@code fromUid} are exactly {@code texts}, in this order
     * (none missing, none extra, none repeated).
     *
     * @throws AssertionError otherwise; the error carries both lists for an IDE's diff
     */
    public RecordingEventHandlerAssert hasReceivedMessagesInOrder(String fromUid, String... texts) {
        return receivedInOrder(MessageReceived.class, MessageReceived::uid, MessageReceived::message, fromUid, texts);
    }

    /**
     * Checks that {@code onMessageSendResult(msgId, code)} was recorded, exactly once for that id
     * (0 delivered; see {@code UserMessageSendResult}).
     *
     * @throws AssertionError if there was none for {@code msgId}, another code, or more than one
     */
    public RecordingEventHandlerAssert hasMessageSendResult(long msgId, int code) {
        return sendResult(MessageSendResult.class, "onMessageSendResult", MessageSendResult::msgId,
                MessageSendResult::error, msgId, code);
    }

    /**
     * Checks that {@code onServerMessageSendResult(msgId, code, ...)} was recorded, exactly once
     * for that id (0 success).
     *
     * @throws AssertionError if there was none for {@code msgId}, another code, or more than one
     */
    public RecordingEventHandlerAssert hasServerMessageSendResult(long msgId, int code) {
        return sendResult(ServerMessageSendResult.class, "onServerMessageSendResult", ServerMessageSendResult::msgId,
                ServerMessageSendResult::error, msgId, code);
    }

    /**
     * Checks that the connection states reported ({@code onConnectionStateChanged}) are exactly
     * {@code states}, in order ({@code ConnectionState} values: 2 CONNECTING, 3 CONNECTED,
     * 4 RECONNECTING, 5 RECONNECTED, 1 DISCONNECTED, 6 LOST, 7 FAILED).
     *
     * <pre>{@code
     * Mark beforeDrop = aliceEvents.mark();
     * cloud.network().disconnect("alice");
     * ...
     * assertThat(aliceEvents).since(beforeDrop).hasConnectionStates(4, 5);   // RECONNECTING, RECONNECTED
     * }</pre>
     *
     * @throws AssertionError otherwise; the error carries both sequences for an IDE's diff
     */
    public RecordingEventHandlerAssert hasConnectionStates(int... states) {
        List<RecordedCallback> recorded = window(ConnectionStateChanged.class);
        List<Integer> actualStates = new ArrayList<>();
        recorded.forEach(r -> actualStates.add(((ConnectionStateChanged) r.callback()).state()));
        List<Integer> expected = Arrays.stream(states).boxed().toList();
        if (!actualStates.equals(expected)) {
            throw Failures.instance().failure(info, shouldHaveConnectionStates(actual, windowStart(), expected,
                    actualStates, recorded), actualStates, expected);
        }
        return myself;
    }
}
