package com.ss.bytertc.rts.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import android.content.Context;
import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.type.RTCLogConfig;
import dev.rtsfake.spi.RtsEngineProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static entry points of {@link RTS}: delegation to the provider, and the no-provider case. */
class RTSStaticMethodsTest {

    private final Logger logger = Logger.getLogger("com.ss.bytertc.rts.engine.RTS");
    private final List<LogRecord> records = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private RtsEngineProvider saved;

    @BeforeEach
    void setUp() {
        saved = RTS.swapProviderForTesting(null);
        logger.addHandler(capture);
        // The failures these tests provoke are expected: keep them off the build's console.
        logger.setUseParentHandlers(false);
    }

    @AfterEach
    void tearDown() {
        logger.removeHandler(capture);
        logger.setUseParentHandlers(true);
        RTS.swapProviderForTesting(saved);
    }

    @Test
    void findProvider_onTheRtsApiTestClassPath_findsNone() {
        assertThat(ServiceLoader.load(RtsEngineProvider.class).stream().count()).as("premise").isZero();
        assertThat(RTS.findProvider()).isNull();
        assertThat(records).as("nothing to warn about").isEmpty();
        assertThat(saved).as("the lazily loaded provider").isNull();
    }

    @Test
    void findProvider_withProvidersRegistered_returnsTheFirst_andWarnsAboutTheOthers(@TempDir Path dir)
            throws Exception {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(RtsEngineProvider.class.getName()),
                FirstProvider.class.getName() + "\n" + SecondProvider.class.getName() + "\n");
        Thread me = Thread.currentThread();
        ClassLoader before = me.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            me.setContextClassLoader(loader);
            assertThat(RTS.findProvider()).isInstanceOf(FirstProvider.class);
        } finally {
            me.setContextClassLoader(before);
        }
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.getLevel()).isEqualTo(Level.WARNING);
            assertThat(r.getMessage()).contains(FirstProvider.class.getName()).contains(SecondProvider.class.getName());
        });
    }

    /** A provider found through a test-only service file. */
    public static class FirstProvider implements RtsEngineProvider {
        @Override
        public RTS createRTS(Context context, String appId, IRTSEventHandler handler, JSONObject parameters) {
            return null;
        }

        @Override
        public void destroyRTS() {
        }

        @Override
        public String getSdkVersion() {
            return "first";
        }

        @Override
        public int setLogConfig(RTCLogConfig logConfig) {
            return 0;
        }
    }

    /** A second provider, ignored with a warning. */
    public static class SecondProvider extends FirstProvider {
    }

    @Test
    void createRTS_withNoProvider_returnsNullAndLogs() {
        RTS rts = RTS.createRTS(null, "app", new IRTSEventHandler() { }, new JSONObject());

        assertThat(rts).isNull();
        assertThat(records).hasSize(1);
        LogRecord record = records.get(0);
        assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
        assertThat(record.getMessage())
                .contains("no RTS engine provider is on the class path")
                .contains("rts-fake")
                .contains("real RTS SDK");
    }

    @Test
    void destroyRTS_withNoProvider_doesNothing() {
        assertThatCode(RTS::destroyRTS).doesNotThrowAnyException();
        assertThat(records).isEmpty();
    }

    @Test
    void getSdkVersion_withNoProvider_returnsEmptyString() {
        assertThat(RTS.getSdkVersion()).isEmpty();
    }

    @Test
    void setLogConfig_withNoProvider_returnsMinusOne() {
        assertThat(RTS.setLogConfig(new RTCLogConfig("/tmp/logs"))).isEqualTo(-1);
    }

    @Test
    void staticMethods_withProvider_delegateEveryArgument() {
        RecordingProvider provider = new RecordingProvider();
        RTS.swapProviderForTesting(provider);
        IRTSEventHandler handler = new IRTSEventHandler() { };
        JSONObject params = new JSONObject().put("rtc.device_id", "d1");
        RTCLogConfig logConfig = new RTCLogConfig("/tmp/logs");

        RTS rts = RTS.createRTS(null, "app-1", handler, params);
        RTS.destroyRTS();

        assertThat(rts).isSameAs(provider.engine);
        assertThat(provider.calls).containsExactly("createRTS", "destroyRTS");
        assertThat(provider.appId).isEqualTo("app-1");
        assertThat(provider.handler).isSameAs(handler);
        assertThat(provider.parameters).isSameAs(params);
        assertThat(RTS.getSdkVersion()).isEqualTo("9.9.9-test");
        assertThat(RTS.setLogConfig(logConfig)).isEqualTo(0);
        assertThat(provider.logConfig).isSameAs(logConfig);
        assertThat(records).isEmpty();
    }

    @Test
    void getSdkVersion_whenProviderReturnsNull_returnsEmptyString() {
        RecordingProvider provider = new RecordingProvider();
        provider.version = null;
        RTS.swapProviderForTesting(provider);

        assertThat(RTS.getSdkVersion()).isEmpty();
    }

    @Test
    void staticMethods_whenProviderThrows_returnFailureValuesAndLog() {
        RTS.swapProviderForTesting(new ThrowingProvider());

        assertThat(RTS.createRTS(null, "app", null, null)).isNull();
        assertThatCode(RTS::destroyRTS).doesNotThrowAnyException();
        assertThat(RTS.getSdkVersion()).isEmpty();
        assertThat(RTS.setLogConfig(new RTCLogConfig("/tmp"))).isEqualTo(-1);

        assertThat(records).hasSize(4);
        assertThat(records).allSatisfy(r -> {
            assertThat(r.getThrown()).isInstanceOf(IllegalStateException.class);
            assertThat(r.getMessage()).contains(ThrowingProvider.class.getName());
        });
    }

    /** A provider that records what it was given. */
    private static final class RecordingProvider implements RtsEngineProvider {
        final List<String> calls = new ArrayList<>();
        final RTS engine = new StubRTS();
        String appId;
        IRTSEventHandler handler;
        JSONObject parameters;
        RTCLogConfig logConfig;
        String version = "9.9.9-test";

        @Override
        public RTS createRTS(Context context, String appId, IRTSEventHandler handler, JSONObject parameters) {
            calls.add("createRTS");
            this.appId = appId;
            this.handler = handler;
            this.parameters = parameters;
            return engine;
        }

        @Override
        public void destroyRTS() {
            calls.add("destroyRTS");
        }

        @Override
        public String getSdkVersion() {
            return version;
        }

        @Override
        public int setLogConfig(RTCLogConfig logConfig) {
            this.logConfig = logConfig;
            return 0;
        }
    }

    /** A provider whose every method throws. */
    private static final class ThrowingProvider implements RtsEngineProvider {
        @Override
        public RTS createRTS(Context context, String appId, IRTSEventHandler handler, JSONObject parameters) {
            throw new IllegalStateException("boom");
        }

        @Override
        public void destroyRTS() {
            throw new IllegalStateException("boom");
        }

        @Override
        public String getSdkVersion() {
            throw new IllegalStateException("boom");
        }

        @Override
        public int setLogConfig(RTCLogConfig logConfig) {
            throw new IllegalStateException("boom");
        }
    }

    /** The least engine that compiles: proves every abstract method can be implemented. */
    private static final class StubRTS extends RTS {
        @Override
        public void setRtsEventHandler(IRTSEventHandler engineEventHandler) {
        }

        @Override
        public int login(String token, String uid) {
            return 0;
        }

        @Override
        public int logout() {
            return 0;
        }

        @Override
        public int updateLoginToken(String token) {
            return 0;
        }

        @Override
        public int setServerParams(String signature, String url) {
            return 0;
        }

        @Override
        public int getPeerOnlineStatus(String peer_user_id) {
            return 0;
        }

        @Override
        public long sendMessage(String uid, String message, com.ss.bytertc.rts.engine.type.MessageConfig config) {
            return 1;
        }

        @Override
        public long sendBinaryMessage(String uid, byte[] buffer, com.ss.bytertc.rts.engine.type.MessageConfig config) {
            return 1;
        }

        @Override
        public long sendServerMessage(String message) {
            return 1;
        }

        @Override
        public long sendServerBinaryMessage(byte[] buffer) {
            return 1;
        }

        @Override
        public RTSRoom createRoom(String roomId) {
            return null;
        }

        @Override
        public int setBusinessId(String businessId) {
            return 0;
        }

        @Override
        public int setRuntimeParameters(JSONObject params) {
            return 0;
        }

        @Override
        public int setCellularEnhancement(boolean enhance) {
            return 0;
        }

        @Override
        public int setLocalProxy(List<com.ss.bytertc.rts.engine.type.LocalProxyConfiguration> configurations) {
            return 0;
        }
    }
}
