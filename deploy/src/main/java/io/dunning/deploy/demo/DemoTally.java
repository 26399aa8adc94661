package io.dunning.deploy.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the demo's members of staff did: for the day's progress line and the summary. */
final class DemoTally {

    private final Map<String, Integer> today = new TreeMap<>();
    private final Map<String, Integer> total = new TreeMap<>();
    private final List<String> notes = new ArrayList<>();

    synchronized void count(String what) {
        today.merge(what, 1, Integer::sum);
        total.merge(what, 1, Integer::sum);
    }

    /** Something worth a line of its own (the exemption's steps, an unexpected answer). */
    synchronized void note(String line) {
        notes.add(line);
    }

    /** The day's counts as text (empty when nothing happened), and a fresh day. */
    synchronized String takeToday() {
        String text = describe(today);
        today.clear();
        return text;
    }

    synchronized List<String> takeNotes() {
        List<String> taken = List.copyOf(notes);
        notes.clear();
        return taken;
    }

    synchronized String describeTotal() {
        return total.isEmpty() ? "nothing" : describe(total);
    }

    private static String describe(Map<String, Integer> counts) {
        StringBuilder text = new StringBuilder();
        counts.forEach((what, n) -> text.append(text.length() == 0 ? "" : ", ").append(n).append(' ').append(what));
        return text.toString();
    }
}
