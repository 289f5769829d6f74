package dev.rtsfake.fake.engine;

/** Names the room of a room callback in the trace: {@code room:chat-1}. */
record RoomRef(String roomId) {
    @Override
    public String toString() {
        return "room:" + roomId;
    }
}
