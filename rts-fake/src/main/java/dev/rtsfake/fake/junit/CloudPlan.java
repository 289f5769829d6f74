package dev.rtsfake.fake.junit;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.CloudSettings;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;

/**
 * What one cloud of the extension is built from: the {@link RtsFakeTest} in force, the seed and where
 * it came from, and the builder method, all checked before anything is built.
 */
final class CloudPlan {
    /** The attributes' defaults, for a class that reached the extension without the annotation. */
    @RtsFakeTest
    private static final class Defaults {
    }

    final RtsFakeTest settings;
    final long seed;
    /** Where the seed came from, for the failure report ("@Seed on the method"). */
    final String seedSource;
    private final Method builderMethod;

    private CloudPlan(RtsFakeTest settings, long seed, String seedSource, Method builderMethod) {
        this.settings = settings;
        this.seed = seed;
        this.seedSource = seedSource;
        this.builderMethod = builderMethod;
    }

    /** The plan of the one cloud of a class with a static cloud field. */
    static CloudPlan forClass(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        RtsFakeTest settings = onClass(testClass).orElseGet(() -> Defaults.class.getAnnotation(RtsFakeTest.class));
        check(settings, testClass.getName());
        for (Method m : ReflectionSupport.findMethods(testClass, m -> true, HierarchyTraversalMode.TOP_DOWN)) {
            if (AnnotationSupport.isAnnotated(m, Seed.class) || AnnotationSupport.isAnnotated(m, RtsFakeTest.class)) {
                throw new ExtensionConfigurationException("@" + (AnnotationSupport.isAnnotated(m, Seed.class)
                        ? "Seed" : "RtsFakeTest") + " on " + m.getName() + "() cannot apply: the cloud of "
                        + testClass.getSimpleName() + " is a static field, one cloud for every test of the class."
                        + " Put the annotation on the class, or make the field an instance field for a cloud per test");
            }
        }
        Seeded seeded = seed(context, null, testClass, settings);
        return new CloudPlan(settings, seeded.seed, seeded.source, builderMethod(testClass, settings, true));
    }

    /** The plan of the cloud of one test (a per-test cloud), or of the checks of a test sharing the class's cloud. */
    static CloudPlan forTest(ExtensionContext context) {
        Class<?> testClass = context.getRequiredTestClass();
        Method testMethod = context.getRequiredTestMethod();
        RtsFakeTest settings = AnnotationSupport.findAnnotation(testMethod, RtsFakeTest.class)
                .or(() -> onClass(testClass))
                .orElseGet(() -> Defaults.class.getAnnotation(RtsFakeTest.class));
        check(settings, testClass.getName() + "." + testMethod.getName() + "()");
        Seeded seeded = seed(context, testMethod, testClass, settings);
        return new CloudPlan(settings, seeded.seed, seeded.source, builderMethod(testClass, settings, false));
    }

    /** The annotation on the class, a superclass or (for a {@code @Nested} class) an enclosing class. */
    private static Optional<RtsFakeTest> onClass(Class<?> testClass) {
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<RtsFakeTest> found = AnnotationSupport.findAnnotation(c, RtsFakeTest.class);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static void check(RtsFakeTest settings, String where) {
        if (settings.lastSteps() < 0) {
            throw new ExtensionConfigurationException("@RtsFakeTest(lastSteps = " + settings.lastSteps() + ") on "
                    + where + ": give the number of trace steps a failure report prints, 0 for none (default 20)");
        }
        if (!settings.builder().isEmpty() && settings.builder().isBlank()) {
            throw new ExtensionConfigurationException("@RtsFakeTest(builder = \"" + settings.builder() + "\") on "
                    + where + " names no method: give the name of a method returning a FakeRtsCloudBuilder, or leave"
                    + " builder out for the default cloud");
        }
    }

    private record Seeded(long seed, String source) {
    }

    private static Seeded seed(ExtensionContext context, Method testMethod, Class<?> testClass, RtsFakeTest settings) {
        Optional<String> property = context.getConfigurationParameter(RtsFakeTest.SEED_PROPERTY);
        if (property.isPresent()) {
            try {
                return new Seeded(Long.parseLong(property.get().trim()), "-D" + RtsFakeTest.SEED_PROPERTY);
            } catch (NumberFormatException e) {
                throw new ExtensionConfigurationException("-D" + RtsFakeTest.SEED_PROPERTY + "=" + property.get()
                        + " is not a whole number: pass e.g. -D" + RtsFakeTest.SEED_PROPERTY + "=42, or leave it out"
                        + " to use each test's own seed");
            }
        }
        if (testMethod != null) {
            Optional<Seed> onMethod = AnnotationSupport.findAnnotation(testMethod, Seed.class);
            if (onMethod.isPresent()) {
                return new Seeded(onMethod.get().value(), "@Seed on the method");
            }
        }
        for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
            Optional<Seed> onClass = AnnotationSupport.findAnnotation(c, Seed.class);
            if (onClass.isPresent()) {
                return new Seeded(onClass.get().value(), "@Seed on the class");
            }
        }
        return new Seeded(settings.seed(), settings.seed() == CloudSettings.DEFAULT_SEED
                ? "the default seed" : "@RtsFakeTest(seed)");
    }

