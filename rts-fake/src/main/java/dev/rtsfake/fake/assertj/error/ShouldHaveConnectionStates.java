package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.RecordedCallback;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The engine went through other connection states than the test expected. */
public final class ShouldHaveConnectionStates extends BasicErrorMessageFactory {
    private static final String[] NAMES = {
        null, "DISCONNECTED", "CONNECTING", "CONNECTED", "RECONNECTING", "RECONNECTED", "LOST", "FAILED"
    };

    /**
     * {@code Expecting the engine handler of alice to have gone through the connection states
     * [CONNECTING(2), CONNECTED(3)] but they were [CONNECTING(2)]}, then the callbacks with times.
     *
     * @param expected the states expected, in order ({@code ConnectionState} values)
     * @param actual the states recorded in the window, in order
     * @param recorded the {@code onConnectionStateChanged} callbacks they came in
     */
    public static ErrorMessageFactory shouldHaveConnectionStates(CallbackRecorder recorder, Mark since,
                                                                 List<Integer> expected, List<Integer> actual,
                                                                 List<RecordedCallback> recorded) {
        return new ShouldHaveConnectionStates(Render.recorder(recorder), Render.since(since), names(expected),
                names(actual), Render.callbacks(recorded), Render.dropped(recorder));
    }

    /** {@code [CONNECTING(2), CONNECTED(3)]}. */
    public static String names(List<Integer> states) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < states.size(); i++) {
            int s = states.get(i);
            sb.append(i > 0 ? ", " : "").append(s >= 1 && s < NAMES.length ? NAMES[s] : "UNKNOWN").append('(')
                    .append(s).append(')');
        }
        return sb.append(']').toString();
    }

    private ShouldHaveConnectionStates(String who, String since, String expected, String actual, String recorded,
                                       String dropped) {
        super("%nExpecting %s to have gone through the connection states%s%n  %s%nbut they were%n  %s%nin:%n%s%s",
                unquotedString(who), unquotedString(since), unquotedString(expected), unquotedString(actual),
                unquotedString(recorded), unquotedString(dropped));
    }
}
