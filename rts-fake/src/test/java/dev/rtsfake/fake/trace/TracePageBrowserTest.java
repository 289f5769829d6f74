package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The trace page in a real browser (issue 12, item 4): the sample trace of a reconnect
 * ({@link ReconnectSample#reconnect()}) rendered by Debian's headless Chromium, its DOM checked with
 * jsoup, and a screenshot left in {@code rts-fake/target/trace-page/reconnect.png}. Skipped, with the
 * reason, only when no Chromium is on the PATH ({@code .ci/run} installs it from Debian's packages).
 */
class TracePageBrowserTest {
    private static final Path OUT = Path.of("target", "trace-page").toAbsolutePath();
    private static Path page;
    private static String browser;

    @BeforeAll
    static void writeThePage() throws IOException {
        browser = findBrowser();
        page = ReconnectSample.reconnect().writeHtml(OUT.resolve("reconnect.html"));
    }

    private static String findBrowser() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                File f = new File(dir, name);
                if (f.isFile() && f.canExecute()) {
                    return f.getAbsolutePath();
                }
            }
        }
        return null;
    }

    private static void needBrowser() {
        assumeTrue(browser != null, "no Chromium on the PATH (chromium, chromium-browser or google-chrome): install"
                + " Debian's chromium package (apt-get install chromium), as .ci/run does, to check the trace page");
    }

    /** Runs headless Chromium on {@code file#fragment} and returns what it printed. */
    private static String chromium(Path file, String fragment, String... options) throws Exception {
        Path profile = Files.createTempDirectory(OUT, "chromium-profile");
        List<String> command = new ArrayList<>(List.of(browser, "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--user-data-dir=" + profile));
        command.addAll(List.of(options));
        command.add(file.toUri() + (fragment.isEmpty() ? "" : "#" + fragment));
        Path stdout = Files.createTempFile(OUT, "chromium", ".out");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("Chromium finished within 90 s: " + command).isTrue();
        } finally {
            p.destroyForcibly();
            try (java.util.stream.Stream<Path> files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        String out = Files.readString(stdout, StandardCharsets.UTF_8);
        Files.delete(stdout);
        return out;
    }

    private static Document dom(Path file, String fragment) throws Exception {
        String html = chromium(file, fragment, "--window-size=1400,4000", "--dump-dom");
        assertThat(html).as("Chromium printed the rendered page").contains("data-ready=\"true\"");
        return Jsoup.parse(html);
    }

    private static Element row(Document d, long seq) {
        return d.selectFirst("#rows .row[data-seq=" + seq + "]");
    }

    @Test
    void reconnectPage_rendersALanePerEngineTheCloudAndTheAppServer_andThePacketsAsArrowsWithTheirLatency() throws Exception {
        needBrowser();
        Document d = dom(page, "");
        assertThat(d.select("#heads .lane-head").eachAttr("data-lane"))
                .containsExactly("alice", "cloud", "bob", "app-server:" + ReconnectSample.APP);
        assertThat(d.select("#lifelines .lifeline")).hasSize(4);
        // alice's message goes up at 9.41 s, after her reconnect, and down to bob at 9.44 s.
        Element up = row(d, 76);
        assertThat(up.hasClass("arrow")).isTrue();
        assertThat(up.attr("data-from") + " -> " + up.attr("data-to")).isEqualTo("alice -> cloud");
        assertThat(up.text()).contains("P2P alice->bob #1", "30ms", "9.410000s");
        Element down = row(d, 78);
        assertThat(down.attr("data-from") + " -> " + down.attr("data-to")).isEqualTo("cloud -> bob");
        assertThat(d.select("#rows .row.arrow[data-mark=ARROW]").size()).isGreaterThan(20);
        // The calls and callbacks are boxes on their engine's lane.
        assertThat(row(d, 44).attr("data-lane")).isEqualTo("alice");
        assertThat(row(d, 44).text()).contains("sendMessage(\"bob\", \"sent in the lift\"");
        assertThat(row(d, 79).text()).contains("onMessageReceived(\"alice\", \"sent in the lift\")");
        assertThat(row(d, 111).attr("data-from") + " -> " + row(d, 111).attr("data-to"))
                .isEqualTo("cloud -> app-server:" + ReconnectSample.APP);
    }

    @Test
    void reconnectPage_marksLossesRetransmissionsRulesAndStates_foldingTheRepeats() throws Exception {
        needBrowser();
        Document d = dom(page, "");
        Element lost = row(d, 45);
        assertThat(lost.attr("data-mark")).isEqualTo("LOSS");
        assertThat(lost.attr("data-count")).isEqualTo("24");
        assertThat(lost.select(".count").text()).isEqualTo("×24");
        assertThat(row(d, 46)).as("a retransmission folded into the first loss").isNull();
        assertThat(row(d, 100).attr("data-mark")).isEqualTo("RULE");
        assertThat(row(d, 100).text()).contains("slow-bob");
        assertThat(d.select("#lifelines .seg[data-lane=alice]").eachAttr("data-state"))
                .containsExactly("CONNECTING", "CONNECTED", "RECONNECTING", "RECONNECTED");
        assertThat(d.select("#rows .row[data-mark=BANNER]").text()).contains("network disconnect(\"alice\")",
                "network reconnect(\"alice\")");
        // The message with markup and </script> in it is text on the page, not elements.
        assertThat(d.title()).doesNotContain("pwned");
        assertThat(d.select("#rows b, #rows script, #rows img")).isEmpty();
        assertThat(row(d, 116).text()).contains("\"</script><script>document.title='pwned'");
        assertThat(row(d, 116).attr("title")).contains(ReconnectSample.HOSTILE.replace("\"", "\\\""));
    }

    @Test
    void reconnectPage_appliesTheFilterInItsAddress_andShowsTheStepItNamesWhole() throws Exception {
        needBrowser();
        Document d = dom(page, "user=bob&kind=CALLBACK,NET&step=79");
        assertThat(d.selectFirst("#f-user option[value=bob]").hasAttr("selected")
                || d.selectFirst("#status").text().contains("user bob")).isTrue();
        assertThat(d.selectFirst("#status").text()).contains("user bob", "kinds CALLBACK, NET");
        List<Element> rows = d.select("#rows .row");
        assertThat(rows).isNotEmpty().allMatch(r -> r.attr("data-kind").equals("CALLBACK") || r.attr("data-kind").equals("NET"));
        assertThat(row(d, 79)).isNotNull();
        assertThat(row(d, 9)).as("alice's onLoginResult is not about bob").isNull();
        assertThat(row(d, 44)).as("a CALL").isNull();
        assertThat(Integer.parseInt(d.selectFirst("#status").attr("data-kept"))).isLessThan(ReconnectSample.reconnect().size() / 2);
        Element details = d.selectFirst("#details");
        assertThat(details.hasAttr("hidden")).isFalse();
        assertThat(details.text()).contains("#79 at 9.440000s: CALLBACK bob onMessageReceived", "argument 1 (string)",
                "sent in the lift");
        assertThat(row(d, 79).hasClass("selected")).isTrue();
    }

    @Test
    void reconnectPage_screenshot_readsAsASequenceDiagram() throws Exception {
        needBrowser();
        Path shot = OUT.resolve("reconnect.png");
        Files.deleteIfExists(shot);
        chromium(page, "zoom=40", "--window-size=1400,2600", "--hide-scrollbars", "--screenshot=" + shot);
        assertThat(shot).exists();
        byte[] png = Files.readAllBytes(shot);
        assertThat(png.length).isGreaterThan(50_000);
        assertThat(new String(png, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
    }

    @Test
    void pageOfAFullDefaultTrace_loads_andDrawsOnlyTheRowsOnScreen() throws Exception {
        needBrowser();
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < TracePage.MAX_STEPS; i++) {
            boolean net = i % 3 == 0;
            events.add(new TraceEvent(i, i * 3_000_000L, net ? TraceKind.NET : TraceKind.CALLBACK, net ? "rts-1/up" : "bob",
                    net ? "deliver" : "onMessageReceived", net ? List.of("P2P alice->bob #" + i, new Latency(30_000_000))
                            : List.of("alice", "message " + i), null));
        }
        Path big = new Trace(events, 1).writeHtml(OUT.resolve("big.html"));
        Document d = dom(big, "fold=0");
        assertThat(d.selectFirst("#status").attr("data-rows")).isEqualTo(String.valueOf(TracePage.MAX_STEPS));
        assertThat(Integer.parseInt(d.selectFirst("#rows").attr("data-drawn"))).isBetween(10, 400);
    }
}
