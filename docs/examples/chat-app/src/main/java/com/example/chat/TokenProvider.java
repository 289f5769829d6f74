package com.example.chat;

import java.time.Duration;

/**
 * Where the app gets its RTS login tokens: in production, a call to the app's own token server,
 * which signs them with the app key.
 */
public interface TokenProvider {

    /** A token for {@code uid}. Throws when the token server cannot be reached. */
    IssuedToken tokenFor(String uid) throws Exception;

    /** A token and how long it is valid from now. */
    record IssuedToken(String token, Duration validFor) {
    }
}
