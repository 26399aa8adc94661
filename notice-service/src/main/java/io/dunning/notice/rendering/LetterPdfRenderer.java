package io.dunning.notice.rendering;

import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.logging.Level;

/** Renders a letter to PDF (openhtmltopdf) with the CJK font embedded as a subset, so Chinese text renders. */
public class LetterPdfRenderer {

    static {
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final LetterTemplates templates;
    private final CjkFont font;

    public LetterPdfRenderer(LetterTemplates templates, CjkFont font) {
        this.templates = templates;
        this.font = font;
    }

    public byte[] render(LetterContent content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder()
                .useFastMode()
                .withHtmlContent(templates.html(content), null)
                .withProducer("dunning notice-service")
                .toStream(out);
        if (!font.collection()) {
            builder.useFont(font.file().toFile(), CjkFont.FAMILY);
        }
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            if (font.collection()) {
                renderer.getFontResolver().addFontCollection(font.file().toFile(), CjkFont.FAMILY, 400,
                        IdentValue.NORMAL, true);
            }
            renderer.layout();
            renderer.createPDF();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render letter " + content.letterNumber(), e);
        }
        return out.toByteArray();
    }
}
