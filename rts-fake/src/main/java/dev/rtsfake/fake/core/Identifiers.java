package dev.rtsfake.fake.core;

import java.util.regex.Pattern;

/**
 * The one character rule the SDK applies to identifiers: room ids, uids, the push API's From and
 * RoomId, log file prefixes. Each use adds its own length rule where the SDK differs.
 */
public final class Identifiers {
    /** The allowed characters, as written in the SDK's documentation. */
    public static final String CHARACTERS = "[a-zA-Z0-9_@\\-.]";
    /** One to 128 allowed characters: room ids, uids, From, log prefixes. */
    public static final Pattern ID = Pattern.compile(CHARACTERS + "{1,128}");
    /** The rule as the fake's messages quote it. */
    public static final String ID_RULE = CHARACTERS + "{1,128}";

    private Identifiers() {
    }

    /** How the trace names an app's handler object: its simple class name, or null for none. */
    public static String handlerName(Object handler) {
        if (handler == null) {
            return null;
        }
        String simple = handler.getClass().getSimpleName();
        return simple.isEmpty() ? handler.getClass().getName().replaceAll(".*\\.", "") : simple;
    }
}
