package dev.rtsfake.fake.trace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code trace.writeHtml(path)} as bytes: self-contained, deterministic, escaped, bounded (issue 12, item 3). */
class TracePageTest {
    @TempDir
    Path tmp;

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void writeHtml_sameRun_sameBytes() throws Exception {
        byte[] first = Files.readAllBytes(ReconnectSample.reconnect().writeHtml(tmp.resolve("a/trace.html")));
        byte[] second = Files.readAllBytes(ReconnectSample.reconnect().writeHtml(tmp.resolve("b/trace.html")));
        assertThat(first).isEqualTo(second);
        assertThat(new String(first, StandardCharsets.UTF_8)).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\dT");
    }

    @Test
    void writeHtml_isOneFile_loadingNothing_withItsStyleAndScriptInline() throws Exception {
        String page = Files.readString(ReconnectSample.reconnect().writeHtml(tmp.resolve("trace.html")), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<style>", "<script>")
                .contains("Content-Security-Policy\" content=\"default-src 'none';");
        assertThat(page).doesNotContain("<link", "src=", "href=", "@import", "url(", "fetch(", "XMLHttpRequest", "Math.random",
                "Date.now", "new Date");
    }

    @Test
    void writeHtml_escapesEverythingFromTheTrace_soAMessageCannotEndTheScriptOrAddMarkup() throws Exception {
        String hostileTitle = "<img onerror=alert(1)> & \"x\"";
        String page = Files.readString(ReconnectSample.reconnect().writeHtml(tmp.resolve("trace.html"), hostileTitle),
                StandardCharsets.UTF_8);
        assertThat(occurrences(page, "</script")).as("only the page's own two script elements close").isEqualTo(2);
        assertThat(occurrences(page, "<script")).isEqualTo(2);
        assertThat(page).doesNotContain("<b>bold</b>", "<img", "document.title='pwned'</");
        assertThat(page).contains("\\u003C/script\\u003E\\u003Cscript\\u003Edocument.title='pwned'");
        assertThat(page).contains("<title>&lt;img onerror=alert(1)&gt; &amp; &quot;x&quot;</title>");
    }

    @Test
    void writeHtml_writesALoneSurrogateAsAnEscape_soThePageIsValidUtf8() throws Exception {
        Trace trace = new Trace(List.of(new TraceEvent(0, 0, TraceKind.CALLBACK, "bob", "onMessageReceived",
                List.of("alice", "half \uD83D pair \u2028 line"), null)), 1);
        byte[] bytes = Files.readAllBytes(trace.writeHtml(tmp.resolve("t.html")));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("half \\uD83D pair \\u2028 line");
        // The decoder reports malformed input by throwing.
        assertThat(StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).length()).isPositive();
    }

    @Test
    void page_holdsTheLastStepsOnly_whenTheTraceHasMoreThanItsCap_andSaysSo() throws Exception {
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            events.add(new TraceEvent(i, i * 1_000_000L, TraceKind.CALL, "alice", "sendMessage", List.of("bob", "m" + i), 0));
        }
        StringWriter out = new StringWriter();
        TracePage.write(new Trace(events, 7), null, out, 100);
        String page = out.toString();
        assertThat(page).contains("\"total\":120,\"dropped\":0,\"capped\":20,");
        assertThat(page).contains("[20,20000000,").doesNotContain("[19,19000000,");
        assertThat(page).contains("This page holds the last ");
    }

    @Test
    void page_ofAFullDefaultTrace_staysAFewTensOfMegabytes() throws Exception {
        List<TraceEvent> events = new ArrayList<>();
        for (int i = 0; i < TracePage.MAX_STEPS + 10; i++) {
            events.add(new TraceEvent(i, i * 300_000_000L, TraceKind.NET, "rts-1/up", "lost",
                    List.of("P2P alice->bob #" + (i / 40), "link down"), null));
        }
        Path file = new Trace(events, 1).writeHtml(tmp.resolve("big.html"));
        assertThat(Files.size(file)).isLessThan(20_000_000L);
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("\"capped\":10,");
    }
}
