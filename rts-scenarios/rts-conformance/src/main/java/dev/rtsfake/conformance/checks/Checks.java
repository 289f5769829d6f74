package dev.rtsfake.conformance.checks;

import dev.rtsfake.conformance.Kit;

/** What every group of checks reads: the running check's kit. */
public interface Checks {
    /** The kit of the check that is running. */
    Kit kit();
}
