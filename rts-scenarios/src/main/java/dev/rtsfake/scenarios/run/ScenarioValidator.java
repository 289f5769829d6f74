package dev.rtsfake.scenarios.run;

import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.CloudAction;
import dev.rtsfake.scenarios.model.NetworkAction;
import dev.rtsfake.scenarios.model.ClientAction;
import dev.rtsfake.scenarios.model.Anchor;
import dev.rtsfake.scenarios.model.Condition;
import dev.rtsfake.scenarios.model.Durations;
import dev.rtsfake.scenarios.model.Expectation;
import dev.rtsfake.scenarios.model.Scenario;
import dev.rtsfake.scenarios.model.Step;
import dev.rtsfake.scenarios.model.Suggest;
import dev.rtsfake.scenarios.model.Syntax;
import dev.rtsfake.scenarios.model.Timing;
import dev.rtsfake.scenarios.model.UserSpec;
import dev.rtsfake.scenarios.model.Window;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a scenario refers to before it runs: users, labels, client adapters and their
 * actions, the order of the steps, and that "after heal" has a heal to wait for. Each problem
 * names its place the way files do ({@code steps[3].send.to}) and, for a misspelt name, the
 * nearest one.
 */
public final class ScenarioValidator {
    private final Map<String, Set<String>> clients;

    /**
     * @param clients the actions of each client adapter the run knows, by name, or null to leave
     *     client adapters unchecked (a file reader that does not know the runner's adapters)
     */
    public ScenarioValidator(Map<String, Set<String>> clients) {
        this.clients = clients == null ? null : Map.copyOf(clients);
    }

    /** Every problem of {@code s}, in order; empty when it can run. */
    public List<Problem> problems(Scenario s) {
        return new Pass(s).run();
    }

    private final class Pass {
        private final Scenario s;
        private final List<Problem> problems = new ArrayList<>();
        private final Map<String, UserSpec> users = new LinkedHashMap<>();
        private final Map<String, Integer> labels = new HashMap<>();
        private final Set<String> pushSenders = new LinkedHashSet<>();

        Pass(Scenario s) {
            this.s = s;
        }

        List<Problem> run() {
            users();
            steps();
            expectations();
            return problems;
        }

        private void users() {
            for (int i = 0; i < s.users().size(); i++) {
                UserSpec u = s.users().get(i);
                if (users.putIfAbsent(u.name(), u) != null) {
                    add("users[" + i + "].name", "a second user named '" + u.name() + "'; give each device its own"
                            + " name (two devices of one user share a uid: uid: " + u.uid() + ")");
                }
                if (u.client() != null && clients != null && !clients.containsKey(u.client())) {
                    add("users[" + i + "].client", "no client adapter named '" + u.client() + "'" + knownClients(u.client()));
                }
            }
        }

        private String knownClients(String wrong) {
            List<String> known = new ArrayList<>(new java.util.TreeSet<>(clients.keySet()));
            return Suggest.didYouMean(wrong, known) + (known.isEmpty() ? "; register its factory with the runner"
                    + " (withClient) or in META-INF/services" : " (known: " + String.join(", ", known) + ")");
        }

        private void steps() {
            long previous = 0;
            for (int i = 0; i < s.steps().size(); i++) {
                Step step = s.steps().get(i);
                String path = "steps[" + i + "]";
                if (step.timing() instanceof Timing.At at) {
                    if (at.instant().toNanos() < previous) {
                        add(path + ".at", Durations.format(at.instant()) + " is before the step before it ("
                                + Durations.format(java.time.Duration.ofNanos(previous)) + "); list the steps in time order,"
                                + " or use 'after' for a time relative to the step before");
                    }
                    previous = Math.max(previous, at.instant().toNanos());
                } else {
                    previous += ((Timing.After) step.timing()).delay().toNanos();
                }
                if (step.label() != null && labels.putIfAbsent(step.label(), i) != null) {
                    add(path + ".label", "the label '" + step.label() + "' is taken by steps[" + labels.get(step.label())
                            + "]; labels name one step each");
                }
                action(path + "." + Syntax.key(step.action()), step.action());
            }
        }

