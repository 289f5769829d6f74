package dev.rtsfake.fake.internal.core;

import java.lang.reflect.Proxy;
import java.util.regex.Pattern;

/**
 * The one character rule the SDK applies to identifiers: room ids, uids, the push API's From and
 * RoomId, log file prefixes. Each use adds its own length rule where the SDK differs. Also the one
 * rule by which the trace names an app's handler object.
 */
public final class Identifiers {
    /** The allowed characters, as written in the SDK's documentation. */
    public static final String CHARACTERS = "[a-zA-Z0-9_@\\-.]";
    /** One to 128 allowed characters: room ids, uids, From, log prefixes. */
    public static final Pattern ID = Pattern.compile(CHARACTERS + "{1,128}");
    /** The rule as the fake's messages quote it. */
    public static final String ID_RULE = CHARACTERS + "{1,128}";

    /** Marks in the names of classes that libraries generate at run time, with a random or counted part. */
    private static final String[] GENERATED_MARKS = {
        "$MockitoMock$", "$ByteBuddy$", "$$EnhancerBy", "$$FastClassBy", "$$SpringCGLIB$$",
        "$HibernateProxy$", "$$Lambda", "_$$_jvst", "$$_javassist", "$Proxy$_$$_"
    };

    private Identifiers() {
    }

    /**
     * How the trace names an app's handler object, or null for none. A class of the app is named by
     * its simple name ({@code ChatHandler}; an anonymous class by its binary name without the package,
     * {@code ChatTest$1}), which is the same in every JVM. A class made at run time (a Mockito mock,
     * a lambda or other hidden class, a {@link Proxy}, a ByteBuddy / CGLIB / javassist subclass) has a
     * name that changes from JVM to JVM, so it is named by the nearest supertype with a stable name
     * and what made it: {@code IRTSEventHandler$MockitoMock}, {@code Runnable$Lambda},
     * {@code Runnable$Proxy}, {@code IRTSEventHandler$Generated}.
     */
    public static String handlerName(Object handler) {
        if (handler == null) {
            return null;
        }
        Class<?> type = handler.getClass();
        String kind = generatedKind(type);
        return kind == null ? stableName(type) : stableName(stableSupertype(type)) + "$" + kind;
    }

    /** What generated {@code type} (MockitoMock, Lambda, Hidden, Proxy, Generated), or null for a class of the app. */
    private static String generatedKind(Class<?> type) {
        String name = type.getName();
        if (name.contains("$MockitoMock$")) {
            return "MockitoMock";
        }
        if (name.contains("$$Lambda")) {
            return "Lambda";
        }
        if (type.isHidden()) {
            return "Hidden";
        }
        if (Proxy.isProxyClass(type)) {
            return "Proxy";
        }
        if (type.isSynthetic()) {
            return "Generated";
        }
        for (String mark : GENERATED_MARKS) {
            if (name.contains(mark)) {
                return "Generated";
            }
        }
        return null;
    }

    /** The nearest superclass that was not generated; past Object (or Proxy), the first such interface. */
    private static Class<?> stableSupertype(Class<?> type) {
        for (Class<?> c = type.getSuperclass(); c != null && c != Object.class && c != Proxy.class;
                c = c.getSuperclass()) {
            if (generatedKind(c) == null) {
                return c;
            }
        }
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (generatedKind(i) == null && !i.getName().startsWith("org.mockito.")) {
                    return i;
                }
            }
        }
        return Object.class;
    }

    private static String stableName(Class<?> type) {
        String simple = type.getSimpleName();
        if (!simple.isEmpty()) {
            return simple;
        }
        String name = type.getName();
        return name.substring(name.lastIndexOf('.') + 1);
    }
}
