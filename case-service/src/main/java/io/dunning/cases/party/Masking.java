package io.dunning.cases.party;

import java.util.List;

/**
 * How personal data is shown to a role that may not see it (RULEBOOK R6.7): pure functions, null in, null out.
 * <ul>
 *   <li>name: its first character and one {@code *}, whatever the length ({@code 张三丰 -> 张*},
 *       {@code Zhang San -> Z*}); a one-character name is {@code *}</li>
 *   <li>identity number: only the last 4 characters; 4 or fewer are all masked</li>
 *   <li>phone: the first 3 and last 4 digits of the national number ({@code 138****5678}), a {@code +86} prefix
 *       kept; fewer than 7 digits are all masked</li>
 *   <li>address: the province/city prefix of a Chinese address (through the first 市, else 省/自治区/特别行政区)
 *       then {@code ***}; a Latin address keeps its last comma-separated part (the city); else {@code ***}</li>
 * </ul>
 */
public final class Masking {

    static final String HIDDEN = "***";
    private static final List<String> CJK_REGION_MARKS = List.of("特别行政区", "自治区", "省");

    private Masking() {
    }

    public static PersonalData mask(PersonalData data) {
        return new PersonalData(name(data.name()), idNumber(data.idNumber()), phone(data.phone()),
                address(data.address()));
    }

    public static String name(String name) {
        if (name == null) {
            return null;
        }
        String stripped = name.strip();
        if (stripped.codePointCount(0, stripped.length()) <= 1) {
            return "*";
        }
        return new String(Character.toChars(stripped.codePointAt(0))) + "*";
    }

    public static String idNumber(String idNumber) {
        if (idNumber == null) {
            return null;
        }
        String stripped = idNumber.strip();
        int keep = stripped.length() > 4 ? 4 : 0;
        return "*".repeat(stripped.length() - keep) + stripped.substring(stripped.length() - keep);
    }

    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String stripped = phone.strip();
        String digits = stripped.replaceAll("\\D", "");
        String prefix = "";
        if (stripped.startsWith("+86") || stripped.startsWith("0086")) {
            prefix = "+86 ";
            digits = digits.substring(stripped.startsWith("+") ? 2 : 4);
        } else if (stripped.startsWith("+")) {
            prefix = "+";
        }
        if (digits.length() < 7) {
            return prefix + "*".repeat(digits.length());
        }
        return prefix + digits.substring(0, 3) + "*".repeat(digits.length() - 7) + digits.substring(digits.length() - 4);
    }

    public static String address(String address) {
        if (address == null) {
            return null;
        }
        String stripped = address.strip();
        int city = stripped.indexOf('市');
        if (city > 0) {
            return stripped.substring(0, city + 1) + HIDDEN;
        }
        for (String mark : CJK_REGION_MARKS) {
            int at = stripped.indexOf(mark);
            if (at > 0) {
                return stripped.substring(0, at + mark.length()) + HIDDEN;
            }
        }
        int comma = stripped.lastIndexOf(',');
        if (comma > 0 && comma < stripped.length() - 1 && !stripped.substring(comma + 1).isBlank()) {
            return HIDDEN + ", " + stripped.substring(comma + 1).strip();
        }
        return HIDDEN;
    }
}
