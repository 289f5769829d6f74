package dev.rtsfake.scenarios.cli;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.serverapi.OpenApiHttpServer;
import dev.rtsfake.scenarios.file.ScenarioFile;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.report.RunReport;
import dev.rtsfake.scenarios.report.TraceFiles;
import dev.rtsfake.scenarios.report.TraceFormat;
import dev.rtsfake.scenarios.run.RunResult;
import dev.rtsfake.scenarios.run.ScenarioRunner;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code rts-sim serve FILE}: runs a scenario in real time with the cloud's server-push OpenAPI
 * listening on loopback and the clients' messages to the app's server forwarded to a real URL, so
 * a backend team tests its own server, in any language, against scripted clients.
 */
final class ServeCommand implements Command {
    private static final Set<String> FLAGS;
    private static final Set<String> VALUED;

    static {
        Set<String> f = new HashSet<>(OutputOptions.FLAGS);
        FLAGS = Set.copyOf(f);
        Set<String> v = new HashSet<>(OutputOptions.VALUED);
        v.addAll(Set.of("--app-server", "--speed", "--url-file", "--start-delay", "--seed"));
        VALUED = Set.copyOf(v);
    }

    private final ScenarioRunner runner;

    ServeCommand(ScenarioRunner runner) {
        this.runner = runner;
    }

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public String summary() {
        return "runs a scenario in real time against your backend: OpenAPI on loopback, P2Server forwarded to a URL";
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim serve FILE|NAME [--app-server URL] [--url-file FILE] [--start-delay D] [--speed F]");
        s.println("                   [--seed N] [OUTPUT OPTIONS]");
        s.println("Runs the scenario in real time. The cloud's server-push OpenAPI (SendUnicast, SendRoomUnicast,");
        s.println("SendBroadcast, BatchSendRoomUnicast) listens on 127.0.0.1 at the address it prints, and what the");
        s.println("scripted clients send the app's server (sendServer steps) is POSTed to --app-server: point your");
        s.println("backend at the printed address, and check what the clients saw in the verdicts.");
        s.println("  --app-server URL   forward the clients' messages to the app's server to URL (your backend);");
        s.println("                     without it the in-process double answers, as in rts-sim run");
        s.println("  --url-file FILE    write the OpenAPI's address to FILE once it listens (for scripts)");
        s.println("  --start-delay D    wait D of wall time after it listens before the first step (default 0s)");
        s.println("  --speed F          virtual time runs F times the wall clock (default 1)");
        s.println("  --seed N           the seed (default: the scenario's)");
        OutputOptions.describe(s);
        s.println("Exit status: 0 every expectation held, 1 one failed, 2 a usage or file error, 3 an internal error.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            Options o = Options.parse(args, FLAGS, VALUED);
            if (o.has("--help")) {
                usage(out);
                return 0;
            }
            OutputOptions output = new OutputOptions(o);
            if (o.positional().size() != 1) {
                throw new Options.UsageException("give one scenario file or canned scenario to serve");
            }
            URI appServer = o.has("--app-server") ? uri(o.value("--app-server")) : null;
            double speed = speed(o.value("--speed", "1"));
            Duration delay = o.has("--start-delay") ? Durations.parseOrNull(o.value("--start-delay")) : Duration.ZERO;
            if (delay == null) {
                throw new Options.UsageException("--start-delay takes a duration such as 5s, not '" + o.value("--start-delay") + "'");
            }
            Path urlFile = o.has("--url-file") ? Path.of(o.value("--url-file")) : null;
            String source = o.positional().get(0);
            ScenarioFile file = Sources.read(source, runner);
            long seed = o.longValue("--seed", file.scenario().seed());
            String appId = file.scenario().cloud().appId();
            ScenarioRunner serving = runner.realTime(speed).onStart(cloud -> start(cloud, appId, appServer, urlFile, delay, err));
            err.println("rts-sim serve: " + file.scenario().name() + " (" + source + ", seed " + seed + ", speed " + speed
                    + ", in real time)");
            RunResult r = serving.run(file.scenario(), seed);
            List<Path> traces = output.traceFiles ? TraceFiles.write(r.trace(), output.out,
                    TraceFiles.baseName(source, r.seed()) + "-served", EnumSet.allOf(TraceFormat.class)) : List.of();
            (output.jsonl ? RunReport.jsonl(r, source, output.report(), traces)
                    : RunReport.text(r, source, output.report(), traces)).forEach(out::println);
            return r.passed() ? 0 : 1;
        } catch (Options.UsageException e) {
            return RtsSim.usageError(this, e.getMessage(), err);
        }
    }

    /** Before the first step: listen, forward, tell the user where, wait the start delay. */
    private static void start(FakeRtsCloud cloud, String appId, URI appServer, Path urlFile, Duration delay, PrintStream err) {
        OpenApiHttpServer http = cloud.serverApi(appId).listen();
        err.println("  OpenAPI (server push) listening on " + http.uri() + "  e.g. POST " + http.uri()
                + "?Action=SendUnicast&Version=2020-12-01 {\"AppId\":\"" + appId + "\",\"From\":\"server\",\"To\":\"alice\","
                + "\"Binary\":false,\"Message\":\"hi\"}");
        if (appServer != null) {
            cloud.appServer(appId).forwardTo(appServer);
            err.println("  messages to the app's server go to " + appServer);
        }
        if (urlFile != null) {
            try {
                Path parent = urlFile.toAbsolutePath().getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                Files.writeString(urlFile, http.uri() + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write --url-file " + urlFile, e);
            }
        }
        if (!delay.isZero()) {
            err.println("  starting in " + Durations.format(delay));
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static URI uri(String text) throws Options.UsageException {
        try {
            URI u = URI.create(text);
            if (u.getScheme() != null && (u.getScheme().equals("http") || u.getScheme().equals("https")) && u.getHost() != null) {
                return u;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        throw new Options.UsageException("--app-server takes an http(s) URL such as http://127.0.0.1:8080/rts, not '" + text + "'");
    }

    private static double speed(String text) throws Options.UsageException {
        try {
            double s = Double.parseDouble(text);
            if (s > 0 && s <= 1000) {
                return s;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Options.UsageException("--speed is a number more than 0 and at most 1000, not '" + text + "'");
    }
}
