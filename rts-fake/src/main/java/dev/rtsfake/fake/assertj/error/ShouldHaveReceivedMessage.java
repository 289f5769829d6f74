package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.recording.Callback;
import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.RecordedCallback;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A message the test expected never arrived (in the window the assertion looked at). */
public final class ShouldHaveReceivedMessage extends BasicErrorMessageFactory {

    /**
     * {@code Expecting the engine handler of bob to have received onMessageReceived("alice", "hi")
     * but it had not; the messages it received were: ...}, listing them with time and thread.
     *
     * @param since the start of the window looked at (zero: from the start)
     * @param expected the message callback expected
     * @param received the message callbacks of that kind the recorder kept in the window
     */
    public static ErrorMessageFactory shouldHaveReceivedMessage(CallbackRecorder recorder, Mark since,
                                                                Callback expected, List<RecordedCallback> received) {
        return new ShouldHaveReceivedMessage(Render.recorder(recorder), expected.describe(), Render.since(since),
                Render.callbacks(received), Render.dropped(recorder));
    }

    private ShouldHaveReceivedMessage(String who, String expected, String since, String received, String dropped) {
        super("%nExpecting %s to have received%n  %s%s%nbut it had not; the messages it received%s were:%n%s%s",
                unquotedString(who), unquotedString(expected), unquotedString(since), unquotedString(since),
                unquotedString(received), unquotedString(dropped));
    }
}
