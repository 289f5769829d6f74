package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.demo.ChatDemo;
import java.io.PrintStream;
import java.util.List;

/** {@code rts-sim demo [--seed N]}: the chat demo against the embedded fake, its trace and its checks. */
final class DemoCommand implements Command {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "two users chat, one loses the network for 8 s and comes back; prints the trace and checks";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        long seed = 42;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--help") || arg.equals("-h")) {
                usage(out);
                return 0;
            } else if (arg.equals("--seed") && i + 1 < args.size()) {
                try {
                    seed = Long.parseLong(args.get(++i));
                } catch (NumberFormatException e) {
                    err.println("rts-sim: --seed takes a whole number, was '" + args.get(i) + "'");
                    return 2;
                }
            } else {
                err.println("rts-sim: unknown option '" + arg + "'");
                usage(err);
                return 2;
            }
        }
        ChatDemo.Result result = new ChatDemo(seed).run();
        out.println("rts-sim demo: alice and bob log in, chat directly and in room \"lobby\"; alice's network");
        out.println("drops for 8 s (she sends one message meanwhile) and comes back. Every step, in virtual time:");
        out.println();
        out.print(result.trace().format());
        out.println();
        out.println("Checks:");
        result.checks().forEach(c -> out.println("  " + c));
        out.println(result.passed() ? "PASSED (seed " + seed + ")"
                : "FAILED (seed " + seed + "; rerun with --seed " + seed + " to get the same run)");
        return result.passed() ? 0 : 1;
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim demo [--seed N]");
        s.println("  " + summary());
        s.println("  --seed N   the simulation's seed (default 42); the same seed gives the same run");
        s.println("Exit status: 0 every check passed, 1 one failed, 2 a usage error.");
    }
}
