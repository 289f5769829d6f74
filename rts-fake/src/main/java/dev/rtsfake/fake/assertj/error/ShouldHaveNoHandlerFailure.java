package dev.rtsfake.fake.assertj.error;

import dev.rtsfake.fake.diag.HandlerFailure;
import java.util.List;
import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/** An app handler threw from a callback (the fake caught it, as the SDK does). */
public final class ShouldHaveNoHandlerFailure extends BasicErrorMessageFactory {

    /**
     * {@code Expecting no app handler to have thrown (seed 42) but 1 did: ...}, one failure a line.
     *
     * @param seed the cloud's seed
     * @param failures what {@code cloud.handlerFailures()} listed (not empty)
     */
    public static ErrorMessageFactory shouldHaveNoHandlerFailure(long seed, List<HandlerFailure> failures) {
        StringBuilder lines = new StringBuilder();
        for (HandlerFailure f : failures) {
            lines.append(Render.NL).append("  ").append(f);
        }
        String count = failures.size() >= ShouldHaveNoMisuse.LISTED ? "at least " + failures.size()
                : String.valueOf(failures.size());
        return new ShouldHaveNoHandlerFailure(seed, count, lines.toString());
    }

    private ShouldHaveNoHandlerFailure(long seed, String count, String lines) {
        super("%nExpecting no app handler of the cloud (seed %s) to have thrown%nbut %s did:%s",
                unquotedString(Long.toString(seed)), unquotedString(count), unquotedString(lines));
    }
}
