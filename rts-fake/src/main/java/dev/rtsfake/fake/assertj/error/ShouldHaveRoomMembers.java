package dev.rtsfake.fake.assertj.error;

import java.util.ArrayList;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** A room's members, as the cloud sees them, were not the expected ones. */
public final class ShouldHaveRoomMembers extends BasicErrorMessageFactory {

    /**
     * {@code Expecting room "lobby" of app "..." to have exactly the members ["alice", "bob"] (in any
     * order) but its members were ["alice"] (missing ["bob"], not expected [])}.
     */
    public static ErrorMessageFactory shouldHaveRoomMembers(String appId, String roomId, List<String> expected,
                                                            List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(actual);
        List<String> extra = new ArrayList<>(actual);
        extra.removeAll(expected);
        return new ShouldHaveRoomMembers(appId, roomId, expected, actual, missing, extra);
    }

    private ShouldHaveRoomMembers(String appId, String roomId, List<String> expected, List<String> actual,
                                  List<String> missing, List<String> extra) {
        super("%nExpecting room %s of app %s to have exactly the members (in any order)%n  %s%n"
                + "but its members were%n  %s%n(missing %s, not expected %s)", roomId, appId,
                unquotedString(Render.quoted(expected)), unquotedString(Render.quoted(actual)),
                unquotedString(Render.quoted(missing)), unquotedString(Render.quoted(extra)));
    }
}
