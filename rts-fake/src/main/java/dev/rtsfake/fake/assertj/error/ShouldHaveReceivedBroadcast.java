package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.recording.RecordedCallback;
import java.util.List;
import java.util.Map;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A room broadcast did not reach every member but the sender, or reached the sender itself (the
 * SDK does not tell the sender).
 */
public final class ShouldHaveReceivedBroadcast extends BasicErrorMessageFactory {

    /**
     * {@code Expecting the room message "hi" from "alice" to reach every member but the sender:
     * ["bob", "carol"] but it did not reach "carol", whose room messages were: ...}.
     *
     * @param receivers the members other than the sender, in the order given
     * @param notReached per member not reached, the room messages it did receive
     * @param senderTold the sender's own {@code onRoomMessageReceived} of it, if the sender's
     *     handler was among those asserted on and got it (else empty)
     */
    public static ErrorMessageFactory shouldHaveReceivedBroadcast(String sender, String text, List<String> receivers,
                                                                  Map<String, List<RecordedCallback>> notReached,
                                                                  List<RecordedCallback> senderTold) {
        StringBuilder but = new StringBuilder();
        notReached.forEach((uid, messages) -> {
            if (but.length() > 0) {
                but.append(Render.NL).append("and ");
            }
            but.append("it did not reach \"").append(uid).append("\", whose room messages were:").append(Render.NL)
                    .append(Render.callbacks(messages));
        });
        if (!senderTold.isEmpty()) {
            if (but.length() > 0) {
                but.append(Render.NL).append("and ");
            }
            but.append("the sender \"").append(sender).append("\" was told too:").append(Render.NL)
                    .append(Render.callbacks(senderTold));
        }
        return new ShouldHaveReceivedBroadcast(sender, text, Render.quoted(receivers), but.toString());
    }

    private ShouldHaveReceivedBroadcast(String sender, String text, String receivers, String but) {
        super("%nExpecting the room message %s from %s to reach every member but the sender:%n  %s%nbut %s",
                text, sender, unquotedString(receivers), unquotedString(but));
    }
}
