package dev.rtsfake.scenarios.model;

import dev.rtsfake.fake.appserver.AppServerFailure;
import dev.rtsfake.fake.net.LinkDirection;
import dev.rtsfake.fake.net.LossModel;
import dev.rtsfake.fake.net.RuleAction;
import java.time.Duration;

/** How actions read in the timeline, and the checks their records share. */
final class Texts {
    private Texts() {
    }

    static void requireName(String what, String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }

    static void requireCount(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be 1 or more, was " + count);
        }
    }

    static String timesText(int count, Duration every) {
        if (count == 1) {
            return "";
        }
        return " " + count + " times" + (every.isZero() ? " at once" : " every " + Durations.format(every));
    }

    static String directionText(LinkDirection d) {
        return switch (d) {
            case UP -> "up";
            case DOWN -> "down";
            case BOTH -> "both ways";
        };
    }

    /** "20%" or "bursts (Gilbert-Elliott 0.05/0.3, 0% good, 80% bad)". */
    static String lossText(LossModel model) {
        if (model instanceof LossModel.Independent i) {
            return percent(i.probability()) + " of packets";
        }
        if (model instanceof LossModel.GilbertElliott g) {
            return "packets in bursts (into a burst " + percent(g.goodToBad()) + ", out " + percent(g.badToGood())
                    + ", loss " + percent(g.lossInGood()) + " outside, " + percent(g.lossInBad()) + " inside)";
        }
        return "no packets";
    }

    static String percent(double p) {
        return java.math.BigDecimal.valueOf(p * 100).stripTrailingZeros().toPlainString() + "%";
    }

    static String effectText(RuleAction e) {
        if (e instanceof RuleAction.Delay d) {
            return "delay " + Durations.format(d.extra());
        }
        return e instanceof RuleAction.Fail f ? "fail " + f.resultCode() : e.toString();
    }

    static boolean sameFailure(AppServerFailure a, AppServerFailure b) {
        if (a instanceof AppServerFailure.Status x && b instanceof AppServerFailure.Status y) {
            return x.status() == y.status() && java.util.Arrays.equals(x.body(), y.body());
        }
        return a.equals(b);
    }

    static String failureText(AppServerFailure f) {
        if (f instanceof AppServerFailure.Status s) {
            return "HTTP " + s.status();
        }
        return f instanceof AppServerFailure.Timeout ? "no answer (timeout)" : "unreachable";
    }

    static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + '"';
    }
}
