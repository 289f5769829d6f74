package dev.rtsfake.fake.trace;

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
 * view over the recorder's append-only storage), so it is fine to take one after every step.
 *
 * <pre>{@code
 * Trace trace = cloud.trace();
 * assertThat(trace.callbacks("bob")).extracting(TraceEvent::name).contains("onMessageReceived");
 * System.out.println(trace.format());
 * }</pre>
 */
public final class Trace {
    private final List<TraceEvent> events;
    private final long seed;

    /** A trace of {@code events} from a simulation seeded with {@code seed}. */
    public Trace(List<TraceEvent> events, long seed) {
        this.events = Collections.unmodifiableList(new ArrayList<>(events));
        this.seed = seed;
    }

    /** A trace over steps the recorder made read-only already (no copy). */
    Trace(TraceRecorder.Steps steps, long seed) {
        this.events = steps;
        this.seed = seed;
    }

    /** The seed of the simulation that produced this trace. */
    public long seed() {
        return seed;
    }

    /** Every step, in order. */
    public List<TraceEvent> events() {
        return events;
    }

    /** Number of steps. */
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

    /** Every step as one readable line, with a header naming the seed. */
    public String format() {
        StringBuilder sb = new StringBuilder(events.size() * 80 + 64);
        sb.append("# rts-fake trace, seed ").append(seed).append(", ").append(events.size()).append(" steps\n");
        for (int i = 0; i < events.size(); i++) {
            events.get(i).appendTo(sb);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** The readable lines without the header: two runs are identical exactly when these are equal. */
    public List<String> lines() {
        return events.stream().map(TraceEvent::format).collect(Collectors.toUnmodifiableList());
    }

    /** Writes {@link #format()} to a file, creating parent folders. */
    public Path writeText(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write(format());
        }
        return file;
    }

    /**
     * Writes the trace as JSON lines: one object per step with {@code seq}, {@code timeNanos},
     * {@code kind}, {@code actor}, {@code name}, {@code args} (as strings) and {@code result}.
     */
    public Path writeJsonLines(Path file) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        com.fasterxml.jackson.databind.ObjectMapper mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (TraceEvent e : events) {
                java.util.Map<String, Object> line = new java.util.LinkedHashMap<>();
                line.put("seq", e.seq());
                line.put("timeNanos", e.timeNanos());
                line.put("kind", e.kind().name());
                line.put("actor", e.actor());
                line.put("name", e.name());
                java.util.List<String> args = new java.util.ArrayList<>();
                for (Object a : e.args()) {
                    args.add(a == null ? null : String.valueOf(a));
                }
                line.put("args", args);
                line.put("result", e.result() == null ? null : String.valueOf(e.result()));
                w.write(mapper.writeValueAsString(line));
                w.write('\n');
            }
        }
        return file;
    }

    @Override
    public String toString() {
        return "Trace[seed=" + seed + ", " + events.size() + " steps]";
    }
}
