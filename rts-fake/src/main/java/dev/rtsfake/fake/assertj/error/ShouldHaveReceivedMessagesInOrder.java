package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.RecordedCallback;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The messages from one sender were not exactly the expected ones in the expected order. */
public final class ShouldHaveReceivedMessagesInOrder extends BasicErrorMessageFactory {

    /**
     * {@code Expecting the engine handler of bob to have received from "alice" exactly, in this
     * order: ["one", "two"] but it received: ["two", "one"]}, then the callbacks with times.
     *
     * @param expected the texts expected, in order
     * @param actual the texts received from {@code from} in the window, in order
     * @param received the callbacks they came in
     */
    public static ErrorMessageFactory shouldHaveReceivedMessagesInOrder(CallbackRecorder recorder, Mark since,
                                                                        String from, List<String> expected,
                                                                        List<String> actual,
                                                                        List<RecordedCallback> received) {
        return new ShouldHaveReceivedMessagesInOrder(Render.recorder(recorder), from, Render.since(since),
                Render.quoted(expected), Render.quoted(actual), Render.callbacks(received), Render.dropped(recorder));
    }

    private ShouldHaveReceivedMessagesInOrder(String who, String from, String since, String expected,
                                              String actual, String received, String dropped) {
        super("%nExpecting %s to have received from %s%s exactly these messages, in this order:%n  %s%n"
                + "but it received:%n  %s%nin:%n%s%s", unquotedString(who), from, unquotedString(since),
                unquotedString(expected), unquotedString(actual), unquotedString(received), unquotedString(dropped));
    }
}
