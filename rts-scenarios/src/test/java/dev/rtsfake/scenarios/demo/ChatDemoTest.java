package dev.rtsfake.scenarios.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.scenarios.cli.RtsSim;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ChatDemoTest {

    @Test
    void demo_passesEveryCheck() {
        ChatDemo.Result result = new ChatDemo(42).run();
        assertThat(result.checks()).hasSize(4).allMatch(c -> c.startsWith("ok"));
        assertThat(result.passed()).isTrue();
    }

    @Test
    void demo_sameSeed_sameTrace() {
        assertThat(new ChatDemo(7).run().trace().lines()).isEqualTo(new ChatDemo(7).run().trace().lines());
    }

    @Test
    void cli_demo_printsTraceAndVerdict_exitsZero() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RtsSim.run(new String[] {"demo", "--seed", "3"}, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).contains("onMessageReceived(\"alice\", \"hi bob\")").contains("PASSED (seed 3)");
    }

    @Test
    void cli_unknownCommand_exitsTwoWithUsage() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = RtsSim.run(new String[] {"fly"}, new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'fly'").contains("usage: rts-sim");
    }
}
