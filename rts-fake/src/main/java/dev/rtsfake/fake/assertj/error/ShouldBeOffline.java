package dev.rtsfake.fake.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A user the test expected offline still had a session (perhaps in its grace period). */
public final class ShouldBeOffline extends BasicErrorMessageFactory {

    /**
     * {@code Expecting user "bob" to be offline in app "..." but it has a session: online users ["alice", "bob"]}.
     *
     * @param online the app's online users, as {@code cloud.onlineUsers(appId)} listed them
     */
    public static ErrorMessageFactory shouldBeOffline(String appId, String uid, List<String> online) {
        return new ShouldBeOffline(appId, uid, online);
    }

    private ShouldBeOffline(String appId, String uid, List<String> online) {
        super("%nExpecting user %s to be offline in app %s%nbut it has a session (a session in its grace period"
                + " counts); the app's online users were:%n  %s", uid, appId, unquotedString(Render.quoted(online)));
    }
}
