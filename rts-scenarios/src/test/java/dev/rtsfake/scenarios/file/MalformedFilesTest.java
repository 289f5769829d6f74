package dev.rtsfake.scenarios.file;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed scenario files fail with the whole message asserted: the file, the 1-based line and
 * column, the field's path, what is wrong, and the nearest valid name.
 */
class MalformedFilesTest {

    static Stream<Arguments> malformed() {
        return Stream.of(
                Arguments.of("misspelt-rule-field.yaml", "10:7: steps[1].rule.efect: unknown field 'efect'; did you mean"
                        + " 'effect'? (a rule has: name, match, effect)"),
                Arguments.of("misspelt-action.yaml", "5:5: steps[0].disconect: unknown field 'disconect'; did you mean"
                        + " 'disconnect'? (a step has 'at' or 'after', 'label', 'for', and one action such as send,"
                        + " disconnect or rule; docs/scenarios.md lists them all)"),
                Arguments.of("misspelt-top-field.json", "4:3: stpes: unknown field 'stpes'; did you mean 'steps'? (a"
                        + " scenario has: name, description, seed, cloud, users, appServer, steps, expect, end)"),
                Arguments.of("duration-without-unit.yaml", "6:10: steps[0].for: must be a duration such as 5s, 200ms or"
                        + " 2m, not the number 8 (write the unit: 8s or 8ms)"),
                Arguments.of("two-actions.yaml", "6:5: steps[0].disconnect: a step has one action, and this one has 2:"
                        + " send, disconnect; give each its own step (a second one at the same time: after: 0s)"),
                Arguments.of("at-and-after.yaml", "5:5: steps[0].after: give 'at' (an instant) or 'after' (a delay after"
                        + " the step before), not both"),
                Arguments.of("no-timing.yaml", "4:5: steps[0]: a step needs 'at' (an instant, such as at: 5s) or 'after'"
                        + " (a delay after the step before, such as after: 200ms)"),
                Arguments.of("unknown-user.yaml", "5:18: steps[0].send.from: no user named 'alcie'; did you mean 'alice'?"
                        + " (users: alice, bob)"),
                Arguments.of("missing-field.yaml", "5:11: steps[0].send: missing field 'text' (a send has: from, to, text,"
                        + " reliability, binary, count, every)"),
                Arguments.of("bad-state-name.yaml", "4:56: expect[0].states.are[2]: unknown connection state 'RECONECTED';"
                        + " did you mean 'RECONNECTED'? (the states: DISCONNECTED, CONNECTING, CONNECTED, RECONNECTING,"
                        + " RECONNECTED, LOST, FAILED, or 1 to 7)"),
                Arguments.of("field-given-twice.yaml", "5:5: steps[0].at: given twice (first at line 4); give each field once"),
                Arguments.of("not-yaml.yaml", "6:7: not valid YAML: expected ',' or '}', but got : (in the flow mapping"
                        + " that starts at line 5, column 11)"),
                Arguments.of("unknown-expectation.yaml", "4:5: expect[0].recieved: unknown expectation 'recieved'; did you"
                        + " mean 'received'? (an expectation is one of: received, notReceived, observed, notObserved,"
                        + " sendResult, returned, states, online, offline, eventually, always, never, fired)"),
                Arguments.of("heal-never-comes.yaml", "7:43: expect[0].eventually.after: 'heal' never comes: alice's"
                        + " network drops is still in force at the end; give that step a 'for', or undo it with a later step"),
                Arguments.of("bad-reliability.yaml", "5:57: steps[0].send.reliability: must be one of RELIABLE_ORDERED,"
                        + " UNRELIABLE_ORDERED, UNRELIABLE_UNORDERED, not 'RELIABLE_ORDERD'; did you mean 'RELIABLE_ORDERED'?"),
                Arguments.of("count-not-a-number.yaml", "5:51: steps[0].send.count: must be a whole number, not the text \"many\""),
                Arguments.of("send-cannot-last.yaml", "6:5: steps[0].for: only a fault, rule or app-server failure can have"
                        + " a 'for' (it is undone when the time is up); this step's action (alice sends \"hi\" to bob) is"
                        + " none of them"),
                Arguments.of("steps-out-of-order.yaml", "7:9: steps[1].at: 2s is before the step before it (5s); list the"
                        + " steps in time order, or use 'after' for a time relative to the step before"),
                Arguments.of("empty.yaml", "1:1: the file is empty; a scenario starts with 'name:'"),
                Arguments.of("steps-not-a-list.yaml", "4:3: steps: must be a list of steps such as - at: 1s, not a map"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void malformedFile_failsWithPlaceFieldAndFix(String file, String message) {
        String text = ScenarioFilesTest.resource("malformed/" + file);
        ScenarioFiles.Format format = ScenarioFiles.Format.of(file);

        assertThatThrownBy(() -> ScenarioFiles.parse(text, "malformed/" + file, format))
                .isInstanceOf(ScenarioFileException.class)
                .hasMessage("malformed/" + file + ":" + message);
    }
}
