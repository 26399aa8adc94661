package io.dunning.notice.config;

import io.dunning.notice.rendering.CjkFont;
import io.dunning.notice.rendering.LetterPdfRenderer;
import io.dunning.notice.rendering.LetterTemplates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The letter renderer; startup fails with a clear message when no configured CJK font exists. */
@Configuration(proxyBeanMethods = false)
class RenderingConfig {

    @Bean
    LetterPdfRenderer letterPdfRenderer(LetterProperties properties) {
        return new LetterPdfRenderer(new LetterTemplates(), CjkFont.firstExisting(properties.fonts()));
    }
}
