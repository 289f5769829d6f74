package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.error.ShouldBeOffline.shouldBeOffline;
import static dev.rtsfake.fake.assertj.error.ShouldBeOnline.shouldBeOnline;
import static dev.rtsfake.fake.assertj.error.ShouldHaveNoHandlerFailure.shouldHaveNoHandlerFailure;
import static dev.rtsfake.fake.assertj.error.ShouldHaveNoMisuse.shouldHaveNoMisuse;
import static dev.rtsfake.fake.assertj.error.ShouldHaveRoomMembers.shouldHaveRoomMembers;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.diag.HandlerFailure;
import dev.rtsfake.fake.diag.Misuse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.internal.Failures;

/**
 * Assertions on a {@link FakeRtsCloud}: what strict mode saw, who is online, who is in a room,
 * as the cloud sees it now. Get one with {@link RtsFakeAssertions#assertThat(FakeRtsCloud)}.
 *
 * <pre>{@code
 * assertThat(cloud).hasNoMisuse()
 *                  .hasNoHandlerFailure()
 *                  .hasUserOnline(APP, "alice")
 *                  .hasRoomMembers(APP, "lobby", "alice", "bob");
 * }</pre>
 */
public class FakeRtsCloudAssert extends org.assertj.core.api.AbstractAssert<FakeRtsCloudAssert, FakeRtsCloud> {

    /** Prefer {@link RtsFakeAssertions#assertThat(FakeRtsCloud)}. */
    protected FakeRtsCloudAssert(FakeRtsCloud actual) {
        super(actual, FakeRtsCloudAssert.class);
    }

    /**
     * Checks that strict mode recorded no SDK misuse ({@code cloud.misuses()} is empty).
     *
     * <p>Fails after, say, {@code joinRoom} before login, with each misuse and what to do instead:
     * {@code Expecting the cloud (seed 42) to have seen no SDK misuse but it saw 1:
     * alice.joinRoom at PT0S: ...}.
     *
     * @throws AssertionError if there was any
     */
    public FakeRtsCloudAssert hasNoMisuse() {
        isNotNull();
        List<Misuse> misuses = actual.misuses();
        if (!misuses.isEmpty()) {
            throwAssertionError(shouldHaveNoMisuse(actual.seed(), misuses));
        }
        return myself;
    }

    /**
     * Checks that no app handler threw ({@code cloud.handlerFailures()} is empty). The first
     * failure's exception is the cause of the error.
     *
     * @throws AssertionError if one did
     */
    public FakeRtsCloudAssert hasNoHandlerFailure() {
        isNotNull();
        List<HandlerFailure> failures = actual.handlerFailures();
        if (!failures.isEmpty()) {
            AssertionError error = assertionError(shouldHaveNoHandlerFailure(actual.seed(), failures));
            error.initCause(failures.get(0).error());
            throw error;
        }
        return myself;
    }

    /**
     * Checks that {@code uid} has a session with the cloud in {@code appId} (one in its grace
     * period after a drop counts, as in {@code cloud.onlineUsers(appId)}).
     *
     * @throws AssertionError if not, listing the app's online users
     */
    public FakeRtsCloudAssert hasUserOnline(String appId, String uid) {
        isNotNull();
        List<String> online = actual.onlineUsers(appId);
        if (!online.contains(uid)) {
            throwAssertionError(shouldBeOnline(appId, uid, online));
        }
        return myself;
    }

    /**
     * Checks that {@code uid} has no session with the cloud in {@code appId}.
     *
     * @throws AssertionError if it has, listing the app's online users
     */
    public FakeRtsCloudAssert hasUserOffline(String appId, String uid) {
        isNotNull();
        List<String> online = actual.onlineUsers(appId);
        if (online.contains(uid)) {
            throwAssertionError(shouldBeOffline(appId, uid, online));
        }
        return myself;
    }

    /**
     * Checks that the cloud's members of the room are exactly {@code uids}, in any order (no
     * uids: the room is empty or does not exist).
     *
     * @throws AssertionError otherwise, naming who is missing and who was not expected; the error
     *     carries both lists for an IDE's diff
     */
    public FakeRtsCloudAssert hasRoomMembers(String appId, String roomId, String... uids) {
        isNotNull();
        List<String> members = actual.roomMembers(appId, roomId);
        List<String> expected = Arrays.asList(uids);
        List<String> sortedActual = new ArrayList<>(members);
        List<String> sortedExpected = new ArrayList<>(expected);
        sortedActual.sort(null);
        sortedExpected.sort(null);
        if (!sortedActual.equals(sortedExpected)) {
            throw Failures.instance().failure(info, shouldHaveRoomMembers(appId, roomId, expected, members),
                    members, expected);
        }
        return myself;
    }
}
