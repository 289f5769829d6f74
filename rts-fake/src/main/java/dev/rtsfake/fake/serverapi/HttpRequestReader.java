package dev.rtsfake.fake.serverapi;

import java.io.EOFException;
import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads one HTTP/1.1 request (RFC 9112) with bounds on time and size. Lines may end in CRLF or a bare
 * LF (RFC 9112 §2.2 lets a server accept it). The body is framed by {@code Content-Length} or
 * {@code Transfer-Encoding: chunked}; neither means no body. {@code Expect: 100-continue} is
 * answered with 100 before the body is read, and only when the body will be accepted.
 *
 * <p>Refusals ({@link HttpRefusal}): a malformed request line, header, length or chunk 400; HTTP
 * other than 1.0 / 1.1 505; a transfer coding other than chunked 501; a head over the limit 431; a
 * body over the limit 413 (as soon as that is known: from Content-Length before reading any of it);
 * the request not complete within the deadline 408.
 */
final class HttpRequestReader {
    private static final Pattern TOKEN = Pattern.compile("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+");
    private static final Pattern VERSION = Pattern.compile("HTTP/[0-9]\\.[0-9]");
    private static final int MAX_HEADERS = 100;
    private static final int MAX_EMPTY_LINES_BEFORE_REQUEST = 8;

    private final DeadlineInput in;
    private final HttpLimits limits;
    private final Runnable sendContinue;
    private int headBudget;

    private HttpRequestReader(DeadlineInput in, HttpLimits limits, Runnable sendContinue) {
        this.in = in;
        this.limits = limits;
        this.sendContinue = sendContinue;
        this.headBudget = limits.maxHeadBytes();
    }

    /**
     * The next request, or null when the client closed the connection or sent nothing before the
     * deadline already set on {@code in}. From the first byte on, the whole request must arrive within
     * {@link HttpLimits#requestDeadline()}.
     *
     * @throws EOFException if the client closed the connection in the middle of a request
     */
    static WireRequest read(DeadlineInput in, HttpLimits limits, Runnable sendContinue)
            throws IOException, HttpRefusal {
        int first;
        try {
            first = in.read();
        } catch (SocketTimeoutException idle) {
            return null;
        }
        if (first < 0) {
            return null;
        }
        in.deadlineIn(limits.requestDeadline().toNanos());
        try {
            return new HttpRequestReader(in, limits, sendContinue).request(first);
        } catch (SocketTimeoutException slow) {
            throw new HttpRefusal(ServerApiErrors.REQUEST_TIMEOUT, "the request did not arrive within "
                    + limits.requestDeadline().toMillis() + " ms");
        }
    }

    private WireRequest request(int first) throws IOException, HttpRefusal {
        String line = line(first, limits.maxHeadBytes(), true);
        for (int empty = 0; line.isEmpty(); empty++) {
            if (empty == MAX_EMPTY_LINES_BEFORE_REQUEST) {
                throw malformed("no request line after " + empty + " empty lines");
            }
            line = line(next(), limits.maxHeadBytes(), true);
        }
        String[] parts = line.split(" ", -1);
        if (parts.length != 3 || !TOKEN.matcher(parts[0]).matches() || parts[1].isEmpty()
                || !VERSION.matcher(parts[2]).matches()) {
            throw malformed("the request line must be METHOD SP target SP HTTP/1.1, not '" + clip(line) + "'");
        }
        if (!parts[2].equals("HTTP/1.1") && !parts[2].equals("HTTP/1.0")) {
            throw new HttpRefusal(ServerApiErrors.HTTP_VERSION_NOT_SUPPORTED, parts[2] + " is not served; use HTTP/1.1");
        }
        Map<String, List<String>> headers = fields();
        byte[] body = body(parts[2], headers);
        return new WireRequest(parts[0], parts[1], parts[2], headers, body);
    }

