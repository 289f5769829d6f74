package com.example.chat;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * A chat room: join, the members present, messages to everyone. Messages the user writes before
 * the join has succeeded wait and go out once it has.
 */
public final class ChatRoom {
    private final String roomId;
    private final RTSRoom room;
    private final ChatListener listener;
    private final List<String> members = new ArrayList<>();
    private final List<String> waiting = new ArrayList<>();
    private boolean joined;

    ChatRoom(RTSRoom room, String roomId, ChatListener listener) {
        this.room = room;
        this.roomId = roomId;
        this.listener = listener;
        room.setRTSRoomEventHandler(new Events());
        room.joinRoom();
    }

    public String roomId() {
        return roomId;
    }

    /** Sends {@code text} to everyone else in the room (now, or once joined). */
    public synchronized void say(String text) {
        if (joined) {
            room.sendRoomMessage(text);
        } else {
            waiting.add(text);
        }
    }

    /** The other members, in the order they were seen. */
    public synchronized List<String> members() {
        return List.copyOf(members);
    }

    public synchronized boolean joined() {
        return joined;
    }

    public synchronized void leave() {
        joined = false;
        room.leaveRoom();
    }

    private final class Events extends IRTSRoomEventHandler {
        @Override
        public void onRoomStateChanged(String id, String uid, int state, String extraInfo) {
            synchronized (ChatRoom.this) {
                joined = state == 0;
                if (joined) {
                    waiting.forEach(room::sendRoomMessage);
                    waiting.clear();
                }
            }
        }

        @Override
        public void onUserJoined(String uid, int elapsed) {
            synchronized (ChatRoom.this) {
                if (!members.contains(uid)) {
                    members.add(uid);
                }
            }
        }

        @Override
        public void onUserLeave(String uid, int reason) {
            synchronized (ChatRoom.this) {
                members.remove(uid);
            }
        }

        @Override
        public void onRoomMessageReceived(String uid, String message) {
            listener.onRoomMessage(roomId, uid, message);
        }
    }
}
