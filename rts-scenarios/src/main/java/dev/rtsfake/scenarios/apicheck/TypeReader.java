package dev.rtsfake.scenarios.apicheck;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/** Turns one class file into its {@link ApiType}, or nothing when the class is not API. */
final class TypeReader extends ClassVisitor {
    private String name;
    private int access;
    private String superName;
    private List<String> interfaces = List.of();
    private final List<ApiMember> members = new ArrayList<>();

    private TypeReader() {
        super(Opcodes.ASM9);
    }

    /** The type, or null when it is neither public nor protected, or synthetic. Code and debug data are skipped. */
    static ApiType read(ClassReader reader) {
        TypeReader visitor = new TypeReader();
        reader.accept(visitor, ClassReader.SKIP_CODE | ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
        return Modifiers.visible(visitor.access)
                ? new ApiType(visitor.name, visitor.access, visitor.superName, visitor.interfaces, visitor.members)
                : null;
    }

    /** A binary name with dots: {@code com/ss/A$B} becomes {@code com.ss.A$B}. */
    static String dotted(String internalName) {
        return internalName.replace('/', '.');
    }

    @Override
    public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
        this.name = dotted(name);
        this.access = access;
        this.superName = superName == null ? null : dotted(superName);
        this.interfaces = interfaces == null ? List.of() : Arrays.stream(interfaces).map(TypeReader::dotted).toList();
    }

    @Override
    public void visitInnerClass(String name, String outerName, String innerName, int access) {
        // A nested class's own entry holds its real modifiers (static, protected, private).
        if (dotted(name).equals(this.name)) {
            this.access = access | (this.access & Opcodes.ACC_SYNTHETIC);
        }
    }

    @Override
    public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
        if (Modifiers.visible(access)) {
            members.add(ApiMember.field(this.name, access, name, descriptor, value));
        }
        return null;
    }

    @Override
    public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
        if (Modifiers.visible(access)) {
            members.add(ApiMember.method(this.name, access, name, descriptor));
        }
        return null;
    }
}
