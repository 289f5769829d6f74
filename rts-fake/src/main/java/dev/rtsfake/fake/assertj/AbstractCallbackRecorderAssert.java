package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessage.shouldHaveReceivedMessage;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessageWithin.shouldHaveReceivedMessageWithin;
import static dev.rtsfake.fake.assertj.error.ShouldHaveReceivedMessagesInOrder.shouldHaveReceivedMessagesInOrder;
import static dev.rtsfake.fake.assertj.error.ShouldHaveSendResult.shouldHaveSendResult;

import dev.rtsfake.fake.recording.Callback;
import dev.rtsfake.fake.recording.CallbackRecorder;
import dev.rtsfake.fake.recording.CallbackRecorder.Mark;
import dev.rtsfake.fake.recording.RecordedCallback;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.internal.Failures;

/**
 * What the engine and room recorder assertions share: a window of virtual time to look in
 * ({@link #since}), and the checks on messages and send results.
 *
 * @param <SELF> the assertion's own type, returned for chaining
 * @param <ACTUAL> the recorder asserted on
 */
public abstract class AbstractCallbackRecorderAssert<SELF extends AbstractCallbackRecorderAssert<SELF, ACTUAL>,
        ACTUAL extends CallbackRecorder> extends AbstractAssert<SELF, ACTUAL> {
    private Mark since = Mark.START;

    /** For subclasses: {@code super(actual, MyAssert.class)}. */
    protected AbstractCallbackRecorderAssert(ACTUAL actual, Class<?> selfType) {
        super(actual, selfType);
    }

    /**
     * Makes the checks that follow look only at the callbacks that came after {@code mark}, and
     * measure {@code ...Within} durations from its time. Take the mark before the action:
     *
     * <pre>{@code
     * Mark sent = bobEvents.mark();
     * alice.sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
     * cloud.runUntilIdle();
     * assertThat(bobEvents).since(sent).hasReceivedMessageWithin(Duration.ofMillis(100), "alice", "hi");
     * }</pre>
     *
     * <p>A mark counts callbacks rather than comparing times, so callbacks that ran at the mark's
     * instant before it was taken stay out, and those the action caused at that same instant count.
     *
     * @throws IllegalArgumentException if {@code mark} is null
     */
    public SELF since(Mark mark) {
        if (mark == null) {
            throw new IllegalArgumentException("since needs a mark taken with recorder.mark() before the action"
                    + " (Mark.START for the whole recording)");
        }
        this.since = mark;
        return myself;
    }

    /** The start of the window the checks look at. */
    protected Mark windowStart() {
        return since;
    }

    /** The kept callbacks after the {@link #since} mark, in order. */
    protected List<RecordedCallback> window() {
        isNotNull();
        List<RecordedCallback> out = new ArrayList<>();
        for (RecordedCallback r : actual.recorded()) {
            if (since.precedes(r)) {
                out.add(r);
            }
        }
        return out;
    }

    /** The window's callbacks of one type. */
    protected List<RecordedCallback> window(Class<? extends Callback> type) {
        return window().stream().filter(r -> type.isInstance(r.callback())).toList();
    }

    /** Fails unless the window holds {@code expected}. */
    protected SELF received(Callback expected) {
        List<RecordedCallback> ofKind = window(expected.getClass());
        if (ofKind.stream().noneMatch(r -> r.callback().equals(expected))) {
            throwAssertionError(shouldHaveReceivedMessage(actual, since, expected, ofKind));
        }
        return myself;
    }

    /** Fails unless the window holds {@code expected} at or before {@code since + within}. */
    protected SELF receivedWithin(Duration within, Callback expected) {
        if (within == null || within.isNegative()) {
            throw new IllegalArgumentException("within needs a virtual duration of zero or more, e.g."
                    + " Duration.ofMillis(100); was " + within);
        }
        received(expected);
        RecordedCallback first = window(expected.getClass()).stream().filter(r -> r.callback().equals(expected))
                .findFirst().orElseThrow();
        if (first.at().compareTo(since.at().plus(within)) > 0) {
            throwAssertionError(shouldHaveReceivedMessageWithin(actual, since, within, first));
        }
        return myself;
    }

    /** Fails unless the texts from {@code from} in the window are exactly {@code texts}, in order. */
    protected <C extends Callback> SELF receivedInOrder(Class<C> type, Function<C, String> sender,
                                                       Function<C, String> text, String from, String... texts) {
        List<String> expected = Arrays.asList(texts);
        List<RecordedCallback> fromSender = new ArrayList<>();
        List<String> actualTexts = new ArrayList<>();
        for (RecordedCallback r : window(type)) {
            C c = type.cast(r.callback());
            if (from.equals(sender.apply(c))) {
                fromSender.add(r);
                actualTexts.add(text.apply(c));
            }
        }
        if (!actualTexts.equals(expected)) {
            throw Failures.instance().failure(info, shouldHaveReceivedMessagesInOrder(actual, since, from, expected,
                    actualTexts, fromSender), actualTexts, expected);
        }
        return myself;
    }

    /** Fails unless the window holds exactly one result of {@code type} for {@code msgId}, with {@code code}. */
    protected <C extends Callback> SELF sendResult(Class<C> type, String callbackName, ToLongFunction<C> id,
                                                  ToIntFunction<C> codeOf, long msgId, int code) {
        List<RecordedCallback> all = window(type);
        List<Integer> forThisId = new ArrayList<>();
        for (RecordedCallback r : all) {
            C c = type.cast(r.callback());
            if (id.applyAsLong(c) == msgId) {
                forThisId.add(codeOf.applyAsInt(c));
            }
        }
        if (!forThisId.equals(List.of(code))) {
            throwAssertionError(shouldHaveSendResult(actual, callbackName, msgId, code, forThisId, all));
        }
        return myself;
    }
}
