package dev.rtsfake.scenarios.client.example;

import dev.rtsfake.scenarios.client.ClientAdapter;
import dev.rtsfake.scenarios.client.ClientAdapterFactory;
import dev.rtsfake.scenarios.client.ClientContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Drives {@link ChatClient} from scenario files ({@code client: example-chat}). The built-in steps
 * {@code login}, {@code logout}, {@code send}, {@code join} and {@code broadcast} map to its
 * methods, and so do its own named actions {@code say} ({@code to}, {@code text}) and {@code post}
 * ({@code room}, {@code text}). It reports {@code received} (from, text, room), {@code status}
 * (status: online, reconnecting, offline) and {@code sendResult} (id, code); it joins the user's
 * rooms once it is first online.
 */
public final class ChatClientAdapter implements ClientAdapter {
    /** The name scenario files use. */
    public static final String NAME = "example-chat";

    private ChatClient client;
    private boolean enteredOwnRooms;

    /** The factory the runner finds through {@code META-INF/services}. */
    public static final class Factory implements ClientAdapterFactory {
        @Override
        public String name() {
            return NAME;
        }

        @Override
        public ClientAdapter create() {
            return new ChatClientAdapter();
        }
    }

    @Override
    public Set<String> actions() {
        return Set.of("login", "logout", "send", "join", "broadcast", "say", "post");
    }

    @Override
    public void start(ClientContext context) {
        client = new ChatClient(context.appId(), new ChatClient.Listener() {
            @Override
            public void onChat(String room, String from, String text) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("from", from);
                args.put("text", text);
                if (room != null) {
                    args.put("room", room);
                }
                context.observe("received", args);
            }

            @Override
            public void onStatus(String status) {
                context.observe("status", Map.of("status", status));
                if (status.equals("online") && !enteredOwnRooms) {
                    enteredOwnRooms = true;
                    context.rooms().forEach(client::enter);
                }
            }

            @Override
            public void onDelivery(long id, int code) {
                Map<String, Object> args = new LinkedHashMap<>();
                args.put("id", id);
                args.put("code", code);
                context.observe("sendResult", args);
            }
        });
    }

    @Override
    public Object perform(String action, Map<String, String> args) {
        return switch (action) {
            case "login" -> client.signIn(args.get("uid"), args.get("token"));
            case "logout" -> client.signOut();
            case "send", "say" -> client.say(args.get("to"), args.get("text"));
            case "join" -> client.enter(args.get("room"));
            case "broadcast", "post" -> client.post(args.get("room"), args.get("text"));
            default -> throw new IllegalArgumentException("example-chat has no action '" + action + "'");
        };
    }
}
