package io.dunning.notice.config;

import io.dunning.notice.numbering.LetterNumberFormat;
import io.dunning.notice.numbering.LetterNumbers;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** Letter numbering with the configured format ({@code dunning.notice.number-format}), checked at startup. */
@Configuration(proxyBeanMethods = false)
class NumberingConfig {

    @Bean
    LetterNumbers letterNumbers(JdbcTemplate jdbc, LetterProperties properties) {
        return new LetterNumbers(jdbc, new LetterNumberFormat(properties.numberFormat()));
    }
}
