package dev.rtsfake.scenarios.apicheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * One public or protected class, interface, enum or annotation type and its API members.
 *
 * <p>Its {@link #line()} is the type's line in an API record:
 * <pre>
 * class public final enum com.ss.bytertc.rts.engine.type.MessageConfig extends java.lang.Enum
 * </pre>
 *
 * @param name       binary name with dots; a nested type keeps its '$' ({@code a.b.Outer$Inner})
 * @param access     access flags; for a nested type those of its InnerClasses entry (they hold "static", "protected")
 * @param superName  binary name of the superclass with dots, or null for {@code java.lang.Object} itself
 * @param interfaces binary names of the direct interfaces, sorted
 * @param members    the public and protected fields and methods, sorted as in the record
 */
public record ApiType(String name, int access, String superName, List<String> interfaces, List<ApiMember> members) {

    /** The four shapes a Java type can have. */
    public enum Kind {
        /** A class (abstract or not). */
        CLASS,
        /** An interface that is not an annotation type. */
        INTERFACE,
        /** An enum. */
        ENUM,
        /** An annotation type. */
        ANNOTATION
    }

    /** The record's order of members: fields before methods, then by name (and descriptor), then by line. */
    static final Comparator<ApiMember> MEMBER_ORDER = Comparator.comparing(ApiMember::kind)
            .thenComparing(m -> m.kind() == ApiMember.Kind.FIELD ? m.name() : m.name() + m.descriptor())
            .thenComparing(ApiMember::line);

    /** Sorts the interfaces and members; keeps only the class file's own flags. */
    public ApiType {
        access &= Modifiers.CLASS_FILE_FLAGS;
        interfaces = interfaces.stream().sorted().toList();
        List<ApiMember> sorted = new ArrayList<>(members);
        sorted.sort(MEMBER_ORDER);
        members = List.copyOf(sorted);
        for (ApiMember m : members) {
            if (!m.owner().equals(name)) {
                throw new IllegalArgumentException("member " + m.line() + " does not belong to " + name);
            }
        }
    }

    /** Class, interface, enum or annotation type. */
    public Kind kind() {
        if ((access & Opcodes.ACC_ANNOTATION) != 0) {
            return Kind.ANNOTATION;
        }
        if ((access & Opcodes.ACC_INTERFACE) != 0) {
            return Kind.INTERFACE;
        }
        return (access & Opcodes.ACC_ENUM) != 0 ? Kind.ENUM : Kind.CLASS;
    }

    /**
     * Whether it is a class of {@code static final int} constants, the shape the SDK uses for its
     * code families ({@code ConnectionState}, {@code LoginErrorCode}): a class whose API fields are
     * all static final ints, and at least one.
     */
    public boolean isIntConstantClass() {
        List<ApiMember> fields = members.stream().filter(m -> m.kind() == ApiMember.Kind.FIELD).toList();
        int staticFinal = Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
        return kind() == Kind.CLASS && !fields.isEmpty()
                && fields.stream().allMatch(f -> (f.access() & staticFinal) == staticFinal && f.descriptor().equals("I"));
    }

    /** Its modifier words as the line shows them, each followed by a space ({@code "public abstract "}). */
    public String modifiers() {
        return Modifiers.words(access, true);
    }

    /** The supertypes as the line shows them: {@code extends a.B implements c.D, e.F}, or "" for Object. */
    public String supertypes() {
        StringBuilder sb = new StringBuilder();
        if (superName != null) {
            sb.append("extends ").append(superName);
        }
        if (!interfaces.isEmpty()) {
            sb.append(sb.length() == 0 ? "" : " ").append("implements ").append(String.join(", ", interfaces));
        }
        return sb.toString();
    }

    /** The line of an API record. */
    public String line() {
        String kindWord = switch (kind()) {
            case ANNOTATION -> "@interface ";
            case INTERFACE -> "interface ";
            case ENUM -> "enum ";
            case CLASS -> "";
        };
        String supers = supertypes();
        return "class " + modifiers() + kindWord + name + (supers.isEmpty() ? "" : " " + supers);
    }

    /** The type's line followed by its members' lines: its part of an API record. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>(members.size() + 1);
        lines.add(line());
        members.forEach(m -> lines.add(m.line()));
        return lines;
    }

    /** Its shape in words for a difference line: "an enum", "an int-constant class", "an interface". */
    String shape() {
        return switch (kind()) {
            case ANNOTATION -> "an annotation type";
            case INTERFACE -> "an interface";
            case ENUM -> "an enum";
            case CLASS -> isIntConstantClass() ? "an int-constant class"
                    : (access & Opcodes.ACC_ABSTRACT) != 0 ? "an abstract class" : "a class";
        };
    }

    @Override
    public String toString() {
        return line();
    }
}
