/**
 * The RTS (real-time signalling) engine and room: {@link com.ss.bytertc.rts.engine.RTS} logs a
 * user in and sends messages to users and to the app server; {@link com.ss.bytertc.rts.engine.RTSRoom}
 * broadcasts messages in a room. Binary-compatible with the Volcengine RTS Android SDK; the
 * behaviour comes from an engine provider on the class path (rts-fake or the real SDK).
 */
package com.ss.bytertc.rts.engine;
