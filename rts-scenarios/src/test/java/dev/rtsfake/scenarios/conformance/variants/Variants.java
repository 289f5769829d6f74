package dev.rtsfake.scenarios.conformance.variants;

import com.ss.bytertc.rts.engine.RTSRoom;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import com.ss.bytertc.rts.engine.type.ConnectionState;
import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.conformance.ConformanceTarget;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;

/** The catalogue of deliberately wrong variants of the fake, each with the checks that catch it. */
final class Variants {
    private Variants() {
    }

    /** Every variant. */
    static List<Variant> all() {
        return List.of(idsFromZero(), broadcastEchoedToSender(), noSizeLimit(), roomSuccessReportedAs0(),
                secondLoginAccepted(), callbackAfterDestroy(), reconnectedAfterTheTraffic(), wrongJoinType(),
                expiredTokenAccepted(), noOnLeaveRoom(), peerAlwaysOnline(), serverParamsSuccessAs0(),
                sendResultTwice(), messagesReordered(), emptyUidAccepted(), joinTwiceAccepted(),
                duplicateLoginNotReported(), roomIdsSharedWithP2p());
    }

    /** No variant at all: every decorator passes everything on (the kit must pass it whole). */
    static Variant identity() {
        return new Variant("no change (the decorators alone)") { };
    }

