package dev.rtsfake.fake.trace;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The steps a {@link TraceFilter} keeps, with repeats folded: each row is a step shown, standing for
 * itself and the repeats of it that its actor made right after ({@link TraceIndex#run}).
 */
final class FoldedSteps {
    final TraceIndex index;
    /** Index of each row's step in the trace. */
    int[] first;
    /** How many steps each row stands for (1 for a step that is not repeated). */
    int[] count;
    /** Index of each row's last repeat. */
    int[] last;
    int rows;
    /** Steps the filter kept, repeats included. */
    int kept;

    FoldedSteps(TraceIndex index, TraceFilter filter) {
        this.index = index;
        int n = index.events.size();
        first = new int[Math.min(n, 1024)];
        count = new int[first.length];
        last = new int[first.length];
        Map<Integer, Integer> rowOfRun = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (!filter.admits(index, i)) {
                continue;
            }
            kept++;
            Integer r = rowOfRun.get(index.run[i]);
            if (filter.collapsesRepeats() && r != null) {
                count[r]++;
                last[r] = i;
                continue;
            }
            if (rows == first.length) {
                int grown = Math.min(n, rows * 2);
                first = Arrays.copyOf(first, grown);
                count = Arrays.copyOf(count, grown);
                last = Arrays.copyOf(last, grown);
            }
            first[rows] = i;
            count[rows] = 1;
            last[rows] = i;
            if (filter.collapsesRepeats()) {
                rowOfRun.put(i, rows);
            }
            rows++;
        }
    }

    /** The lines of {@link Trace#format(TraceFilter)}: the header, what is shown, then a line a row. */
    static String format(Trace trace, TraceFilter filter) {
        FoldedSteps f = new FoldedSteps(new TraceIndex(trace.events()), filter);
        StringBuilder sb = new StringBuilder(f.rows * 90 + 256);
        sb.append(trace.header()).append('\n');
        sb.append("# shown: ").append(filter).append(": ").append(f.kept).append(" of ").append(trace.size())
                .append(" steps, in ").append(f.rows).append(f.rows == 1 ? " line\n" : " lines\n");
        for (int r = 0; r < f.rows; r++) {
            f.appendRow(sb, r);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** One row as a trace line, and for a folded row {@code … ×24 (to 8.900000s, #58)}. */
    void appendRow(StringBuilder sb, int r) {
        index.events.get(first[r]).appendTo(sb);
        if (count[r] > 1) {
            TraceEvent end = index.events.get(last[r]);
            sb.append(" … ×").append(count[r]).append(" (to ");
            appendTime(sb, end.timeNanos());
            sb.append(", #").append(end.seq()).append(')');
        }
    }

    /** {@code 8.900000s}: virtual time as a trace line writes it, without the padding. */
    static void appendTime(StringBuilder sb, long nanos) {
        long micros = nanos / 1_000;
        String frac = Long.toString(Math.abs(micros % 1_000_000) + 1_000_000).substring(1);
        sb.append(micros / 1_000_000).append('.').append(frac).append('s');
    }
}
