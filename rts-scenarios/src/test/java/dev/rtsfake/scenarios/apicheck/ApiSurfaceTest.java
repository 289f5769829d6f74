package dev.rtsfake.scenarios.apicheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.Opcodes;

/** Reading a surface with ASM: what counts as API, the record's line format and order, and every input shape. */
class ApiSurfaceTest {
    private static final PackageFilter RTS = PackageFilter.of("com.ss.bytertc.rts");

    private static final String WIDGET = String.join("\n",
            "package com.ss.bytertc.rts.demo;",
            "public abstract class Widget {",
            "    public static final int LIMIT = 1;",
            "    public static final String NAME = \"w\";",
            "    public Widget() {}",
            "    public abstract int start(String id);",
            "    public void stop(int reason) {}",
            "    public static synchronized Widget create() { return null; }",
            "    void packagePrivateIsNotApi() {}",
            "    private int privateIsNotApi;",
            "    public static class Nested { protected long counter; }",
            "    private static class Hidden { public void notApiEither() {} }",
            "}");

    private static final String SHAPES = String.join("\n",
            "package com.ss.bytertc.rts.shapes;",
            "public final class Shapes {",
            "    private Shapes() {}",
            "    public static final long BIG = 5L;",
            "    public static final float F = 1.5f;",
            "    public static final double D = 0.25;",
            "    public static final boolean ON = true;",
            "    public static final char C = 'A';",
            "    public static final String ESCAPED = \"a\\\"b\\\\c\\n\\u00e9\";",
            "    public static volatile int counter;",
            "    public transient int notSaved;",
            "    @Deprecated public void old() {}",
            "    public void many(String... values) {}",
            "    public native void fromC();",
            "    public interface Listener extends Comparable<Listener> { default void on() {} }",
            "    public @interface Marker {}",
            "    public enum Mode { A }",
            "    public static class Box implements Comparable<Box> { public int compareTo(Box o) { return 0; } }",
            "}");

    @TempDir
    static Path tmp;

    static Map<String, byte[]> widget;
    static Path widgetDir;

    @BeforeAll
    static void compile() throws Exception {
        widget = TestJars.compile(tmp, Map.of("com.ss.bytertc.rts.demo.Widget", WIDGET));
        widgetDir = tmp.resolve("widget-classes");
        for (Map.Entry<String, byte[]> e : widget.entrySet()) {
            TestJars.write(widgetDir.resolve(e.getKey() + ".class"), e.getValue());
        }
    }

    @Test
    void read_classesFolder_listsPublicAndProtectedApiInRecordFormatAndOrder() throws Exception {
        assertThat(ApiSurface.read(widgetDir, RTS).lines()).containsExactly(
                "class public abstract com.ss.bytertc.rts.demo.Widget extends java.lang.Object",
                "field com.ss.bytertc.rts.demo.Widget public static final LIMIT I = 1",
                "field com.ss.bytertc.rts.demo.Widget public static final NAME Ljava/lang/String; = \"w\"",
                "method com.ss.bytertc.rts.demo.Widget public <init>()V",
                "method com.ss.bytertc.rts.demo.Widget public static synchronized create()Lcom/ss/bytertc/rts/demo/Widget;",
                "method com.ss.bytertc.rts.demo.Widget public abstract start(Ljava/lang/String;)I",
                "method com.ss.bytertc.rts.demo.Widget public stop(I)V",
                "class public static com.ss.bytertc.rts.demo.Widget$Nested extends java.lang.Object",
                "field com.ss.bytertc.rts.demo.Widget$Nested protected counter J",
                "method com.ss.bytertc.rts.demo.Widget$Nested public <init>()V");
    }

    @Test
    void read_jarAndAar_giveTheSameSurfaceAsTheFolder() throws Exception {
        Path jar = TestJars.write(tmp.resolve("widget.jar"), TestJars.jar(widget));
        Path aar = TestJars.write(tmp.resolve("widget.aar"), TestJars.aar(TestJars.jar(widget), Map.of()));

        assertThat(ApiSurface.read(jar, RTS).lines()).isEqualTo(ApiSurface.read(widgetDir, RTS).lines());
        assertThat(ApiSurface.read(aar, RTS).lines()).isEqualTo(ApiSurface.read(widgetDir, RTS).lines());
    }

