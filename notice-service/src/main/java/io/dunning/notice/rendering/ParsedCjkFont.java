package io.dunning.notice.rendering;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/**
 * The whole CJK font parsed once per rendering thread that needs it and kept, instead of openhtmltopdf parsing the
 * (17 MB) file again for every letter. Of a {@code .ttc} collection the first font is used (wqy-zenhei: "WenQuanYi
 * Zen Hei"). The file is read lazily from disk (fontbox's buffered file access); each thread has its own copy
 * because fontbox's tables and the subsetter read through one shared file position. A parsed copy grows to about
 * 60 MB of glyph maps once letters are subset from it, so only letters the cut font ({@link LetterGlyphs}) does not
 * cover are rendered from it. Each PDF gets its own {@code PDType0Font} from it (see {@link LetterPdfRenderer});
 * that never closes the font.
 */
final class ParsedCjkFont {

    private final CjkFont font;
    private final ThreadLocal<TrueTypeFont> perThread;

    ParsedCjkFont(CjkFont font) {
        this.font = font;
        this.perThread = ThreadLocal.withInitial(() -> open(font).font());
    }

    TrueTypeFont get() {
        return perThread.get();
    }

    /** Parses the font, hands it to {@code use} and closes it again. */
    static <T> T using(CjkFont font, Function<TrueTypeFont, T> use) {
        Opened opened = open(font);
        try (Closeable ignored = opened.owner()) {
            return use.apply(opened.font());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the CJK font " + font.file(), e);
        }
    }

    /** A parsed font and what must be closed to release it (the collection it came from, or itself). */
    private record Opened(TrueTypeFont font, Closeable owner) {
    }

    private static Opened open(CjkFont font) {
        try {
            if (!font.collection()) {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(font.file().toFile()));
                return new Opened(ttf, ttf);
            }
            // the collection stays open: its fonts read their tables through it
            TrueTypeCollection collection = new TrueTypeCollection(font.file().toFile());
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(ttf -> first.compareAndSet(null, ttf));
            if (first.get() == null) {
                collection.close();
                throw new IOException("the collection holds no font");
            }
            return new Opened(first.get(), collection);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the CJK font " + font.file(), e);
        }
    }
}
