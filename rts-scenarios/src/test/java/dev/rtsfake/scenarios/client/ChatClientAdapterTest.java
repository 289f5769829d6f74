package dev.rtsfake.scenarios.client;

import static dev.rtsfake.scenarios.model.Actions.*;
import static dev.rtsfake.scenarios.model.Expectations.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.rtsfake.scenarios.model.Anchor;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.UserSpec;
import dev.rtsfake.scenarios.run.InvalidScenarioException;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.run.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Scenarios driving the team's own client code through an adapter: the example chat client, and one made here. */
class ChatClientAdapterTest {
    private final ScenarioRunner runner = new ScenarioRunner();

    @Test
    void exampleChat_isFoundThroughServiceLoader() {
        assertThat(runner.clientNames()).contains("example-chat");
    }

    @Test
    void exampleChat_builtInStepsAndNamedActionsDriveTheRealClient_andItsObservationsAreJudged() {
        RunResult r = runner.run(Scenario.named("Alice's chat client reaches bob's through a 3 s drop")
                .user(UserSpec.named("alice").client("example-chat").rooms("lobby"))
                .user(UserSpec.named("bob").client("example-chat").rooms("lobby"))
                .at(seconds(1), send("alice", "bob", "hi")).label("hi")
                .at(seconds(2), disconnect("bob")).lasting(seconds(7)).label("drop")
                .at(seconds(3), act("alice", "say", Map.of("to", "bob", "text", "during the drop")))
                .at(seconds(4), broadcast("alice", "lobby", "to the room"))
                .expect(received("bob", "alice", "hi"))
                .expect(received("bob", "alice", "during the drop"))
                .expect(received("bob", "alice", "to the room").inRoom("lobby"))
                .expect(sendResult("hi", 0))
                .expect(observed("bob", "status").with("status", "reconnecting"))
                .expect(eventually(online("bob"), Anchor.HEAL, seconds(5)))
                .expect(fired("drop"))
                .build());

        assertThat(r.verdicts()).extracting(Verdict::line).allMatch(l -> l.startsWith("PASSED"), "passed");
        assertThat(r.observations()).extracting(o -> o.user() + " " + o.name() + " " + o.args())
                .contains("bob received {from=alice, text=hi}", "bob status {status=online}");
        assertThat(r.trace().format()).contains("createRTS(\"rtsfake-scenario-app-001\", \"ChatClient$1\", null)");
    }

    @Test
    void exampleChat_stepItHasNoActionFor_isRefusedBeforeTheRun_namingItsActions() {
        Scenario s = Scenario.named("Alice's chat client cannot ask for peer status")
                .user(UserSpec.named("alice").client("example-chat"))
                .user(UserSpec.named("bob"))
                .at(seconds(1), peerStatus("alice", "bob"))
                .at(seconds(2), act("alice", "sya", Map.of()))
                .build();

        assertThatThrownBy(() -> runner.run(s)).isInstanceOf(InvalidScenarioException.class).hasMessage(
                "the scenario 'Alice's chat client cannot ask for peer status' cannot run:\n"
                        + "  steps[0].peerStatus: alice's client 'example-chat' has no action 'peerStatus' (its actions:"
                        + " broadcast, join, login, logout, post, say, send)\n"
                        + "  steps[1].act.action: alice's client 'example-chat' has no action 'sya'; did you mean 'say'?"
                        + " (its actions: broadcast, join, login, logout, post, say, send)");
    }

    @Test
    void unknownClientAdapter_isRefused_withTheKnownOnes() {
        Scenario s = Scenario.named("A typo in the client's name")
                .user(UserSpec.named("alice").client("exmple-chat"))
                .build();

        assertThatThrownBy(() -> runner.run(s)).hasMessage("the scenario 'A typo in the client's name' cannot run:\n"
                + "  users[0].client: no client adapter named 'exmple-chat'; did you mean 'example-chat'? (known:"
                + " example-chat)");
    }

    /** An adapter that records what it was asked, to see exactly what reaches it. */
    static final class Recording implements ClientAdapter {
        static final List<String> CALLS = new ArrayList<>();
        private ClientContext context;

        @Override
        public Set<String> actions() {
            return Set.of("login", "send", "wave");
        }

        @Override
        public void start(ClientContext c) {
            this.context = c;
            CALLS.add("start " + c.userName() + " as " + c.uid() + " rooms " + c.rooms());
        }

        @Override
        public Object perform(String action, Map<String, String> args) {
            Map<String, String> shown = new java.util.TreeMap<>(args);
            shown.computeIfPresent("token", (k, v) -> v.startsWith("001") ? "<token>" : v);
            CALLS.add(action + " " + shown);
            if (action.equals("wave")) {
                context.observe("waved", Map.of("at", args.get("to")));
            }
            return action.equals("send") ? 7L : 0;
        }
    }

    @Test
    void customAdapter_getsUidsAndFreshTokens_andItsObservationsAreCheckedByName() {
        Recording.CALLS.clear();
        ScenarioRunner withOwn = runner.withClient(new ClientAdapterFactory() {
            @Override
            public String name() {
                return "recording";
            }

            @Override
            public ClientAdapter create() {
                return new Recording();
            }
        });
        RunResult r = withOwn.run(Scenario.named("A recording client waves at bob")
                .user(UserSpec.named("al").uid("alice-7").client("recording").rooms("lobby"))
                .user(UserSpec.named("bob"))
                .at(seconds(1), send("al", "bob", "hi").times(2)).label("hi")
                .at(seconds(2), act("al", "wave", Map.of("to", "bob")))
                .expect(observed("al", "waved").with("at", "bob"))
                .expect(returned("hi", 7))
                .build());

        assertThat(Recording.CALLS).containsExactly(
                "start al as alice-7 rooms [lobby]",
                "login {token=<token>, uid=alice-7}",
                "send {binary=false, reliability=RELIABLE_ORDERED, text=hi (1), to=bob}",
                "send {binary=false, reliability=RELIABLE_ORDERED, text=hi (2), to=bob}",
                "wave {to=bob}");
        assertThat(r.verdicts()).extracting(Verdict::line).containsExactly(
                "PASSED  al observes waved(at=bob) (at 2.000s)",
                "PASSED  step hi returns 7");
    }
}
