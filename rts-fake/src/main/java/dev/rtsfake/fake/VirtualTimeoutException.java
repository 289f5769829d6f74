package dev.rtsfake.fake;

/**
 * Thrown by {@code cloud.runUntil(condition, maxVirtual)} when the condition still does not hold
 * after the allowed virtual time. The message names the seed, so the run can be repeated exactly.
 */
public final class VirtualTimeoutException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    VirtualTimeoutException(String message) {
        super(message);
    }
}
