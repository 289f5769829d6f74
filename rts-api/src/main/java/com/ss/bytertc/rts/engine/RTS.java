package com.ss.bytertc.rts.engine;

import android.content.Context;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.spi.RtsEngineProvider;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.json.JSONObject;

/**
 * The RTS engine: the entry point for logging in to the real-time signalling service, sending
 * messages to single users and to the app server, and creating rooms.
 *
 * <p>Get an instance with {@link #createRTS}; release every engine with {@link #destroyRTS}. The
 * engine reports what happens to it through the {@link IRTSEventHandler} given at creation or later
 * with {@link #setRtsEventHandler}. Callbacks arrive on an SDK thread, never the Android main
 * thread.
 *
 * <p>This class has no behaviour of its own. The four static methods hand each call to an engine
 * provider ({@link RtsEngineProvider}) found once on the class path with
 * {@link ServiceLoader}; rts-fake supplies one. Without a provider {@code createRTS} returns
 * {@code null} and logs why. The static methods never throw.
 */
public abstract class RTS {

    private static final Logger LOG = Logger.getLogger("com.ss.bytertc.rts.engine.RTS");

    /** For engine implementations only; apps obtain an engine from {@link #createRTS}. */
    public RTS() {
    }

    // ---------------------------------------------------------------------------------------
    // Static factory and process-wide settings
    // ---------------------------------------------------------------------------------------

