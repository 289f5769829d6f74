package dev.rtsfake.scenarios.run;

/**
 * One thing wrong with a scenario, found before it runs.
 *
 * @param path where, in the words of scenario files: {@code steps[3].send.to} (lists count from 0)
 * @param message what is wrong and what to do instead
 */
public record Problem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
