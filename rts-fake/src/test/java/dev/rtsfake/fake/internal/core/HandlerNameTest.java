package dev.rtsfake.fake.internal.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.ss.bytertc.rts.engine.handler.IRTSEventHandler;
import com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Proxy;
import org.junit.jupiter.api.Test;

/** How the trace names handler objects: the same name in every JVM, even for classes made at run time. */
class HandlerNameTest {

    /** A handler of the app, as a named class. */
    public static class ChatHandler extends IRTSEventHandler {
    }

    @Test
    void handlerName_ofAnAppClass_isItsSimpleName_andOfAnAnonymousClass_itsBinaryNameWithoutPackage() {
        assertThat(Identifiers.handlerName(new ChatHandler())).isEqualTo("ChatHandler");
        assertThat(Identifiers.handlerName(new IRTSEventHandler() { })).isEqualTo("HandlerNameTest$1");
        assertThat(Identifiers.handlerName(null)).isNull();
    }

    @Test
    void handlerName_ofAMockitoMock_isTheMockedTypeAndMockitoMock_withoutTheGeneratedSuffix() {
        IRTSEventHandler handlerMock = mock(IRTSEventHandler.class);
        IRTSRoomEventHandler roomMock = mock(IRTSRoomEventHandler.class);
        Runnable interfaceMock = mock(Runnable.class);

        assertThat(handlerMock.getClass().getName()).contains("$MockitoMock$");
        assertThat(Identifiers.handlerName(handlerMock)).isEqualTo("IRTSEventHandler$MockitoMock");
        assertThat(Identifiers.handlerName(roomMock)).isEqualTo("IRTSRoomEventHandler$MockitoMock");
        assertThat(Identifiers.handlerName(interfaceMock)).isEqualTo("Runnable$MockitoMock");
    }

    @Test
    void handlerName_ofALambdaAProxyAndAHiddenClass_namesTheStableSupertype() throws Exception {
        Runnable lambda = () -> { };
        Runnable proxy = (Runnable) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Runnable.class},
                (p, m, a) -> null);
        byte[] bytes;
        try (InputStream in = ChatHandler.class.getResourceAsStream("HandlerNameTest$ChatHandler.class")) {
            bytes = in.readAllBytes();
        }
        Class<?> hidden = MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
        Object hiddenHandler = hidden.getDeclaredConstructor().newInstance();

        assertThat(hidden.getName()).contains("/0x");
        assertThat(Identifiers.handlerName(lambda)).isEqualTo("Runnable$Lambda");
        assertThat(Identifiers.handlerName(proxy)).isEqualTo("Runnable$Proxy");
        assertThat(Identifiers.handlerName(hiddenHandler)).isEqualTo("IRTSEventHandler$Hidden");
    }
}
