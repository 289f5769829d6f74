package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.demo.ChatDemo;
import java.io.PrintStream;

/**
 * The {@code rts-sim} command line: runs scripted RTS runs against the embedded fake and prints
 * what happened.
 *
 * <pre>
 * java -jar rts-scenarios/target/rts-sim.jar demo [--seed N]
 * </pre>
 *
 * Exit status: 0 when every check passed, 1 when one failed, 2 for a usage error.
 */
public final class RtsSim {
    private RtsSim() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
            usage(args.length == 0 ? err : out);
            return args.length == 0 ? 2 : 0;
        }
        if (!args[0].equals("demo")) {
            err.println("rts-sim: unknown command '" + args[0] + "'");
            usage(err);
            return 2;
        }
        long seed = 42;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--seed") && i + 1 < args.length) {
                try {
                    seed = Long.parseLong(args[++i]);
                } catch (NumberFormatException e) {
                    err.println("rts-sim: --seed takes a whole number, was '" + args[i] + "'");
                    return 2;
                }
            } else {
                err.println("rts-sim: unknown option '" + args[i] + "'");
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

    private static void usage(PrintStream s) {
        s.println("usage: rts-sim demo [--seed N]");
        s.println("  demo   two users chat, one loses the network for 8 s and comes back; prints the trace and checks");
    }
}
