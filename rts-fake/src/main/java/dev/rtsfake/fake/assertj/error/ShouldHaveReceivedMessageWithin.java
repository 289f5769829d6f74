package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.RecordedCallback;
import java.time.Duration;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A message arrived, but later in virtual time than the test allowed. */
public final class ShouldHaveReceivedMessageWithin extends BasicErrorMessageFactory {

    /**
     * {@code Expecting the engine handler of bob to have received onMessageReceived("alice", "hi")
     * within 0.050s of the mark at 0.120s (by 0.170s) but it arrived at 0.120s}.
     *
     * @param since the mark the window starts at
     * @param within how long after {@code since} the message had to arrive
     * @param first the first matching message in the window
     */
    public static ErrorMessageFactory shouldHaveReceivedMessageWithin(CallbackRecorder recorder, Mark since,
                                                                      Duration within, RecordedCallback first) {
        return new ShouldHaveReceivedMessageWithin(Render.recorder(recorder), first.callback().describe(),
                RecordedCallback.seconds(within), RecordedCallback.seconds(since.at()),
                RecordedCallback.seconds(since.at().plus(within)), RecordedCallback.seconds(first.at()), first.describe());
    }

    private ShouldHaveReceivedMessageWithin(String who, String expected, String within, String since, String by,
                                            String at, String line) {
        super("%nExpecting %s to have received%n  %s%nwithin %s of the mark at %s (by %s)%nbut it arrived at %s:%n  %s",
                unquotedString(who), unquotedString(expected), unquotedString(within), unquotedString(since),
                unquotedString(by), unquotedString(at), unquotedString(line));
    }
}
