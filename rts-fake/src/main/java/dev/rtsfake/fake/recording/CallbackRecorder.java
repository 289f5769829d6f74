package dev.rtsfake.fake.recording;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What both recording handlers offer: the callbacks they received, in order, each with its
 * virtual time and thread. Reads are copies, safe from any thread while callbacks keep arriving.
 *
 * <p>A recorder keeps the last {@link #keepLast()} callbacks (10,000 unless its constructor was
 * given another cap); older ones are dropped, counted by {@link #dropped()}, logged once as a
 * warning, and named in every assertion message that reads this recorder.
 */
public sealed interface CallbackRecorder permits RecordingEventHandler, RecordingRoomEventHandler {

    /** The kept callbacks, oldest first, with time and thread. */
    List<RecordedCallback> recorded();

    /** The kept callbacks' values, oldest first. */
    List<Callback> callbacks();

    /**
     * The kept callbacks of one type, oldest first:
     * {@code recorder.callbacks(EngineCallback.MessageReceived.class)}.
     */
    <C extends Callback> List<C> callbacks(Class<C> type);

    /** How many callbacks were dropped because the recorder was full. */
    long dropped();

    /** How many callbacks this recorder has received in all (kept, dropped and cleared). */
    long received();

    /** The most callbacks kept at once. */
    int keepLast();

    /**
     * Whose callbacks these are, as the callbacks said: for an engine the uid of its latest
     * successful {@code onLoginResult}, for a room the uid of its latest {@code onRoomStateChanged};
     * empty until such a callback arrived.
     */
    Optional<String> uid();

    /** Forgets the kept callbacks (numbering goes on; {@link #uid()} is kept). */
    void clear();

    /**
     * A mark at this point of the recording: the callbacks received so far and the virtual time
     * now. Take one before an action; the assertions' {@code since(mark)} then look only at the
     * callbacks that came after it, and measure durations from its time.
     */
    Mark mark();

    /**
     * A point in a recording.
     *
     * @param received how many callbacks had been received when the mark was taken; the callbacks
     *     after it are numbered from {@code received + 1}
     * @param at the virtual time the mark was taken at
     */
    record Mark(long received, Duration at) {
        /** The start of every recording. */
        public static final Mark START = new Mark(0, Duration.ZERO);

        /** Checks the components. */
        public Mark {
            if (received < 0 || at == null || at.isNegative()) {
                throw new IllegalArgumentException("a mark needs a count and a virtual time of zero or more;"
                        + " take one with recorder.mark()");
            }
        }

        /** Whether {@code c} came after this mark. */
        public boolean precedes(RecordedCallback c) {
            return c.number() > received;
        }
    }
}
