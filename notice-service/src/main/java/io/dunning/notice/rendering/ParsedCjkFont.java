package io.dunning.notice.rendering;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The CJK font parsed once per rendering thread and kept, instead of openhtmltopdf parsing the (17 MB) file again
 * for every letter. Of a {@code .ttc} collection the first font is used (wqy-zenhei: "WenQuanYi Zen Hei"). The file
 * is read lazily from disk (fontbox's buffered file access), so a parsed copy costs little heap; each thread has its
 * own copy because fontbox's tables and the subsetter read through one shared file position.
 * Each PDF gets its own {@code PDType0Font} from it (see {@link LetterPdfRenderer}); that never closes the font.
 */
final class ParsedCjkFont {

    private final CjkFont font;
    private final ThreadLocal<TrueTypeFont> perThread;

    ParsedCjkFont(CjkFont font) {
        this.font = font;
        this.perThread = ThreadLocal.withInitial(this::parse);
    }

    TrueTypeFont get() {
        return perThread.get();
    }

    private TrueTypeFont parse() {
        try {
            if (!font.collection()) {
                return new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
            }
            // the collection stays open: its fonts read their tables through it
            TrueTypeCollection collection = new TrueTypeCollection(font.file().toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
            if (first.get() == null) {
                throw new IOException("the collection holds no font");
            }
            return first.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the CJK font " + font.file(), e);
        }
    }
}
