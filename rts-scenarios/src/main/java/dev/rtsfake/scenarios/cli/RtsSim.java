package dev.rtsfake.scenarios.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code rts-sim} command line: scripted runs against the embedded fake, and tools around the SDK.
 *
 * <pre>
 * java -jar rts-scenarios/target/rts-sim.jar demo [--seed N]
 * java -jar rts-scenarios/target/rts-sim.jar check-api path/to/rts-sdk.aar
 * java -jar rts-scenarios/target/rts-sim.jar COMMAND --help
 * </pre>
 *
 * Exit status: 0 success, 1 a check failed or the APIs differ, 2 a usage or input error.
 */
public final class RtsSim {
    /** Every subcommand, in the order the help lists them. Add one here. */
    private static final List<Command> COMMANDS = List.of(new DemoCommand(), new CheckApiCommand());

    private RtsSim() {
    }

    /** Entry point. */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command named by the first argument and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0) {
            usage(err);
            return 2;
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            usage(out);
            return 0;
        }
        for (Command c : COMMANDS) {
            if (c.name().equals(args[0])) {
                return c.run(Arrays.asList(args).subList(1, args.length), out, err);
            }
        }
        err.println("rts-sim: unknown command '" + args[0] + "'");
        usage(err);
        return 2;
    }

    private static void usage(PrintStream s) {
        s.println("usage: rts-sim COMMAND [OPTIONS]");
        for (Command c : COMMANDS) {
            s.printf("  %-10s %s%n", c.name(), c.summary());
        }
        s.println("'rts-sim COMMAND --help' describes a command's options.");
    }
}
