/**
 * Event handlers: abstract classes with empty methods that an app subclasses to receive engine
 * events ({@link com.ss.bytertc.rts.engine.handler.IRTSEventHandler}) and room events
 * ({@link com.ss.bytertc.rts.engine.handler.IRTSRoomEventHandler}).
 */
package com.ss.bytertc.rts.engine.handler;
