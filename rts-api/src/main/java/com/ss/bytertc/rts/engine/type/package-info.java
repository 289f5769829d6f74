/**
 * The SDK's value types: classes of int result and state codes, enums such as
 * {@link com.ss.bytertc.rts.engine.type.MessageConfig}, and data records such as
 * {@link com.ss.bytertc.rts.engine.type.RTCLogConfig}.
 */
package com.ss.bytertc.rts.engine.type;