        private void action(String path, Action a) {
            if (a instanceof ClientAction c) {
                UserSpec u = user(path + "." + Syntax.userField(c), c.user());
                if (u != null) {
                    clientAction(path, u, c);
                }
                if (a instanceof ClientAction.Send send) {
                    user(path + ".to", send.to());
                } else if (a instanceof ClientAction.PeerStatus p) {
                    user(path + ".peer", p.peer());
                }
            } else if (a instanceof CloudAction.Push p) {
                pushSenders.add(p.from());
                if (p.to() != null) {
                    user(path + ".to", p.to());
                }
            } else if (a instanceof NetworkAction.AddRule r) {
                if (r.match().from() != null) {
                    user(path + ".match.from", r.match().from());
                }
                if (r.match().to() != null && !r.match().kind().equals("broadcast")) {
                    user(path + ".match.to", r.match().to());
                }
            } else {
                String who = networkUser(a);
                if (who != null) {
                    user(path + ".user", who);
                }
            }
        }

        private void clientAction(String path, UserSpec u, ClientAction c) {
            String name = AdapterActor.builtInName(c);
            if (u.client() == null) {
                if (c instanceof ClientAction.Act) {
                    add(path + ".action", u.name() + " is a plain SDK engine, which has no named action '" + name
                            + "'; give the user a client adapter (client: NAME), or use a built-in step such as send");
                }
                return;
            }
            if (clients == null) {
                return;
            }
            Set<String> actions = clients.get(u.client());
            if (actions != null && !actions.contains(name)) {
                add(c instanceof ClientAction.Act ? path + ".action" : path, u.name() + "'s client '" + u.client()
                        + "' has no action '" + name + "'" + Suggest.didYouMean(name, actions) + " (its actions: "
                        + String.join(", ", new java.util.TreeSet<>(actions)) + ")");
            }
        }

        private void expectations() {
            Timeline timeline = Timeline.of(s);
            for (int i = 0; i < s.expectations().size(); i++) {
                Expectation e = s.expectations().get(i);
                String key = e instanceof Expectation.Online o && !o.online() ? "offline" : Syntax.key(e);
                String path = "expect[" + i + "]." + key;
                if (e instanceof Expectation.Received r) {
                    user(path + ".user", r.user());
                    sender(path + ".from", r.from());
                    window(path, r.window(), timeline);
                } else if (e instanceof Expectation.NotReceived r) {
                    user(path + ".user", r.user());
                    sender(path + ".from", r.from());
                    window(path, r.window(), timeline);
                } else if (e instanceof Expectation.Observed o) {
                    user(path + ".user", o.user());
                    window(path, o.window(), timeline);
                } else if (e instanceof Expectation.NotObserved o) {
                    user(path + ".user", o.user());
                    window(path, o.window(), timeline);
                } else if (e instanceof Expectation.SendResult r) {
                    Step step = label(path + ".send", r.send());
                    if (step != null && !(step.action() instanceof ClientAction.Send || step.action() instanceof ClientAction.Broadcast
                            || step.action() instanceof ClientAction.SendServer)) {
                        add(path + ".send", "the step labelled '" + r.send() + "' (" + step.action().describe()
                                + ") sends no message; label a send, broadcast or sendServer step");
                    }
                } else if (e instanceof Expectation.Returned r) {
                    label(path + ".step", r.step());
                } else if (e instanceof Expectation.States st) {
                    user(path + ".user", st.user());
                } else if (e instanceof Expectation.Online o) {
                    user(path + ".user", o.user());
                } else if (e instanceof Expectation.Eventually ev) {
                    condition(path, ev.condition());
                    anchor(path + ".after", ev.after(), timeline);
                } else if (e instanceof Expectation.Always al) {
                    condition(path, al.condition());
                    window(path, al.window(), timeline);
                } else if (e instanceof Expectation.Never nv) {
                    condition(path, nv.condition());
                    window(path, nv.window(), timeline);
                } else if (e instanceof Expectation.Fired f) {
                    Step step = label(path + ".step", f.step());
                    if (step != null && !step.action().isFault()) {
                        add(path + ".step", "the step labelled '" + f.step() + "' (" + step.action().describe()
                                + ") is not a fault, rule or app-server failure; only those fire");
                    }
                }
            }
        }

