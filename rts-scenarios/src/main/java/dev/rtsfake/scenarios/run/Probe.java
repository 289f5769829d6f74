package dev.rtsfake.scenarios.run;

import java.util.List;

/** What the checks can ask a run: what was observed, and the cloud's view right now. */
interface Probe {

    /** Everything observed and sent so far. */
    World world();

    /** The uids the cloud has a session for now. */
    List<String> onlineUids();

    /** The uids the cloud has in {@code room} now. */
    List<String> roomMembers(String room);

    /** The first SDK misuse or handler failure so far, as a line, or null. */
    String firstProblem();
}
