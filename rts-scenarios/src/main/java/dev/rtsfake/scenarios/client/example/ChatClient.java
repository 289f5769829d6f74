package dev.rtsfake.scenarios.client.example;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import java.util.HashMap;
import java.util.Map;

/**
 * An app's chat client on the RTS SDK, as an app team would write it: it knows nothing of the
 * fake. It makes its engine through the SDK's own factory ({@code RTS.createRTS}), signs in, says
 * things to people and rooms, and tells its listener about chat lines and whether it is online.
 */
public final class ChatClient {

    /** What the app's screen shows. */
    public interface Listener {
        /** A line from {@code from}; {@code room} is null for a direct message. */
        void onChat(String room, String from, String text);

        /** "online", "reconnecting" or "offline". */
        void onStatus(String status);

        /** What became of a line this client said (0 or 200 delivered, else the SDK's code). */
        void onDelivery(long id, int code);
    }

    private final RTS rts;
    private final Listener listener;
    private final Map<String, RTSRoom> rooms = new HashMap<>();

    /** A client of app {@code appId}; null engine when the SDK refuses the app id. */
    public ChatClient(String appId, Listener listener) {
        this.listener = listener;
        this.rts = RTS.createRTS(null, appId, new IRTSEventHandler() {
            @Override
            public void onConnectionStateChanged(int state, int reason) {
                listener.onStatus(status(state));
            }

            @Override
            public void onMessageReceived(String uid, String message) {
                listener.onChat(null, uid, message);
            }

            @Override
            public void onMessageSendResult(long msgid, int error) {
                listener.onDelivery(msgid, error);
            }
        }, null);
    }

    private static String status(int state) {
        return switch (state) {
            case ConnectionState.CONNECTION_STATE_CONNECTED, ConnectionState.CONNECTION_STATE_RECONNECTED -> "online";
            case ConnectionState.CONNECTION_STATE_CONNECTING, ConnectionState.CONNECTION_STATE_RECONNECTING -> "reconnecting";
            default -> "offline";
        };
    }

    /** Signs in; returns the SDK's code (0: the attempt started). */
    public int signIn(String uid, String token) {
        return rts == null ? -1 : rts.login(token, uid);
    }

    /** Signs out. */
    public int signOut() {
        return rts == null ? -1 : rts.logout();
    }

    /** Says {@code text} to {@code uid}; returns the message id (or a negative SDK code). */
    public long say(String uid, String text) {
        return rts == null ? -1 : rts.sendMessage(uid, text, MessageConfig.RELIABLE_ORDERED);
    }

    /** Enters a chat room. */
    public int enter(String roomId) {
        RTSRoom room = room(roomId);
        return room == null ? -1 : room.joinRoom();
    }

    /** Says {@code text} to everyone in a room it entered. */
    public long post(String roomId, String text) {
        RTSRoom room = room(roomId);
        return room == null ? -1 : room.sendRoomMessage(text);
    }

    private RTSRoom room(String roomId) {
        RTSRoom room = rooms.get(roomId);
        if (room == null && rts != null) {
            room = rts.createRoom(roomId);
            if (room != null) {
                room.setRTSRoomEventHandler(new IRTSRoomEventHandler() {
                    @Override
                    public void onRoomMessageReceived(String uid, String message) {
                        listener.onChat(roomId, uid, message);
                    }

                    @Override
                    public void onRoomMessageSendResult(long msgid, int error) {
                        listener.onDelivery(msgid, error);
                    }
                });
                rooms.put(roomId, room);
            }
        }
        return room;
    }
}