    /** Message ids count from 0: every id the app sees is one lower. */
    static Variant idsFromZero() {
        return new Variant("message ids from 0", "sendMessage_idsCountUpFromOne", "sendMessage_idsAreSharedWithServerMessages") {
            @Override
            ForwardingRTS engine() {
                return new ForwardingRTS(this) {
                    @Override
                    public long sendMessage(String uid, String message, MessageConfig config) {
                        return down(super.sendMessage(uid, message, config));
                    }

                    @Override
                    public long sendBinaryMessage(String uid, byte[] buffer, MessageConfig config) {
                        return down(super.sendBinaryMessage(uid, buffer, config));
                    }

                    @Override
                    public long sendServerMessage(String message) {
                        return down(super.sendServerMessage(message));
                    }

                    @Override
                    public long sendServerBinaryMessage(byte[] buffer) {
                        return down(super.sendServerBinaryMessage(buffer));
                    }
                };
            }

            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    @Override
                    public void onMessageSendResult(long msgid, int error) {
                        super.onMessageSendResult(msgid - 1, error);
                    }

                    @Override
                    public void onServerMessageSendResult(long msgid, int error, ByteBuffer message) {
                        super.onServerMessageSendResult(msgid - 1, error, message);
                    }
                };
            }
        };
    }

    private static long down(long id) {
        return id > 0 ? id - 1 : id;
    }

    /** A broadcast comes back to its sender too. */
    static Variant broadcastEchoedToSender() {
        return new Variant("a broadcast echoed to its sender", "sendRoomMessage_reachesEveryOtherMember_notTheSender") {
            @Override
            RTSRoom room(RTSRoom inner, ForwardingRTS engine) {
                return new ForwardingRTSRoom(inner, this) {
                    @Override
                    public long sendRoomMessage(String message) {
                        long id = super.sendRoomMessage(message);
                        if (id > 0 && appHandler != null) {
                            appHandler.onRoomMessageReceived("me", message);
                        }
                        return id;
                    }
                };
            }
        };
    }

    /** Messages over the size limit are reported as sent. */
    static Variant noSizeLimit() {
        return new Variant("no size limit", "sendMessage_over64KiB_reportsExceedMaxLength",
                "sendRoomMessage_over64KiB_reportsExceedMaxLength") {
            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    @Override
                    public void onMessageSendResult(long msgid, int error) {
                        super.onMessageSendResult(msgid, error == 103 ? 0 : error);
                    }
                };
            }

            @Override
            IRTSRoomEventHandler roomHandler(IRTSRoomEventHandler app, ForwardingRTSRoom room) {
                return new ForwardingRoomHandler(app) {
                    @Override
                    public void onRoomMessageSendResult(long msgid, int error) {
                        super.onRoomMessageSendResult(msgid, error == 103 ? 200 : error);
                    }
                };
            }
        };
    }

    /** A room send's success is reported as 0, as for P2P, not 200. */
    static Variant roomSuccessReportedAs0() {
        return new Variant("room success reported as 0", "sendRoomMessage_success_reports200") {
            @Override
            IRTSRoomEventHandler roomHandler(IRTSRoomEventHandler app, ForwardingRTSRoom room) {
                return new ForwardingRoomHandler(app) {
                    @Override
                    public void onRoomMessageSendResult(long msgid, int error) {
                        super.onRoomMessageSendResult(msgid, error == 200 ? 0 : error);
                    }
                };
            }
        };
    }

    /** A second login while logged in returns 0 instead of -2. */
    static Variant secondLoginAccepted() {
        return new Variant("a second login accepted", "login_whileLoggedIn_returnsMinus2") {
            @Override
            ForwardingRTS engine() {
                return new ForwardingRTS(this) {
                    @Override
                    public int login(String token, String uid) {
                        int r = super.login(token, uid);
                        return r == -2 && loggedIn ? 0 : r;
                    }
                };
            }
        };
    }

    /** The engine reports a disconnection after it was destroyed. */
    static Variant callbackAfterDestroy() {
        return new Variant("a callback after destroy", "destroyedEngine_noCallbackEverAgain") {
            @Override
            void destroyed(ForwardingRTS engine, IRTSEventHandler app, VariantTarget.Later later) {
                later.run(() -> app.onConnectionStateChanged(ConnectionState.CONNECTION_STATE_DISCONNECTED, -1));
            }
        };
    }

    /** RECONNECTED (5) is reported after the traffic that waited for it, not before. */
    static Variant reconnectedAfterTheTraffic() {
        return new Variant("RECONNECTED after the traffic", "linkBack_trafficOfTheDrop_arrivesAfterReconnected") {
            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    private boolean held;

                    @Override
                    public void onConnectionStateChanged(int state, int reason) {
                        if (state == ConnectionState.CONNECTION_STATE_RECONNECTED) {
                            held = true;
                            return;
                        }
                        super.onConnectionStateChanged(state, reason);
                    }

                    @Override
                    public void onMessageReceived(String uid, String message) {
                        super.onMessageReceived(uid, message);
                        if (held) {
                            held = false;
                            super.onConnectionStateChanged(ConnectionState.CONNECTION_STATE_RECONNECTED, -1);
                        }
                    }
                };
            }
        };
    }

    /** A room that rejoins after a reconnect reports join_type 0, as a first join. */
    static Variant wrongJoinType() {
        return new Variant("a wrong join_type", "linkBack_roomsRejoinWithJoinType1_othersSeeUserJoined") {
            @Override
            IRTSRoomEventHandler roomHandler(IRTSRoomEventHandler app, ForwardingRTSRoom room) {
                return new ForwardingRoomHandler(app) {
                    @Override
                    public void onRoomStateChanged(String roomId, String uid, int state, String extraInfo) {
                        super.onRoomStateChanged(roomId, uid, state,
                                extraInfo == null ? null : extraInfo.replace("\"join_type\":1", "\"join_type\":0"));
                    }
                };
            }
        };
    }

    /** Expired tokens log in: the token source's "expired" token is accepted like any other. */
    static Variant expiredTokenAccepted() {
        return new Variant("an expired token accepted", "login_withExpiredToken_reportsInvalidToken") {
            @Override
            ConformanceTarget.TokenControl tokens(ConformanceTarget.TokenControl real) {
                return new ConformanceTarget.TokenControl() {
                    @Override
                    public String expiredToken(String uid) {
                        real.expiredToken(uid);
                        return real.tokenValidFor(uid, Duration.ofHours(1));
                    }

                    @Override
                    public String tokenValidFor(String uid, Duration ttl) {
                        return real.tokenValidFor(uid, ttl);
                    }
                };
            }
        };
    }

    /** leaveRoom never reports onLeaveRoom. */
    static Variant noOnLeaveRoom() {
        return new Variant("no onLeaveRoom", "leaveRoom_reportsOnLeaveRoom_othersSeeUserLeaveQuit") {
            @Override
            IRTSRoomEventHandler roomHandler(IRTSRoomEventHandler app, ForwardingRTSRoom room) {
                return new ForwardingRoomHandler(app) {
                    @Override
                    public void onLeaveRoom() {
                    }

                    @Override
                    public void onLeaveRoom(com.ss.bytertc.rts.engine.type.RTCRoomStats stats) {
                    }
                };
            }
        };
    }

    /** Every peer is reported online, also those who never logged in. */
    static Variant peerAlwaysOnline() {
        return new Variant("every peer reported online", "getPeerOnlineStatus_unknownPeer_reportsOffline",
                "logout_peersSeeOffline") {
            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    @Override
                    public void onGetPeerOnlineStatus(String peerUserId, int status) {
                        super.onGetPeerOnlineStatus(peerUserId, 1);
                    }
                };
            }
        };
    }

    /** setServerParams' success is reported as 0, not 200. */
    static Variant serverParamsSuccessAs0() {
        return new Variant("server params success reported as 0", "setServerParams_loggedIn_reports200") {
            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    @Override
                    public void onServerParamsSetResult(int error) {
                        super.onServerParamsSetResult(error == 200 ? 0 : error);
                    }
                };
            }
        };
    }

    /** Every P2P send result is delivered twice. */
    static Variant sendResultTwice() {
        return new Variant("each send result twice", "sendMessage_everyIdGetsExactlyOneResult") {
            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    @Override
                    public void onMessageSendResult(long msgid, int error) {
                        super.onMessageSendResult(msgid, error);
                        super.onMessageSendResult(msgid, error);
                    }
                };
            }
        };
    }

    /** Reliable messages arrive in pairs swapped: the second before the first. */
    static Variant messagesReordered() {
        return new Variant("reliable messages reordered", "sendMessage_reliableMessages_arriveInOrder") {
            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    private String[] held;

                    @Override
                    public void onMessageReceived(String uid, String message) {
                        if (held == null) {
                            held = new String[] {uid, message};
                            return;
                        }
                        super.onMessageReceived(uid, message);
                        super.onMessageReceived(held[0], held[1]);
                        held = null;
                    }
                };
            }
        };
    }

    /** sendMessage to an empty uid is sent (to oneself) instead of returning -2. */
    static Variant emptyUidAccepted() {
        return new Variant("an empty uid accepted", "sendMessage_nullOrEmptyUid_returnsMinus2") {
            @Override
            ForwardingRTS engine() {
                return new ForwardingRTS(this) {
                    @Override
                    public long sendMessage(String uid, String message, MessageConfig config) {
                        return super.sendMessage(uid == null || uid.isEmpty() ? "somebody" : uid, message, config);
                    }
                };
            }
        };
    }

    /** joinRoom while joined returns 0 instead of -2. */
    static Variant joinTwiceAccepted() {
        return new Variant("a second joinRoom accepted", "joinRoom_twice_returnsMinus2") {
            @Override
            RTSRoom room(RTSRoom inner, ForwardingRTS engine) {
                return new ForwardingRTSRoom(inner, this) {
                    @Override
                    public int joinRoom() {
                        int r = super.joinRoom();
                        return r == -2 ? 0 : r;
                    }
                };
            }
        };
    }

    /** A duplicate login elsewhere logs the first engine out without telling it. */
    static Variant duplicateLoginNotReported() {
        return new Variant("a duplicate login not reported", "duplicateLogin_logsTheFirstEngineOut") {
            @Override
            IRTSEventHandler engineHandler(IRTSEventHandler app, ForwardingRTS engine) {
                return new ForwardingEngineHandler(app) {
                    @Override
                    public void onLogout(int reason) {
                        if (reason != 1) {
                            super.onLogout(reason);
                        }
                    }
                };
            }
        };
    }

    /** Room message ids continue the engine's P2P count instead of starting at 1 per room. */
    static Variant roomIdsSharedWithP2p() {
        return new Variant("room ids continuing the P2P count", "sendRoomMessage_idsCountPerRoom") {
            @Override
            RTSRoom room(RTSRoom inner, ForwardingRTS engine) {
                return new ForwardingRTSRoom(inner, this) {
                    private long offset = -1;

                    @Override
                    public long sendRoomMessage(String message) {
                        return shift(super.sendRoomMessage(message));
                    }

                    private long shift(long id) {
                        if (offset < 0) {
                            offset = engine.inner.sendMessage("nobody-at-all", "count", MessageConfig.RELIABLE_ORDERED);
                        }
                        return id > 0 ? id + offset : id;
                    }
                };
            }
        };
    }
}
