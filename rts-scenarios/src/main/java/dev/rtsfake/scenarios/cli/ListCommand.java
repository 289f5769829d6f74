package dev.rtsfake.scenarios.cli;

import dev.rtsfake.scenarios.canned.CannedScenarios;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code rts-sim list}: the canned scenarios, by name, with what happens in each. */
final class ListCommand implements Command {

    @Override
    public String name() {
        return "list";
    }

    @Override
    public String summary() {
        return "lists the canned scenarios: weak 3G, lift outage, flapping link, token expiry ...";
    }

    @Override
    public void usage(PrintStream s) {
        s.println("usage: rts-sim list [--format text|jsonl]");
        s.println("Lists the canned scenarios that ship with rts-sim, each by the name 'rts-sim run NAME' takes and");
        s.println("the sentence that says what happens; docs/scenarios.md describes each.");
        s.println("Exit status: 0, or 2 for a usage error.");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        boolean jsonl;
        try {
            Options o = Options.parse(args, Set.of(), Set.of("--format"));
            if (o.has("--help")) {
                usage(out);
                return 0;
            }
            if (!o.positional().isEmpty()) {
                throw new Options.UsageException("list takes no arguments, only --format");
            }
            jsonl = o.choice("--format", "text", List.of("text", "jsonl")).equals("jsonl");
        } catch (Options.UsageException e) {
            return RtsSim.usageError(this, e.getMessage(), err);
        }
        List<String> names = CannedScenarios.names();
        int width = names.stream().mapToInt(String::length).max().orElse(0);
        for (String n : names) {
            var s = CannedScenarios.load(n).scenario();
            if (jsonl) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("name", n);
                m.put("scenario", s.name());
                m.put("description", s.description());
                out.println(Json.line(m));
            } else {
                out.println(n + " ".repeat(width - n.length() + 2) + s.name());
            }
        }
        if (!jsonl) {
            out.println();
            out.println("Run one: rts-sim run " + names.get(0) + "   Its file: rts-scenarios/src/main/resources/"
                    + "dev/rtsfake/scenarios/canned/" + names.get(0) + ".yaml");
        }
        return 0;
    }
}
