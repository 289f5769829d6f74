package dev.rtsfake.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The README's first test and the user guide's failing example stay what the code does and prints. */
class DocExamplesTest {
    private static final Path README = Path.of("..", "README.md");
    private static final Path GUIDE = Path.of("..", "docs", "user-guide.md");
    private static final Path TESTS = Path.of("src", "test", "java", "dev", "rtsfake", "fake");

    /** The first ```java block after {@code heading}. */
    private static String javaBlockAfter(String doc, String heading) {
        int at = doc.indexOf(heading);
        int start = doc.indexOf("```java\n", at) + "```java\n".length();
        return doc.substring(start, doc.indexOf("\n```\n", start));
    }

    @Test
    void readmesFirstTest_isReadmeExampleTest_wordForWord() throws IOException {
        String block = javaBlockAfter(Files.readString(README), "## A first test");
        String body = block.substring(block.indexOf("@RtsFakeTest")).replace("class FirstTest {", "class ReadmeExampleTest {");

        assertThat(block).contains("import dev.rtsfake.fake.junit.RtsFakeTest;");
        assertThat(Files.readString(TESTS.resolve("ReadmeExampleTest.java"))).contains(body);
    }

    @Test
    void usersGuidesFailingExample_isFailingChatExample_andShowsWhatItPrints() throws IOException, ClassNotFoundException {
        String guide = Files.readString(GUIDE);
        String block = javaBlockAfter(guide, "This example fails on purpose");
        String source = Files.readString(TESTS.resolve(Path.of("junit", "example", "FailingChatExample.java")));
        Throwable failure = TestKit.failureOf(TestKit.run(
                Class.forName("dev.rtsfake.fake.junit.example.FailingChatExample")), "alice_sendsBobAMessage");
        String report = TestKit.reportOf(failure);

        assertThat(source).contains(block);
        assertThat(guide).contains("\tSuppressed: " + FailureReport.class.getName() + ": " + report + "\n");
        assertThat(report).contains("\n  trace: target/rts-fake/dev.rtsfake.fake.junit.example.FailingChatExample/"
                + "alice_sendsBobAMessage.txt, ").contains("alice at 120.030 s: login refused with -1000, The token has expired.")
                .endsWith("  rerun: mvn test -Dtest=FailingChatExample#alice_sendsBobAMessage -Drtsfake.seed=20240101");
        String problems = Arrays.stream(failure.getSuppressed()).filter(s -> !(s instanceof FailureReport))
                .map(Throwable::getMessage).collect(Collectors.joining());
        assertThat(guide).contains("\tSuppressed: java.lang.AssertionError: " + problems + "\n");
    }
}