    /** Header fields (or trailers) up to the empty line. */
    private Map<String, List<String>> fields() throws IOException, HttpRefusal {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        int count = 0;
        for (String line = headLine(); !line.isEmpty(); line = headLine()) {
            if (++count > MAX_HEADERS) {
                throw new HttpRefusal(ServerApiErrors.HEADERS_TOO_LARGE, "more than " + MAX_HEADERS + " header fields");
            }
            int colon = line.indexOf(':');
            if (line.charAt(0) == ' ' || line.charAt(0) == '\t') {
                throw malformed("folded header lines (starting with a space or tab) are not accepted");
            }
            if (colon <= 0 || !TOKEN.matcher(line.substring(0, colon)).matches()) {
                throw malformed("a header field must be name:value with no space before the colon, not '"
                        + clip(line) + "'");
            }
            String name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return headers;
    }

    private byte[] body(String version, Map<String, List<String>> headers) throws IOException, HttpRefusal {
        List<String> codings = headers.get("transfer-encoding");
        List<String> lengths = headers.get("content-length");
        boolean continueAsked = "HTTP/1.1".equals(version) && headers.getOrDefault("expect", List.of()).stream()
                .anyMatch(v -> v.equalsIgnoreCase("100-continue"));
        if (codings != null) {
            if (lengths != null) {
                throw malformed("a request must not have both Transfer-Encoding and Content-Length");
            }
            String coding = String.join(",", codings).strip().toLowerCase(Locale.ROOT);
            if (!"HTTP/1.1".equals(version)) {
                throw malformed("Transfer-Encoding needs HTTP/1.1");
            }
            if (!coding.equals("chunked")) {
                if (coding.endsWith("chunked")) {
                    throw new HttpRefusal(ServerApiErrors.NOT_IMPLEMENTED, "only the chunked transfer coding is"
                            + " understood, not '" + clip(coding) + "'");
                }
                throw malformed("the last transfer coding must be chunked, not '" + clip(coding) + "'");
            }
            if (continueAsked) {
                sendContinue.run();
            }
            return chunked();
        }
        long length = contentLength(lengths);
        if (length > limits.maxBodyBytes()) {
            throw tooLarge("Content-Length is " + length);
        }
        if (length > 0 && continueAsked) {
            sendContinue.run();
        }
        byte[] body = new byte[(int) length];
        readFully(body, 0, body.length);
        return body;
    }

    private static long contentLength(List<String> values) throws HttpRefusal {
        if (values == null) {
            return 0;
        }
        String seen = null;
        for (String value : values) {
            for (String item : value.split(",", -1)) {
                String v = item.strip();
                if (v.isEmpty() || v.length() > 18 || !v.chars().allMatch(c -> c >= '0' && c <= '9')) {
                    throw malformed("Content-Length must be a decimal number, not '" + clip(value) + "'");
                }
                if (seen != null && Long.parseLong(seen) != Long.parseLong(v)) {
                    throw malformed("Content-Length has different values: " + clip(String.join(", ", values)));
                }
                seen = v;
            }
        }
        return Long.parseLong(seen);
    }

    private byte[] chunked() throws IOException, HttpRefusal {
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        byte[] chunk = new byte[8192];
        while (true) {
            String sizeLine = line(next(), 1024, false);
            int semicolon = sizeLine.indexOf(';');
            String hex = (semicolon < 0 ? sizeLine : sizeLine.substring(0, semicolon)).strip();
            if (hex.isEmpty() || hex.length() > 15 || !hex.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                throw malformed("malformed chunk size '" + clip(sizeLine) + "' (a chunk starts with its size in hex)");
            }
            long size = Long.parseLong(hex, 16);
            if (size == 0) {
                fields();
                return body.toByteArray();
            }
            if (body.size() + size > limits.maxBodyBytes()) {
                throw tooLarge("the chunked body grows past it");
            }
            for (long left = size; left > 0; ) {
                int n = (int) Math.min(left, chunk.length);
                readFully(chunk, 0, n);
                body.write(chunk, 0, n);
                left -= n;
            }
            if (!line(next(), 1024, false).isEmpty()) {
                throw malformed("chunk data of " + size + " bytes is not followed by CRLF");
            }
        }
    }

    /**
     * A line that starts with {@code first}, without its LF or CRLF. Lines of the head (and trailers)
     * count against the head limit; chunk-size lines only against {@code maxLength}.
     */
    private String line(int first, int maxLength, boolean head) throws IOException, HttpRefusal {
        StringBuilder sb = new StringBuilder();
        for (int b = first; ; b = next()) {
            if (b < 0) {
                throw new EOFException("the client closed the connection in the middle of a request");
            }
            if (head && --headBudget < 0) {
                throw new HttpRefusal(ServerApiErrors.HEADERS_TOO_LARGE, "the request head is over "
                        + limits.maxHeadBytes() + " bytes");
            }
            if (b == '\n') {
                return sb.toString();
            }
            if (b == '\r') {
                int after = next();
                if (after < 0) {
                    throw new EOFException("the client closed the connection in the middle of a request");
                }
                if (after != '\n') {
                    throw malformed("a CR must be followed by LF");
                }
                return sb.toString();
            }
            if (sb.length() >= maxLength) {
                throw malformed("a line is longer than " + maxLength + " bytes");
            }
            sb.append((char) b);
        }
    }

    private String headLine() throws IOException, HttpRefusal {
        return line(next(), limits.maxHeadBytes(), true);
    }

    private int next() throws IOException {
        return in.read();
    }

    private void readFully(byte[] into, int offset, int length) throws IOException {
        for (int done = 0; done < length; ) {
            int n = in.read(into, offset + done, length - done);
            if (n < 0) {
                throw new EOFException("the client closed the connection before the end of the body");
            }
            done += n;
        }
    }

    private HttpRefusal tooLarge(String what) {
        return new HttpRefusal(ServerApiErrors.REQUEST_TOO_LARGE, what + "; the body may be at most "
                + limits.maxBodyBytes() + " bytes");
    }

    private static HttpRefusal malformed(String message) {
        return new HttpRefusal(ServerApiErrors.MALFORMED_REQUEST, message);
    }

    private static String clip(String s) {
        String printable = s.replaceAll("[^\\x20-\\x7e]", "?");
        return printable.length() <= 80 ? printable : printable.substring(0, 80) + "...";
    }
}
