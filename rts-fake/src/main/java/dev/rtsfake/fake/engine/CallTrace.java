package dev.rtsfake.fake.engine;

import dev.rtsfake.fake.diag.MisuseRule;
import dev.rtsfake.fake.internal.core.CallbackTarget;
import dev.rtsfake.fake.internal.core.Identifiers;
import dev.rtsfake.fake.internal.core.Simulation;
import dev.rtsfake.fake.trace.TraceKind;

/**
 * Writes the app's calls into an engine and its rooms to the trace, with what each returned. The
 * result keeps its Java type (an int code, a long message id, an object) because the trace keeps it.
 */
final class CallTrace {
    private final Simulation sim;
    private final CallbackTarget actor;

    CallTrace(Simulation sim, CallbackTarget actor) {
        this.sim = sim;
        this.actor = actor;
    }

    /** Records a call that returns an int code, and returns that code. */
    int call(String method, int result, Object... args) {
        sim.trace().record(TraceKind.CALL, actor.traceName(), method, result, args);
        return result;
    }

    /** Records a call that returns a message id (or a failure code as a long), and returns it. */
    long callLong(String method, long result, Object... args) {
        sim.trace().record(TraceKind.CALL, actor.traceName(), method, result, args);
        return result;
    }

    /** Records a call that returns nothing or an object ({@code result} is what the trace shows). */
    void callReturning(String method, Object result, Object... args) {
        sim.trace().record(TraceKind.CALL, actor.traceName(), method, result, args);
    }

    /** Records a call into a destroyed engine as a misuse, and returns its failure code, -1. */
    int dead(String method, Object... args) {
        sim.diagnostics().misuse(actor.traceName(), method, MisuseRule.USE_AFTER_DESTROY);
        sim.trace().record(TraceKind.CALL, actor.traceName(), method, -1, args);
        return -1;
    }

    /** How the trace names an event handler (see {@link Identifiers#handlerName}). */
    static String handlerName(Object handler) {
        return Identifiers.handlerName(handler);
    }
}
