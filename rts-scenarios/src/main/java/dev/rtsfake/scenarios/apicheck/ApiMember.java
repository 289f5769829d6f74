package dev.rtsfake.scenarios.apicheck;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * One public or protected field or method (constructors included) of an API type.
 *
 * <p>Its {@link #line()} is the member's line in an API record:
 * <pre>
 * field com.ss.bytertc.rts.engine.type.ErrorCode public static final ERROR_CODE_INVALID_TOKEN I = -1000
 * method com.ss.bytertc.rts.engine.RTS public abstract login(Ljava/lang/String;Ljava/lang/String;)I
 * </pre>
 *
 * @param kind       field or method
 * @param owner      binary name of the declaring type, with dots ({@code com.ss.bytertc.rts.engine.RTS})
 * @param access     the class file's access flags
 * @param name       the member's name; {@code <init>} for a constructor
 * @param descriptor the JVM descriptor: {@code I} for an int field, {@code (Ljava/lang/String;)I} for a method
 * @param constant   a field's compile-time constant (Integer, Long, Float, Double or String), else null
 */
public record ApiMember(Kind kind, String owner, int access, String name, String descriptor, Object constant) {

    /** Field or method. */
    public enum Kind {
        /** A field. */
        FIELD,
        /** A method or constructor. */
        METHOD
    }

    /** Flags a method line leaves out: 0x40 is "bridge" and 0x80 "varargs" on a method, not volatile/transient. */
    private static final int METHOD_FLAGS_NOT_SHOWN = Opcodes.ACC_BRIDGE | Opcodes.ACC_VARARGS;

    /** Keeps only the class file's own flags (not ASM's pseudo flags); a method has no constant. */
    public ApiMember {
        access &= Modifiers.CLASS_FILE_FLAGS;
        if (kind == Kind.METHOD && constant != null) {
            throw new IllegalArgumentException("a method has no constant value: " + name + descriptor);
        }
    }

    /** A field, with its compile-time constant or null. */
    public static ApiMember field(String owner, int access, String name, String descriptor, Object constant) {
        return new ApiMember(Kind.FIELD, owner, access, name, descriptor, constant);
    }

    /** A method or constructor. */
    public static ApiMember method(String owner, int access, String name, String descriptor) {
        return new ApiMember(Kind.METHOD, owner, access, name, descriptor, null);
    }

    /** Whether it is static (a class member) rather than an instance member. */
    public boolean isStatic() {
        return (access & Opcodes.ACC_STATIC) != 0;
    }

    /** Its modifier words as the line shows them, each followed by a space ({@code "public static final "}). */
    public String modifiers() {
        return Modifiers.words(kind == Kind.METHOD ? access & ~METHOD_FLAGS_NOT_SHOWN : access, false);
    }

    /** The line of an API record. */
    public String line() {
        if (kind == Kind.FIELD) {
            String line = "field " + owner + " " + modifiers() + name + " " + descriptor;
            return constant == null ? line : line + " = " + Modifiers.constant(constant, descriptor);
        }
        return "method " + owner + " " + modifiers() + name + descriptor;
    }

    /**
     * What identifies the member when two surfaces are compared: a field by name, a method by name
     * and parameter types (so a changed return type is one difference, not a missing and an extra method).
     */
    String matchKey() {
        return kind == Kind.FIELD ? "field " + name : "method " + name + descriptor.substring(0, descriptor.indexOf(')') + 1);
    }

    /** The member as Java writes it: {@code com.ss.bytertc.rts.engine.RTS.login(java.lang.String, java.lang.String)}. */
    String javaName() {
        if (kind == Kind.FIELD) {
            return owner + "." + name;
        }
        String params = Arrays.stream(Type.getArgumentTypes(descriptor)).map(Type::getClassName)
                .collect(Collectors.joining(", "));
        return owner + "." + name + "(" + params + ")";
    }

    /** The field's type or the method's return type, as Java writes it ({@code long}, {@code java.lang.String}). */
    String javaType() {
        return (kind == Kind.FIELD ? Type.getType(descriptor) : Type.getReturnType(descriptor)).getClassName();
    }

    @Override
    public String toString() {
        return line();
    }
}
