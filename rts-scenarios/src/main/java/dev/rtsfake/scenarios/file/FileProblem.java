package dev.rtsfake.scenarios.file;

/**
 * One thing wrong in a scenario file.
 *
 * @param source the file, as it was named
 * @param line 1-based
 * @param column 1-based
 * @param path the field: {@code steps[3].efect} (lists count from 0), or "" for the whole file
 * @param message what is wrong, and what to write instead
 */
public record FileProblem(String source, int line, int column, String path, String message) {
    /** {@code lift.yaml:7:5: steps[3].efect: unknown field 'efect'; did you mean 'effect'? ...}. */
    @Override
    public String toString() {
        return source + ":" + line + ":" + column + ": " + (path.isEmpty() ? "" : path + ": ") + message;
    }
}
