package io.dunning.contact.support;

import java.time.Duration;
import java.util.function.Supplier;

/** Polls until an assertion holds (the projections are asynchronous). */
public final class Eventually {

    private Eventually() {
    }

    public static void eventually(Duration timeout, Runnable assertion) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                sleep();
            }
        }
    }

    public static <T> T eventually(Duration timeout, Supplier<T> value, java.util.function.Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T current = value.get();
        while (!done.test(current) && System.nanoTime() < deadline) {
            sleep();
            current = value.get();
        }
        return current;
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
