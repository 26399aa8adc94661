package io.dunning.simulators;

import java.util.SplittableRandom;

/** A reproducible draw per item: the same seed and key always give the same number, whatever the order. */
public final class Draw {

    private Draw() {
    }

    public static boolean below(double ratio, long seed, String key) {
        return new SplittableRandom(seed ^ key.hashCode()).nextDouble() < ratio;
    }
}
