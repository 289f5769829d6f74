package dev.rtsfake.scenarios.bench;

/** Does nothing: {@link ColdStartProbe} times a JVM running it to know the JVM's own start-up cost. */
final class EmptyMain {
    private EmptyMain() {
    }

    public static void main(String[] args) {
        // Nothing: the JVM's start and exit are what is measured.
    }
}
