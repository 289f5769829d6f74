package dev.rtsfake.fake.assertj.error;

import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A user the test expected online had no session with the cloud. */
public final class ShouldBeOnline extends BasicErrorMessageFactory {

    /**
     * {@code Expecting user "bob" to be online in app "..." but the app's online users were: ["alice"]}.
     *
     * @param online the app's online users, as {@code cloud.onlineUsers(appId)} listed them
     */
    public static ErrorMessageFactory shouldBeOnline(String appId, String uid, List<String> online) {
        return new ShouldBeOnline(appId, uid, online);
    }

    private ShouldBeOnline(String appId, String uid, List<String> online) {
        super("%nExpecting user %s to be online in app %s%nbut the app's online users were:%n  %s",
                uid, appId, unquotedString(Render.quoted(online)));
    }
}
