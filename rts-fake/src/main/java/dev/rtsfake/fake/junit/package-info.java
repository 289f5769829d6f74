/**
 * The JUnit 5 extension: {@link dev.rtsfake.fake.junit.RtsFakeTest @RtsFakeTest} gives each test a
 * simulated cloud of its own (built, installed for {@code RTS.createRTS}, checked and closed), and
 * {@link dev.rtsfake.fake.junit.Seed @Seed} pins its seed. Needs {@code junit-jupiter-api} on the test
 * class path (rts-fake declares it optional).
 */
package dev.rtsfake.fake.junit;
