package dev.rtsfake.scenarios.conformance;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import dev.rtsfake.conformance.ConformanceTarget;
import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.Installation;
import dev.rtsfake.fake.VirtualTimeoutException;
import dev.rtsfake.fake.appserver.AppServer;
import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.appserver.AppServerReply;
import dev.rtsfake.fake.appserver.AppServerRequest;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.serverapi.ServerApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.json.JSONObject;

/**
 * rts-fake as a conformance target, in virtual time or in real time at a speed factor, with every
 * capability. It uses only the harness's public surface: the cloud, its tokens, network, app server,
 * server API and installation, and an engine's {@code changeNetworkType} (the OS reporting a new network
 * type). The app's engines come from {@code RTS.createRTS} (the cloud is installed
 * on the test thread), the second device's from {@code cloud.createRTS}.
 */
public class FakeTarget implements ConformanceTarget {
    /** The AppId the checks use. */
    public static final String APP = "rtsfake-conformance-0001";
    static final String APP_KEY = "conformance-app-key";
    static final String SERVER_URL = "https://app.example/rts";
    static final String SIGNATURE = "conformance-signature";

    private final FakeRtsCloud cloud;
    private final Installation installation;
    private final double speed;
    private final String name;

    /** A target on virtual time. */
    public static FakeTarget virtualTime() {
        return new FakeTarget(FakeRtsCloud.builder(), 0, "rts-fake (virtual time)");
    }

    /** A target on the wall clock, {@code speed} times as fast. */
    public static FakeTarget realTime(double speed) {
        return new FakeTarget(FakeRtsCloud.builder().speed(speed), speed, "rts-fake (real time, speed " + speed + ")");
    }

    FakeTarget(FakeRtsCloudBuilder builder, double speed, String name) {
        this.cloud = builder.app(APP, APP_KEY).build();
        this.installation = cloud.install();
        this.speed = speed;
        this.name = name;
    }

    /** The cloud behind the target, for the harness's own checks. */
    public FakeRtsCloud cloud() {
        return cloud;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String appId() {
        return APP;
    }

    @Override
    public RTS createRTS(String appId, IRTSEventHandler handler, JSONObject parameters) {
        return RTS.createRTS(null, appId, handler, parameters);
    }

    @Override
    public void destroyEngine(RTS engine) {
        cloud.destroy(engine);
    }

    @Override
    public String token(String uid) {
        return cloud.tokens().issue(APP, uid, Duration.ofHours(24));
    }

    @Override
    public boolean await(BooleanSupplier condition, Duration max) {
        if (speed == 0) {
            try {
                cloud.runUntil(condition, max);
                return true;
            } catch (VirtualTimeoutException e) {
                return false;
            }
        }
        Duration start = cloud.elapsed();
        long wallDeadline = System.nanoTime() + (long) (max.toNanos() / speed) + 2_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (cloud.elapsed().minus(start).compareTo(max) > 0 || System.nanoTime() > wallDeadline) {
                return condition.getAsBoolean();
            }
            sleepBriefly();
        }
        return true;
    }

    @Override
    public long timeNanos() {
        return cloud.elapsed().toNanos();
    }

    @Override
    public void pass(Duration duration) {
        if (speed == 0) {
            cloud.advance(duration);
            return;
        }
        Duration end = cloud.elapsed().plus(duration);
        while (cloud.elapsed().compareTo(end) < 0) {
            sleepBriefly();
        }
        // The clock thread has run everything due by now; the engines' callback threads may still be
        // handing those callbacks to the app (on a loaded machine, tens of milliseconds late): give
        // them that long, as a device's main looper would have delivered them by then.
        long graceEnd = System.nanoTime() + CALLBACK_GRACE_NANOS;
        while (System.nanoTime() < graceEnd) {
            sleepBriefly();
        }
    }

    /** Wall time {@link #pass} leaves the callback threads after the clock reached the end (real time). */
    private static final long CALLBACK_GRACE_NANOS = 30_000_000L;

    private static void sleepBriefly() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the fake", e);
        }
    }

    @Override
    public Device secondDevice() {
        return new Device() {
            @Override
            public RTS createRTS(String appId, IRTSEventHandler handler, JSONObject parameters) {
                return cloud.createRTS(appId, handler, parameters);
            }

            @Override
            public void destroyEngine(RTS engine) {
                cloud.destroy(engine);
            }
        };
    }

    /** The cloud holds a crowd as easily as two engines: the same as the second device. */
    @Override
    public Device crowd() {
        return secondDevice();
    }

    @Override
    public NetworkControl network() {
        return new NetworkControl() {
            @Override
            public void disconnect(String uid) {
                cloud.network().disconnect(uid);
            }

            @Override
            public void reconnect(String uid) {
                cloud.network().reconnect(uid);
            }

            @Override
            public void changeNetworkType(String uid, int type) {
                cloud.engine(uid).changeNetworkType(type);
            }

            @Override
            public void cutDown(String uid) {
                cloud.network().cut(uid, LinkDirection.DOWN);
            }

            @Override
            public void healDown(String uid) {
                cloud.network().heal(uid, LinkDirection.DOWN);
            }
        };
    }

    @Override
    public ClockControl clock() {
        return this::pass;
    }

    @Override
    public TokenControl tokens() {
        return new TokenControl() {
            @Override
            public String expiredToken(String uid) {
                String token = cloud.tokens().issue(APP, uid, Duration.ofSeconds(1));
                pass(Duration.ofSeconds(2));
                return token;
            }

            @Override
            public String tokenValidFor(String uid, Duration ttl) {
                return cloud.tokens().issue(APP, uid, ttl);
            }
        };
    }

    @Override
    public ServerPush serverPush() {
        ServerApi api = cloud.serverApi(APP);
        return new ServerPush() {
            @Override
            public boolean sendUnicast(String from, String to, String message) {
                return api.sendUnicast(from, to, message).isOk();
            }

            @Override
            public boolean sendUnicast(String from, String to, byte[] message) {
                return api.sendUnicast(from, to, message).isOk();
            }

            @Override
            public boolean sendBroadcast(String roomId, String from, String message) {
                return api.sendBroadcast(roomId, from, message).isOk();
            }

            @Override
            public boolean sendRoomUnicast(String roomId, String from, String to, String message) {
                return api.sendRoomUnicast(roomId, from, to, message).isOk();
            }
        };
    }

    @Override
    public AppServerControl appServer() {
        AppServer server = cloud.appServer(APP);
        return new AppServerControl() {
            @Override
            public String url() {
                return SERVER_URL;
            }

            @Override
            public String signature() {
                return SIGNATURE;
            }

            @Override
            public void answerWith(int status, String body) {
                server.onMessage(request -> status == 200 ? AppServerReply.ok(body) : AppServerReply.status(status, body));
            }

            @Override
            public void unreachableNext() {
                server.failNext(AppServerFailure.UNREACHABLE);
            }

            @Override
            public List<ReceivedRequest> received() {
                List<ReceivedRequest> out = new ArrayList<>();
                for (AppServerRequest r : server.requests()) {
                    out.add(new ReceivedRequest(r.message(), r.binary(), r.signature()));
                }
                return out;
            }
        };
    }

    @Override
    public ServerFaults serverFaults() {
        return uid -> cloud.invalidateSession(APP, uid);
    }

    @Override
    public void close() {
        try {
            installation.close();
        } finally {
            cloud.close();
        }
    }
}