    @Test
    void read_aar_readsClassesJarAndLibsJarsButNotOtherEntries() throws Exception {
        Map<String, byte[]> lib = Map.of("com/ss/bytertc/rts/lib/Helper",
                TestJars.publicClass("com/ss/bytertc/rts/lib/Helper", "java/lang/Object"));
        Map<String, byte[]> stray = Map.of("com/ss/bytertc/rts/stray/Stray",
                TestJars.publicClass("com/ss/bytertc/rts/stray/Stray", "java/lang/Object"));
        byte[] aar = TestJars.zip(Map.of("classes.jar", TestJars.jar(widget), "libs/helper.jar", TestJars.jar(lib),
                "assets/stray.jar", TestJars.jar(stray), "com/ss/bytertc/rts/stray/Stray.class",
                stray.get("com/ss/bytertc/rts/stray/Stray")));

        ApiSurface surface = ApiSurface.read(TestJars.write(tmp.resolve("lib.aar"), aar), RTS);

        assertThat(surface.types()).extracting(ApiType::name).containsExactly("com.ss.bytertc.rts.demo.Widget",
                "com.ss.bytertc.rts.demo.Widget$Nested", "com.ss.bytertc.rts.lib.Helper");
    }

    @Test
    void read_leavesOutPackagesOutsideTheFilter() throws Exception {
        Map<String, byte[]> other = Map.of("org/example/Thing", TestJars.publicClass("org/example/Thing", "java/lang/Object"));
        Path jar = TestJars.write(tmp.resolve("other.jar"), TestJars.jar(other));

        assertThat(ApiSurface.read(jar, RTS).isEmpty()).isTrue();
        assertThat(ApiSurface.read(jar, PackageFilter.of("org.example")).lines()).containsExactly(
                "class public org.example.Thing extends java.lang.Object", "method org.example.Thing public <init>()V");
        assertThat(ApiSurface.read(jar, PackageFilter.of("org.ex")).isEmpty()).as("whole package names").isTrue();
    }

    @Test
    void read_constantsModifiersAndKinds_asJavaSourceWritesThem() throws Exception {
        Map<String, byte[]> shapes = TestJars.compile(tmp, Map.of("com.ss.bytertc.rts.shapes.Shapes", SHAPES));
        Path jar = TestJars.write(tmp.resolve("shapes.jar"), TestJars.jar(shapes));

        assertThat(ApiSurface.read(jar, RTS).lines()).contains(
                "class public final com.ss.bytertc.rts.shapes.Shapes extends java.lang.Object",
                "field com.ss.bytertc.rts.shapes.Shapes public static final BIG J = 5L",
                "field com.ss.bytertc.rts.shapes.Shapes public static final F F = 1.5f",
                "field com.ss.bytertc.rts.shapes.Shapes public static final D D = 0.25",
                "field com.ss.bytertc.rts.shapes.Shapes public static final ON Z = true",
                "field com.ss.bytertc.rts.shapes.Shapes public static final C C = 65",
                "field com.ss.bytertc.rts.shapes.Shapes public static final ESCAPED Ljava/lang/String; = \"a\\\"b\\\\c\\u000a\\u00e9\"",
                "field com.ss.bytertc.rts.shapes.Shapes public static volatile counter I",
                "field com.ss.bytertc.rts.shapes.Shapes public transient notSaved I",
                // @Deprecated, varargs and bridge flags are not modifiers: the lines show none of them.
                "method com.ss.bytertc.rts.shapes.Shapes public old()V",
                "method com.ss.bytertc.rts.shapes.Shapes public many([Ljava/lang/String;)V",
                "method com.ss.bytertc.rts.shapes.Shapes public native fromC()V",
                "class public static abstract interface com.ss.bytertc.rts.shapes.Shapes$Listener extends java.lang.Object"
                        + " implements java.lang.Comparable",
                "method com.ss.bytertc.rts.shapes.Shapes$Listener public on()V",
                "class public static abstract @interface com.ss.bytertc.rts.shapes.Shapes$Marker extends java.lang.Object"
                        + " implements java.lang.annotation.Annotation",
                "class public static final enum com.ss.bytertc.rts.shapes.Shapes$Mode extends java.lang.Enum",
                "method com.ss.bytertc.rts.shapes.Shapes$Box public compareTo(Lcom/ss/bytertc/rts/shapes/Shapes$Box;)I")
                .doesNotContain("method com.ss.bytertc.rts.shapes.Shapes$Box public compareTo(Ljava/lang/Object;)I")
                .noneMatch(l -> l.contains("<init>") && l.contains("Shapes public"))
                .noneMatch(l -> l.contains("$VALUES"));
    }

