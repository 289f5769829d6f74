package dev.rtsfake.scenarios.model;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the known name nearest to a misspelt one, by edit distance. */
public final class Suggest {
    private Suggest() {
    }

    /**
     * The name in {@code known} nearest to {@code wrong} (ignoring case), or null when none is close:
     * at most a third of the longer name's letters differ, and at most 3.
     */
    public static String nearest(String wrong, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String w = wrong.toLowerCase(Locale.ROOT);
        for (String k : known) {
            int d = distance(w, k.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        int allowed = Math.min(3, Math.max(1, Math.max(w.length(), best.length()) / 3));
        return bestDistance <= allowed ? best : null;
    }

    /** "; did you mean 'alice'?" or "". */
    public static String didYouMean(String wrong, Collection<String> known) {
        String n = nearest(wrong, known);
        return n == null ? "" : "; did you mean '" + n + "'?";
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
