package dev.rtsfake.fake.assertj;

import static dev.rtsfake.fake.assertj.RtsFakeAssertions.assertThat;
import static dev.rtsfake.fake.assertj.error.ShouldContainStep.shouldContainStep;
import static dev.rtsfake.fake.assertj.error.ShouldContainStepsInOrder.shouldContainStepsInOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.ss.bytertc.rts.engine.type.MessageConfig;
import dev.rtsfake.fake.assertj.Chat.User;
import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceAssertTest {
    static final Step SEND = Step.of(TraceKind.CALL, "alice", "sendMessage");
    static final Step RECEIVED = Step.of(TraceKind.CALLBACK, "bob", "onMessageReceived").withArgs("alice", "hi");
    static final Step RESULT = Step.of(TraceKind.CALLBACK, "alice", "onMessageSendResult");

    static Trace chatTrace() {
        try (Chat chat = new Chat()) {
            User alice = chat.user("alice");
            chat.user("bob");
            alice.rts().sendMessage("bob", "hi", MessageConfig.RELIABLE_ORDERED);
            chat.cloud.runUntilIdle();
            return chat.cloud.trace();
        }
    }

    @Test
    void containsStep_passes_forAStepWithThoseArguments() {
        Trace trace = chatTrace();

        assertThat(trace).containsStep(RECEIVED).containsStep(Step.any(TraceKind.CALL, "login"))
                .containsStep(RESULT.withArgs(1, 0));
    }

    @Test
    void containsStep_fails_listingTheStepsOfThatKindAndActor() {
        Trace trace = chatTrace();
        Step wrong = Step.of(TraceKind.CALLBACK, "bob", "onMessageReceived").withArgs("alice", "bye");

        AssertionError error = catchThrowableOfType(AssertionError.class, () -> assertThat(trace).containsStep(wrong));

        List<TraceEvent> bobsCallbacks = trace.callbacks("bob");
        assertThat(error).hasMessage(shouldContainStep(trace, wrong.toString(), bobsCallbacks).create());
        assertThat(error.getMessage()).contains("to contain a step%n  CALLBACK bob onMessageReceived(\"alice\", \"bye\")".formatted())
                .contains("0.180000s #24 CALLBACK       bob onMessageReceived(\"alice\", \"hi\")");
    }

    @Test
    void containsStepsInOrder_passes_forTheOrderTheyHappened() {
        assertThat(chatTrace()).containsStepsInOrder(SEND, RECEIVED, RESULT);
    }

    @Test
    void containsStepsInOrder_fails_namingTheStepNotFoundAfterThePrevious() {
        Trace trace = chatTrace();

        AssertionError error = catchThrowableOfType(AssertionError.class,
                () -> assertThat(trace).containsStepsInOrder(SEND, RESULT, RECEIVED));

        TraceEvent resultStep = trace.events().stream().filter(RESULT::matches).findFirst().orElseThrow();
        assertThat(error).hasMessage(shouldContainStepsInOrder(trace, List.of(SEND.toString(), RESULT.toString(),
                RECEIVED.toString()), 2, resultStep, trace.events().stream().filter(RECEIVED::matches).toList()).create());
        assertThat(error.getMessage()).contains("but step 3 was not found after #" + resultStep.seq() + " (where step 2 matched)");
    }

    @Test
    void steps_needAKindAndAName_andAssertionsNeedSteps() {
        assertThatThrownBy(() -> Step.of(null, "bob", "x")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Step.of(TraceKind.CALLBACK");
        assertThatThrownBy(() -> assertThat(chatTrace()).containsStepsInOrder())
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("pass one or more steps");
    }

    @Test
    void step_toString_saysWhatItMatches() {
        assertThat(Step.any(TraceKind.MISUSE, "joinRoom")).hasToString("MISUSE (any actor) joinRoom(any arguments)");
        assertThat(RECEIVED).hasToString("CALLBACK bob onMessageReceived(\"alice\", \"hi\")");
    }
}
