package dev.rtsfake.fake.core;

/**
 * One callback on its way to an app handler: who gets it, its name and arguments for the trace,
 * and the call itself.
 */
public final class Delivery {
    final CallbackTarget target;
    final String name;
    final Object[] traceArgs;
    final Runnable invoke;
    /** False for the app's own work (a timer task), which traces itself and is no SDK callback. */
    final boolean sdkCallback;

    /** A callback {@code name} for {@code target}; {@code invoke} calls the handler. */
    public Delivery(CallbackTarget target, String name, Runnable invoke, Object... traceArgs) {
        this(target, name, invoke, true, traceArgs);
    }

    private Delivery(CallbackTarget target, String name, Runnable invoke, boolean sdkCallback, Object[] traceArgs) {
        this.target = target;
        this.name = name;
        this.invoke = invoke;
        this.sdkCallback = sdkCallback;
        this.traceArgs = traceArgs;
    }

    /**
     * A piece of the app's own work (a task of its scheduler or main thread) handed out the way a
     * callback is, on the same thread, but neither traced as a callback nor counted as one.
     */
    public static Delivery appWork(CallbackTarget target, String name, Runnable invoke) {
        return new Delivery(target, name, invoke, false, new Object[0]);
    }

    /** The callback's name. */
    public String name() {
        return name;
    }
}
