package dev.rtsfake.conformance;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.extension.TestWatcher;
import org.opentest4j.TestAbortedException;

/**
 * The suite's JUnit extension: turns a missing capability into a skipped check with its reason, records
 * every check's outcome, and writes the scorecard after the class.
 */
final class ConformanceExtension implements TestExecutionExceptionHandler, TestWatcher, AfterAllCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(ConformanceExtension.class);

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable throwable) throws Throwable {
        for (Throwable t = throwable; t != null; t = t.getCause()) {
            if (t instanceof UnsupportedCapabilityException) {
                throw new TestAbortedException("skipped: " + t.getMessage(), throwable);
            }
        }
        throw throwable;
    }

    @Override
    public void testSuccessful(ExtensionContext context) {
        record(context, Scorecard.Status.PASSED, null);
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        record(context, Scorecard.Status.FAILED, cause == null ? "failed" : String.valueOf(cause.getMessage()));
    }

    @Override
    public void testAborted(ExtensionContext context, Throwable cause) {
        record(context, Scorecard.Status.SKIPPED, cause == null ? "aborted" : String.valueOf(cause.getMessage()));
    }

    @Override
    public void testDisabled(ExtensionContext context, Optional<String> reason) {
        record(context, Scorecard.Status.SKIPPED, "disabled: " + reason.orElse("no reason given"));
    }

    private static void record(ExtensionContext context, Scorecard.Status status, String reason) {
        Method m = context.getRequiredTestMethod();
        String level;
        String source;
        Required req = m.getAnnotation(Required.class);
        dev.rtsfake.conformance.Optional opt = m.getAnnotation(dev.rtsfake.conformance.Optional.class);
        if (req != null) {
            level = "required";
            source = req.value();
        } else if (opt != null) {
            level = "optional";
            source = opt.value();
        } else {
            level = "extra";
            source = "";
        }
        Scorecard card = card(context);
        Object instance = context.getTestInstance().orElse(null);
        if (instance instanceof RtsConformanceSuite) {
            RtsConformanceSuite suite = (RtsConformanceSuite) instance;
            card.target(suite.targetName());
            card.output(suite.scorecardDirectory(), suite.scorecardName());
        }
        card.add(new Scorecard.Entry(m.getDeclaringClass().getSimpleName(), m.getName(), level, source, status,
                reason));
    }

    private static Scorecard card(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getParent().isPresent() && classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().get();
        }
        return classContext.getStore(NS).getOrComputeIfAbsent("scorecard", k -> new Scorecard(), Scorecard.class);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        Scorecard card = context.getStore(NS).get("scorecard", Scorecard.class);
        if (card == null) {
            return;
        }
        card.suite(context.getRequiredTestClass().getName());
        card.write();
    }
}
