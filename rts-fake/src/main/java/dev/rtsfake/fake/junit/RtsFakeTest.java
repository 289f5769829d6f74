package dev.rtsfake.fake.junit;

import dev.rtsfake.fake.FakeRtsCloudBuilder;
import dev.rtsfake.fake.CloudSettings;
import dev.rtsfake.fake.diag.Strictness;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs each test of a JUnit 5 class against a simulated RTS cloud of its own, and fails the test
 * for what the cloud saw go wrong.
 *
 * <pre>{@code
 * @RtsFakeTest
 * class ChatTest {
 *     FakeRtsCloud cloud;                                   // a fresh cloud for each test
 *
 *     @Test
 *     void aliceLogsIn() {
 *         RTS alice = RTS.createRTS(null, RtsFakeTest.APP_ID, handler, null);  // installed: an engine of this cloud
 *         alice.login(cloud.tokens().issue(RtsFakeTest.APP_ID, "alice", Duration.ofHours(1)), "alice");
 *         cloud.runUntilIdle();
 *     }
 * }
 * }</pre>
 *
 * <p><b>The cloud.</b> A field of type {@code FakeRtsCloud} (not final, any visibility, in the class
 * or a superclass) gets a new cloud before each test, built, {@linkplain
 * dev.rtsfake.fake.FakeRtsCloud#install() installed} for {@code RTS.createRTS} on the thread running
 * the test, and closed after it, whether it passed or not. A {@code static} field instead gets one
 * cloud for the whole class, built before {@code @BeforeAll} and closed after {@code @AfterAll}
 * (installed during each test). A {@code FakeRtsCloud} parameter of a test, {@code @BeforeEach} or
 * {@code @AfterEach} method gets the same cloud (with no field: a fresh one per test), and one of a
 * {@code @BeforeAll} or {@code @AfterAll} method the class's static one. One cloud field at most.
 *
 * <p><b>Its settings.</b> Without {@link #builder()} the cloud has one app, {@link #APP_ID} with key
 * {@link #APP_KEY}. {@code builder = "chat"} names a no-argument method of the test class that returns
 * a {@link FakeRtsCloudBuilder} ({@code static} for a static cloud field):
 * {@code static FakeRtsCloudBuilder chat() { return FakeRtsCloud.builder().app(APP, KEY).latency(...); }}.
 * The extension then sets the seed and the strictness on that builder itself, from this annotation,
 * {@link Seed @Seed} and the {@value #SEED_PROPERTY} property, so set those here rather than in the
 * method. The seed, from the first that is given: {@code -D}{@value #SEED_PROPERTY}{@code =N} (a system
 * property or JUnit configuration parameter, for a whole run), {@code @Seed} on the test method,
 * {@code @Seed} on the class, {@link #seed()}.
 *
 * <p><b>What fails a test</b>, at its end, in one {@code AssertionError} listing each problem:
 * <ul>
 *   <li>documented misuse of the SDK that strict mode recorded ({@link #strictness()});</li>
 *   <li>an exception a handler threw (the fake catches it, as the real SDK does);</li>
 *   <li>events still waiting for the clock when the test passed otherwise ("3 events pending at 0.060 s:
 *       the clock was not driven after the last SDK call"), unless {@link #failOnPendingEvents()} is
 *       false; in real-time mode the clock moves by itself, and this is not checked;</li>
 *   <li>an {@code Installation} the test opened and did not close (reported against this test, and
 *       closed, so the next test is not affected).</li>
 * </ul>
 *
 * <p><b>When a test fails</b>, for any reason, the failure carries a report (a suppressed
 * exception, printed under the stack trace): the seed and where it came from, the trace written to
 * {@code target/rts-fake/<test class>/<test method>.txt}, {@code .jsonl} and {@code .html} (the trace page), each refused login with
 * its reason, the last {@link #lastSteps()} steps, and a line that reruns the test with the same seed:
 * {@code mvn test -Dtest=ChatTest#aliceLogsIn -Drtsfake.seed=20240101}. The configuration parameter
 * {@value #TRACE_DIR_PROPERTY} moves the folder.
 *
 * <p>On a test method, this annotation replaces the class's for that test (a per-test cloud only).
 * It is safe under JUnit's parallel execution: every test has its own cloud and installation, and the
 * extension keeps no state outside JUnit's per-test store. A misconfiguration (two cloud fields, a final
 * one, a builder method that is missing or has the wrong shape, a bad attribute, {@code @Seed} on a
 * method of a class with a static cloud...) fails with an {@code ExtensionConfigurationException}
 * that says what to change.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RtsFakeExtension.class)
public @interface RtsFakeTest {
    /** The AppId of the one app a cloud built without {@link #builder()} has. */
    String APP_ID = "rtsfake-demo-app-0000001";

    /** The app key of {@link #APP_ID}: tokens are signed with it. */
    String APP_KEY = "demo-app-key";

    /** The system property (or JUnit configuration parameter) that sets the seed for a whole run. */
    String SEED_PROPERTY = "rtsfake.seed";

    /** The configuration parameter naming the folder traces of failed tests go to (default {@code target/rts-fake}). */
    String TRACE_DIR_PROPERTY = "rtsfake.traceDir";

    /** The seed, unless {@link Seed @Seed} or the {@value #SEED_PROPERTY} property says otherwise. */
    long seed() default CloudSettings.DEFAULT_SEED;

    /**
     * What strict mode does with misuse: {@code REPORT} fails the test at its end (the default),
     * {@code FAIL_AT_CALL} makes the misused SDK method throw at once, {@code OFF} ignores misuse.
     */
    Strictness strictness() default Strictness.REPORT;

    /** Whether a test that leaves events waiting for the clock fails (default true). */
    boolean failOnPendingEvents() default true;

    /** The name of a no-argument method of the test class returning a {@link FakeRtsCloudBuilder}; empty for the default cloud. */
    String builder() default "";

    /** How many of the last steps of the trace a failure report prints (default 20; 0 for none). */
    int lastSteps() default 20;
}
