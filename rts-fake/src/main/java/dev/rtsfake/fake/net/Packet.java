package dev.rtsfake.fake.net;

import com.ss.bytertc.rts.engine.type.MessageConfig;

/**
 * What crosses a link: a small description of one message or request, as the trace and a test that
 * holds traffic see it. The payload itself travels with the delivery action, not here.
 *
 * @param kind what the packet carries
 * @param from who sent it (a uid, or "cloud")
 * @param to who it is for (a uid, a room id, "cloud" or "app-server")
 * @param msgId the message id, or 0 for requests without one
 * @param delivery how the link treats the packet when it is lost
 */
public record Packet(PacketKind kind, String from, String to, long msgId, Delivery delivery) {

    /** How a link treats a packet that is lost. */
    public enum Delivery {
        /** Retransmitted until its deadline; delivered once, in order. */
        RELIABLE,
        /** Sent once; may be lost; a packet older than one already delivered is discarded. */
        UNRELIABLE_ORDERED,
        /** Sent once; may be lost or overtaken. */
        UNRELIABLE_UNORDERED;

        /** How the link carries a message the app sent with {@code config} (null or ordered-reliable: reliably). */
        public static Delivery of(MessageConfig config) {
            if (config == MessageConfig.UNRELIABLE_ORDERED) {
                return UNRELIABLE_ORDERED;
            }
            if (config == MessageConfig.UNRELIABLE_UNORDERED) {
                return UNRELIABLE_UNORDERED;
            }
            return RELIABLE;
        }
    }

    /** A reliable packet. */
    public static Packet reliable(PacketKind kind, String from, String to, long msgId) {
        return new Packet(kind, from, to, msgId, Delivery.RELIABLE);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(48).append(kind).append(' ').append(from).append("->").append(to);
        if (msgId != 0) {
            sb.append(" #").append(msgId);
        }
        if (delivery != Delivery.RELIABLE) {
            sb.append(' ').append(delivery);
        }
        return sb.toString();
    }
}
