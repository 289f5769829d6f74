package dev.rtsfake.conformance;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.json.JSONObject;

/**
 * One implementation of the RTS SDK for the conformance suite to check: the fake, or the real SDK on a
 * device. It makes engines, hands out login tokens and waits; everything else is optional.
 *
 * <p>The suite makes a new target for every check ({@link RtsConformanceSuite#newTarget()}) and closes it
 * after, having destroyed the engines it made. All durations are the target's own time: virtual time for
 * a simulator, wall-clock time on a device.
 *
 * <p>Each optional capability ({@link #secondDevice()}, {@link #network()}, {@link #clock()},
 * {@link #tokens()}, {@link #serverPush()}, {@link #appServer()}, {@link #serverFaults()}, {@link #crowd()}) throws
 * {@link UnsupportedCapabilityException} by default; a check that needs it is then skipped with that
 * reason. A capability's own methods may throw it too, for a part the target lacks.
 *
 * <pre>{@code
 * final class MyDeviceTarget extends WallClockTarget {
 *     public RTS createRTS(String appId, IRTSEventHandler h, JSONObject p) {
 *         return RTS.createRTS(context, appId, h, p);
 *     }
 *     ...
 * }
 * }</pre>
 */
public interface ConformanceTarget extends AutoCloseable {

    /** A name for the scorecard, e.g. "rts-fake (virtual time)" or "RTS SDK 1.2.3 on Pixel 7". */
    String name();

    /** The AppId of the app the checks log in to (24 characters). */
    String appId();

    /**
     * Makes an engine of this device, as the app does: on a device, {@code RTS.createRTS(context, appId,
     * handler, parameters)}. May return null where the SDK does (an unknown, empty or null appId).
     */
    RTS createRTS(String appId, IRTSEventHandler handler, JSONObject parameters);

    /** Destroys an engine {@link #createRTS} made (on a device: {@code RTS.destroyRTS()}). */
    void destroyEngine(RTS engine);

    /** A valid login token for {@code uid} in {@link #appId()}, good for at least an hour. */
    String token(String uid);

    /**
     * The user id to use for a role ("alice", "bob"); a target shared with other runs (a real cloud) makes
     * it unique, e.g. {@code role + "-" + runId}. It must match {@code [a-zA-Z0-9_@\-.]{1,128}}.
     */
    default String uid(String role) {
        return role;
    }

    /** The room id to use for a room the check names; unique per run on a shared cloud, like {@link #uid}. */
    default String roomId(String name) {
        return name;
    }

    /**
     * Waits until {@code condition} holds, for at most {@code max} of the target's time, letting callbacks
     * arrive meanwhile.
     *
     * @return whether the condition held
     */
    boolean await(BooleanSupplier condition, Duration max);

    /** Lets {@code duration} of the target's time pass, delivering what comes meanwhile. */
    void pass(Duration duration);

    /**
     * The target's time, in nanoseconds from any fixed origin, for measuring how long a burst of calls
     * took by the clock the SDK's limits count in. A device's is the wall clock (the default); a
     * simulator's is its own clock.
     */
    default long timeNanos() {
        return System.nanoTime();
    }

    /** Engines for other users, on another device (or as another app instance on this one). */
    default Device secondDevice() {
        throw new UnsupportedCapabilityException(Capability.SECOND_DEVICE, null);
    }

    /** Takes a device's link down and brings it back (and, where the target can, changes its network type). */
    default NetworkControl network() {
        throw new UnsupportedCapabilityException(Capability.NETWORK_FAULTS, null);
    }

    /** Lets long stretches of the target's time pass quickly. */
    default ClockControl clock() {
        throw new UnsupportedCapabilityException(Capability.CLOCK_CONTROL, null);
    }

    /** Tokens that are expired or expire soon. */
    default TokenControl tokens() {
        throw new UnsupportedCapabilityException(Capability.TOKEN_CONTROL, null);
    }

    /** The vendor's server push OpenAPI. */
    default ServerPush serverPush() {
        throw new UnsupportedCapabilityException(Capability.SERVER_PUSH, null);
    }

    /** The app's own server, which P2Server messages reach. */
    default AppServerControl appServer() {
        throw new UnsupportedCapabilityException(Capability.APP_SERVER, null);
    }

    /** Faults on the cloud's side. */
    default ServerFaults serverFaults() {
        throw new UnsupportedCapabilityException(Capability.SERVER_FAULTS, null);
    }

    /**
     * Engines for a crowd of other users: more than 500 logged in at once, as a room past its notice
     * limit needs. A phone cannot hold that many engines; a simulator, or a pool of devices, can.
     */
    default Device crowd() {
        throw new UnsupportedCapabilityException(Capability.CROWD, null);
    }

    /** Releases what the target holds; the suite calls it after every check. Never throws. */
    @Override
    default void close() {
    }

