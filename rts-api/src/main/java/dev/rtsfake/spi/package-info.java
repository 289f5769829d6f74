/**
 * The service-provider interface that connects the SDK's static entry points in
 * {@link com.ss.bytertc.rts.engine.RTS} to an engine implementation, such as rts-fake's.
 */
package dev.rtsfake.spi;
