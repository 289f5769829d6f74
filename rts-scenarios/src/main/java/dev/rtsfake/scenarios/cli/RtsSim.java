package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.model.Suggest;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import dev.rtsfake.scenarios.file.ScenarioFileException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The {@code rts-sim} command line: scripted network-failure scenarios against the embedded fake,
 * and tools around the SDK. One {@link Command} class per subcommand.
 *
 * <pre>
 * rts-sim list
 * rts-sim run lift-outage-8s
 * rts-sim run my-scenario.yaml --seeds 1..5000
 * rts-sim shrink my-scenario.yaml --seed 17
 * rts-sim help run
 * </pre>
 *
 * Exit status: 0 success; 1 a check failed (an expectation, a seed of a sweep, a determinism check,
 * an API difference); 2 a usage error or a file that cannot be read; 3 an internal error.
 */
public final class RtsSim {
    /** Success: every expectation held, the runs matched, the APIs match. */
    public static final int OK = 0;
    /** A check failed. */
    public static final int FAILED = 1;
    /** A usage error, or a file that cannot be read. */
    public static final int USAGE = 2;
    /** An internal error: a bug in rts-sim or in a client adapter. */
    public static final int INTERNAL = 3;

    private RtsSim() {
    }

    /** Every subcommand, in the order the help lists them. Add one here. */
    private static List<Command> commands(ScenarioRunner runner) {
        return List.of(new ListCommand(), new RunCommand(runner), new ShrinkCommand(runner),
                new CheckDeterminismCommand(runner), new TraceCommand(), new ServeCommand(runner), new DemoCommand(),
                new CheckApiCommand());
    }

    /** Entry point. */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        System.out.flush();
        System.exit(status);
    }

    /** Runs the command named by the first argument and returns the exit status. */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        return run(args, out, err, new ScenarioRunner());
    }

    /** {@link #run(String[], PrintStream, PrintStream)} with scenarios run by {@code runner} (its client adapters). */
    static int run(String[] args, PrintStream out, PrintStream err, ScenarioRunner runner) {
        try {
            return dispatch(args, out, err, runner);
        } catch (ScenarioFileException e) {
            err.println(e.getMessage());
            return USAGE;
        } catch (RuntimeException | Error e) {
            err.println("rts-sim: internal error: " + e);
            for (StackTraceElement s : e.getStackTrace()) {
                err.println("    at " + s);
            }
            err.println("This is a bug in rts-sim or in a client adapter; please report it with the command line.");
            return INTERNAL;
        }
    }

    private static int dispatch(String[] args, PrintStream out, PrintStream err, ScenarioRunner runner) {
        List<Command> commands = commands(runner);
        if (args.length == 0) {
            usage(commands, err);
            return USAGE;
        }
        String first = args[0];
        if (first.equals("--help") || first.equals("-h")) {
            usage(commands, out);
            return OK;
        }
        if (first.equals("--version")) {
            out.println("rts-sim " + version() + " (Java " + System.getProperty("java.version") + ")");
            return OK;
        }
        if (first.equals("help")) {
            if (args.length == 1) {
                usage(commands, out);
                return OK;
            }
            Command c = find(commands, args[1]);
            if (c == null || args.length > 2) {
                err.println("rts-sim help: " + (c == null ? unknown(commands, args[1]) : "give one command"));
                usage(commands, err);
                return USAGE;
            }
            c.usage(out);
            return OK;
        }
        Command c = find(commands, first);
        if (c == null) {
            err.println("rts-sim: " + unknown(commands, first));
            usage(commands, err);
            return USAGE;
        }
        return c.run(Arrays.asList(args).subList(1, args.length), out, err);
    }

    private static Command find(List<Command> commands, String name) {
        return commands.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static String unknown(List<Command> commands, String name) {
        return "unknown command '" + name + "'" + Suggest.didYouMean(name, commands.stream().map(Command::name).toList());
    }

    /** Prints a command's usage error and usage to {@code err}; returns {@link #USAGE}. */
    static int usageError(Command c, String message, PrintStream err) {
        err.println("rts-sim " + c.name() + ": " + message);
        c.usage(err);
        return USAGE;
    }

    /** Whether standard output is a terminal (progress bars then redraw in place). */
    static boolean interactive() {
        return System.console() != null;
    }

    /** rts-sim's version, from the jar. */
    static String version() {
        try (InputStream in = RtsSim.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "(unknown version)");
        } catch (IOException e) {
            return "(unknown version)";
        }
    }

    private static void usage(List<Command> commands, PrintStream s) {
        s.println("usage: rts-sim COMMAND [OPTIONS]      (rts-sim help COMMAND describes one)");
        for (Command c : commands) {
            s.printf("  %-18s %s%n", c.name(), c.summary());
        }
        s.println("  --version          prints the version");
        s.println("Exit status: 0 success, 1 a check failed (an expectation, a seed of a sweep, a determinism check,");
        s.println("an API difference), 2 a usage error or a file that cannot be read, 3 an internal error.");
        s.println("Scenarios: docs/scenarios.md. Client adapters on the class path: set RTS_SIM_CLASSPATH for the launcher.");
    }
}
