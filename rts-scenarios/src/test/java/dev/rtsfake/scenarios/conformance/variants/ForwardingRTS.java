package dev.rtsfake.scenarios.conformance.variants;

import com.ss.bytertc.rts.engine.RTS;
import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.LocalProxyConfiguration;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import java.util.List;
import org.json.JSONObject;

/** An engine that passes every call to another; a variant overrides what it gets wrong. */
class ForwardingRTS extends RTS {
    /** Set once the fake has made the engine (the handler wrapper is made first, for createRTS). */
    RTS inner;
    final Variant variant;
    /** Whether a login of this engine has succeeded and no logout followed (as the app heard it). */
    volatile boolean loggedIn;

    ForwardingRTS(Variant variant) {
        this.variant = variant;
    }

    @Override
    public void setRtsEventHandler(IRTSEventHandler h) {
        inner.setRtsEventHandler(h == null ? null : variant.engineHandler(h, this));
    }

    @Override
    public int login(String token, String uid) {
        return inner.login(token, uid);
    }

    @Override
    public int logout() {
        return inner.logout();
    }

    @Override
    public int updateLoginToken(String token) {
        return inner.updateLoginToken(token);
    }

    @Override
    public int setServerParams(String signature, String url) {
        return inner.setServerParams(signature, url);
    }

    @Override
    public int getPeerOnlineStatus(String peer) {
        return inner.getPeerOnlineStatus(peer);
    }

    @Override
    public long sendMessage(String uid, String message, MessageConfig config) {
        return inner.sendMessage(uid, message, config);
    }

    @Override
    public long sendBinaryMessage(String uid, byte[] buffer, MessageConfig config) {
        return inner.sendBinaryMessage(uid, buffer, config);
    }

    @Override
    public long sendServerMessage(String message) {
        return inner.sendServerMessage(message);
    }

    @Override
    public long sendServerBinaryMessage(byte[] buffer) {
        return inner.sendServerBinaryMessage(buffer);
    }

    @Override
    public RTSRoom createRoom(String roomId) {
        RTSRoom room = inner.createRoom(roomId);
        return room == null ? null : variant.room(room, this);
    }

    @Override
    public int setBusinessId(String businessId) {
        return inner.setBusinessId(businessId);
    }

    @Override
    public int setRuntimeParameters(JSONObject params) {
        return inner.setRuntimeParameters(params);
    }

    @Override
    public int setCellularEnhancement(boolean enhance) {
        return inner.setCellularEnhancement(enhance);
    }

    @Override
    public int setLocalProxy(List<LocalProxyConfiguration> configurations) {
        return inner.setLocalProxy(configurations);
    }
}
