package io.dunning.notice.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The font cut down to the letters' glyphs: what it covers, and that it is small. */
class LetterGlyphsTest {

    private static final CjkFont FONT = CjkFont.firstExisting(List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc"));

    private final LetterTemplates templates = new LetterTemplates();
    private final LetterGlyphs glyphs = ParsedCjkFont.using(FONT, whole -> new LetterGlyphs(whole,
            templates.fixedText()));

    @Test
    void itCoversEveryTemplateAndAsciiButNotOtherCharacters() {
        assertThat(glyphs.cover(templates.fixedText())).isTrue();
        assertThat(glyphs.cover("BR001-2026-000042 LN-7 1234.50 *****6789")).isTrue();
        assertThat(glyphs.cover("鑫")).isFalse();
    }

    @Test
    void itIsAFewHundredKilobytesNotTheWholeCollection() throws IOException {
        assertThat(glyphs.size()).isLessThan(1_000_000);
        assertThat(glyphs.get().getNumberOfGlyphs()).isLessThan(2_000);
    }
}
