/**
 * AssertJ assertions for rts-fake, shaped like assertj-guava: {@link
 * dev.rtsfake.fake.assertj.RtsFakeAssertions} holds the {@code assertThat} entry points for the
 * cloud, the recording handlers of {@code dev.rtsfake.fake.recording} and the trace; each returns an
 * {@code XxxAssert}; their messages come from the factories in {@code dev.rtsfake.fake.assertj.error}.
 */
package dev.rtsfake.fake.assertj;
