package dev.rtsfake.scenarios.file;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.run.Problem;
import dev.rtsfake.scenarios.run.ScenarioValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads and writes scenario files: YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}).
 *
 * <pre>{@code
 * Scenario s = ScenarioFiles.read(Path.of("scenarios/lift-outage.yaml")).scenario();
 * String yaml = ScenarioFiles.toYaml(s);     // the canonical file for the same scenario
 * }</pre>
 *
 * <p>Reading is strict: an unknown or misspelt field, a value of the wrong type, a reference to a
 * user or label that is not there fail with a {@link ScenarioFileException} whose lines read
 * {@code file:line:column: path: what is wrong}, with the nearest valid name. Client adapters are
 * checked by the runner ({@code ScenarioRunner.problems}); {@link ScenarioFile#locate} places its
 * problems in the file too.
 */
public final class ScenarioFiles {
    /** The biggest scenario file read, in bytes. */
    public static final int MAX_BYTES = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private ScenarioFiles() {
    }

    /** The format of a file, by its name's ending. */
    public enum Format {
        /** {@code .yaml} or {@code .yml}. */
        YAML,
        /** {@code .json}. */
        JSON;

        /** The format of {@code fileName}, or null when its ending is neither. */
        public static Format of(String fileName) {
            String n = fileName.toLowerCase(Locale.ROOT);
            if (n.endsWith(".yaml") || n.endsWith(".yml")) {
                return YAML;
            }
            return n.endsWith(".json") ? JSON : null;
        }
    }

    /** Reads a file. */
    public static ScenarioFile read(Path file) {
        String source = file.toString();
        Format format = Format.of(source);
        if (format == null) {
            throw new ScenarioFileException(new FileProblem(source, 1, 1, "", "a scenario file ends in .yaml, .yml or .json"));
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioFileException(new FileProblem(source, 1, 1, "", "is larger than " + MAX_BYTES
                        + " bytes; a scenario fits in far less"));
            }
            return parse(Files.readString(file, StandardCharsets.UTF_8), source, format);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ScenarioFileException(new FileProblem(source, 1, 1, "", "is not UTF-8 text"));
        } catch (IOException e) {
            throw new ScenarioFileException(new FileProblem(source, 1, 1, "", "cannot be read: " + e));
        }
    }

    /** Reads scenario text; {@code source} names it in errors. */
    public static ScenarioFile parse(String text, String source, Format format) {
        Node root = new NodeReader(source).read(text, format == Format.JSON);
        Scenario scenario = new ScenarioBinder(source).bind(root);
        ScenarioFile file = new ScenarioFile(source, root, scenario);
        List<Problem> problems = new ScenarioValidator(null).problems(scenario);
        if (!problems.isEmpty()) {
            throw file.locate(problems);
        }
        return file;
    }

    /** The canonical YAML file of {@code s}. */
    public static String toYaml(Scenario s) {
        return YamlEmitter.write(ScenarioTree.of(s));
    }

    /** The canonical JSON file of {@code s}. */
    public static String toJson(Scenario s) {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(ScenarioTree.of(s)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scenario tree is plain maps, lists and values", e);
        }
    }

    /** Writes {@code s} to {@code file} in the format its name says. */
    public static Path write(Scenario s, Path file) {
        Format format = Format.of(file.toString());
        if (format == null) {
            throw new IllegalArgumentException("a scenario file ends in .yaml, .yml or .json, not " + file);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            return Files.writeString(file, format == Format.JSON ? toJson(s) : toYaml(s), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
