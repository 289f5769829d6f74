package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.diag.Misuse;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** The cloud saw SDK misuse that strict mode recorded. */
public final class ShouldHaveNoMisuse extends BasicErrorMessageFactory {
    /** The most misuses the cloud lists (it counts the rest). */
    static final int LISTED = 1_000;

    /**
     * {@code Expecting the cloud (seed 42) to have seen no SDK misuse but it saw 1: ...}, one misuse
     * a line, each with what to do instead.
     *
     * @param seed the cloud's seed
     * @param misuses what {@code cloud.misuses()} listed (not empty)
     */
    public static ErrorMessageFactory shouldHaveNoMisuse(long seed, List<Misuse> misuses) {
        StringBuilder lines = new StringBuilder();
        for (Misuse m : misuses) {
            lines.append(Render.NL).append("  ").append(m.message());
        }
        String count = misuses.size() >= LISTED ? "at least " + misuses.size() : String.valueOf(misuses.size());
        return new ShouldHaveNoMisuse(seed, count, lines.toString());
    }

    private ShouldHaveNoMisuse(long seed, String count, String lines) {
        super("%nExpecting the cloud (seed %s) to have seen no SDK misuse%nbut it saw %s:%s",
                unquotedString(Long.toString(seed)), unquotedString(count), unquotedString(lines));
    }
}
