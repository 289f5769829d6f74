package dev.rtsfake.fake.net;

import java.util.random.RandomGenerator;

/**
 * How a link direction loses packets. Each model is a value; the link keeps the state of a bursty
 * model (which state it is in) itself.
 *
 * <pre>{@code
 * cloud.network().loss("alice", LossModel.independent(0.2));            // one packet in five
 * cloud.network().loss("bob", LossModel.bursty(0.05, 0.3, 0.0, 0.8));     // Gilbert-Elliott
 * }</pre>
 */
public sealed interface LossModel {

    /** No loss (the default). */
    static LossModel none() {
        return None.INSTANCE;
    }

    /** Each packet is lost independently with {@code probability} (0 to 1). */
    static LossModel independent(double probability) {
        return new Independent(probability);
    }

    /**
     * Bursty loss, the Gilbert-Elliott model: a good and a bad state, each with its own loss
     * probability, and per-packet chances of switching state.
     */
    static LossModel bursty(double goodToBad, double badToGood, double lossInGood, double lossInBad) {
        return new GilbertElliott(goodToBad, badToGood, lossInGood, lossInBad);
    }

    /** No loss. */
    enum None implements LossModel {
        /** The one value. */
        INSTANCE
    }

    /** Independent loss with a fixed probability. */
    record Independent(double probability) implements LossModel {
        /** Checks that the probability lies from 0 to 1. */
        public Independent {
            checkProbability("probability", probability);
        }
    }

    /** Two-state bursty loss. */
    record GilbertElliott(double goodToBad, double badToGood, double lossInGood, double lossInBad)
            implements LossModel {
        /** Checks that every probability lies from 0 to 1. */
        public GilbertElliott {
            checkProbability("goodToBad", goodToBad);
            checkProbability("badToGood", badToGood);
            checkProbability("lossInGood", lossInGood);
            checkProbability("lossInBad", lossInBad);
        }
    }

    private static void checkProbability(String name, double p) {
        if (!(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException(name + " must be a probability from 0 to 1, was " + p);
        }
    }

    /** Draws whether the next packet is lost; {@code bad} holds the bursty model's state. */
    static boolean draw(LossModel model, RandomGenerator random, boolean[] bad) {
        if (model instanceof Independent i) {
            return i.probability() > 0 && random.nextDouble() < i.probability();
        }
        if (model instanceof GilbertElliott g) {
            if (bad[0]) {
                if (random.nextDouble() < g.badToGood()) {
                    bad[0] = false;
                }
            } else if (random.nextDouble() < g.goodToBad()) {
                bad[0] = true;
            }
            double p = bad[0] ? g.lossInBad() : g.lossInGood();
            return p > 0 && random.nextDouble() < p;
        }
        return false;
    }
}
