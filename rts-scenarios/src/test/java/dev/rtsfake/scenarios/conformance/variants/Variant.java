package dev.rtsfake.scenarios.conformance.variants;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import dev.rtsfake.conformance.ConformanceTarget;
import java.util.List;

/**
 * A deliberately wrong implementation of the SDK, made by decorating the fake's engines, rooms and the
 * app's handlers (never the fake's insides). Each names the checks of the kit that must catch it.
 */
abstract class Variant {
    private final String name;
    private final List<String> caughtBy;

    Variant(String name, String... caughtBy) {
        this.name = name;
        this.caughtBy = List.of(caughtBy);
    }

    /** What is wrong, in a few words. */
    String name() {
        return name;
    }

    /** The checks that must fail against it. */
    List<String> caughtBy() {
        return caughtBy;
    }

    /** The engine wrapper; its inner engine is set once the fake made it. */
    ForwardingRTS engine() {
        return new ForwardingRTS(this);
    }

    /** Wraps the app's engine handler. */
    IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
        return new ForwardingEngineHandler(app) {
            @Override
            public void onLoginResult(String uid, int errorCode, int elapsed) {
                if (errorCode == 0) {
                    engine.loggedIn = true;
                }
                super.onLoginResult(uid, errorCode, elapsed);
            }
        };
    }

    /** Wraps a room of {@code engine}. */
    RTSRoom room(RTSRoom inner, ForwardingRTS engine) {
        return new ForwardingRTSRoom(inner, this);
    }

    /** Wraps the app's room handler. */
    IRTSRoomEventHandler roomHandler(IRTSRoomEventHandler app, ForwardingRTSRoom room) {
        return new ForwardingRoomHandler(app);
    }

    /** The tokens the variant hands out beyond a plain valid one. */
    ConformanceTarget.TokenControl tokens(ConformanceTarget.TokenControl real) {
        return real;
    }

    /** Called after the fake destroyed the engine; {@code later} runs at the next wait. */
    void destroyed(ForwardingRTS engine, IRTSEventHandler app, VariantTarget.Later later) {
    }

    @Override
    public String toString() {
        return name;
    }
}
