package dev.rtsfake.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.scenarios.apicheck.ApiRecord;
import dev.rtsfake.scenarios.apicheck.TestJars;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassVisitor;

/**
 * {@code rts-sim check-api} on jars and AARs built here: rts-api's own classes, and rts-api with
 * one seeded change made with ASM, standing in for a real SDK.
 */
class CheckApiCommandTest {
    private static final String RTS = "com/ss/bytertc/rts/engine/RTS";
    private static final String ROOM = "com/ss/bytertc/rts/engine/RTSRoom";
    private static final String HANDLER = "com/ss/bytertc/rts/engine/handler/IRTSEventHandler";
    private static final String SYS_STATS = "com/ss/bytertc/rts/engine/type/SysStats";
    private static final String ONLINE_STATUS = "com/ss/bytertc/rts/engine/type/UserOnlineStatus";

    @TempDir
    static Path tmp;

    static Map<String, byte[]> rtsApi;
    static Path rtsApiJar;

    /** What one run printed. */
    record Run(int exitCode, String out, String err) {
        /** The difference lines: everything between the two header lines and the verdict. */
        List<String> differences() {
            List<String> lines = Arrays.asList(out.split("\n"));
            return lines.subList(2, lines.size() - 1).stream().takeWhile(l -> !l.startsWith("not counted")).toList();
        }
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RtsSim.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(exit, out.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"),
                err.toString(StandardCharsets.UTF_8).replace("\r\n", "\n"));
    }

    @BeforeAll
    static void buildRtsApiJar() {
        rtsApi = TestJars.rtsApiClasses();
        rtsApiJar = TestJars.write(tmp.resolve("rts-api.jar"), TestJars.jar(rtsApi));
    }

    /** A jar of rts-api's classes with some of them edited. */
    @SafeVarargs
    private static Path sdkJar(String name, Map.Entry<String, UnaryOperator<ClassVisitor>>... edits) {
        Map<String, byte[]> classes = new TreeMap<>(rtsApi);
        for (Map.Entry<String, UnaryOperator<ClassVisitor>> e : edits) {
            classes.put(e.getKey(), TestJars.edit(classes.get(e.getKey()), e.getValue()));
        }
        return TestJars.write(tmp.resolve(name), TestJars.jar(classes));
    }

