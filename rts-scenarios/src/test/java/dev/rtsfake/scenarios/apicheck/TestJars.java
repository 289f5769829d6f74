package dev.rtsfake.scenarios.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import com.ss.bytertc.rts.engine.RTS;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Builds the class files, jars and AARs the API-check tests read: rts-api's own classes, the same
 * with one change made with ASM (a method removed, a return type changed...), or small sources
 * compiled with javac.
 */
public final class TestJars {

    private TestJars() {
    }

    /** rts-api's compiled classes (from the reactor class path), by internal name ({@code com/ss/.../RTS}). */
    public static Map<String, byte[]> rtsApiClasses() {
        try {
            Map<String, byte[]> classes = new TreeMap<>();
            for (ClassFiles.ClassFile f : ClassFiles.read(ClassFiles.locationOf(RTS.class))) {
                // rts-api is a classes folder or a jar: the origin is the class file's path in it.
                classes.put(f.origin().substring(0, f.origin().length() - ".class".length()), f.bytes());
            }
            assertThat(classes).as("rts-api's classes").containsKey("com/ss/bytertc/rts/engine/RTS");
            return classes;
        } catch (ApiInputException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A jar holding these classes (internal name to class file). */
    public static byte[] jar(Map<String, byte[]> classes) {
        return zip(classes.entrySet().stream()
                .collect(TreeMap::new, (m, e) -> m.put(e.getKey() + ".class", e.getValue()), Map::putAll));
    }

    /** A zip of these entries (path to bytes), in path order. */
    public static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(entries).entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** An AAR: a manifest, the code in {@code classes.jar}, and bundled libraries under {@code libs/}. */
    public static byte[] aar(byte[] classesJar, Map<String, byte[]> libs) {
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put("AndroidManifest.xml", "<manifest package=\"com.ss.bytertc.rts\"/>".getBytes(StandardCharsets.UTF_8));
        entries.put("R.txt", new byte[0]);
        entries.put("classes.jar", classesJar);
        libs.forEach((name, jar) -> entries.put("libs/" + name, jar));
        return zip(entries);
    }

    /** Writes bytes to a file and returns its path. */
    public static Path write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Compiles Java sources (JDK classes only) with javac for Java 11 and returns the class files by
     * internal name.
     *
     * @param sources each source file's text by the qualified name of its top-level type
     */
    public static Map<String, byte[]> compile(Path workDir, Map<String, String> sources) {
        try {
            Path src = Files.createTempDirectory(Files.createDirectories(workDir), "src");
            Path out = Files.createDirectories(src.resolveSibling(src.getFileName() + "-classes"));
            List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "11"));
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
            int rc = javac.run(null, diagnostics, diagnostics, args.toArray(String[]::new));
            assertThat(rc).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
            Map<String, byte[]> classes = new TreeMap<>();
            List<Path> files;
            try (Stream<Path> walk = Files.walk(out)) {
                files = walk.filter(p -> p.toString().endsWith(".class")).toList();
            }
            for (Path f : files) {
                String rel = out.relativize(f).toString().replace('\\', '/');
                classes.put(rel.substring(0, rel.length() - ".class".length()), Files.readAllBytes(f));
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a class file through an ASM visitor chain: {@code edit(bytes, next -> new SomeVisitor(next))}. */
    public static byte[] edit(byte[] classFile, UnaryOperator<ClassVisitor> visitor) {
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        new ClassReader(classFile).accept(visitor.apply(writer), 0);
        return writer.toByteArray();
    }

    /** Leaves out the method with this name and descriptor. */
    public static UnaryOperator<ClassVisitor> removeMethod(String name, String descriptor) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String signature, String[] exceptions) {
                return n.equals(name) && d.equals(descriptor) ? null : super.visitMethod(access, n, d, signature, exceptions);
            }
        };
    }

    /** Gives the method with this name and descriptor another descriptor (for an abstract method: another return type). */
    public static UnaryOperator<ClassVisitor> changeDescriptor(String name, String descriptor, String newDescriptor) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String signature, String[] exceptions) {
                boolean hit = n.equals(name) && d.equals(descriptor);
                return super.visitMethod(access, n, hit ? newDescriptor : d, signature, exceptions);
            }
        };
    }

    /** Flips the static flag of the method with this name and descriptor. */
    public static UnaryOperator<ClassVisitor> flipStatic(String name, String descriptor) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public MethodVisitor visitMethod(int access, String n, String d, String signature, String[] exceptions) {
                boolean hit = n.equals(name) && d.equals(descriptor);
                return super.visitMethod(hit ? access ^ Opcodes.ACC_STATIC : access, n, d, signature, exceptions);
            }
        };
    }

    /** Adds an abstract method (the class must be abstract for the result to load). */
    public static UnaryOperator<ClassVisitor> addAbstractMethod(String name, String descriptor) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public void visitEnd() {
                super.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, name, descriptor, null, null).visitEnd();
                super.visitEnd();
            }
        };
    }

    /** Renames a field (the class's own code keeps the old name: fine for reading its API, not for loading it). */
    public static UnaryOperator<ClassVisitor> renameField(String name, String newName) {
        return next -> new ClassVisitor(Opcodes.ASM9, next) {
            @Override
            public FieldVisitor visitField(int access, String n, String d, String signature, Object value) {
                return super.visitField(access, n.equals(name) ? newName : n, d, signature, value);
            }
        };
    }

    /** One public class made with ASM's ClassWriter: a superclass and a public no-argument constructor. */
    public static byte[] publicClass(String internalName, String superInternalName) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_MAXS);
        cw.visit(Opcodes.V11, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, internalName, null, superInternalName, null);
        MethodVisitor init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, superInternalName, "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }
}
