package io.dunning.notice.rendering;

import io.dunning.events.cases.LetterType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * The letters: one XHTML layout ({@code letters/layout.html}: title, letter number, recipient, sender, the
 * two-copies line) around the text of each letter type ({@code letters/body/<LETTER_TYPE>.html}), with
 * {@code ${name}} placeholders filled with escaped values. Every template is loaded (and so checked) at
 * construction.
 */
public class LetterTemplates {

    public static final String KEPT_AND_SENT = "一式两份，一份留存，一份以挂号快递寄送";

    /** The units chineseDate prints. */
    private static final String DATE_UNITS = "年月日";

    private final Map<LetterType, String> templates = new EnumMap<>(LetterType.class);

    public LetterTemplates() {
        String layout = load("letters/layout.html");
        for (LetterType type : LetterType.values()) {
            templates.put(type, layout.replace("${body}", load("letters/body/" + type.name() + ".html")));
        }
    }

    /**
     * Every character a letter prints but the values of its fields: the templates, the titles, the two-copies line,
     * the date's and the recipient line's words (the font is cut down to these and ASCII: LetterGlyphs).
     */
    String fixedText() {
        StringBuilder text = new StringBuilder(KEPT_AND_SENT).append(DATE_UNITS).append(LetterContent.FIXED_TEXT);
        templates.values().forEach(text::append);
        for (LetterType type : LetterType.values()) {
            text.append(type.title());
        }
        return text.toString();
    }

    public String html(LetterContent content) {
        Map<String, String> values = Map.ofEntries(
                Map.entry("title", content.letterType().title()),
                Map.entry("letterNumber", content.letterNumber()),
                Map.entry("recipient", content.recipientLine()),
                Map.entry("branch", content.branchId()),
                Map.entry("loanId", content.loanId()),
                Map.entry("daysPastDue", Integer.toString(content.daysPastDue())),
                Map.entry("principal", money(content.arrears().principal())),
                Map.entry("interest", money(content.arrears().interest())),
                Map.entry("penalty", money(content.arrears().penalty())),
                Map.entry("total", money(content.arrears().total())),
                Map.entry("issuedOn", chineseDate(content.issuedOn())),
                Map.entry("deadline", chineseDate(content.paymentDeadline())),
                Map.entry("copies", KEPT_AND_SENT));
        String html = templates.get(content.letterType());
        for (Map.Entry<String, String> value : values.entrySet()) {
            html = html.replace("${" + value.getKey() + "}", escape(value.getValue()));
        }
        return html;
    }

    private static String money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String chineseDate(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String load(String resource) {
        try (InputStream in = LetterTemplates.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("letter template " + resource + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
