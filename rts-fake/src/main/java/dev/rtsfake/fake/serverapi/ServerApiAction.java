package dev.rtsfake.fake.serverapi;

/** The four push actions, named as in the OpenAPI's {@code Action} query parameter. */
enum ServerApiAction {
    SendUnicast(false, false),
    SendRoomUnicast(true, false),
    SendBroadcast(true, false),
    BatchSendRoomUnicast(true, true);

    final boolean needsRoom;
    final boolean batch;

    ServerApiAction(boolean needsRoom, boolean batch) {
        this.needsRoom = needsRoom;
        this.batch = batch;
    }

    /** The action called {@code name}, or null. */
    static ServerApiAction named(String name) {
        for (ServerApiAction a : values()) {
            if (a.name().equals(name)) {
                return a;
            }
        }
        return null;
    }
}
