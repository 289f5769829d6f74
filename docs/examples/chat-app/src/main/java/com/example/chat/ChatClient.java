package com.example.chat;

import android.content.Context;
import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.LoginErrorCode;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import com.ss.bytertc.rts.engine.type.UserMessageSendResult;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.json.JSONException;
import org.json.JSONObject;

/**
 * The app's chat client over one RTS engine.
 *
 * <ul>
 *   <li><b>Login, and keeping it</b>: logs in with a token from the {@link TokenProvider}, and renews
 *       the token with {@code updateLoginToken} a minute before it expires, so that a re-login after a
 *       network drop finds a valid one. A login refused for its token (-1000) fetches a fresh token,
 *       and the SDK logs in again by itself.</li>
 *   <li><b>Direct messages with an outbox</b>: {@link #send} queues while offline; a message whose
 *       send fails (timeout, no connection, ...) is queued again and resent when the client is back
 *       online, or after a short pause if it still is. Each carries the client's id for it, so the
 *       receiver drops a copy it already has.</li>
 *   <li><b>Rooms</b>: {@link #joinRoom}.</li>
 *   <li><b>Requests to the app server</b>: {@link #request} goes up with {@code sendServerMessage}
 *       and is answered by a server push with the same {@code request_id}.</li>
 * </ul>
 *
 * Its timers (token renewal, resend pauses, request deadlines) run on the executor it is given.
 * Safe to call from any thread.
 */
public final class ChatClient {
    /** The uid the app server's pushes come from. */
    public static final String SERVER_UID = "server";
    static final Duration RENEW_BEFORE_EXPIRY = Duration.ofMinutes(1);
    static final Duration RETRY_PAUSE = Duration.ofSeconds(2);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(5);
    static final int MAX_ATTEMPTS = 5;
    static final int MAX_TOKEN_REFUSALS = 3;
    private static final int SEEN_KEPT = 1_000;

    private final String uid;
    private final TokenProvider tokens;
    private final ScheduledExecutorService timers;
    private final ChatListener listener;
    private final String serverUrl;
    private final String serverSignature;
    private final RTS rts;
    private final Outbox outbox = new Outbox();
    private final ServerRequests requests;
    private final Map<String, Set<Long>> seen = new HashMap<>();   // per sender, its last SEEN_KEPT ids
    private boolean online;
    private boolean serverReady;
    private boolean stopped;
    private int tokenRefusals;
    private long nextLocalId = 1;
    private long nextRequest = 1;
    private Duration renewEvery;
    private ScheduledFuture<?> renewal;
    private ScheduledFuture<?> retry;

    /**
     * Creates the engine. {@code serverUrl} and {@code serverSignature} are the app server's address
     * and the signature it checks.
     *
     * @throws IllegalStateException when the SDK refuses to create an engine for {@code appId}
     */
    public ChatClient(Context context, String appId, String uid, String serverUrl, String serverSignature,
            TokenProvider tokens, ScheduledExecutorService timers, ChatListener listener) {
        this.uid = uid;
        this.tokens = tokens;
        this.timers = timers;
        this.listener = listener;
        this.serverUrl = serverUrl;
        this.serverSignature = serverSignature;
        this.requests = new ServerRequests(timers, REQUEST_TIMEOUT, this);
        this.rts = RTS.createRTS(context, appId, new Events(), null);
        if (rts == null) {
            throw new IllegalStateException("RTS.createRTS refused app " + appId);
        }
    }

    public String uid() {
        return uid;
    }

    /** Logs in; {@link ChatListener#onOnline()} follows. */
    public synchronized void start() {
        TokenProvider.IssuedToken token = fetchToken();
        if (token == null) {
            scheduleRetry(this::start);
            return;
        }
        rts.login(token.token(), uid);
        keepRenewing(token.validFor());
    }

    /** Logs out and stops the timers; unsent messages and waiting requests are given up. */
    public synchronized void stop() {
        stopped = true;
        online = false;
        cancel(renewal);
        cancel(retry);
        requests.failAll(new IllegalStateException("the client stopped"));
        rts.logout();
    }

    public synchronized boolean online() {
        return online;
    }

    /** Queues a direct message to {@code to} and sends it when it can; returns the app's id for it. */
    public synchronized long send(String to, String text) {
        long localId = nextLocalId++;
        if (!outbox.add(new Outbox.Outgoing(localId, to, text, 0))) {
            listener.onUndeliverable(localId, UserMessageSendResult.USER_MESSAGE_SEND_RESULT_UNKNOWN);
            return localId;
        }
        flush();
        return localId;
    }

    /** Messages written but not confirmed yet: queued or on their way. */
    public synchronized int unconfirmed() {
        return outbox.queuedCount() + outbox.inFlightCount();
    }

    /** Creates and joins a room. */
    public synchronized ChatRoom joinRoom(String roomId) {
        return new ChatRoom(rts.createRoom(roomId), roomId, listener);
    }

    /**
     * Asks the app server: {@code {"type": type, "request_id": ..., "from": uid, ...fields}}. The future
     * completes with the server's push, or fails with the send result or after {@code REQUEST_TIMEOUT}.
     */
    public synchronized CompletableFuture<JSONObject> request(String type, JSONObject fields) {
        String requestId = uid + "-r" + nextRequest++;
        JSONObject body = new JSONObject(fields.toString()).put("type", type).put("request_id", requestId).put("from", uid);
        CompletableFuture<JSONObject> answer = requests.expect(requestId);
        if (!serverReady) {
            requests.fail(requestId, new IllegalStateException("not connected to the app server yet"));
            return answer;
        }
        requests.sent(rts.sendServerMessage(body.toString()), requestId);
        return answer;
    }

