package dev.rtsfake.fake.junit;

import dev.rtsfake.fake.FakeRtsCloud;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.opentest4j.TestAbortedException;

/**
 * The extension behind {@link RtsFakeTest}. Everything it holds lives in JUnit's extension stores
 * (the class's cloud in the class's store, each test's {@link TestRun} in the test's), which JUnit
 * also closes if a callback fails half-way; the extension object itself keeps no state.
 */
final class RtsFakeExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback,
        ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(RtsFakeExtension.class);
    private static final String CLASS_CLOUD = "class-cloud";
    private static final String TEST_RUN = "test-run";

    /** The one cloud of a class with a static cloud field; closed (and the field cleared) after the class. */
    private record ClassCloud(FakeRtsCloud cloud, CloudPlan plan, Field field) implements AutoCloseable {
        @Override
        public void close() throws IllegalAccessException {
            cloud.close();
            field.set(null, null);
        }
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
        Class<?> testClass = context.getRequiredTestClass();
        Field staticField = staticCloudField(testClass);
        checkLifecycleParameters(testClass, staticField != null);
        if (staticField != null) {
            CloudPlan plan = CloudPlan.forClass(context);
            FakeRtsCloud cloud = plan.build(List.of());
            context.getStore(NAMESPACE).put(CLASS_CLOUD, new ClassCloud(cloud, plan, staticField));
            staticField.set(null, cloud);
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
        ClassCloud classCloud = context.getStore(NAMESPACE).remove(CLASS_CLOUD, ClassCloud.class);
        if (classCloud != null) {
            classCloud.close();
        }
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IllegalAccessException {
        Class<?> testClass = context.getRequiredTestClass();
        ClassCloud classCloud = context.getStore(NAMESPACE).get(CLASS_CLOUD, ClassCloud.class);
        Field staticField = staticCloudField(testClass);
        if (staticField != null && classCloud == null) {
            throw new ExtensionConfigurationException("the static FakeRtsCloud field " + describe(staticField)
                    + " is one cloud for the whole class, but @RtsFakeTest is only on test methods; put @RtsFakeTest"
                    + " on the class " + testClass.getSimpleName());
        }
        List<Object> instances = context.getRequiredTestInstances().getAllInstances();
        Field instanceField = instanceCloudField(testClass);
        TestRun run;
        if (classCloud != null) {
            run = TestRun.start(classCloud.cloud(), classCloud.plan(), false);
        } else {
            CloudPlan plan = CloudPlan.forTest(context);
            run = TestRun.start(plan.build(instances), plan, true);
        }
        context.getStore(NAMESPACE).put(TEST_RUN, run);
        if (instanceField != null) {
            Object target = instances.stream().filter(i -> instanceField.getDeclaringClass().isInstance(i))
                    .reduce((first, second) -> second).orElseThrow();
            instanceField.set(target, run.cloud);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) {
        TestRun run = context.getStore(NAMESPACE).remove(TEST_RUN, TestRun.class);
        if (run == null) {
            return;
        }
        try {
            String leak = run.endInstallation();
            Throwable failure = context.getExecutionException().orElse(null);
            if (failure instanceof TestAbortedException) {
                return;
            }
            EndOfTestChecks.Problems problems = EndOfTestChecks.check(run, failure, leak);
            if (failure == null && !problems.any()) {
                return;
            }
            FailureReport report = FailureReport.of(context, run);
            if (!problems.any()) {
                failure.addSuppressed(report);
                return;
            }
            AssertionError error = problems.toError(run.cloud.seed(), failure == null ? report : null);
            if (failure != null) {
                failure.addSuppressed(report);
            }
            throw error;
        } finally {
            run.close();
        }
    }

    // ---------------------------------------------------------------- parameters

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == FakeRtsCloud.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Executable where = parameter.getDeclaringExecutable();
        if (where instanceof Constructor) {
            throw new ParameterResolutionException(constructorAdvice(context.getRequiredTestClass()));
        }
        if (context.getTestMethod().isPresent()) {
            TestRun run = context.getStore(NAMESPACE).get(TEST_RUN, TestRun.class);
            if (run != null) {
                return run.cloud;
            }
        }
        ClassCloud classCloud = context.getStore(NAMESPACE).get(CLASS_CLOUD, ClassCloud.class);
        if (classCloud != null) {
            return classCloud.cloud();
        }
        throw new ParameterResolutionException(lifecycleAdvice(where));
    }

    // ---------------------------------------------------------------- fields and their checks

    /** The static cloud field of the class, or null; refuses two cloud fields and final ones. */
    private static Field staticCloudField(Class<?> testClass) {
        List<Field> fields = cloudFields(testClass);
        return fields.isEmpty() || !Modifier.isStatic(fields.get(0).getModifiers()) ? null : fields.get(0);
    }

    /** The instance cloud field of the class (or, for a {@code @Nested} class, of an enclosing one), or null. */
    private static Field instanceCloudField(Class<?> testClass) {
        List<Field> fields = cloudFields(testClass);
        return fields.isEmpty() || Modifier.isStatic(fields.get(0).getModifiers()) ? null : fields.get(0);
    }

    private static List<Field> cloudFields(Class<?> testClass) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = testClass; c != null; c = Modifier.isStatic(c.getModifiers()) ? null : c.getEnclosingClass()) {
            fields.addAll(ReflectionSupport.findFields(c, f -> f.getType() == FakeRtsCloud.class,
                    HierarchyTraversalMode.TOP_DOWN));
        }
        if (fields.size() > 1) {
            throw new ExtensionConfigurationException(testClass.getSimpleName() + " has " + fields.size()
                    + " FakeRtsCloud fields (" + fields.stream().map(RtsFakeExtension::describe)
                    .collect(Collectors.joining(", ")) + "), and @RtsFakeTest fills one: keep a single field, static"
                    + " for one cloud per class or an instance field for one per test, and build any other cloud"
                    + " inside the test (FakeRtsCloud.builder()...build(), closed with try-with-resources)");
        }
        for (Field f : fields) {
            if (Modifier.isFinal(f.getModifiers())) {
                throw new ExtensionConfigurationException("the FakeRtsCloud field " + describe(f) + " is final, so"
                        + " @RtsFakeTest cannot give it the test's cloud: remove final and the initializer (the"
                        + " extension builds, installs and closes the cloud), or remove @RtsFakeTest and manage the"
                        + " cloud yourself");
            }
            f.setAccessible(true);
        }
        return fields;
    }

    /** Refuses a FakeRtsCloud constructor parameter, and one of @BeforeAll/@AfterAll without a static field. */
    private static void checkLifecycleParameters(Class<?> testClass, boolean hasClassCloud) {
        for (Constructor<?> c : testClass.getDeclaredConstructors()) {
            if (Arrays.stream(c.getParameterTypes()).anyMatch(t -> t == FakeRtsCloud.class)) {
                throw new ExtensionConfigurationException(constructorAdvice(testClass));
            }
        }
        if (hasClassCloud) {
            return;
        }
        List<Method> classLevel = ReflectionSupport.findMethods(testClass,
                m -> (AnnotationSupport.isAnnotated(m, BeforeAll.class) || AnnotationSupport.isAnnotated(m, AfterAll.class))
                        && Arrays.stream(m.getParameterTypes()).anyMatch(t -> t == FakeRtsCloud.class),
                HierarchyTraversalMode.TOP_DOWN);
        if (!classLevel.isEmpty()) {
            throw new ExtensionConfigurationException(lifecycleAdvice(classLevel.get(0)));
        }
    }

    private static String constructorAdvice(Class<?> testClass) {
        return "the constructor of " + testClass.getSimpleName() + " takes a FakeRtsCloud, but a test instance may"
                + " outlive one test's cloud: declare a FakeRtsCloud field, or take it as a parameter of the test"
                + " or @BeforeEach method";
    }

    private static String lifecycleAdvice(Executable method) {
        return method.getName() + "() takes a FakeRtsCloud, but a class-level method (@BeforeAll, @AfterAll) has"
                + " a cloud only when the class has one for all its tests: declare a static FakeRtsCloud field, or"
                + " move the setup to a @BeforeEach method";
    }

    private static String describe(Field f) {
        return f.getDeclaringClass().getSimpleName() + "." + f.getName();
    }
}
