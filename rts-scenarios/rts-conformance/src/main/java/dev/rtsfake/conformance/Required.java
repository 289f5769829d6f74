package dev.rtsfake.conformance;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A check of behaviour the vendor's page or the reference documents ([C] or [X]): an implementation that
 * fails it is wrong. Its value names the source: {@code "vendor sendRoomMessage; ref §2.6"}.
 * Tagged {@code required} for JUnit's tag filters.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Test
@Tag("required")
public @interface Required {
    /** The source: "vendor method", "ref §n", "D n", separated by "; ". */
    String value();
}
