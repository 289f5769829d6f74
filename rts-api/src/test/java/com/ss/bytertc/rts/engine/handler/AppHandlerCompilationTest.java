package com.ss.bytertc.rts.engine.handler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.ss.bytertc.rts.engine.RTS;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compiles an app-style handler the way an app would (against rts-api only, overriding a single
 * callback), loads it, and calls it: proves the handler classes need nothing else from the app.
 */
class AppHandlerCompilationTest {

    private static final String SOURCE = String.join("\n",
            "package app;",
            "",
            "import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;",
            "",
            "public class LoginOnlyHandler extends IRTSEventHandler {",
            "    public String lastUid;",
            "    public int lastCode = Integer.MIN_VALUE;",
            "",
            "    @Override",
            "    public void onLoginResult(String uid, int error_code, int elapsed) {",
            "        lastUid = uid;",
            "        lastCode = error_code;",
            "    }",
            "}",
            "");

    @Test
    void subclassOverridingOnlyOnLoginResult_compilesLoadsAndRuns(@TempDir Path dir) throws Exception {
        Path src = dir.resolve("src/app/LoginOnlyHandler.java");
        Files.createDirectories(src.getParent());
        Files.write(src, SOURCE.getBytes(StandardCharsets.UTF_8));
        Path out = Files.createDirectories(dir.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertThat(javac).as("tests must run on a JDK").isNotNull();
        String classPath = System.getProperty("java.class.path") + File.pathSeparator + location(RTS.class)
                + File.pathSeparator + location(JSONObject.class);
        ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
        int rc = javac.run(null, diagnostics, diagnostics,
                "--release", "11", "-classpath", classPath, "-d", out.toString(), src.toString());
        assertThat(rc).as("javac output: %s", diagnostics.toString(StandardCharsets.UTF_8)).isZero();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()},
                IRTSEventHandler.class.getClassLoader())) {
            Class<?> type = loader.loadClass("app.LoginOnlyHandler");
            IRTSEventHandler handler = (IRTSEventHandler) type.getDeclaredConstructor().newInstance();

            handler.onLoginResult("alice", 0, 15);
            assertThatCode(() -> handler.onLogout(1)).doesNotThrowAnyException();

            assertThat(type.getField("lastUid").get(handler)).isEqualTo("alice");
            assertThat(type.getField("lastCode").get(handler)).isEqualTo(0);
            Method declared = type.getDeclaredMethod("onLoginResult", String.class, int.class, int.class);
            assertThat(declared.getDeclaringClass()).isEqualTo(type);
            assertThat(type.getDeclaredMethods()).hasSize(1);
        }
    }

    private static String location(Class<?> c) throws Exception {
        return Paths.get(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
