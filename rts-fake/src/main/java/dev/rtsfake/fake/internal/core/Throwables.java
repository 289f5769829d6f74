package dev.rtsfake.fake.internal.core;



/**
 * How the SDK's entry points treat what the caller's own objects throw at them: everything is caught
 * and turned into the method's failure code, except the JVM's own fatal errors (out of memory, an
 * internal error), which no return code could honestly stand for. A stack overflow is not fatal
 * here: it comes from the caller's object (a cyclic structure) and unwinds cleanly.
 */
public final class Throwables {
    /** The most characters of an exception's message a description keeps. */
    static final int MESSAGE_CHARS = 200;

    private Throwables() {
    }

    /** Rethrows {@code t} if it is a fatal JVM error (a {@link VirtualMachineError} other than a stack overflow). */
    public static void rethrowIfFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }

    /**
     * A short description for the trace: the simple class name and, if reading it does not itself
     * fail, the message ({@code IllegalStateException: boom}), cut after {@value #MESSAGE_CHARS} characters.
     */
    public static String describe(Throwable t) {
        String name = Identifiers.handlerName(t);
        String message;
        try {
            message = t.getMessage();
        } catch (Throwable unreadable) {
            rethrowIfFatal(unreadable);
            message = null;
        }
        if (message != null && message.length() > MESSAGE_CHARS) {
            int cut = Character.isHighSurrogate(message.charAt(MESSAGE_CHARS - 1)) ? MESSAGE_CHARS - 1 : MESSAGE_CHARS;
            message = message.substring(0, cut) + "...";
        }
        return message == null ? name : name + ": " + message;
    }
}
