package dev.rtsfake.scenarios.client;

import java.util.Map;
import java.util.Set;

/**
 * The team's own client code as a scenario sees it: named actions in, named observations out.
 * One adapter drives one user's client for one run; its factory makes a fresh one per run.
 *
 * <pre>{@code
 * final class ChatAdapter implements ClientAdapter {
 *     private ChatClient client;
 *     public Set<String> actions() { return Set.of("login", "send"); }
 *     public void start(ClientContext context) {
 *         client = new ChatClient(context.appId(), (from, text) ->
 *                 context.observe("received", Map.of("from", from, "text", text)));
 *     }
 *     public Object perform(String action, Map<String, String> args) {
 *         return switch (action) {
 *             case "login" -> client.signIn(args.get("uid"), args.get("token"));
 *             case "send" -> client.say(args.get("to"), args.get("text"));
 *             default -> throw new IllegalArgumentException(action);
 *         };
 *     }
 * }
 * }</pre>
 *
 * <p>It runs on the thread that drives the run, with the run's cloud installed
 * ({@code RTS.createRTS} makes engines of it). The app's callbacks arrive on that thread too, while
 * the runner moves virtual time; report what the client saw with {@link ClientContext#observe}.
 */
public interface ClientAdapter {

    /** The names of the actions it can perform (see the package documentation for the built-in ones). */
    Set<String> actions();

    /** Starts the client before the first step: make its engine, register its listeners. */
    void start(ClientContext context);

    /**
     * Performs one action.
     *
     * @param action one of {@link #actions()}
     * @param args its arguments by name (users as uids)
     * @return what the call returned (an SDK return code, a message id), or null
     */
    Object perform(String action, Map<String, String> args);
}
