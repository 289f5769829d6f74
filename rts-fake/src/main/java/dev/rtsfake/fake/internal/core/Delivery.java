package dev.rtsfake.fake.internal.core;



/**
 * One callback on its way to an app handler: who gets it, its name and arguments for the trace,
 * and the call itself.
 */
public final class Delivery {
    final CallbackTarget target;
    final String name;
    final Object[] traceArgs;
    final Runnable invoke;

    /** A callback {@code name} for {@code target}; {@code invoke} calls the handler. */
    public Delivery(CallbackTarget target, String name, Runnable invoke, Object... traceArgs) {
        this.target = target;
        this.name = name;
        this.invoke = invoke;
        this.traceArgs = traceArgs;
    }

    /** The callback's name. */
    public String name() {
        return name;
    }
}
