package dev.rtsfake.scenarios.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.fake.FakeRtsCloud;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;

/**
 * Guards the harness surface: the public packages of rts-fake ({@code dev.rtsfake.fake} and below,
 * without {@code dev.rtsfake.fake.internal}) must equal the checked-in record
 * {@code rts-fake/api/rts-fake.txt} (run with {@code -Drts.api.update=true} to rewrite it after a
 * deliberate change), and none of their public signatures may name an internal type.
 */
class RtsFakeRecordTest {
    private static final String HARNESS = "dev.rtsfake.fake";
    private static final String INTERNAL = "dev.rtsfake.fake.internal";
    private static final String CLOUD = "dev/rtsfake/fake/FakeRtsCloud.class";

    @TempDir
    Path tmp;

    @Test
    void rtsFake_publicApi_matchesCheckedInRecord() {
        List<String> lines = ApiRecord.verifyModule("rts-fake", FakeRtsCloud.class, List.of(INTERNAL), HARNESS);

        assertThat(lines)
                .contains("method dev.rtsfake.fake.FakeRtsCloud public runUntilIdle()I")
                .anyMatch(l -> l.startsWith("class public final dev.rtsfake.fake.net.Network"))
                .noneMatch(l -> l.contains(" " + INTERNAL + "."));
    }

    @Test
    void rtsFake_publicMethodAddedToTheBuild_failsWithADiffNamingIt() throws IOException {
        ApiSurface real = ApiRecord.surface("rts-fake", FakeRtsCloud.class, List.of(INTERNAL), HARNESS);
        Path changed = tmp.resolve("classes");
        Path cloudClass = changed.resolve(CLOUD);
        Files.createDirectories(cloudClass.getParent());
        Files.write(cloudClass, withExtraPublicMethod(cloudClassBytes(), "probeAddedByTheTest"));
        List<ApiType> types = new ArrayList<>(real.types());
        types.removeIf(t -> t.name().equals("dev.rtsfake.fake.FakeRtsCloud"));
        types.addAll(read(changed).types());
        List<String> built = ApiSurface.of(types).lines();
        // The record as the unchanged build writes it (the checked-in one, when it is up to date).
        Path record = tmp.resolve("rts-fake.txt");
        ApiRecord.verify(record, real.lines(), true);

        assertThatThrownBy(() -> ApiRecord.verify(record, built, false))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("-Drts.api.update=true")
                .hasMessageEndingWith("\n+ method dev.rtsfake.fake.FakeRtsCloud public probeAddedByTheTest()V\n");
    }

    @Test
    void rtsFake_publicSignatures_nameNoInternalType() throws ApiInputException {
        List<String> leaks = SignatureLeaks.find(ClassFiles.locationOf(FakeRtsCloud.class),
                PackageFilter.of(HARNESS), PackageFilter.of(INTERNAL));

        assertThat(leaks).as("public signatures of rts-fake's public packages that name an internal type").isEmpty();
    }

    @Test
    void signatureLeaks_internalTypeInAPublicSignature_isFound() throws IOException {
        // A public class of a public package with a public field, method and superclass that name internal types.
        ClassWriter w = new ClassWriter(0);
        w.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_SUPER, "dev/rtsfake/fake/Leaky",
                "Ljava/lang/Object;Ljava/util/function/Supplier<Ldev/rtsfake/fake/internal/core/Simulation;>;",
                "dev/rtsfake/fake/internal/Base", new String[] {"java/util/function/Supplier"});
        w.visitField(Opcodes.ACC_PUBLIC, "link", "Ldev/rtsfake/fake/internal/net/Link;", null, null).visitEnd();
        w.visitField(Opcodes.ACC_PRIVATE, "hidden", "Ldev/rtsfake/fake/internal/net/Link;", null, null).visitEnd();
        w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "rooms", "()Ljava/util/List;",
                "()Ljava/util/List<Ldev/rtsfake/fake/internal/cloud/CloudRoom;>;", null).visitEnd();
        w.visitMethod(Opcodes.ACC_PUBLIC | Opcodes.ACC_ABSTRACT, "fine", "(Ljava/lang/String;)V", null, null).visitEnd();
        w.visitEnd();

        List<String> leaks = SignatureLeaks.find(w.toByteArray(), PackageFilter.of(HARNESS), PackageFilter.of(INTERNAL));

        assertThat(leaks).containsExactly(
                "dev.rtsfake.fake.Leaky (its superclass) names dev.rtsfake.fake.internal.Base",
                "dev.rtsfake.fake.Leaky (its generic signature) names dev.rtsfake.fake.internal.core.Simulation",
                "dev.rtsfake.fake.Leaky.link names dev.rtsfake.fake.internal.net.Link",
                "dev.rtsfake.fake.Leaky.rooms()Ljava/util/List; names dev.rtsfake.fake.internal.cloud.CloudRoom");
    }

    private static ApiSurface read(Path classes) {
        try {
            return ApiSurface.read(classes, PackageFilter.of(HARNESS));
        } catch (ApiInputException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] cloudClassBytes() throws IOException {
        try (InputStream in = FakeRtsCloud.class.getClassLoader().getResourceAsStream(CLOUD)) {
            assertThat(in).as(CLOUD).isNotNull();
            return in.readAllBytes();
        }
    }

    /** The class with one more public no-argument method that returns at once. */
    private static byte[] withExtraPublicMethod(byte[] classFile, String method) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(reader, ClassWriter.COMPUTE_MAXS);
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visitEnd() {
                MethodVisitor m = super.visitMethod(Opcodes.ACC_PUBLIC, method, "()V", null, null);
                m.visitCode();
                m.visitInsn(Opcodes.RETURN);
                m.visitMaxs(0, 1);
                m.visitEnd();
                super.visitEnd();
            }
        }, 0);
        return writer.toByteArray();
    }
}
