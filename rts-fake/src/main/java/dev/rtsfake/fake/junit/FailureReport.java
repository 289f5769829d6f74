package dev.rtsfake.fake.junit;

import dev.rtsfake.fake.trace.Trace;
import dev.rtsfake.fake.trace.TraceEvent;
import dev.rtsfake.fake.trace.TraceKind;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What a failed test prints about its cloud, as an exception added to the failure (suppressed, so
 * it shows under the stack trace and never replaces the test's own message): the seed, the trace
 * files, refused logins, the last steps, and how to rerun. It has no stack trace of its own.
 */
final class FailureReport extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** Refused logins listed at most; the rest are counted. */
    static final int MAX_REFUSED = 50;

    private FailureReport(String text) {
        super(text, null, false, false);
    }

    /** The report of the test of {@code context}, writing its trace under the trace folder. */
    static FailureReport of(ExtensionContext context, TestRun run) {
        Trace trace = run.cloud.trace();
        List<TraceEvent> steps = trace.events().stream().filter(e -> e.seq() >= run.stepsBefore)
                .collect(Collectors.toList());
        StringBuilder sb = new StringBuilder(2048);
        sb.append("rts-fake: seed ").append(run.cloud.seed()).append(" (").append(run.plan.seedSource).append("), ")
                .append(EndOfTestChecks.seconds(run.cloud.elapsed())).append(" of virtual time, ")
                .append(steps.size()).append(steps.size() == 1 ? " step" : " steps")
                .append(run.ownsCloud ? "" : " in this test (the cloud is the class's)").append('\n');
        Path base = traceBase(context);
        try {
            List<Path> files = TraceFiles.write(trace, base);
            sb.append("  trace: ").append(files.stream().map(Path::toString).collect(Collectors.joining(", ")))
                    .append('\n');
        } catch (IOException | RuntimeException e) {
            sb.append("  trace: could not be written to ").append(base).append(".*: ").append(e).append('\n');
        }
        appendRefusedLogins(sb, steps);
        int last = Math.min(run.plan.settings.lastSteps(), steps.size());
        if (last > 0) {
            sb.append("  last ").append(last).append(" of ").append(steps.size()).append(" steps:\n");
            for (TraceEvent e : steps.subList(steps.size() - last, steps.size())) {
                sb.append("    ").append(e.format()).append('\n');
            }
        }
        sb.append("  rerun: ").append(rerunLine(context, run.cloud.seed()));
        return new FailureReport(sb.toString());
    }

    /** The cloud's login refusals: a CLOUD step "login" or "relogin" whose result is not 0, with (uid, why). */
    private static void appendRefusedLogins(StringBuilder sb, List<TraceEvent> steps) {
        List<TraceEvent> refused = new ArrayList<>();
        for (TraceEvent e : steps) {
            if (e.kind() == TraceKind.CLOUD && (e.name().equals("login") || e.name().equals("relogin"))
                    && e.result() instanceof Integer code && code != 0) {
                refused.add(e);
            }
        }
        if (refused.isEmpty()) {
            return;
        }
        sb.append("  refused logins:\n");
        for (TraceEvent e : refused.subList(0, Math.min(MAX_REFUSED, refused.size()))) {
            Object uid = e.args().isEmpty() ? "?" : e.args().get(0);
            Object why = e.args().size() < 2 ? "" : e.args().get(1);
            sb.append("    ").append(uid).append(" at ").append(EndOfTestChecks.seconds(e.time())).append(": ")
                    .append(e.name()).append(" refused with ").append(e.result()).append(", ").append(why).append('\n');
        }
        if (refused.size() > MAX_REFUSED) {
            sb.append("    and ").append(refused.size() - MAX_REFUSED).append(" more (see the trace)\n");
        }
    }

    /** {@code target/rts-fake/<class>/<method>} (with {@code -<n>} for the n-th run of a repeated or parameterized test). */
    static Path traceBase(ExtensionContext context) {
        Path dir = context.getConfigurationParameter(RtsFakeTest.TRACE_DIR_PROPERTY).map(Path::of)
                .orElse(Path.of("target", "rts-fake"));
        String name = context.getRequiredTestMethod().getName() + invocationSuffix(context);
        return dir.resolve(context.getRequiredTestClass().getName()).resolve(name);
    }

    private static String invocationSuffix(ExtensionContext context) {
        String id = context.getUniqueId();
        int at = id.lastIndexOf("-invocation:#");
        if (at < 0) {
            return "";
        }
        int end = id.indexOf(']', at);
        return "-" + id.substring(at + "-invocation:#".length(), end < 0 ? id.length() : end);
    }

    /** {@code mvn test -Dtest=ChatTest#aliceLogsIn -Drtsfake.seed=42} (quoted when the class is nested). */
    static String rerunLine(ExtensionContext context, long seed) {
        Class<?> testClass = context.getRequiredTestClass();
        Method method = context.getRequiredTestMethod();
        String pkg = testClass.getPackageName();
        String simple = pkg.isEmpty() ? testClass.getName() : testClass.getName().substring(pkg.length() + 1);
        String test = simple + "#" + method.getName();
        if (test.contains("$")) {
            test = "'" + test + "'";
        }
        return "mvn test -Dtest=" + test + " -D" + RtsFakeTest.SEED_PROPERTY + "=" + seed;
    }
}
