package dev.rtsfake.fake.internal.access;



/** What every access hook shares: installing once, and running the owner's class initializer on first use. */
final class Hooks {
    private Hooks() {
    }

    /** Refuses a second installation: only the owner's class initializer installs its hook. */
    static void requireUnset(Object current, Class<?> hook) {
        if (current != null) {
            throw new IllegalStateException(hook.getSimpleName() + " is installed already; only its public"
                    + " class installs it, once");
        }
    }

    /** Runs the class initializer of {@code owner}, which installs its hook. */
    static void initialize(Class<?> owner) {
        try {
            Class.forName(owner.getName(), true, owner.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("cannot load " + owner.getName(), e);
        }
    }
}
