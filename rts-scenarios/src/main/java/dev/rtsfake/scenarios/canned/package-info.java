/**
 * The library of canned scenarios: common network failures as scenario files that ship inside
 * rts-scenarios ({@code rts-sim list}, {@code rts-sim run NAME}), documented in {@code docs/scenarios.md}.
 */
package dev.rtsfake.scenarios.canned;
