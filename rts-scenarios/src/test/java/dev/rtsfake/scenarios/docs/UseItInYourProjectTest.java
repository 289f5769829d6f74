package dev.rtsfake.scenarios.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Use it in your project" recipe is the one the example app (docs/examples/chat-app)
 * builds with, for this build's version, and CI runs the example the way the README says.
 */
class UseItInYourProjectTest {
    private static final Path ROOT = Path.of("..");
    private static final String BEGIN = "<!-- rts-fake recipe: begin -->";
    private static final String END = "<!-- rts-fake recipe: end -->";

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path));
    }

    /** The chat-app pom's lines from the begin marker to the end marker, its four-space indent taken off. */
    private static String pomRecipe() throws IOException {
        String pom = read("docs/examples/chat-app/pom.xml");
        int begin = pom.lastIndexOf('\n', pom.indexOf(BEGIN)) + 1;
        int end = pom.indexOf(END) + END.length();
        assertThat(pom.indexOf(BEGIN)).as("the recipe's begin marker in the chat-app pom").isPositive();
        assertThat(pom.indexOf(END)).as("the recipe's end marker in the chat-app pom").isGreaterThan(begin);
        return pom.substring(begin, end).lines()
                .map(line -> line.startsWith("    ") ? line.substring(4) : line)
                .collect(Collectors.joining("\n"));
    }

    /** The first ```xml block after the README's "### Maven" heading. */
    private static String readmeRecipe() throws IOException {
        String readme = read("README.md");
        int at = readme.indexOf("\n### Maven\n", readme.indexOf("## Use it in your project"));
        assertThat(at).as("the README's Maven recipe heading").isPositive();
        int start = readme.indexOf("```xml\n", at) + "```xml\n".length();
        return readme.substring(start, readme.indexOf("\n```\n", start));
    }

    private static String group(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as("%s in the text", regex).isTrue();
        return m.group(1);
    }

    @Test
    void readmesMavenRecipe_isTheChatAppPomsDependencyBlock_wordForWord() throws IOException {
        String recipe = pomRecipe();

        assertThat(recipe).contains("<artifactId>rts-api</artifactId>", "<artifactId>rts-fake</artifactId>",
                "<artifactId>android</artifactId>", "${rtsfake.version}");
        assertThat(readmeRecipe()).isEqualTo(recipe);
    }

    @Test
    void chatApp_readme_andGradleSnippets_useThisBuildsVersion() throws IOException {
        String version = group(read("pom.xml"), "<artifactId>rts-fake-parent</artifactId>\\s*<version>([^<]+)</version>");
        String readme = read("README.md");

        assertThat(group(read("docs/examples/chat-app/pom.xml"), "<rtsfake.version>([^<]+)</rtsfake.version>")).isEqualTo(version);
        assertThat(group(readme, "`<rtsfake.version>([^<]+)</rtsfake.version>`")).isEqualTo(version);
        assertThat(Pattern.compile("val rtsfakeVersion = \"([^\"]+)\"").matcher(readme).results()
                .map(r -> r.group(1))).isNotEmpty().containsOnly(version);
    }

    @Test
    void ci_installsThenBuildsTheChatApp_withTheReadmesCommands() throws IOException {
        String ci = read(".ci/run");
        String readme = read("README.md");
        String install = "mvn -B -q install -DskipTests";
        String chatApp = "mvn -B -f docs/examples/chat-app/pom.xml verify";

        assertThat(readme).contains(install, chatApp);
        assertThat(ci).contains("mvn -B verify\n", install, chatApp);
        assertThat(ci.indexOf(install)).isGreaterThan(ci.indexOf("mvn -B verify\n"));
        assertThat(ci.indexOf(chatApp)).isGreaterThan(ci.indexOf(install));
    }
}
