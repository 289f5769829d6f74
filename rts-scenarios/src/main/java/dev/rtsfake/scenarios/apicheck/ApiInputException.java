package dev.rtsfake.scenarios.apicheck;

/** The input to read an API surface from is missing, is not a jar, AAR or classes folder, or holds a broken class file. */
public final class ApiInputException extends Exception {
    private static final long serialVersionUID = 1L;

    /** An input problem described in one sentence that names the file. */
    public ApiInputException(String message) {
        super(message);
    }

    /** An input problem with the exception that revealed it. */
    public ApiInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
