package dev.rtsfake.conformance.probe;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** One callback as a handler saw it: the callback's name and its arguments, in arrival order. */
public final class Event {
    private final long seq;
    private final String name;
    private final List<Object> args;

    Event(long seq, String name, Object... args) {
        this.seq = seq;
        this.name = name;
        this.args = Collections.unmodifiableList(new ArrayList<>(Arrays.asList(args)));
    }

    /** Arrival position within its log, from 0. */
    public long seq() {
        return seq;
    }

    /** The callback's name, e.g. {@code onLoginResult}. */
    public String name() {
        return name;
    }

    /** The {@code i}-th argument (a binary message is kept as a {@link ByteBuffer} copy). */
    public Object arg(int i) {
        return args.get(i);
    }

    /** The {@code i}-th argument as an int. */
    public int intArg(int i) {
        return ((Number) args.get(i)).intValue();
    }

    /** The {@code i}-th argument as a long. */
    public long longArg(int i) {
        return ((Number) args.get(i)).longValue();
    }

    /** The {@code i}-th argument as a string. */
    public String stringArg(int i) {
        return (String) args.get(i);
    }

    /** All arguments. */
    public List<Object> args() {
        return args;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(name).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                b.append(", ");
            }
            Object a = args.get(i);
            if (a instanceof String) {
                String s = (String) a;
                b.append('"').append(s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + " chars)" : s).append('"');
            } else if (a instanceof byte[]) {
                b.append("bytes[").append(((byte[]) a).length).append(']');
            } else {
                b.append(a);
            }
        }
        return b.append(')').toString();
    }
}
