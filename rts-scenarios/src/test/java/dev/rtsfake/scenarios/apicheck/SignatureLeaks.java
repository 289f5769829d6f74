package dev.rtsfake.scenarios.apicheck;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Finds the public signatures of public packages that name a type of a hidden package: a public or
 * protected type's superclass, interfaces and generic signature, and its public and protected
 * fields (type and generic signature) and methods (parameters, return type, generic signature,
 * declared exceptions). One line per leak: {@code dev.rtsfake.fake.FakeRtsCloud.network()
 * names dev.rtsfake.fake.internal.net.Link}.
 *
 * <pre>{@code
 * List<String> leaks = SignatureLeaks.find(classesFolder, PackageFilter.of("dev.rtsfake.fake"),
 *         PackageFilter.of("dev.rtsfake.fake.internal"));
 * }</pre>
 */
final class SignatureLeaks {
    /** A class name in a descriptor or a generic signature: {@code Ldev/rtsfake/A;} or {@code Ldev/rtsfake/A<...>}. */
    private static final Pattern CLASS_NAME = Pattern.compile("L([\\w/$]+)[;<.]");

    private SignatureLeaks() {
    }

    /** The leaks of the classes in {@code input} that lie in {@code checked} and not in {@code hidden}. */
    static List<String> find(Path input, PackageFilter checked, PackageFilter hidden) throws ApiInputException {
        List<String> leaks = new ArrayList<>();
        for (ClassFiles.ClassFile file : ClassFiles.read(input)) {
            leaks.addAll(find(file.bytes(), checked, hidden));
        }
        return leaks;
    }

    /** The leaks of one class file (none when it is not a visible type of a checked package). */
    static List<String> find(byte[] classFile, PackageFilter checked, PackageFilter hidden) {
        ClassReader reader = new ClassReader(classFile);
        String name = TypeReader.dotted(reader.getClassName());
        if (!checked.accepts(name) || hidden.accepts(name)) {
            return List.of();
        }
        Collector c = new Collector(name, hidden);
        reader.accept(c, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return c.visible() ? c.leaks : List.of();
    }

    private static final class Collector extends ClassVisitor {
        private final String name;
        private final PackageFilter hidden;
        private final List<String> leaks = new ArrayList<>();
        private int access;

        Collector(String name, PackageFilter hidden) {
            super(Opcodes.ASM9);
            this.name = name;
            this.hidden = hidden;
        }

        boolean visible() {
            return Modifiers.visible(access);
        }

        @Override
        public void visit(int version, int access, String n, String signature, String superName, String[] interfaces) {
            this.access = access;
            check(name + " (its superclass)", superName == null ? null : "L" + superName + ";");
            for (String i : interfaces == null ? new String[0] : interfaces) {
                check(name + " (its interfaces)", "L" + i + ";");
            }
            check(name + " (its generic signature)", signature);
        }

        @Override
        public void visitInnerClass(String n, String outerName, String innerName, int access) {
            if (TypeReader.dotted(n).equals(name)) {
                this.access = access | (this.access & Opcodes.ACC_SYNTHETIC);
            }
        }

        @Override
        public FieldVisitor visitField(int access, String n, String descriptor, String signature, Object value) {
            if (Modifiers.visible(access)) {
                check(name + "." + n, descriptor);
                check(name + "." + n, signature);
            }
            return null;
        }

        @Override
        public MethodVisitor visitMethod(int access, String n, String descriptor, String signature, String[] exceptions) {
            if (Modifiers.visible(access)) {
                String member = name + "." + n + descriptor;
                check(member, descriptor);
                check(member, signature);
                for (String e : exceptions == null ? new String[0] : exceptions) {
                    check(member + " (throws)", "L" + e + ";");
                }
            }
            return null;
        }

        private void check(String where, String signature) {
            if (signature == null) {
                return;
            }
            Matcher m = CLASS_NAME.matcher(signature);
            while (m.find()) {
                String type = TypeReader.dotted(m.group(1));
                if (hidden.accepts(type)) {
                    leaks.add(where + " names " + type);
                }
            }
        }
    }
}
