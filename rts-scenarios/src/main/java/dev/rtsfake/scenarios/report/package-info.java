/**
 * How a run reads: the timeline of its steps and what the clients saw ({@link
 * dev.rtsfake.scenarios.report.Timeline}), the report of verdicts and faults in text or JSON lines
 * ({@link dev.rtsfake.scenarios.report.RunReport}), trace files ({@link
 * dev.rtsfake.scenarios.report.TraceFiles}), and the filters the CLI applies to a trace
 * ({@link dev.rtsfake.scenarios.report.TraceFilter}).
 */
package dev.rtsfake.scenarios.report;
