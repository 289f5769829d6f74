/**
 * The vendor's version "001" AccessToken, the credential an app passes to {@code RTS.login}.
 *
 * <ul>
 *   <li>{@link dev.rtsfake.fake.token.AccessToken}: the token value, its builder, and the exact
 *       byte format ({@code serialize} / {@code parse});</li>
 *   <li>{@link dev.rtsfake.fake.token.TokenIssuer}: mints login tokens like an app server, from
 *       virtual time and a seeded nonce source;</li>
 *   <li>{@link dev.rtsfake.fake.token.TokenVerifier}: checks a token at login and says why it fails
 *       ({@link dev.rtsfake.fake.token.TokenCheck}, {@link dev.rtsfake.fake.token.TokenVerdict}).</li>
 * </ul>
 *
 * <p>Pure JDK; no other part of the fake is needed.
 */
package dev.rtsfake.fake.token;