    /** Engines that stand for other users: another device, or another app instance. */
    interface Device {
        /** Makes an engine on this device, as {@link ConformanceTarget#createRTS} does. */
        RTS createRTS(String appId, IRTSEventHandler handler, JSONObject parameters);

        /** Destroys an engine this device made. */
        void destroyEngine(RTS engine);
    }

    /**
     * Network faults of one device, named by the uid logged in on it. When a second device logs in as
     * the same uid, that uid names the newer device from then on: a check that needs the first device's
     * link back brings it back before the second login.
     */
    interface NetworkControl {
        /** Takes the link of the device where {@code uid} is logged in down, both ways. */
        void disconnect(String uid);

        /** Brings that link back. */
        void reconnect(String uid);

        /**
         * The device where {@code uid} is logged in reports a new network type, as when a phone moves
         * from Wi-Fi to 4G: its engines get {@code onNetworkTypeChanged(type)}. {@code type} is a
         * {@code NetworkType} value, from -1 (unknown) to 6 (5G). Only the type changes: the link
         * stays up (use {@link #disconnect} for that).
         *
         * <p>Optional within the capability: a device cannot be set to a chosen network type from a
         * test, so by default this throws {@link UnsupportedCapabilityException} and the checks that need
         * it are skipped with that reason.
         */
        default void changeNetworkType(String uid, int type) {
            throw new UnsupportedCapabilityException(Capability.NETWORK_FAULTS,
                    "it cannot set the device's network type (onNetworkTypeChanged)");
        }

        /**
         * Drops everything the cloud sends the device where {@code uid} is logged in, until
         * {@link #healDown}; what the device sends still reaches the cloud. Answers and results are lost
         * on their way back, as on a link that fails one way.
         *
         * <p>Optional within the capability (a device's radio cannot be made to fail one way from a
         * test): by default this throws {@link UnsupportedCapabilityException}.
         */
        default void cutDown(String uid) {
            throw new UnsupportedCapabilityException(Capability.NETWORK_FAULTS,
                    "it cannot cut one direction of the device's link");
        }

        /** Ends {@link #cutDown}. */
        default void healDown(String uid) {
            throw new UnsupportedCapabilityException(Capability.NETWORK_FAULTS,
                    "it cannot cut one direction of the device's link");
        }
    }

    /** Moves the target's time quickly. */
    interface ClockControl {
        /** Lets {@code duration} of the target's time pass, delivering what comes meanwhile, quickly. */
        void advance(Duration duration);
    }

    /** Tokens beyond the plain valid one. */
    interface TokenControl {
        /** A token for {@code uid} whose expiry is already past (correctly signed otherwise). */
        String expiredToken(String uid);

        /** A token for {@code uid} that expires {@code ttl} from now. */
        String tokenValidFor(String uid, Duration ttl);
    }

    /** The vendor's OpenAPI for the app's backend; each call returns whether the cloud accepted it. */
    interface ServerPush {
        /** SendUnicast: a P2P text message from the server id {@code from} to {@code to}. */
        boolean sendUnicast(String from, String to, String message);

        /** SendUnicast with {@code Binary: true}. */
        boolean sendUnicast(String from, String to, byte[] message);

        /** SendBroadcast: a text message to every member of a room. */
        boolean sendBroadcast(String roomId, String from, String message);

        /** SendRoomUnicast: a text message to one member of a room. */
        boolean sendRoomUnicast(String roomId, String from, String to, String message);
    }

    /** The app's own server (the url given to {@code setServerParams}). */
    interface AppServerControl {
        /** The url to pass to {@code setServerParams}. */
        String url();

        /** A signature the app server accepts. */
        String signature();

        /** From now on, answers every message with this HTTP status and body (200 and a body by default). */
        void answerWith(int status, String body);

        /** The next P2Server message cannot be delivered to the server (it is down or unreachable). */
        void unreachableNext();

        /** What the server received so far, oldest first. */
        java.util.List<ReceivedRequest> received();
    }

    /** One P2Server message as the app server received it. */
    final class ReceivedRequest {
        private final String message;
        private final boolean binary;
        private final String signature;

        /** The {@code message}, {@code binary} and {@code signature} fields of the vendor's POST body. */
        public ReceivedRequest(String message, boolean binary, String signature) {
            this.message = message;
            this.binary = binary;
            this.signature = signature;
        }

        /** The body's {@code message}: the text, or the Base64 of the bytes for a binary message. */
        public String message() {
            return message;
        }

        /** The body's {@code binary}. */
        public boolean binary() {
            return binary;
        }

        /** The body's {@code signature}: what the client gave {@code setServerParams}. */
        public String signature() {
            return signature;
        }
    }

    /** Faults on the cloud's side. */
    interface ServerFaults {
        /** The cloud declares {@code uid}'s session invalid (an abnormal server state). */
        void invalidateSession(String uid);
    }
}
