/**
 * Scenario files in YAML or JSON: {@link dev.rtsfake.scenarios.file.ScenarioFiles} reads them
 * strictly (an unknown or misspelt field fails with its path, its 1-based line and column, and the
 * nearest valid name) and writes a scenario back in a canonical form, the same file for the same
 * scenario. The format is documented in {@code docs/scenarios.md}, and its JSON Schema, for
 * editors, is {@code docs/scenario.schema.json}.
 */
package dev.rtsfake.scenarios.file;
