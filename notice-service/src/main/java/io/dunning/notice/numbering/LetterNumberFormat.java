package io.dunning.notice.numbering;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The printed form of a letter number (函号), e.g. {@code {branch}-{year}-{seq:6}} gives {@code BR001-2026-000042}.
 * Placeholders: {@code {branch}}, {@code {year}}, {@code {seq}} (plain) or {@code {seq:N}} (zero-padded to N
 * digits). Both {@code {branch}} and {@code {seq}} are required so numbers stay unique across branches.
 */
public final class LetterNumberFormat {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(branch|year|seq)(?::(\\d{1,2}))?}");

    private final String pattern;

    public LetterNumberFormat(String pattern) {
        if (pattern == null || !pattern.contains("{branch}") || !pattern.matches(".*\\{seq(:\\d{1,2})?}.*")) {
            throw new IllegalArgumentException("letter number format needs {branch} and {seq} or {seq:N}: "
                    + pattern);
        }
        this.pattern = pattern;
    }

    public String format(String branch, int year, long sequence) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = switch (matcher.group(1)) {
                case "branch" -> branch;
                case "year" -> Integer.toString(year);
                default -> matcher.group(2) == null ? Long.toString(sequence)
                        : String.format("%0" + matcher.group(2) + "d", sequence);
            };
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    @Override
    public String toString() {
        return pattern;
    }
}
