/**
 * Recording handlers: an engine or room handler that keeps every callback it gets as a typed value,
 * with its virtual time and thread, alone or in front of the app's own handler.
 *
 * <ul>
 *   <li>{@link dev.rtsfake.fake.recording.RecordingEventHandler},
 *       {@link dev.rtsfake.fake.recording.RecordingRoomEventHandler}: the handlers; both are
 *       {@link dev.rtsfake.fake.recording.CallbackRecorder}s;</li>
 *   <li>{@link dev.rtsfake.fake.recording.EngineCallback},
 *       {@link dev.rtsfake.fake.recording.RoomCallback}: one record per SDK callback;</li>
 *   <li>{@link dev.rtsfake.fake.recording.RecordedCallback}: a callback with its time, thread and
 *       place.</li>
 * </ul>
 *
 * <p>The assertions over what they recorded are in {@code dev.rtsfake.fake.assertj}.
 */
package dev.rtsfake.fake.recording;
