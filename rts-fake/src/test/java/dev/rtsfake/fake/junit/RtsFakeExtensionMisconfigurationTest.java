package dev.rtsfake.fake.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.FakeRtsCloudBuilder;
import java.util.Map;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** Each way to misconfigure the extension fails with an ExtensionConfigurationException that says the fix. */
class RtsFakeExtensionMisconfigurationTest {

    private static AbstractThrowableAssert<?, ? extends Throwable> assertMisconfigured(Class<?> fixture) {
        return assertMisconfigured(fixture, Map.of());
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertMisconfigured(Class<?> fixture,
                                                                                        Map<String, String> parameters) {
        Throwable failure = TestKit.onlyFailure(TestKit.run(fixture, parameters));
        return assertThat(failure).isInstanceOf(ExtensionConfigurationException.class);
    }

    @RtsFakeTest
    static class TwoFieldsCase {
        FakeRtsCloud one;
        FakeRtsCloud two;

        @Test
        void t() {
        }
    }

    @Test
    void twoCloudFields_areRefused_sayingKeepOne() {
        assertMisconfigured(TwoFieldsCase.class).hasMessage("TwoFieldsCase has 2 FakeRtsCloud fields (TwoFieldsCase.one,"
                + " TwoFieldsCase.two), and @RtsFakeTest fills one: keep a single field, static for one cloud per class or"
                + " an instance field for one per test, and build any other cloud inside the test"
                + " (FakeRtsCloud.builder()...build(), closed with try-with-resources)");
    }

    @RtsFakeTest
    static class StaticAndInstanceCase {
        static FakeRtsCloud shared;
        FakeRtsCloud own;

        @Test
        void t() {
        }
    }

    @Test
    void aStaticAndAnInstanceCloudField_areRefused() {
        assertMisconfigured(StaticAndInstanceCase.class).hasMessageStartingWith("StaticAndInstanceCase has 2 FakeRtsCloud fields");
    }

    @RtsFakeTest
    static class FinalFieldCase {
        final FakeRtsCloud cloud = FakeRtsCloud.builder().app(RtsFakeTest.APP_ID, RtsFakeTest.APP_KEY).build();

        @Test
        void t() {
        }
    }

    @Test
    void aFinalCloudField_isRefused_sayingRemoveFinal() {
        assertMisconfigured(FinalFieldCase.class).hasMessageStartingWith("the FakeRtsCloud field FinalFieldCase.cloud is"
                + " final, so @RtsFakeTest cannot give it the test's cloud: remove final and the initializer");
    }

    @RtsFakeTest(builder = "missing")
    static class MissingBuilderCase {
        @Test
        void t() {
        }
    }

    @Test
    void builderMethod_missing_isRefused_showingTheMethodToDeclare() {
        assertMisconfigured(MissingBuilderCase.class).hasMessage("@RtsFakeTest(builder = \"missing\"): "
                + MissingBuilderCase.class.getName() + " has no method missing(); declare FakeRtsCloudBuilder missing()"
                + " { return FakeRtsCloud.builder().app(APP_ID, APP_KEY)...; }");
    }

    @RtsFakeTest(builder = "cloud")
    static class BuilderWithParametersCase {
        static FakeRtsCloudBuilder cloud(String appId) {
            return FakeRtsCloud.builder().app(appId, "k");
        }

        @Test
        void t() {
        }
    }

    @Test
    void builderMethod_withParameters_isRefused() {
        assertMisconfigured(BuilderWithParametersCase.class).hasMessageStartingWith("@RtsFakeTest(builder = \"cloud\"):"
                + " cloud(1 parameters) must take no parameters; declare ");
    }

    @RtsFakeTest(builder = "cloud")
    static class BuilderReturnsCloudCase {
        static FakeRtsCloud cloud() {
            return FakeRtsCloud.builder().app(RtsFakeTest.APP_ID, RtsFakeTest.APP_KEY).build();
        }

        @Test
        void t() {
        }
    }

    @Test
    void builderMethod_returningABuiltCloud_isRefused_sayingReturnTheBuilder() {
        assertMisconfigured(BuilderReturnsCloudCase.class).hasMessageStartingWith("@RtsFakeTest(builder = \"cloud\"):"
                + " cloud() returns FakeRtsCloud, not FakeRtsCloudBuilder; return the builder unbuilt");
    }

    @RtsFakeTest(builder = "cloudBuilder")
    static class InstanceBuilderForStaticCloudCase {
        static FakeRtsCloud cloud;

        FakeRtsCloudBuilder cloudBuilder() {
            return FakeRtsCloud.builder().app(RtsFakeTest.APP_ID, RtsFakeTest.APP_KEY);
        }

        @Test
        void t() {
        }
    }

    @Test
    void builderMethod_notStatic_forAStaticCloud_isRefused() {
        assertMisconfigured(InstanceBuilderForStaticCloudCase.class).hasMessageStartingWith(
                "@RtsFakeTest(builder = \"cloudBuilder\"): cloudBuilder() must be static, since the cloud is a static field");
    }

    @RtsFakeTest(builder = "cloud")
    static class BuilderReturnsNullCase {
        static FakeRtsCloudBuilder cloud() {
            return null;
        }

        @Test
        void t() {
        }
    }

    @Test
    void builderMethod_returningNull_isRefused() {
        assertMisconfigured(BuilderReturnsNullCase.class).hasMessage("BuilderReturnsNullCase.cloud() returned null;"
                + " return a builder, e.g. FakeRtsCloud.builder().app(APP_ID, APP_KEY)");
    }

    @RtsFakeTest(builder = "cloud")
    static class BuilderWithoutAppCase {
        static FakeRtsCloudBuilder cloud() {
            return FakeRtsCloud.builder();
        }

        @Test
        void t() {
        }
    }

    @Test
    void builderMethod_whoseBuilderCannotBuild_isRefused_withTheBuildersReason() {
        assertMisconfigured(BuilderWithoutAppCase.class).hasMessageStartingWith("the builder from"
                + " BuilderWithoutAppCase.cloud() cannot build a cloud: a FakeRtsCloud needs at least one app");
    }

    @RtsFakeTest(builder = " ")
    static class BlankBuilderCase {
        @Test
        void t() {
        }
    }

    @RtsFakeTest(lastSteps = -1)
    static class NegativeLastStepsCase {
        @Test
        void t() {
        }
    }

    @Test
    void badAttributes_areRefused() {
        assertMisconfigured(BlankBuilderCase.class).hasMessageStartingWith("@RtsFakeTest(builder = \" \") on "
                + BlankBuilderCase.class.getName() + ".t() names no method");
        assertMisconfigured(NegativeLastStepsCase.class).hasMessage("@RtsFakeTest(lastSteps = -1) on "
                + NegativeLastStepsCase.class.getName() + ".t(): give the number of trace steps a failure report"
                + " prints, 0 for none (default 20)");
    }

    @RtsFakeTest
    static class SeedOnMethodWithStaticCloudCase {
        static FakeRtsCloud cloud;

        @Test
        @Seed(3)
        void t() {
        }
    }

    @Test
    void seedOnAMethod_ofAClassWithAStaticCloud_isRefused_sayingPutItOnTheClass() {
        assertMisconfigured(SeedOnMethodWithStaticCloudCase.class).hasMessage("@Seed on t() cannot apply: the cloud of"
                + " SeedOnMethodWithStaticCloudCase is a static field, one cloud for every test of the class. Put the"
                + " annotation on the class, or make the field an instance field for a cloud per test");
    }

    static class AnnotatedMethodsWithStaticCloudCase {
        static FakeRtsCloud cloud;

        @Test
        @RtsFakeTest
        void t() {
        }
    }

    @Test
    void aStaticCloudField_withTheAnnotationOnlyOnMethods_isRefused_sayingPutItOnTheClass() {
        assertMisconfigured(AnnotatedMethodsWithStaticCloudCase.class).hasMessageEndingWith(
                "put @RtsFakeTest on the class AnnotatedMethodsWithStaticCloudCase");
    }

    @RtsFakeTest
    static class ConstructorCase {
        ConstructorCase(FakeRtsCloud cloud) {
        }

        @Test
        void t() {
        }
    }

    @Test
    void aConstructorParameter_isRefused_sayingUseAFieldOrAMethodParameter() {
        assertMisconfigured(ConstructorCase.class).hasMessageContaining("declare a FakeRtsCloud field, or take it as a"
                + " parameter of the test or @BeforeEach method");
    }

    @RtsFakeTest
    static class BeforeAllParameterCase {
        @BeforeAll
        static void setUp(FakeRtsCloud cloud) {
        }

        @Test
        void t() {
        }
    }

    @Test
    void aBeforeAllParameter_withoutAStaticField_isRefused() {
        assertMisconfigured(BeforeAllParameterCase.class).hasMessageContaining("declare a static FakeRtsCloud field, or"
                + " move the setup to a @BeforeEach method");
    }

    @Test
    void aSeedPropertyThatIsNotANumber_isRefused() {
        assertMisconfigured(PlainCase.class,
                Map.of(RtsFakeTest.SEED_PROPERTY, "forty-two")).hasMessage("-Drtsfake.seed=forty-two is not a whole"
                + " number: pass e.g. -Drtsfake.seed=42, or leave it out to use each test's own seed");
    }

    @RtsFakeTest
    static class PlainCase {
        @Test
        void t(FakeRtsCloud cloud) {
        }
    }
}