    private static Method builderMethod(Class<?> testClass, RtsFakeTest settings, boolean classWide) {
        String name = settings.builder();
        if (name.isEmpty()) {
            return null;
        }
        List<Method> named = new ArrayList<>();
        for (Class<?> c = testClass; c != null && named.isEmpty(); c = c.getEnclosingClass()) {
            named.addAll(ReflectionSupport.findMethods(c, m -> m.getName().equals(name), HierarchyTraversalMode.TOP_DOWN));
        }
        String shape = (classWide ? "static " : "") + "FakeRtsCloudBuilder " + name + "() { return FakeRtsCloud.builder()"
                + ".app(APP_ID, APP_KEY)...; }";
        if (named.isEmpty()) {
            throw new ExtensionConfigurationException("@RtsFakeTest(builder = \"" + name + "\"): " + testClass.getName()
                    + " has no method " + name + "(); declare " + shape);
        }
        Method m = named.stream().filter(x -> x.getParameterCount() == 0).findFirst().orElse(null);
        if (m == null) {
            throw new ExtensionConfigurationException("@RtsFakeTest(builder = \"" + name + "\"): " + name + "("
                    + named.get(0).getParameterTypes().length + " parameters) must take no parameters; declare " + shape);
        }
        if (m.getReturnType() != FakeRtsCloudBuilder.class) {
            throw new ExtensionConfigurationException("@RtsFakeTest(builder = \"" + name + "\"): " + name
                    + "() returns " + m.getReturnType().getSimpleName() + ", not FakeRtsCloudBuilder; return the"
                    + " builder unbuilt (the extension sets the seed and strictness, builds, installs and closes it): "
                    + shape);
        }
        if (classWide && !Modifier.isStatic(m.getModifiers())) {
            throw new ExtensionConfigurationException("@RtsFakeTest(builder = \"" + name + "\"): " + name
                    + "() must be static, since the cloud is a static field built before any test instance exists;"
                    + " declare " + shape);
        }
        return m;
    }

    /** Builds the cloud: the builder method's builder (or the default one), with this plan's seed and strictness. */
    FakeRtsCloud build(List<Object> testInstances) {
        FakeRtsCloudBuilder builder;
        if (builderMethod == null) {
            builder = FakeRtsCloud.builder().app(RtsFakeTest.APP_ID, RtsFakeTest.APP_KEY);
        } else {
            builder = invokeBuilder(testInstances);
        }
        builder.seed(seed).strictness(settings.strictness());
        try {
            return builder.build();
        } catch (RuntimeException e) {
            throw new ExtensionConfigurationException("the builder from " + describe(builderMethod)
                    + " cannot build a cloud: " + e.getMessage(), e);
        }
    }

    private FakeRtsCloudBuilder invokeBuilder(List<Object> testInstances) {
        Object target = null;
        if (!Modifier.isStatic(builderMethod.getModifiers())) {
            target = testInstances.stream().filter(i -> builderMethod.getDeclaringClass().isInstance(i)).findFirst()
                    .orElseThrow(() -> new ExtensionConfigurationException(describe(builderMethod)
                            + " is an instance method but no test instance has it; make it static"));
        }
        Object made;
        try {
            made = ReflectionSupport.invokeMethod(builderMethod, target);
        } catch (Throwable e) {
            throw new ExtensionConfigurationException(describe(builderMethod) + " threw " + e
                    + "; it must return a FakeRtsCloudBuilder", e);
        }
        if (made == null) {
            throw new ExtensionConfigurationException(describe(builderMethod) + " returned null; return a builder,"
                    + " e.g. FakeRtsCloud.builder().app(APP_ID, APP_KEY)");
        }
        return (FakeRtsCloudBuilder) made;
    }

    private static String describe(Method m) {
        return m == null ? "the default builder" : m.getDeclaringClass().getSimpleName() + "." + m.getName() + "()";
    }
}