    @Test
    void isIntConstantClass_onlyForClassesOfStaticFinalInts() throws Exception {
        Map<String, byte[]> shapes = TestJars.compile(tmp, Map.of("com.ss.bytertc.rts.shapes.Shapes", SHAPES));
        ApiSurface surface = ApiSurface.read(TestJars.write(tmp.resolve("shapes2.jar"), TestJars.jar(shapes)), RTS);
        int constant = Opcodes.ACC_PUBLIC | Opcodes.ACC_STATIC | Opcodes.ACC_FINAL;
        ApiType codes = new ApiType("a.Codes", Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "java.lang.Object", List.of(),
                List.of(ApiMember.field("a.Codes", constant, "OK", "I", 0), ApiMember.field("a.Codes", constant, "FAILED", "I", -1)));

        assertThat(codes.isIntConstantClass()).isTrue();
        assertThat(surface.type("com.ss.bytertc.rts.shapes.Shapes").orElseThrow().isIntConstantClass())
                .as("has long and String constants").isFalse();
        assertThat(surface.type("com.ss.bytertc.rts.shapes.Shapes$Mode").orElseThrow().isIntConstantClass()).isFalse();
        assertThat(surface.type("com.ss.bytertc.rts.shapes.Shapes$Box").orElseThrow().isIntConstantClass())
                .as("no fields").isFalse();
    }

    @Test
    void read_missingPath_notAZip_brokenClass_areInputErrorsNamingTheFile() throws Exception {
        Path text = Files.writeString(tmp.resolve("notes.jar"), "not a zip", StandardCharsets.UTF_8);
        Path broken = TestJars.write(tmp.resolve("broken.jar"),
                TestJars.zip(Map.of("com/ss/bytertc/rts/X.class", new byte[] {(byte) 0xCA, (byte) 0xFE, 1, 2})));

        assertThatThrownBy(() -> ApiSurface.read(tmp.resolve("nothing.jar"), RTS)).isInstanceOf(ApiInputException.class)
                .hasMessageContaining("no such file or folder").hasMessageContaining("nothing.jar");
        assertThatThrownBy(() -> ApiSurface.read(text, RTS)).isInstanceOf(ApiInputException.class)
                .hasMessageContaining("not a jar or AAR").hasMessageContaining("notes.jar");
        assertThatThrownBy(() -> ApiSurface.read(broken, RTS)).isInstanceOf(ApiInputException.class)
                .hasMessageContaining("cannot read class file com/ss/bytertc/rts/X.class");
    }

    @Test
    void packageFilter_acceptsThePackageAndItsSubpackagesOnly() {
        PackageFilter engine = PackageFilter.of("com.ss.bytertc.rts.engine.*");

        assertThat(engine.accepts("com.ss.bytertc.rts.engine.RTS")).isTrue();
        assertThat(engine.accepts("com.ss.bytertc.rts.engine.type.SysStats")).isTrue();
        assertThat(engine.accepts("com.ss.bytertc.rts.engineering.X")).isFalse();
        assertThat(engine).hasToString("com.ss.bytertc.rts.engine.*");
        assertThat(PackageFilter.of("a", "b.").prefixes()).containsExactly("a.", "b.");
    }
}
