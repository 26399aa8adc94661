package io.dunning.notice.config;

import java.time.ZoneId;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How letters are numbered, dated and rendered ({@code dunning.notice.*}).
 *
 * @param numberFormat        letter number (函号) pattern: {@code {branch}}, {@code {year}}, {@code {seq}} or
 *                            {@code {seq:N}} (zero-padded to N digits); sequence is gap-free per branch and year
 * @param bankZone            the bank's time zone: the issue date, and so the numbering year, is taken there
 * @param paymentDeadlineDays days from the issue date to the payment deadline printed on the letter
 * @param fonts               CJK font files (.ttf or .ttc with TrueType outlines), tried in order; the first
 *                            that exists is used; startup fails when none does
 */
@ConfigurationProperties("dunning.notice")
public record LetterProperties(
        @DefaultValue("{branch}-{year}-{seq:6}") String numberFormat,
        @DefaultValue("Asia/Shanghai") ZoneId bankZone,
        @DefaultValue("15") int paymentDeadlineDays,
        @DefaultValue({"/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                "/usr/share/fonts/truetype/arphic/uming.ttc"}) List<String> fonts) {
}
