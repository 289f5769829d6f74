/**
 * Scenario files as JUnit 5 tests: {@link dev.rtsfake.scenarios.junit.ScenarioTests} turns a folder
 * of them into dynamic tests for a {@code @TestFactory}, so a team keeps its scenarios beside its
 * tests. JUnit's API is a provided dependency: a project that uses this has JUnit already.
 */
package dev.rtsfake.scenarios.junit;
