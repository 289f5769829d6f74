package dev.rtsfake.scenarios.conformance.variants;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;

/** A room that passes every call to another; a variant overrides what it gets wrong. */
class ForwardingRTSRoom extends RTSRoom {
    final RTSRoom inner;
    final Variant variant;
    IRTSRoomEventHandler appHandler;

    ForwardingRTSRoom(RTSRoom inner, Variant variant) {
        this.inner = inner;
        this.variant = variant;
    }

    @Override
    public void destroy() {
        inner.destroy();
    }

    @Override
    public int joinRoom() {
        return inner.joinRoom();
    }

    @Override
    public int setRTSRoomEventHandler(IRTSRoomEventHandler h) {
        appHandler = h;
        return inner.setRTSRoomEventHandler(h == null ? null : variant.roomHandler(h, this));
    }

    @Override
    public int leaveRoom() {
        return inner.leaveRoom();
    }

    @Override
    public long sendRoomMessage(String message) {
        return inner.sendRoomMessage(message);
    }

    @Override
    public long sendRoomBinaryMessage(byte[] buffer) {
        return inner.sendRoomBinaryMessage(buffer);
    }
}
