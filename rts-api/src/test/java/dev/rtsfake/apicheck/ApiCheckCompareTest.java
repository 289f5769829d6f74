package dev.rtsfake.apicheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tool's compare mode on two tiny builds of one class: a "reference" (standing in for the real
 * SDK, packed as a jar and as an AAR) and "ours" (a classes folder) that lacks a method, changes a
 * constant and adds a method.
 */
class ApiCheckCompareTest {

    private static final String REFERENCE = String.join("\n",
            "package com.ss.bytertc.rts.demo;",
            "public abstract class Widget {",
            "    public static final int LIMIT = 1;",
            "    public static final String NAME = \"w\";",
            "    public Widget() {}",
            "    public abstract int start(String id);",
            "    public void stop(int reason) {}",
            "    public static synchronized Widget create() { return null; }",
            "    void packagePrivateIsNotApi() {}",
            "    public static class Nested { protected long counter; }",
            "}",
            "");

    private static final String OURS = String.join("\n",
            "package com.ss.bytertc.rts.demo;",
            "public abstract class Widget {",
            "    public static final int LIMIT = 2;",
            "    public static final String NAME = \"w\";",
            "    public Widget() {}",
            "    public abstract int start(String id);",
            "    public void extra() {}",
            "    public static synchronized Widget create() { return null; }",
            "    public static class Nested { protected long counter; }",
            "}",
            "");

    @TempDir
    static Path tmp;

    static Path referenceDir;
    static Path referenceJar;
    static Path referenceAar;
    static Path oursDir;

    @BeforeAll
    static void build() throws IOException {
        referenceDir = compile("reference", REFERENCE);
        oursDir = compile("ours", OURS);
        referenceJar = tmp.resolve("reference.jar");
        Files.write(referenceJar, jarOf(referenceDir));
        // An AAR is a zip whose code sits in a nested classes.jar.
        referenceAar = tmp.resolve("reference.aar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(referenceAar))) {
            zip.putNextEntry(new ZipEntry("AndroidManifest.xml"));
            zip.write("<manifest package=\"com.ss.bytertc.rts\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("classes.jar"));
            zip.write(jarOf(referenceDir));
            zip.closeEntry();
        }
    }

    @Test
    void compare_withMissingMethodAndChangedConstant_reportsThemAndExitsOne() {
        ApiCheckTool.Result result = ApiCheckTool.run(referenceJar.toString(), oursDir.toString());

        assertThat(result.exitCode).as("%s", result).isEqualTo(1);
        assertThat(result.stdout)
                .contains("Missing from ours (only in the reference): 1")
                .contains("  method com.ss.bytertc.rts.demo.Widget public stop(I)V")
                .contains("Only in ours: 1")
                .contains("  method com.ss.bytertc.rts.demo.Widget public extra()V")
                .contains("Different: 1")
                .contains("reference: field com.ss.bytertc.rts.demo.Widget public static final LIMIT I = 1")
                .contains("ours:      field com.ss.bytertc.rts.demo.Widget public static final LIMIT I = 2")
                .contains("RESULT: INCOMPATIBLE")
                .doesNotContain("packagePrivateIsNotApi");
    }

    @Test
    void compare_withIdenticalInputs_exitsZero() {
        ApiCheckTool.Result result = ApiCheckTool.run(referenceAar.toString(), referenceDir.toString());

        assertThat(result.exitCode).as("%s", result).isZero();
        assertThat(result.stdout).contains("Missing from ours (only in the reference): 0")
                .contains("Different: 0").contains("RESULT: COMPATIBLE");
    }

    @Test
    void compare_withOnlyExtraApiInOurs_exitsZero() {
        ApiCheckTool.Result result = ApiCheckTool.run(referenceDir.toString(), referenceJar.toString());

        assertThat(result.exitCode).as("%s", result).isZero();
    }

    @Test
    void dump_ofDirJarAndAar_givesTheSameSortedListing() {
        List<String> fromDir = ApiCheckTool.run("--dump", referenceDir.toString()).lines();
        List<String> fromJar = ApiCheckTool.run("--dump", referenceJar.toString()).lines();
        List<String> fromAar = ApiCheckTool.run("--dump", referenceAar.toString()).lines();

        assertThat(fromDir).containsExactly(
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
        assertThat(fromJar).isEqualTo(fromDir);
        assertThat(fromAar).isEqualTo(fromDir);
    }

    @Test
    void dump_skipsPackagesOutsideTheFilterUnlessAsked() throws IOException {
        Path other = compile("other", "package org.example; public class Thing { public void go() {} }");

        assertThat(ApiCheckTool.run("--dump", other.toString()).lines()).isEmpty();
        assertThat(ApiCheckTool.run("--dump", other.toString(), "--package", "org.example.").lines())
                .containsExactly("class public org.example.Thing extends java.lang.Object",
                        "method org.example.Thing public <init>()V",
                        "method org.example.Thing public go()V");
    }

    @Test
    void run_withBadArguments_printsUsageAndExitsTwo() {
        ApiCheckTool.Result result = ApiCheckTool.run("--no-such-flag");

        assertThat(result.exitCode).isEqualTo(2);
        assertThat(result.stderr).contains("Usage:");
    }

    private static Path compile(String name, String source) throws IOException {
        String className = source.contains("class Widget") ? "Widget" : "Thing";
        Path src = tmp.resolve(name + "-src/" + className + ".java");
        Files.createDirectories(src.getParent());
        Files.write(src, source.getBytes(StandardCharsets.UTF_8));
        Path out = Files.createDirectories(tmp.resolve(name + "-classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics, "-d", out.toString(), src.toString());
        assertThat(rc).as("javac: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();
        return out;
    }

    private static byte[] jarOf(Path classesDir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classesDir)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path f : files) {
                zip.putNextEntry(new ZipEntry(classesDir.relativize(f).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(f));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
