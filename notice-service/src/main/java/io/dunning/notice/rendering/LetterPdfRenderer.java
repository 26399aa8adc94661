package io.dunning.notice.rendering;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import io.dunning.events.cases.LetterType;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.logging.Level;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Renders a letter to PDF (openhtmltopdf) with the CJK font embedded as a subset, so Chinese text renders. The glyphs
 * come from the font cut down at start-up to what the letters print ({@link LetterGlyphs}); a letter with a character
 * outside it is rendered from the whole font, parsed once per rendering thread ({@link ParsedCjkFont}). The filled
 * template is parsed by {@link XhtmlDocuments}.
 */
public class LetterPdfRenderer {

    static {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final LetterTemplates templates;
    private final ParsedCjkFont font;
    private final LetterGlyphs glyphs;

    public LetterPdfRenderer(LetterTemplates templates, CjkFont font) {
        this.templates = templates;
        this.font = new ParsedCjkFont(font);
        this.glyphs = ParsedCjkFont.using(font, whole -> new LetterGlyphs(whole, templates.fixedText()));
    }

    /**
     * Renders (and discards) one sample letter of each type, so that the first real letter finds openhtmltopdf's and
     * PDFBox's classes loaded, the templates read and this thread's font parsed. Nothing is numbered or stored.
     *
     * @return the number of sample letters rendered
     */
    public int warmUp() {
        LocalDate issuedOn = LocalDate.of(2026, 1, 5);
        for (LetterType type : LetterType.values()) {
            render(new LetterContent(type, "WARMUP-" + type.ordinal(), ObligorRole.BORROWER,
                    new PartyId("WARM-UP-0000"), "WARMUP", "WARMUP",
                    new Arrears(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ZERO), 1, issuedOn, issuedOn.plusDays(15)));
        }
        return LetterType.values().length;
    }

    public byte[] render(LetterContent content) {
        String html = templates.html(content);
        TrueTypeFont glyphSource = glyphs.cover(html) ? glyphs.get() : font.get();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (PDDocument document = new PDDocument()) {
            PDType0Font cjk = PDType0Font.load(document, glyphSource, true);
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .useFont(new PDFontSupplier(cjk), CjkFont.FAMILY, 400, FontStyle.NORMAL, true)
                    .withW3cDocument(XhtmlDocuments.parse(html), null)
                    .withProducer("dunning notice-service")
                    .toStream(out);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.layout();
                renderer.createPDF();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render letter " + content.letterNumber(), e);
        }
        return out.toByteArray();
    }
}
