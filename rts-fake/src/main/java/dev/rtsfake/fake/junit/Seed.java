package dev.rtsfake.fake.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The seed of the cloud of an {@link RtsFakeTest} test: on a method for that test, on the class for
 * all of its tests. It overrides {@code @RtsFakeTest(seed = ...)}; the {@value RtsFakeTest#SEED_PROPERTY}
 * property, which sets the seed for a whole run (and is what a failure's rerun line uses), overrides it.
 * A class whose cloud is a static field (one for all its tests) takes {@code @Seed} on the class only.
 *
 * <pre>{@code
 * @Test
 * @Seed(7)                       // the seed that found the bug, kept as a regression test
 * void lateAck_isRetransmitted() { ... }
 * }</pre>
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface Seed {
    /** The seed. */
    long value();
}