        private void condition(String path, Condition c) {
            String p = path + "." + Syntax.key(c);
            if (c instanceof Condition.Connected x) {
                user(p, x.user());
            } else if (c instanceof Condition.InState x) {
                user(p + ".user", x.user());
            } else if (c instanceof Condition.InRoom x) {
                user(p + ".user", x.user());
            } else if (c instanceof Condition.Online x) {
                user(p, x.user());
            } else if (c instanceof Condition.Offline x) {
                user(p, x.user());
            }
        }

        private void window(String path, Window w, Timeline timeline) {
            anchor(path + ".after", w.after(), timeline);
        }

        private void anchor(String path, Anchor a, Timeline timeline) {
            if (a instanceof Anchor.AfterStep st) {
                label(path, st.label());
            } else if (a instanceof Anchor.Heal && timeline.healNanos() == null) {
                add(path, timeline.unhealed() != null ? "'heal' never comes: " + timeline.unhealed()
                        + " is still in force at the end; give that step a 'for', or undo it with a later step"
                        : "'heal' needs a fault that is undone, and the scenario has none");
            }
        }

        private Step label(String path, String label) {
            Integer index = labels.get(label);
            if (index == null) {
                add(path, "no step is labelled '" + label + "'" + Suggest.didYouMean(label, labels.keySet())
                        + (labels.isEmpty() ? "; label the step with 'label: " + label + "'"
                        : " (labels: " + String.join(", ", new java.util.TreeSet<>(labels.keySet())) + ")"));
                return null;
            }
            return s.steps().get(index);
        }

        private UserSpec user(String path, String name) {
            UserSpec u = users.get(name);
            if (u == null) {
                add(path, "no user named '" + name + "'" + Suggest.didYouMean(name, users.keySet())
                        + (users.isEmpty() ? "; list the users under 'users'" : " (users: " + String.join(", ", users.keySet()) + ")"));
            }
            return u;
        }

        /**
         * A message's sender: a user, a push's sender, or a sender from outside the scenario (a real
         * backend's pushes); only a name one letter or two from a user's is refused, as a typo.
         */
        private void sender(String path, String name) {
            if (name == null || users.containsKey(name) || pushSenders.contains(name)) {
                return;
            }
            String near = Suggest.nearest(name, users.keySet());
            if (near != null) {
                add(path, "no user named '" + name + "'; did you mean '" + near + "'? (users: "
                        + String.join(", ", users.keySet()) + "; a sender from outside the scenario may have any other name)");
            }
        }

        private void add(String path, String message) {
            problems.add(new Problem(path, message));
        }
    }

    /** The user a network fault names, or null for one that names none. */
    static String networkUser(Action a) {
        if (a instanceof NetworkAction.Disconnect x) {
            return x.user();
        } else if (a instanceof NetworkAction.Reconnect x) {
            return x.user();
        } else if (a instanceof NetworkAction.Cut x) {
            return x.user();
        } else if (a instanceof NetworkAction.Heal x) {
            return x.user();
        } else if (a instanceof NetworkAction.Hold x) {
            return x.user();
        } else if (a instanceof NetworkAction.Release x) {
            return x.user();
        } else if (a instanceof NetworkAction.Latency x) {
            return x.user();
        } else if (a instanceof NetworkAction.Loss x) {
            return x.user();
        } else if (a instanceof CloudAction.InvalidateSession x) {
            return x.user();
        }
        return null;
    }
}
