package dev.rtsfake.scenarios.cli;

import java.io.PrintStream;
import java.util.List;

/**
 * One {@code rts-sim} subcommand. {@link RtsSim} picks it by {@link #name()} and hands it the
 * arguments after the name; the command prints its results to {@code out}, its errors and its
 * help to {@code err} (help asked for with {@code --help} goes to {@code out}).
 */
interface Command {

    /** The word that selects it: {@code rts-sim NAME ...}. */
    String name();

    /** One line for the list of commands in {@code rts-sim --help}. */
    String summary();

    /** Prints its usage: the synopsis, each option, and its exit status. */
    void usage(PrintStream s);

    /** Runs it and returns the exit status (see {@link RtsSim}). */
    int run(List<String> args, PrintStream out, PrintStream err);
}
