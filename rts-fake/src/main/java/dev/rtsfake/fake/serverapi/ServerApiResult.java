package dev.rtsfake.fake.serverapi;

import java.util.List;

/**
 * The result of one server push call ({@link ServerApi}): {@link Ok}, or an {@link Error} with a
 * vendor-style code from {@link ServerApiErrors} and a message that says what to fix. Over HTTP, Ok
 * is {@code "Result":{"message":"success"}} and an Error fills {@code ResponseMetadata.Error}.
 *
 * <pre>{@code
 * ServerApiResult r = cloud.serverApi(APP).sendUnicast("server", "bob", "hi");
 * if (r instanceof ServerApiResult.Error e) {
 *     assertThat(e.code()).isEqualTo(ServerApiErrors.USER_NOT_FOUND);   // bob is not logged in
 * }
 * }</pre>
 */
public sealed interface ServerApiResult {

    /** Whether the call succeeded (the message is on its way to every receiver it names). */
    boolean isOk();

    /** The error code, or null for Ok. */
    String code();

    /**
     * The call was accepted and the message handed to the network.
     *
     * @param notInRoom for BatchSendRoomUnicast, the recipients skipped because they were not in the
     *     room (in request order); empty otherwise
     */
    record Ok(List<String> notInRoom) implements ServerApiResult {
        /** Copies the list. */
        public Ok {
            notInRoom = List.copyOf(notInRoom);
        }

        @Override
        public boolean isOk() {
            return true;
        }

        @Override
        public String code() {
            return null;
        }
    }

    /**
     * The call was refused; nothing was delivered.
     *
     * @param code the vendor-style error code (see {@link ServerApiErrors})
     * @param message what was wrong and how to fix it
     */
    record Error(String code, String message) implements ServerApiResult {
        @Override
        public boolean isOk() {
            return false;
        }
    }

    /** Success with every recipient reached. */
    static Ok ok() {
        return new Ok(List.of());
    }

    /** A refusal. */
    static Error error(String code, String message) {
        return new Error(code, message);
    }
}
