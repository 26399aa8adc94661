package io.dunning.notice.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.events.cases.LetterType;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** R3.1: every letter prints its Chinese title, its number and the two-copies line, in real (embedded) glyphs. */
class LetterPdfRendererTest {

    private static final List<String> FONTS = List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/truetype/arphic/uming.ttc");

    private final LetterPdfRenderer renderer = new LetterPdfRenderer(new LetterTemplates(),
            CjkFont.firstExisting(FONTS));

    @ParameterizedTest(name = "R3.1 {0} prints its Chinese title and letter number")
    @EnumSource(LetterType.class)
    void everyLetterPrintsItsChineseTitleNumberAndCopiesLine(LetterType type) throws IOException {
        byte[] pdf = renderer.render(content(type, "BR001-2026-000042"));

        String text = textOf(pdf).replaceAll("\\s+", "");

        assertThat(text).contains(type.title());
        assertThat(text).contains("BR001-2026-000042");
        assertThat(text).contains("一式两份，一份留存，一份以挂号快递寄送");
        assertThat(text).contains("LN-7", "1234.50", "2026年3月16日");
        assertThat(pdf.length).as("the font is embedded as a subset, not whole").isLessThan(1_000_000);
    }

    @Test
    void theRecipientIsNamedByRoleAndAMaskedPartyReferenceOnly() throws IOException {
        String text = textOf(renderer.render(content(LetterType.GUARANTOR_LIABILITY_NOTICE, "BR001-2026-000001")));

        assertThat(text).contains("担保人").contains("*****6789").doesNotContain("P-123456789");
    }

    @Test
    void theStartUpWarmUpRendersEveryLetterTypeAndLeavesTheRendererServingRealLetters() throws IOException {
        assertThat(renderer.warmUp()).isEqualTo(LetterType.values().length);

        assertThat(textOf(renderer.render(content(LetterType.URGENT_NOTICE, "BR001-2026-000042")))
                .replaceAll("\\s+", "")).contains(LetterType.URGENT_NOTICE.title()).contains("BR001-2026-000042");
    }

    @Test
    void theOnceParsedFontServesLetterAfterLetterAndThreadAfterThread() throws Exception {
        List<LetterType> types = List.of(LetterType.values());
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                LetterType type = types.get(i % types.size());
                String number = "BR001-2026-%06d".formatted(100 + i);
                texts.add(pool.submit(() -> textOf(renderer.render(content(type, number))).replaceAll("\\s+", "")));
            }
            for (int i = 0; i < texts.size(); i++) {
                assertThat(texts.get(i).get()).contains(types.get(i % types.size()).title())
                        .contains("BR001-2026-%06d".formatted(100 + i)).contains("一式两份");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLetterWithACharacterOutsideTheCutFontIsRenderedFromTheWholeFont() throws IOException {
        // 鑫 is in wqy-zenhei but in no template: the branch's name brings it in
        LetterContent content = new LetterContent(LetterType.URGENT_NOTICE, "BR001-2026-000043", ObligorRole.BORROWER,
                new PartyId("P-123456789"), "鑫城支行", "LN-7",
                new Arrears(new BigDecimal("1000"), BigDecimal.ZERO, BigDecimal.ZERO), 61, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 3, 16));

        String text = textOf(renderer.render(content)).replaceAll("\\s+", "");

        assertThat(text).contains("鑫城支行").contains(LetterType.URGENT_NOTICE.title());
    }

    @Test
    void withoutAnyConfiguredFontStartupFailsNamingThePathsTried() {
        assertThatThrownBy(() -> CjkFont.firstExisting(List.of("/nowhere/a.ttc")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nowhere/a.ttc").hasMessageContaining("fonts-wqy-zenhei");
    }

    private static LetterContent content(LetterType type, String number) {
        return new LetterContent(type, number, type == LetterType.GUARANTOR_LIABILITY_NOTICE
                ? ObligorRole.GUARANTOR : ObligorRole.BORROWER, new PartyId("P-123456789"), "BR001", "LN-7",
                new Arrears(new BigDecimal("1000"), new BigDecimal("200.5"), new BigDecimal("34")), 31,
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 16));
    }

    static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
