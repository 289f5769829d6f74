package dev.rtsfake.scenarios.run;

import dev.rtsfake.fake.FakeRtsCloud;
import dev.rtsfake.fake.engine.FakeRTS;
import dev.rtsfake.scenarios.client.ClientAdapter;
import dev.rtsfake.scenarios.client.ClientContext;
import dev.rtsfake.scenarios.model.Action;
import dev.rtsfake.scenarios.model.ClientAction;
import dev.rtsfake.scenarios.model.UserSpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A user driven by the team's own client code: each step reaches the adapter as a named action.
 * The engines the client makes while it starts or acts are its own (found by comparing the cloud's
 * engines before and after), so faults aimed at the user hit their links.
 */
final class AdapterActor implements Actor {
    private final FakeRtsCloud cloud;
    private final String appId;
    private final UserSpec spec;
    private final ClientAdapter adapter;
    private final Consumer<Observation> sink;
    private final Supplier<Set<String>> claimed;
    private final List<String> engines = new ArrayList<>();

    /**
     * @param claimed the names of the engines that belong to some user already (this one's included)
     */
    AdapterActor(FakeRtsCloud cloud, String appId, UserSpec spec, ClientAdapter adapter,
                 Consumer<Observation> sink, Supplier<Set<String>> claimed) {
        this.cloud = cloud;
        this.appId = appId;
        this.spec = spec;
        this.adapter = adapter;
        this.sink = sink;
        this.claimed = claimed;
    }

    /** The adapter's declared actions. */
    Set<String> actions() {
        return adapter.actions();
    }

    @Override
    public void start() {
        adapter.start(new Context());
        claimNewEngines();
    }

    @Override
    public Object perform(ClientAction action, String text, String token) {
        Map<String, String> args = new LinkedHashMap<>();
        String name = builtInName(action);
        if (action instanceof ClientAction.Login) {
            args.put("uid", spec.uid());
            args.put("token", token);
        } else if (action instanceof ClientAction.Send s) {
            args.put("to", s.to());
            args.put("text", text);
            args.put("reliability", s.reliability().name());
            args.put("binary", Boolean.toString(s.binary()));
        } else if (action instanceof ClientAction.Broadcast b) {
            args.put("room", b.room());
            args.put("text", text);
            args.put("binary", Boolean.toString(b.binary()));
        } else if (action instanceof ClientAction.SendServer s) {
            args.put("text", text);
            args.put("binary", Boolean.toString(s.binary()));
        } else if (action instanceof ClientAction.Join j) {
            args.put("room", j.room());
        } else if (action instanceof ClientAction.Leave l) {
            args.put("room", l.room());
        } else if (action instanceof ClientAction.ServerParams p) {
            args.put("signature", p.signature());
            args.put("url", p.url());
        } else if (action instanceof ClientAction.PeerStatus p) {
            args.put("peer", p.peer());
        } else if (action instanceof ClientAction.RenewToken) {
            args.put("token", token);
        } else if (action instanceof ClientAction.Act a) {
            args.putAll(a.args());
        }
        try {
            return adapter.perform(name, args);
        } finally {
            claimNewEngines();
        }
    }

    /** The name an action reaches an adapter by: its step name, or an {@code act} step's own. */
    static String builtInName(ClientAction action) {
        if (action instanceof ClientAction.Act a) {
            return a.action();
        }
        if (action instanceof ClientAction.Login) {
            return "login";
        } else if (action instanceof ClientAction.Logout) {
            return "logout";
        } else if (action instanceof ClientAction.Send) {
            return "send";
        } else if (action instanceof ClientAction.Broadcast) {
            return "broadcast";
        } else if (action instanceof ClientAction.SendServer) {
            return "sendServer";
        } else if (action instanceof ClientAction.Join) {
            return "join";
        } else if (action instanceof ClientAction.Leave) {
            return "leave";
        } else if (action instanceof ClientAction.ServerParams) {
            return "serverParams";
        } else if (action instanceof ClientAction.PeerStatus) {
            return "peerStatus";
        } else if (action instanceof ClientAction.RenewToken) {
            return "renewToken";
        }
        return "destroy";
    }

    private void claimNewEngines() {
        Set<String> taken = claimed.get();
        for (FakeRTS e : cloud.engines()) {
            if (!taken.contains(e.name()) && !engines.contains(e.name())) {
                engines.add(e.name());
            }
        }
    }

    @Override
    public String linkName() {
        return engines.isEmpty() ? spec.uid() : engines.get(engines.size() - 1);
    }

    @Override
    public List<String> engineNames() {
        return List.copyOf(engines);
    }

    @Override
    public String resultChannel(ClientAction send) {
        return "any";
    }

    private final class Context implements ClientContext {
        @Override
        public FakeRtsCloud cloud() {
            return cloud;
        }

        @Override
        public String appId() {
            return appId;
        }

        @Override
        public String userName() {
            return spec.name();
        }

        @Override
        public String uid() {
            return spec.uid();
        }

        @Override
        public List<String> rooms() {
            return spec.rooms();
        }

        @Override
        public String token(Duration ttl) {
            return cloud.tokens().issue(appId, spec.uid(), ttl);
        }

        @Override
        public void observe(String name, Map<String, ?> args) {
            Map<String, String> text = new LinkedHashMap<>();
            args.forEach((k, v) -> text.put(k, String.valueOf(v)));
            sink.accept(new Observation(cloud.elapsed().toNanos(), spec.name(), name, text));
        }
    }
}
