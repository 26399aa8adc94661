package io.dunning.notice.mailing;

import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Mailing lists ({@code dunning.notice.mailing.*}).
 *
 * @param closeAt the courier's daily cut-off in the bank's zone: the day's lists close then, and a letter handed
 *                over at or after it belongs to the next day's list (must lie after midnight)
 */
@ConfigurationProperties("dunning.notice.mailing")
public record MailingProperties(@DefaultValue("18:00") LocalTime closeAt) {

    public MailingProperties {
        if (closeAt.equals(LocalTime.MIDNIGHT)) {
            throw new IllegalArgumentException("dunning.notice.mailing.close-at must lie after midnight");
        }
    }
}