    private void flush() {
        if (!online || stopped) {
            return;
        }
        for (Outbox.Outgoing message : outbox.drain()) {
            String payload = new JSONObject().put("mid", message.localId()).put("text", message.text()).toString();
            long sdkId = rts.sendMessage(message.to(), payload, MessageConfig.RELIABLE_ORDERED);
            outbox.sent(sdkId, message.retried());
        }
    }

    private void sendResult(long sdkId, int error) {
        Outbox.Outgoing message = outbox.answered(sdkId);
        if (message == null) {
            return;
        }
        if (error == UserMessageSendResult.USER_MESSAGE_SEND_RESULT_SUCCESS) {
            listener.onDelivered(message.localId());
        } else if (message.attempts() >= MAX_ATTEMPTS || !retriable(error)) {
            listener.onUndeliverable(message.localId(), error);
        } else {
            outbox.requeue(message);
            if (online) {
                scheduleRetry(this::flush);
            }
        }
    }

    private static boolean retriable(int error) {
        return error != UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EXCEED_MAX_LENGTH
                && error != UserMessageSendResult.USER_MESSAGE_SEND_RESULT_EMPTY_USER;
    }

    private void received(String from, String message) {
        if (SERVER_UID.equals(from)) {
            JSONObject push = parse(message);
            if (push != null) {
                requests.answered(push);
            }
            return;
        }
        JSONObject payload = parse(message);
        if (payload == null || !payload.has("mid")) {
            listener.onMessage(from, message);                       // another client: plain text
            return;
        }
        long mid = payload.optLong("mid");
        Set<Long> ids = seen.computeIfAbsent(from, sender -> new LinkedHashSet<>());
        if (!ids.add(mid)) {
            return;                                                  // a resend of one we have
        }
        if (ids.size() > SEEN_KEPT) {
            ids.remove(ids.iterator().next());
        }
        listener.onMessage(from, payload.optString("text"));
    }

    private static JSONObject parse(String text) {
        try {
            return new JSONObject(text);
        } catch (JSONException notJson) {
            return null;
        }
    }

    private void wentOnline() {
        tokenRefusals = 0;
        online = true;
        listener.onOnline();
        flush();
    }

    private void wentOffline() {
        if (online) {
            online = false;
            listener.onOffline();
        }
    }

    private void loginRefused(int error) {
        if (error == LoginErrorCode.LOGIN_ERROR_CODE_INVALID_TOKEN && ++tokenRefusals <= MAX_TOKEN_REFUSALS) {
            renewNow();                                              // the SDK logs in again with it
        } else {
            wentOffline();
            listener.onSignedOut("login refused with " + error);
        }
    }

    private void keepRenewing(Duration validFor) {
        Duration every = validFor.minus(RENEW_BEFORE_EXPIRY);
        if (every.isNegative() || every.isZero()) {
            every = validFor.dividedBy(2);
        }
        if (!every.equals(renewEvery) || renewal == null) {
            cancel(renewal);
            renewEvery = every;
            long millis = Math.max(1, every.toMillis());
            renewal = timers.scheduleWithFixedDelay(this::renewOnTimer, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void renewOnTimer() {
        if (!stopped) {
            renewNow();
        }
    }

    private void renewNow() {
        TokenProvider.IssuedToken token = fetchToken();
        if (token == null) {
            scheduleRetry(this::renewNow);
            return;
        }
        rts.updateLoginToken(token.token());
        keepRenewing(token.validFor());
    }

    private TokenProvider.IssuedToken fetchToken() {
        try {
            return tokens.tokenFor(uid);
        } catch (Exception tokenServerDown) {
            return null;
        }
    }

    private void scheduleRetry(Runnable action) {
        if (stopped || (retry != null && !retry.isDone())) {
            return;
        }
        retry = timers.schedule(() -> {
            synchronized (this) {
                retry = null;
                if (!stopped) {
                    action.run();
                }
            }
        }, RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private static void cancel(ScheduledFuture<?> task) {
        if (task != null) {
            task.cancel(false);
        }
    }

    /** The SDK's callbacks, on its own thread. */
    private final class Events extends IRTSEventHandler {
        @Override
        public void onLoginResult(String loginUid, int errorCode, int elapsed) {
            synchronized (ChatClient.this) {
                if (errorCode != LoginErrorCode.LOGIN_ERROR_CODE_SUCCESS) {
                    loginRefused(errorCode);
                    return;
                }
                if (!serverReady) {
                    rts.setServerParams(serverSignature, serverUrl);
                }
                wentOnline();
            }
        }

        @Override
        public void onConnectionStateChanged(int state, int reason) {
            synchronized (ChatClient.this) {
                switch (state) {
                    case ConnectionState.CONNECTION_STATE_RECONNECTED -> wentOnline();
                    case ConnectionState.CONNECTION_STATE_RECONNECTING, ConnectionState.CONNECTION_STATE_DISCONNECTED,
                            ConnectionState.CONNECTION_STATE_LOST -> wentOffline();
                    case ConnectionState.CONNECTION_STATE_FAILED -> {
                        wentOffline();
                        listener.onSignedOut("the session was ended (state FAILED)");
                    }
                    default -> { }
                }
            }
        }

        @Override
        public void onServerParamsSetResult(int error) {
            synchronized (ChatClient.this) {
                serverReady = error == 200;
            }
        }

        @Override
        public void onMessageReceived(String from, String message) {
            synchronized (ChatClient.this) {
                received(from, message);
            }
        }

        @Override
        public void onMessageSendResult(long msgid, int error) {
            synchronized (ChatClient.this) {
                sendResult(msgid, error);
            }
        }

        @Override
        public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
            synchronized (ChatClient.this) {
                requests.sendResult(msgid, error);
            }
        }
    }
}
