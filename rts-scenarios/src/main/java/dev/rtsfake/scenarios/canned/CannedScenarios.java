package dev.rtsfake.scenarios.canned;

import dev.rtsfake.scenarios.file.ScenarioFile;
import dev.rtsfake.scenarios.file.ScenarioFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The canned scenarios that ship with rts-scenarios, by name ({@code lift-outage-8s}).
 *
 * <pre>{@code
 * Scenario s = CannedScenarios.load("lift-outage-8s").scenario();
 * RunResult r = new ScenarioRunner().run(s);
 * }</pre>
 */
public final class CannedScenarios {
    private static final String FOLDER = "/dev/rtsfake/scenarios/canned/";

    private CannedScenarios() {
    }

    /** Their names, in the order {@code rts-sim list} shows them. */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String line : text(FOLDER + "index.txt").split("\n")) {
            String n = line.strip();
            if (!n.isEmpty() && !n.startsWith("#")) {
                names.add(n);
            }
        }
        return names;
    }

    /** Whether {@code name} is one of them. */
    public static boolean exists(String name) {
        return names().contains(name);
    }

    /** The YAML text of one. */
    public static String yaml(String name) {
        if (!exists(name)) {
            throw new IllegalArgumentException("no canned scenario named '" + name + "'"
                    + dev.rtsfake.scenarios.model.Suggest.didYouMean(name, names()) + "; 'rts-sim list' shows them");
        }
        return text(FOLDER + name + ".yaml");
    }

    /** One, read (its source reads {@code canned:NAME.yaml}). */
    public static ScenarioFile load(String name) {
        return ScenarioFiles.parse(yaml(name), "canned:" + name + ".yaml", ScenarioFiles.Format.YAML);
    }

    /** One, or empty when there is none of that name. */
    public static Optional<ScenarioFile> find(String name) {
        return exists(name) ? Optional.of(load(name)) : Optional.empty();
    }

    private static String text(String resource) {
        try (InputStream in = CannedScenarios.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from rts-scenarios' jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
