package dev.rtsfake.scenarios.apicheck;

import org.objectweb.asm.Opcodes;

/** The words and values of an API line: modifiers from access flags, constants as Java source writes them. */
final class Modifiers {
    /** The real access flags of a class file; ASM adds pseudo flags (deprecated, record) above them. */
    static final int CLASS_FILE_FLAGS = 0xFFFF;

    private Modifiers() {
    }

    /** Java-style modifier words for access flags, each followed by a space. */
    static String words(int flags, boolean forClass) {
        StringBuilder sb = new StringBuilder();
        append(sb, flags, Opcodes.ACC_PUBLIC, "public ");
        append(sb, flags, Opcodes.ACC_PROTECTED, "protected ");
        append(sb, flags, Opcodes.ACC_STATIC, "static ");
        append(sb, flags, Opcodes.ACC_FINAL, "final ");
        if (!forClass) {
            // On a class these bits mean ACC_SUPER and nothing; on a method 0x40/0x80 are dropped before.
            append(sb, flags, Opcodes.ACC_SYNCHRONIZED, "synchronized ");
            append(sb, flags, Opcodes.ACC_VOLATILE, "volatile ");
            append(sb, flags, Opcodes.ACC_TRANSIENT, "transient ");
            append(sb, flags, Opcodes.ACC_NATIVE, "native ");
        }
        append(sb, flags, Opcodes.ACC_ABSTRACT, "abstract ");
        return sb.toString();
    }

    private static void append(StringBuilder sb, int flags, int flag, String word) {
        if ((flags & flag) != 0) {
            sb.append(word);
        }
    }

    /** Whether a type or member with these flags is API: public or protected, and not made by the compiler. */
    static boolean visible(int access) {
        return (access & (Opcodes.ACC_PUBLIC | Opcodes.ACC_PROTECTED)) != 0 && (access & Opcodes.ACC_SYNTHETIC) == 0;
    }

    /** A compile-time constant as Java source would write it (callers inline these, so they are API). */
    static String constant(Object value, String descriptor) {
        if (value instanceof String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char ch : s.toCharArray()) {
                if (ch == '"' || ch == '\\') {
                    sb.append('\\').append(ch);
                } else if (ch < 0x20 || ch > 0x7e) {
                    sb.append(String.format("\\u%04x", (int) ch));
                } else {
                    sb.append(ch);
                }
            }
            return sb.append('"').toString();
        }
        if (descriptor.equals("Z") && value instanceof Integer i) {
            return i != 0 ? "true" : "false";
        }
        if (value instanceof Long) {
            return value + "L";
        }
        if (value instanceof Float) {
            return value + "f";
        }
        return String.valueOf(value);
    }
}