    /**
     * Creates an RTS engine. An app needs one before it can use any messaging feature. Calling it
     * again while an engine exists creates another, independent engine.
     *
     * @param context    the Android application context
     * @param appId      the application's unique id, issued by the console. Engines of different
     *                   appIds are fully separate and cannot reach each other.
     * @param handler    receives the engine's events. It must stay alive longer than the engine,
     *                   that is until after {@link #destroyRTS()}.
     * @param parameters engine parameters that override the defaults, as a JSON object; may be
     *                   {@code null}
     * @return the new engine, or {@code null} when it could not be created (in the real SDK: the
     *     native library failed to load; here also: no engine provider on the class path, or the
     *     provider refused or failed)
     */
    public static synchronized RTS createRTS(Context context, String appId, IRTSEventHandler handler,
            JSONObject parameters) {
        RtsEngineProvider provider = ProviderHolder.provider;
        if (provider == null) {
            LOG.severe("createRTS: no RTS engine provider is on the class path (no "
                    + "META-INF/services/dev.rtsfake.spi.RtsEngineProvider entry was found); "
                    + "add rts-fake (or the real RTS SDK) to the class path. Returning null.");
            return null;
        }
        try {
            return provider.createRTS(context, appId, handler, parameters);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "createRTS: the RTS engine provider " + provider.getClass().getName()
                    + " threw; returning null", e);
            return null;
        }
    }

    /**
     * Destroys the engines made by {@link #createRTS} and frees everything they hold: login
     * session, rooms and handlers. Rooms created by those engines become unusable, and callbacks
     * still pending are not delivered (for example {@code onLeaveRoom} after an immediate destroy).
     *
     * <p>Call it only once every scenario using the engine has finished. It starts the SDK's
     * shutdown and keeps the engine thread until that completes, so never call it from a callback
     * thread, nor on the main thread while a callback waits for the main thread: either deadlocks
     * the real SDK. Does nothing when no engine exists.
     */
    public static synchronized void destroyRTS() {
        RtsEngineProvider provider = ProviderHolder.provider;
        if (provider == null) {
            return;
        }
        try {
            provider.destroyRTS();
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "destroyRTS: the RTS engine provider " + provider.getClass().getName()
                    + " threw; ignored", e);
        }
    }

    /**
     * Returns the SDK's version.
     *
     * @return the version string; an empty string when no engine provider is on the class path
     */
    public static String getSdkVersion() {
        RtsEngineProvider provider = ProviderHolder.provider;
        if (provider == null) {
            return "";
        }
        try {
            String version = provider.getSdkVersion();
            return version == null ? "" : version;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "getSdkVersion: the RTS engine provider " + provider.getClass().getName()
                    + " threw; returning an empty string", e);
            return "";
        }
    }

    /**
     * Configures the SDK's local log: level, folder, the most space it may use, and the file name
     * prefix. Must be called before {@link #createRTS}.
     *
     * @param logConfig the log settings, see {@link RTCLogConfig}
     * @return {@code 0} success; {@code -1} failure because an engine already exists (also
     *     returned when no engine provider is on the class path); {@code -2} failure because a
     *     setting is invalid
     */
    public static int setLogConfig(RTCLogConfig logConfig) {
        RtsEngineProvider provider = ProviderHolder.provider;
        if (provider == null) {
            return -1;
        }
        try {
            return provider.setLogConfig(logConfig);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "setLogConfig: the RTS engine provider " + provider.getClass().getName()
                    + " threw; returning -1", e);
            return -1;
        }
    }

    /**
     * Test seam, not SDK API: makes the static methods use {@code provider} ({@code null} for
     * "none") and returns the provider used before, so a test can put it back.
     */
    static RtsEngineProvider swapProviderForTesting(RtsEngineProvider provider) {
        synchronized (RTS.class) {
            RtsEngineProvider previous = ProviderHolder.provider;
            ProviderHolder.provider = provider;
            return previous;
        }
    }

    /** Holds the provider; the JVM runs the lookup the first time a static method needs it. */
    private static final class ProviderHolder {
        static volatile RtsEngineProvider provider = findProvider();

        private ProviderHolder() {
        }
    }

    /**
     * Runs the {@link ServiceLoader} lookup: returns the first provider found, or {@code null}.
     * Logs a warning naming the ignored ones when there are several. Never throws.
     */
    static RtsEngineProvider findProvider() {
        List<RtsEngineProvider> found = new ArrayList<>();
        try {
            Iterator<RtsEngineProvider> it = ServiceLoader.load(RtsEngineProvider.class).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    found.add(it.next());
                } catch (ServiceConfigurationError e) {
                    LOG.log(Level.WARNING, "Skipping an RTS engine provider that could not be loaded", e);
                }
            }
        } catch (RuntimeException | ServiceConfigurationError e) {
            LOG.log(Level.SEVERE, "Looking up RTS engine providers failed", e);
        }
        if (found.isEmpty()) {
            return null;
        }
        if (found.size() > 1) {
            StringBuilder others = new StringBuilder();
            for (int i = 1; i < found.size(); i++) {
                if (i > 1) {
                    others.append(", ");
                }
                others.append(found.get(i).getClass().getName());
            }
            LOG.warning("Several RTS engine providers are on the class path; using "
                    + found.get(0).getClass().getName() + " and ignoring " + others);
        }
        return found.get(0);
    }

    // ---------------------------------------------------------------------------------------
    // Engine instance methods
    // ---------------------------------------------------------------------------------------

    /**
     * Sets the object that receives this engine's events, replacing the one given before.
     * Subclass {@link IRTSEventHandler} and override only the events you care about. Events are
     * asynchronous and run on a separate callback thread: do not touch the UI from them directly.
     *
     * @param engineEventHandler the new event receiver
     */
    public abstract void setRtsEventHandler(IRTSEventHandler engineEventHandler);

    /**
     * Logs in to the RTS server; required before sending or receiving any message. The outcome
     * arrives later in {@link IRTSEventHandler#onLoginResult}. Undo with {@link #logout()}.
     *
     * @param token the authentication token. For testing, a temporary console token made with any
     *              room id works; in production the app server generates it with an empty room id.
     * @param uid   the user id, unique within the appId
     * @return {@code 0} success; {@code -1} invalid argument; {@code -2} already logged in (a
     *     second call after a successful login); {@code -3} the engine is gone, create one first
     */
    public abstract int login(String token, String uid);

    /**
     * Logs out of the RTS server. Afterwards message methods stop working and message callbacks
     * stop. Only this user is told, through {@link IRTSEventHandler#onLogout}; remote users are not.
     *
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int logout();

    /**
     * Replaces the token used to log in. Call it when the token expires. If the last login failed
     * because the token was invalid ({@code LOGIN_ERROR_CODE_INVALID_TOKEN}), the SDK logs in again
     * by itself after this call; there is no need to call {@link #login} again. An expiring token
     * does not affect a live session: the error appears only at the next login with it, or at an
     * automatic re-login after the network dropped.
     *
     * @param token the new token
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int updateLoginToken(String token);

    /**
     * Sets the app server's parameters, needed before {@link #sendServerMessage} or
     * {@link #sendServerBinaryMessage}. Requires a login. The outcome arrives in
     * {@link IRTSEventHandler#onServerParamsSetResult} (200 means success).
     *
     * @param signature a signature the app server uses to authenticate the requests it receives
     * @param url       the app server's address
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int setServerParams(String signature, String url);

    /**
     * Asks whether a user, remote or this user itself, is logged in, for example before sending it
     * a message. Requires a login. The answer arrives in
     * {@link IRTSEventHandler#onGetPeerOnlineStatus} as a
     * {@link com.ss.bytertc.rts.engine.type.UserOnlineStatus} value.
     *
     * @param peer_user_id the user to ask about
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int getPeerOnlineStatus(String peer_user_id);

    /**
     * Sends a text message to one user, outside any room (P2P). Requires a login. Exactly one
     * {@link IRTSEventHandler#onMessageSendResult} follows with this call's id; on success the
     * receiver gets {@link IRTSEventHandler#onMessageReceived}.
     *
     * @param uid     the receiver's user id
     * @param message the text, at most 64 KB
     * @param config  reliability and ordering, see {@link MessageConfig}
     * @return above 0: the message id, counting up from 1 (shared with the other P2P and
     *     app-server sends); {@code -1} the engine does not exist; {@code -2} {@code uid} is empty
     */
    public abstract long sendMessage(String uid, String message, MessageConfig config);

    /**
     * Sends a binary message to one user, outside any room (P2P). Requires a login. Exactly one
     * {@link IRTSEventHandler#onMessageSendResult} follows with this call's id; on success the
     * receiver gets {@link IRTSEventHandler#onBinaryMessageReceived}.
     *
     * @param uid    the receiver's user id
     * @param buffer the bytes, at most 46 KB
     * @param config reliability and ordering, see {@link MessageConfig}
     * @return above 0: the message id, counting up from 1; {@code -1} the engine does not exist;
     *     {@code -2} {@code uid} is empty
     */
    public abstract long sendBinaryMessage(String uid, byte[] buffer, MessageConfig config);

    /**
     * Sends a text message to the app server (P2Server). Requires a login and then
     * {@link #setServerParams}. Exactly one {@link IRTSEventHandler#onServerMessageSendResult}
     * follows with this call's id; on success the app server set with {@code setServerParams}
     * receives the message.
     *
     * @param message the text, at most 64 KB
     * @return above 0: the message id, counting up from 1; {@code -1} the engine does not exist
     */
    public abstract long sendServerMessage(String message);

    /**
     * Sends a binary message to the app server (P2Server). Requires a login and then
     * {@link #setServerParams}. Exactly one {@link IRTSEventHandler#onServerMessageSendResult}
     * follows with this call's id; on success the app server receives the message.
     *
     * @param buffer the bytes, at most 46 KB
     * @return above 0: the message id, counting up from 1; {@code -1} the engine does not exist
     */
    public abstract long sendServerBinaryMessage(byte[] buffer);

    /**
     * Creates a room object. This only returns the object: {@link RTSRoom#joinRoom()} is what
     * creates or enters the room on the server, also when the room already exists. Create one
     * object per room id to be in several rooms at once; two objects with the same id in one
     * engine make creation fail.
     *
     * @param roomId the room id, matching {@code [a-zA-Z0-9_@\-\.]{1,128}}
     * @return the room object, or {@code null} when creation fails; then
     *     {@link IRTSEventHandler#onCreateRoomStateChanged} reports why (for example -1007 for an
     *     illegal id, -1013 for an id already in use)
     */
    public abstract RTSRoom createRoom(String roomId);

    /**
     * Sets a business id, a free-form label that splits one appId into business scenarios without
     * any authentication. Must be called before {@link RTSRoom#joinRoom()}.
     *
     * @param businessId the label; allowed characters are {@code a-zA-Z0-9 . - _ @}
     * @return {@code 0} success; {@code -2} invalid argument
     *     ({@code RETURN_STATUS_PARAMETER_ERR}); native builds also report {@code -6001} (already
     *     in a room) and {@code -6002} (illegal characters), see
     *     {@link com.ss.bytertc.rts.engine.type.BusinessCheckCode}
     */
    public abstract int setBusinessId(String businessId);

    /**
     * Sets runtime parameters.
     *
     * @param params the parameters as a JSON object
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int setRuntimeParameters(JSONObject params);

    /**
     * Turns the cellular-network assist on or off, to improve quality on poor Wi-Fi. Off by
     * default.
     *
     * @param enhance {@code true} to turn it on
     * @return {@code 0} success; {@code -1} internal error
     */
    public abstract int setCellularEnhancement(boolean enhance);

    /**
     * Sets local proxies: an HTTP tunnel, a SOCKS5 proxy, or both. With both, media and signalling
     * go through SOCKS5 and HTTP requests through the tunnel; with one, everything goes through it.
     * Call again with no configuration (an empty list) to clear the proxies. Call before joining a
     * room. The proxy's connection state arrives in
     * {@link IRTSEventHandler#onLocalProxyStateChanged}.
     *
     * @param configurations the proxies to use, see {@link LocalProxyConfiguration}
     * @return {@code 0} success; below 0 failure, see
     *     {@link com.ss.bytertc.rts.engine.type.ReturnStatus}
     */
    public abstract int setLocalProxy(List<LocalProxyConfiguration> configurations);
}
