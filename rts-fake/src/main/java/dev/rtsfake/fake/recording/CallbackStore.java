package dev.rtsfake.fake.recording;

import dev.rtsfake.fake.FakeRtsCloud;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/** The bounded, thread-safe history behind both recording handlers. */
final class CallbackStore {
    private static final Logger LOG = Logger.getLogger("dev.rtsfake.fake");

    private final FakeRtsCloud cloud;
    private final int keepLast;
    private final String kind;
    private final ArrayDeque<RecordedCallback> kept = new ArrayDeque<>();
    private long received;
    private long dropped;
    private boolean warned;
    private volatile String uid;

    CallbackStore(FakeRtsCloud cloud, int keepLast, String kind) {
        if (cloud == null) {
            throw new IllegalArgumentException("a recording handler needs the cloud whose clock it stamps callbacks"
                    + " with; pass the FakeRtsCloud the engine was made by");
        }
        if (keepLast < 1) {
            throw new IllegalArgumentException("keepLast is " + keepLast + "; a recorder keeps at least 1 callback"
                    + " (the default is " + RecordingEventHandler.DEFAULT_KEEP_LAST + ")");
        }
        this.cloud = cloud;
        this.keepLast = keepLast;
        this.kind = kind;
    }

    void add(Callback callback) {
        Duration at = cloud.elapsed();
        String thread = Thread.currentThread().getName();
        boolean warnNow = false;
        synchronized (this) {
            received++;
            if (kept.size() == keepLast) {
                kept.removeFirst();
                dropped++;
                warnNow = !warned;
                warned = true;
            }
            kept.addLast(new RecordedCallback(received, at, thread, callback));
        }
        if (warnNow) {
            LOG.warning(kind + " of " + owner() + " keeps the last " + keepLast + " callbacks: from callback #"
                    + received + " on, the oldest are dropped (dropped() counts them; pass a larger keepLast to keep more)");
        }
    }

    synchronized List<RecordedCallback> recorded() {
        return List.copyOf(kept);
    }

    List<Callback> callbacks() {
        List<RecordedCallback> all = recorded();
        List<Callback> out = new ArrayList<>(all.size());
        all.forEach(r -> out.add(r.callback()));
        return List.copyOf(out);
    }

    <C extends Callback> List<C> callbacks(Class<C> type) {
        if (type == null) {
            throw new IllegalArgumentException("pass a callback type, e.g. EngineCallback.MessageReceived.class");
        }
        List<C> out = new ArrayList<>();
        for (RecordedCallback r : recorded()) {
            if (type.isInstance(r.callback())) {
                out.add(type.cast(r.callback()));
            }
        }
        return List.copyOf(out);
    }

    synchronized CallbackRecorder.Mark mark() {
        return new CallbackRecorder.Mark(received, cloud.elapsed());
    }

    synchronized long dropped() {
        return dropped;
    }

    synchronized long received() {
        return received;
    }

    int keepLast() {
        return keepLast;
    }

    synchronized void clear() {
        kept.clear();
    }

    Optional<String> uid() {
        return Optional.ofNullable(uid);
    }

    void uid(String uid) {
        if (uid != null) {
            this.uid = uid;
        }
    }

    String owner() {
        String u = uid;
        return u == null ? "(no uid seen yet)" : u;
    }

    synchronized String summary() {
        return kind + " of " + owner() + ": " + kept.size() + " callbacks kept of " + received + " received"
                + (dropped > 0 ? ", " + dropped + " dropped past the cap of " + keepLast : "");
    }
}
