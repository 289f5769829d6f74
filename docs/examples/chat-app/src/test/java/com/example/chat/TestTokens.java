package com.example.chat;

import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;

/** The app's token server, in tests: real tokens from the fake cloud, and an outage switch. */
final class TestTokens implements TokenProvider {
    private final FakeRtsCloud cloud;
    private final String appId;
    private final Duration validFor;
    private boolean down;
    private int issued;

    TestTokens(FakeRtsCloud cloud, String appId, Duration validFor) {
        this.cloud = cloud;
        this.appId = appId;
        this.validFor = validFor;
    }

    @Override
    public synchronized IssuedToken tokenFor(String uid) throws Exception {
        if (down) {
            throw new java.io.IOException("token server unreachable");
        }
        issued++;
        return new IssuedToken(cloud.tokens().issue(appId, uid, validFor), validFor);
    }

    synchronized void down(boolean isDown) {
        down = isDown;
    }

    synchronized int issued() {
        return issued;
    }
}
