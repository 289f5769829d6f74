package dev.rtsfake.fake.engine;

import dev.rtsfake.fake.internal.core.Identifiers;
import java.util.regex.Pattern;

/** The SDK's documented size limits and identifier rules. */
final class Limits {
    /** Text messages (P2P, P2Server, room): 64 KiB of UTF-8. */
    static final int MAX_TEXT_BYTES = 64 * 1024;
    /** Binary messages: 46 KiB. */
    static final int MAX_BINARY_BYTES = 46 * 1024;
    /** Room ids (and business ids, without the length rule). */
    static final Pattern ROOM_ID = Identifiers.ID;
    static final Pattern BUSINESS_ID = Pattern.compile(Identifiers.CHARACTERS + "{0,128}");

    private Limits() {
    }
}
