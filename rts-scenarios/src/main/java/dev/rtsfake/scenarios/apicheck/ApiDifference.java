package dev.rtsfake.scenarios.apicheck;

/**
 * One way two API surfaces differ, as one line that says what differs and what each side has.
 *
 * <pre>
 * missing from rts-api: method com.ss.bytertc.rts.engine.RTS public abstract logout()I
 * different return type: method com.ss.bytertc.rts.engine.RTS.login(java.lang.String, java.lang.String) returns long in the SDK, int in rts-api
 * </pre>
 *
 * @param kind what differs
 * @param type binary name of the type it concerns
 * @param line the line to print
 */
public record ApiDifference(Kind kind, String type, String line) {

    /** What differs. The "reference" is the surface checked against (the SDK), the "checked" one is ours. */
    public enum Kind {
        /** A type only the reference has: {@code missing from rts-api: class ...}. */
        MISSING_TYPE,
        /** A type only the checked surface has: {@code only in rts-api: class ...}. */
        EXTRA_TYPE,
        /** A field or method only the reference has: {@code missing from rts-api: method ...}. */
        MISSING_MEMBER,
        /** A field or method only the checked surface has: {@code only in rts-api: method ...}. */
        EXTRA_MEMBER,
        /** An enum on one side, a class of int constants on the other. */
        ENUM_VS_INT_CONSTANTS,
        /** Class, interface, enum or annotation type differ otherwise. */
        TYPE_KIND,
        /** Superclass or interfaces differ. */
        SUPERTYPES,
        /** A method of the same name and parameter types returns another type. */
        RETURN_TYPE,
        /** A field of the same name has another type. */
        FIELD_TYPE,
        /** A member is static on one side and an instance member on the other. */
        STATIC_VS_INSTANCE,
        /** A constant field has another value, or is a constant on one side only. */
        CONSTANT_VALUE,
        /** Other modifiers (access, final, abstract, synchronized, native...) differ. */
        MODIFIERS
    }

    /** The line. */
    @Override
    public String toString() {
        return line;
    }
}
