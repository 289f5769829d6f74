package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.RecordedCallback;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A send call's result callback was missing, had another code, or came more than once (the SDK
 * reports each id exactly once).
 */
public final class ShouldHaveSendResult extends BasicErrorMessageFactory {

    /**
     * {@code Expecting the engine handler of alice to have received onMessageSendResult for message 1
     * with code 0 but ...}: "no result for it was recorded", "it was 1", or "it was reported 2
     * times", then the results recorded.
     *
     * @param callbackName {@code onMessageSendResult}, {@code onServerMessageSendResult} or {@code onRoomMessageSendResult}
     * @param forThisId the results recorded for {@code msgId}, in order
     * @param all every result of that callback the recorder kept
     */
    public static ErrorMessageFactory shouldHaveSendResult(CallbackRecorder recorder, String callbackName, long msgId,
                                                           int code, List<Integer> forThisId,
                                                           List<RecordedCallback> all) {
        String but = forThisId.isEmpty() ? "no result for it was recorded"
                : forThisId.size() > 1 ? "it was reported " + forThisId.size() + " times, with codes " + forThisId
                : "it was " + forThisId.get(0);
        return new ShouldHaveSendResult(Render.recorder(recorder), callbackName, msgId, code, but,
                Render.callbacks(all), Render.dropped(recorder));
    }

    private ShouldHaveSendResult(String who, String callbackName, long msgId, int code, String but, String all,
                                 String dropped) {
        super("%nExpecting %s to have received %s for message %s once, with code %s%nbut %s; the results recorded were:%n%s%s",
                unquotedString(who), unquotedString(callbackName), msgId, code, unquotedString(but),
                unquotedString(all), unquotedString(dropped));
    }
}
