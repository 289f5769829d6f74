package dev.rtsfake.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A check of what no source settles: the project's decision (D n), an inference ([I]) or a fake choice.
 * The real SDK failing it means the guess is wrong (docs/fidelity.md names the row to change), not that
 * the SDK is. Its value names the source. Tagged {@code optional}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@Tag("optional")
public @interface Optional {
    /** The source: "D n", "ref §n [I]", "fake choice", separated by "; ". */
    String value();
}
