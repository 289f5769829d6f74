package dev.rtsfake.fake.trace;

import dev.rtsfake.fake.internal.access.TraceAccess;
import dev.rtsfake.fake.internal.trace.TraceSteps;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * An immutable copy of what happened in a simulation, in order. {@code cloud.trace()} returns a
 * fresh copy each time; later steps do not appear in a copy already taken. Taking one is cheap (a
 * view over the recorder's storage), so it is fine to take one after every step.
 *
 * <p>A cloud's trace keeps the last 100,000 steps by default, so that a long run has bounded
 * memory; {@link #dropped()} says how many earlier steps it no longer holds, and so does the header
 * of {@link #format()}. To keep more, build the cloud with {@code traceKeepLast(n)} or
 * {@code traceKeepAll()}; to have every step on disk however long the run, {@code traceFile(path)}
 * streams them as JSON lines while they are recorded; {@code traceListener(l)} is told of each.
 *
 * <pre>{@code
 * Trace trace = cloud.trace();
 * assertThat(trace.callbacks("bob")).extracting(TraceEvent::name).contains("onMessageReceived");
 * System.out.println(trace.format());
 * }</pre>
 */
public final class Trace {
    static {
        TraceAccess.install(new TraceAccess() {
            @Override
            public Trace snapshot(TraceSteps steps, long seed) {
                return new Trace(steps, seed);
            }
        });
    }

    private final List<TraceEvent> events;
    private final long seed;
    private final long dropped;

    /** A trace of {@code events} from a simulation seeded with {@code seed}. */
    public Trace(List<TraceEvent> events, long seed) {
        this.events = Collections.unmodifiableList(new ArrayList<>(events));
        this.seed = seed;
        this.dropped = 0;
    }

    /** A trace over steps the recorder made read-only already (no copy). */
    Trace(TraceSteps steps, long seed) {
        this.events = steps;
        this.seed = seed;
        this.dropped = steps.first();
    }

    /** The seed of the simulation that produced this trace. */
    public long seed() {
        return seed;
    }

    /**
     * How many steps were recorded before the first one this trace holds: zero unless the run went
     * past the number of steps the cloud keeps ({@code traceKeepLast}, 100,000 by default).
     */
    public long dropped() {
        return dropped;
    }

    /** Every step kept, in order (the last ones of the run, when {@link #dropped()} is not zero). */
    public List<TraceEvent> events() {
        return events;
    }

    /** Number of steps kept. */
    public int size() {
        return events.size();
    }

    /** The steps that match {@code filter}. */
    public List<TraceEvent> filter(Predicate<TraceEvent> filter) {
        return events.stream().filter(filter).collect(Collectors.toUnmodifiableList());
    }

    /** The steps of one kind. */
    public List<TraceEvent> ofKind(TraceKind kind) {
        return filter(e -> e.kind() == kind);
    }

    /** The callbacks delivered to one engine (named by uid, or "rts-N" before login), in order. */
    public List<TraceEvent> callbacks(String actor) {
        return filter(e -> e.kind() == TraceKind.CALLBACK && e.actor().equals(actor));
    }

    /** Names of the callbacks delivered to one engine, in order. */
    public List<String> callbackNames(String actor) {
        return callbacks(actor).stream().map(TraceEvent::name).collect(Collectors.toUnmodifiableList());
    }

    /**
     * Every step as one readable line, after a header naming the seed and the number of steps:
     * {@code # rts-fake trace, seed 42, 1234 steps}, and for a trace that dropped earlier steps
     * {@code # rts-fake trace, seed 42, 100000 steps (#56789 to #156788; 56789 earlier steps dropped: ...)}.
     */
    public String format() {
        StringBuilder sb = new StringBuilder(events.size() * 80 + 256);
        sb.append(header()).append('\n');
        for (int i = 0; i < events.size(); i++) {
            events.get(i).appendTo(sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    /**
     * The steps {@code filter} keeps, one readable line each, repeats folded unless the filter says
     * otherwise: after the {@link #header()}, a line saying what is shown
     * ({@code # shown: user alice; repeats folded: 60 of 95 steps, in 31 lines}), then the lines, a
     * folded one ending {@code … ×24 (to 8.900000s, #58)}. {@link #format()} stays the full trace,
     * every step on a line of its own.
     *
     * <pre>{@code
     * System.out.println(trace.format(TraceFilter.all().onlyUsers("alice").onlyKinds(TraceKind.NET)));
     * }</pre>
     */
    public String format(TraceFilter filter) {
        return FoldedSteps.format(this, java.util.Objects.requireNonNull(filter,
                "filter is null: pass TraceFilter.all() for every step"));
    }

    /** The first line of {@link #format()}. */
    public String header() {
        StringBuilder sb = new StringBuilder(200);
        sb.append("# rts-fake trace, seed ").append(seed).append(", ").append(events.size()).append(" steps");
        if (dropped > 0) {
            sb.append(" (");
            if (!events.isEmpty()) {
                sb.append('#').append(dropped).append(" to #").append(dropped + events.size() - 1).append("; ");
            }
            sb.append(dropped).append(" earlier steps dropped: build the cloud with traceKeepLast(n) or"
                            + " traceKeepAll() to keep more, or traceFile(path) to stream every step to a file)");
        }
        return sb.toString();
    }

    /**
     * The readable lines without the header: two runs are identical exactly when these are equal.
     * When steps were {@link #dropped()}, they cover the kept steps only: to compare whole long runs,
     * keep every step or compare their {@code traceFile}s.
     */
    public List<String> lines() {
        return events.stream().map(TraceEvent::format).collect(Collectors.toUnmodifiableList());
    }

    /** Writes {@link #format()} to a file as UTF-8, creating parent folders. */
    public Path writeText(Path file) throws IOException {
        createParent(file);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(header());
            w.write('\n');
            StringBuilder sb = new StringBuilder(256);
            for (TraceEvent e : events) {
                sb.setLength(0);
                e.appendTo(sb);
                sb.append('\n');
                w.append(sb);
            }
        }
        return file;
    }

    /**
     * Writes the trace as JSON lines: one object per step with {@code seq}, {@code timeNanos},
     * {@code kind}, {@code actor}, {@code name}, {@code args} and {@code result}. A string is written
     * as it was recorded (strings of more than 256 chars were recorded as a {@link ClippedText});
     * any other value as the text {@link TraceEvent#format()} shows for it.
     */
    public Path writeJsonLines(Path file) throws IOException {
        createParent(file);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StringBuilder sb = new StringBuilder(256);
            for (TraceEvent e : events) {
                sb.setLength(0);
                JsonLines.append(sb, e);
                sb.append('\n');
                w.append(sb);
            }
        }
        return file;
    }

    /**
     * Writes the trace as one self-contained HTML page (no network; style and script inline): a
     * sequence diagram with a lane per engine, the cloud and each app server, the packets as arrows
     * with their latency, losses, rule actions and retransmissions marked (repeats folded with a
     * count), connection states on the lanes, calls and callbacks; filters by user, room and kind,
     * zoom on the virtual time axis, and a click on a step shows all of it. The page reads its filter
     * from the address too: {@code trace.html#user=bob&kind=NET,CALLBACK&step=63}. Same trace, same
     * bytes. A page holds the last 100,000 steps at most, and says so when it holds fewer than the trace.
     *
     * <pre>{@code
     * cloud.trace().writeHtml(Path.of("target", "traces", "reconnect.html"));
     * }</pre>
     */
    public Path writeHtml(Path file) throws IOException {
        return writeHtml(file, null);
    }

    /**
     * Writes the page as {@link #writeHtml(Path)} does, headed {@code title} instead of the trace's
     * header (for a trace read back from a file, whose seed is not known); null for the header.
     */
    public Path writeHtml(Path file, String title) throws IOException {
        createParent(file);
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            TracePage.write(this, title, w, TracePage.MAX_STEPS);
        }
        return file;
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    @Override
    public String toString() {
        return "Trace[seed=" + seed + ", " + events.size() + " steps" + (dropped > 0 ? ", " + dropped + " dropped" : "") + "]";
    }
}
