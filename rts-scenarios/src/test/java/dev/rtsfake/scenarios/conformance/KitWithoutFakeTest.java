package dev.rtsfake.scenarios.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ss.bytertc.rts.engine.RTS;
import dev.rtsfake.conformance.RtsConformanceSuite;
import dev.rtsfake.fake.FakeRtsCloud;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.json.JSONObject;
import org.junit.jupiter.api.Test;

/**
 * The kit needs nothing of rts-fake and is Java 11: its classes load and link from a class loader that
 * holds only the SDK classes, JUnit and org.json, and the whole suite runs from there against the fake,
 * which a child loader adds.
 */
class KitWithoutFakeTest {

    private static URL where(Class<?> c) {
        return c.getProtectionDomain().getCodeSource().getLocation();
    }

    private static URL whereByName(String className) throws ClassNotFoundException {
        return where(Class.forName(className));
    }

    /** rts-api, the kit, JUnit (API, engine, launcher) and org.json, over the platform loader. */
    private static URLClassLoader kitLoader() throws ClassNotFoundException {
        URL[] urls = {
            where(RTS.class), where(RtsConformanceSuite.class), where(JSONObject.class),
            whereByName("org.junit.jupiter.api.Test"), whereByName("org.junit.platform.commons.util.ClassUtils"),
            whereByName("org.opentest4j.AssertionFailedError"), whereByName("org.apiguardian.api.API"),
            whereByName("org.junit.jupiter.engine.JupiterTestEngine"),
            whereByName("org.junit.platform.engine.TestEngine"),
            whereByName("org.junit.platform.launcher.core.LauncherFactory"),
            whereByName("android.content.Context"),
        };
        return new URLClassLoader("kit-only", urls, ClassLoader.getPlatformClassLoader());
    }

    /** The kit's classes: from its jar (a reactor build) or its classes folder (an IDE). */
    private static List<String> kitClassNames() throws IOException {
        Path root = Paths.get(where(RtsConformanceSuite.class).getPath());
        Stream<String> paths;
        if (Files.isDirectory(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                paths = files.map(p -> root.relativize(p).toString()).collect(Collectors.toList()).stream();
            }
        } else {
            try (JarFile jar = new JarFile(root.toFile())) {
                paths = jar.stream().map(JarEntry::getName).collect(Collectors.toList()).stream();
            }
        }
        return paths.filter(p -> p.endsWith(".class")).map(p -> p.replace('/', '.').replaceAll("\\.class$", ""))
                .sorted().collect(Collectors.toList());
    }

    @Test
    void kitClasses_loadAndLinkWithoutRtsFake_andAreJava11ClassFiles() throws Exception {
        List<String> names = kitClassNames();
        assertThat(names).hasSizeGreaterThan(20).contains("dev.rtsfake.conformance.RtsConformanceSuite");
        try (URLClassLoader kit = kitLoader()) {
            assertThatThrownBy(() -> Class.forName(FakeRtsCloud.class.getName(), false, kit))
                    .isInstanceOf(ClassNotFoundException.class);
            for (String name : names) {
                Class<?> c = Class.forName(name, true, kit);
                for (Method m : c.getDeclaredMethods()) {
                    assertThat(m.getReturnType()).isNotNull();
                }
                c.getDeclaredFields();
                c.getDeclaredConstructors();
                try (InputStream in = kit.getResourceAsStream(name.replace('.', '/') + ".class");
                        DataInputStream data = new DataInputStream(in)) {
                    assertThat(data.readInt()).isEqualTo(0xCAFEBABE);
                    data.readUnsignedShort();
                    assertThat(data.readUnsignedShort()).as("class-file major version of %s", name).isLessThanOrEqualTo(55);
                }
            }
        }
    }

    @Test
    void theWholeSuite_runsFromTheKitOnlyLoader_againstTheFakeInAChildLoader() throws Exception {
        try (URLClassLoader kit = kitLoader()) {
            List<URL> fakeSide = new ArrayList<>();
            fakeSide.add(where(FakeRtsCloud.class));
            fakeSide.add(where(FakeTarget.class));
            fakeSide.add(whereByName("com.fasterxml.jackson.databind.ObjectMapper"));
            fakeSide.add(whereByName("com.fasterxml.jackson.core.JsonParser"));
            fakeSide.add(whereByName("com.fasterxml.jackson.annotation.JsonProperty"));
            try (URLClassLoader withFake = new URLClassLoader("with-fake", fakeSide.toArray(new URL[0]), kit)) {
                Class<?> suite = Class.forName(FakeVirtualTimeConformanceTest.class.getName(), false, withFake);
                assertThat(suite.getClassLoader()).isSameAs(withFake);
                assertThat(Class.forName(RtsConformanceSuite.class.getName(), false, withFake).getClassLoader())
                        .as("the kit's classes come from the loader without rts-fake").isSameAs(kit);
                long[] counts = runJUnit(kit, withFake, suite);
                assertThat(counts[0]).as("checks found").isGreaterThan(100);
                assertThat(counts[1]).as("checks that failed").isZero();
                assertThat(counts[2]).as("checks that passed").isEqualTo(counts[0]);
            }
        }
    }

    /** Runs {@code suite} with the JUnit launcher of {@code kit}; returns found, failed, succeeded. */
    private static long[] runJUnit(ClassLoader kit, ClassLoader context, Class<?> suite) throws Exception {
        Thread me = Thread.currentThread();
        ClassLoader before = me.getContextClassLoader();
        me.setContextClassLoader(context);
        try {
            Class<?> selectors = Class.forName("org.junit.platform.engine.discovery.DiscoverySelectors", true, kit);
            Object selector = selectors.getMethod("selectClass", Class.class).invoke(null, suite);
            Class<?> selectorType = Class.forName("org.junit.platform.engine.DiscoverySelector", true, kit);
            Class<?> builderType = Class.forName("org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder", true,
                    kit);
            Object builder = builderType.getMethod("request").invoke(null);
            Object array = java.lang.reflect.Array.newInstance(selectorType, 1);
            java.lang.reflect.Array.set(array, 0, selector);
            builderType.getMethod("selectors", array.getClass()).invoke(builder, array);
            Object request = builderType.getMethod("build").invoke(builder);
            Object launcher = Class.forName("org.junit.platform.launcher.core.LauncherFactory", true, kit)
                    .getMethod("create").invoke(null);
            Class<?> listenerType = Class.forName("org.junit.platform.launcher.TestExecutionListener", true, kit);
            Object listener = Class.forName("org.junit.platform.launcher.listeners.SummaryGeneratingListener", true, kit)
                    .getConstructor().newInstance();
            Object listeners = java.lang.reflect.Array.newInstance(listenerType, 1);
            java.lang.reflect.Array.set(listeners, 0, listener);
            Class<?> requestType = Class.forName("org.junit.platform.launcher.LauncherDiscoveryRequest", true, kit);
            Class.forName("org.junit.platform.launcher.Launcher", true, kit)
                    .getMethod("execute", requestType, listeners.getClass()).invoke(launcher, request, listeners);
            Object summary = listener.getClass().getMethod("getSummary").invoke(listener);
            Class<?> summaryType = Class.forName("org.junit.platform.launcher.listeners.TestExecutionSummary", true, kit);
            long found = (Long) summaryType.getMethod("getTestsFoundCount").invoke(summary);
            long failed = (Long) summaryType.getMethod("getTotalFailureCount").invoke(summary);
            long succeeded = (Long) summaryType.getMethod("getTestsSucceededCount").invoke(summary);
            return new long[] {found, failed, succeeded};
        } finally {
            me.setContextClassLoader(before);
        }
    }
}