    @Test
    void checkApi_rtsApisOwnJar_matchesAndExitsZero() {
        Run run = run("check-api", rtsApiJar.toString());

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.out()).containsPattern("\nthe SDK: ([1-9]\\d*) types, (\\d+) members; rts-api: \\1 types, \\2 members\n")
                .contains("MATCH:");
        assertThat(run.differences()).isEmpty();
    }

    @Test
    void checkApi_aarWithClassesJar_matchesAndExitsZero() {
        Path aar = TestJars.write(tmp.resolve("rts.aar"), TestJars.aar(TestJars.jar(rtsApi), Map.of()));

        Run run = run("check-api", aar.toString());

        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.out()).contains("MATCH:");
    }

    @Test
    void checkApi_sdkHasAMethodRtsApiLacks_reportsMissingAndExitsOne() {
        Path jar = sdkJar("missing.jar", Map.entry(RTS, TestJars.addAbstractMethod("setAppState", "(Ljava/lang/String;)I")));

        Run run = run("check-api", jar.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.differences()).containsExactly(
                "missing from rts-api: method com.ss.bytertc.rts.engine.RTS public abstract setAppState(Ljava/lang/String;)I");
        assertThat(run.out()).endsWith("DIFFERENT: 1 difference\n");
    }

    @Test
    void checkApi_sdkLacksAMethodRtsApiHas_reportsOnlyInRtsApi() {
        Path jar = sdkJar("extra.jar", Map.entry(RTS, TestJars.removeMethod("setCellularEnhancement", "(Z)I")));

        Run run = run("check-api", jar.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.differences()).containsExactly(
                "only in rts-api: method com.ss.bytertc.rts.engine.RTS public abstract setCellularEnhancement(Z)I");
    }

    @Test
    void checkApi_differentReturnType_reportsBothTypes() {
        Path jar = sdkJar("return.jar", Map.entry(ROOM, TestJars.changeDescriptor("joinRoom", "()I", "()J")));

        Run run = run("check-api", jar.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.differences()).containsExactly("different return type: method"
                + " com.ss.bytertc.rts.engine.RTSRoom.joinRoom() returns long in the SDK, int in rts-api");
    }

    @Test
    void checkApi_staticVsInstance_reportsWhichSideIsStatic() {
        Path jar = sdkJar("static.jar", Map.entry(RTS, TestJars.flipStatic("getSdkVersion", "()Ljava/lang/String;")),
                Map.entry(HANDLER, TestJars.flipStatic("onLogout", "()V")));

        Run run = run("check-api", jar.toString());

        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.differences()).containsExactly(
                "static vs instance: method com.ss.bytertc.rts.engine.RTS.getSdkVersion() is an instance method in the SDK,"
                        + " static in rts-api",
                "static vs instance: method com.ss.bytertc.rts.engine.handler.IRTSEventHandler.onLogout() is static in the SDK,"
                        + " an instance method in rts-api");
    }

    @Test
    void checkApi_enumWhereRtsApiHasIntConstants_reportsEnumVsIntConstantClassAndTheMembers() {
        Map<String, byte[]> enumClass = TestJars.compile(tmp, Map.of("com.ss.bytertc.rts.engine.type.UserOnlineStatus",
                "package com.ss.bytertc.rts.engine.type;\n"
                        + "public enum UserOnlineStatus { USER_ONLINE_STATUS_OFFLINE, USER_ONLINE_STATUS_ONLINE,"
                        + " USER_ONLINE_STATUS_UNREACHABLE }\n"));
        Map<String, byte[]> classes = new TreeMap<>(rtsApi);
        classes.putAll(enumClass);
        Path jar = TestJars.write(tmp.resolve("enum.jar"), TestJars.jar(classes));

        Run run = run("check-api", jar.toString());

        String type = "com.ss.bytertc.rts.engine.type.UserOnlineStatus";
        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.differences()).containsExactly(
                "enum vs int-constant class: " + type + " is an enum in the SDK, an int-constant class in rts-api",
                "different field type: field " + type + ".USER_ONLINE_STATUS_OFFLINE is " + type + " in the SDK, int in rts-api",
                "different constant value: field " + type + ".USER_ONLINE_STATUS_OFFLINE is not a constant in the SDK, = 0 in rts-api",
                "different field type: field " + type + ".USER_ONLINE_STATUS_ONLINE is " + type + " in the SDK, int in rts-api",
                "different constant value: field " + type + ".USER_ONLINE_STATUS_ONLINE is not a constant in the SDK, = 1 in rts-api",
                "different field type: field " + type + ".USER_ONLINE_STATUS_UNREACHABLE is " + type + " in the SDK, int in rts-api",
                "different constant value: field " + type + ".USER_ONLINE_STATUS_UNREACHABLE is not a constant in the SDK,"
                        + " = 2 in rts-api",
                "missing from rts-api: method " + type + " public static valueOf(Ljava/lang/String;)Lcom/ss/bytertc/rts/engine/type/UserOnlineStatus;",
                "missing from rts-api: method " + type + " public static values()[Lcom/ss/bytertc/rts/engine/type/UserOnlineStatus;");
    }

    @Test
    void checkApi_olderSdkGeneration_reportsEachDifference() {
        Path jar = sdkJar("older-sdk.jar",
                Map.entry(RTS, next -> TestJars.changeDescriptor("login", "(Ljava/lang/String;Ljava/lang/String;)I",
                        "(Ljava/lang/String;Ljava/lang/String;)J").apply(
                        TestJars.changeDescriptor("logout", "()I", "()V").apply(
                        TestJars.changeDescriptor("updateLoginToken", "(Ljava/lang/String;)I", "(Ljava/lang/String;)V").apply(
                        TestJars.changeDescriptor("setServerParams", "(Ljava/lang/String;Ljava/lang/String;)I",
                                "(Ljava/lang/String;Ljava/lang/String;)V").apply(
                        TestJars.changeDescriptor("getPeerOnlineStatus", "(Ljava/lang/String;)I", "(Ljava/lang/String;)V").apply(
                        TestJars.changeDescriptor("setRuntimeParameters", "(Lorg/json/JSONObject;)I",
                                "(Lorg/json/JSONObject;)V").apply(next))))))),
                Map.entry(SYS_STATS, next -> TestJars.renameField("cpuCores", "cpu_cores").apply(
                        TestJars.renameField("cpuAppUsage", "cpu_app_usage").apply(next))));

        Run run = run("check-api", jar.toString());

        String rts = "different return type: method com.ss.bytertc.rts.engine.RTS.";
        String stats = "com.ss.bytertc.rts.engine.type.SysStats public ";
        assertThat(run.exitCode()).as("%s", run).isEqualTo(1);
        assertThat(run.differences()).containsExactly(
                rts + "getPeerOnlineStatus(java.lang.String) returns void in the SDK, int in rts-api",
                rts + "login(java.lang.String, java.lang.String) returns long in the SDK, int in rts-api",
                rts + "logout() returns void in the SDK, int in rts-api",
                rts + "setRuntimeParameters(org.json.JSONObject) returns void in the SDK, int in rts-api",
                rts + "setServerParams(java.lang.String, java.lang.String) returns void in the SDK, int in rts-api",
                rts + "updateLoginToken(java.lang.String) returns void in the SDK, int in rts-api",
                "missing from rts-api: field " + stats + "cpu_app_usage D",
                "missing from rts-api: field " + stats + "cpu_cores I",
                "only in rts-api: field " + stats + "cpuAppUsage D",
                "only in rts-api: field " + stats + "cpuCores I");
        assertThat(run.out()).endsWith("DIFFERENT: 10 differences\n");
    }

    @Test
    void checkApi_aarWithInternalClassInLibs_reportsItUnlessIgnored() {
        String impl = "com/ss/bytertc/rts/engine/impl/RTSImpl";
        byte[] libs = TestJars.jar(Map.of(impl, TestJars.publicClass(impl, RTS)));
        Path aar = TestJars.write(tmp.resolve("internal.aar"), TestJars.aar(TestJars.jar(rtsApi), Map.of("internal.jar", libs)));
        String line = "missing from rts-api: class public com.ss.bytertc.rts.engine.impl.RTSImpl"
                + " extends com.ss.bytertc.rts.engine.RTS (with 1 member)";

        Run strict = run("check-api", aar.toString());
        Run lenient = run("check-api", "--ignore-sdk-only-types", aar.toString());

        assertThat(strict.exitCode()).as("%s", strict).isEqualTo(1);
        assertThat(strict.differences()).containsExactly(line);
        assertThat(lenient.exitCode()).as("%s", lenient).isZero();
        assertThat(lenient.out()).contains("not counted (--ignore-sdk-only-types): 1 types only in the SDK\n  " + line + "\n")
                .endsWith("MATCH: the public API of the SDK and of rts-api are the same\n");
    }

    @Test
    void checkApi_dump_printsTheSurfaceInTheRecordFormat() throws IOException {
        Run run = run("check-api", "--dump", rtsApiJar.toString());

        Path record = ApiRecord.projectRoot("rts-api").resolve("rts-api/api/rts-api.txt");
        List<String> sdkPart = Files.readAllLines(record).stream().filter(l -> !l.contains("dev.rtsfake.spi.")).toList();
        assertThat(run.exitCode()).as("%s", run).isZero();
        assertThat(run.out().split("\n")).containsExactlyElementsOf(sdkPart);
    }

    @Test
    void checkApi_dumpWithPackage_printsThatPackage() {
        Run run = run("check-api", "--dump", "--package", "dev.rtsfake.spi", rtsApiJar.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("class public abstract interface dev.rtsfake.spi.RtsEngineProvider extends java.lang.Object\n")
                .doesNotContain("com.ss.bytertc");
    }

    @Test
    void checkApi_usageErrors_exitTwoWithAMessage() throws IOException {
        Path text = Files.writeString(tmp.resolve("readme.jar"), "not a jar");
        Path unrelated = TestJars.write(tmp.resolve("unrelated.jar"),
                TestJars.jar(Map.of("org/example/Thing", TestJars.publicClass("org/example/Thing", "java/lang/Object"))));

        assertUsageError(run("check-api"), "give the SDK jar or AAR to check", true);
        assertUsageError(run("check-api", tmp.resolve("absent.aar").toString()), "no such file or folder", false);
        assertUsageError(run("check-api", text.toString()), "not a jar or AAR (not a zip file)", false);
        assertUsageError(run("check-api", unrelated.toString()), "holds no public type in com.ss.bytertc.rts.engine.*", false);
        assertUsageError(run("check-api", "--frobnicate", rtsApiJar.toString()), "unknown option '--frobnicate'", true);
        assertUsageError(run("check-api", rtsApiJar.toString(), rtsApiJar.toString()), "give one SDK jar or AAR, not 2", true);
        assertUsageError(run("check-api", rtsApiJar.toString(), "--package"), "--package needs a package name", true);
        assertUsageError(run("check-api", "--dump", "--ignore-sdk-only-types", rtsApiJar.toString()),
                "applies to a comparison", true);
    }

    private static void assertUsageError(Run run, String message, boolean withUsage) {
        assertThat(run.exitCode()).as("%s", run).isEqualTo(2);
        assertThat(run.out()).as("%s", run).isEmpty();
        assertThat(run.err()).as("%s", run).startsWith("rts-sim check-api: ").contains(message);
        if (withUsage) {
            assertThat(run.err()).contains("usage: rts-sim check-api");
        }
    }

    @Test
    void checkApi_help_printsUsageAndExitsZero() {
        Run run = run("check-api", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("usage: rts-sim check-api").contains("--dump").contains("Exit status: 0");
    }

    @Test
    void rtsSim_help_listsEveryCommand() {
        Run run = run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("  demo ").contains("  check-api ");
    }
}
