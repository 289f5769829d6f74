package dev.rtsfake.fake.net;

import java.time.Duration;

/**
 * A packet waiting on a held link direction, as a test sees it.
 *
 * @param direction the direction it waits on ("alice/down")
 * @param index its position among the held packets, oldest first; pass it to deliver or drop it
 * @param packet what it carries
 * @param heldSince virtual time since the start at which it arrived and was held
 */
public record HeldPacket(String direction, int index, Packet packet, Duration heldSince) {
}
