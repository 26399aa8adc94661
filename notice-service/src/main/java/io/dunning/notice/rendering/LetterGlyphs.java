package io.dunning.notice.rendering;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.BitSet;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The CJK font cut down, once at start-up, to the glyphs the letters print: every character of the templates' fixed
 * text and printable ASCII (numbers, amounts, dates, references). A letter whose text it covers (all of today's
 * letters: names and addresses are not printed yet) is laid out and subset from this font of a few hundred glyphs
 * instead of the whole 17 MB collection, whose parsed tables cost about 60 MB of heap per rendering thread and whose
 * per-letter subsetting walked maps of all its 30,000 glyphs. A letter with a character outside it is rendered
 * from the whole font ({@link ParsedCjkFont}), as before: the output is the same glyphs either way.
 * <p>
 * The cut font is kept as bytes and parsed per rendering thread (a few hundred kilobytes each), because fontbox
 * reads a font's tables through one shared position.
 */
final class LetterGlyphs {

    private final byte[] font;
    private final BitSet covered = new BitSet();
    private final ThreadLocal<TrueTypeFont> perThread = ThreadLocal.withInitial(this::parse);

    /** Cuts {@code full} down to the characters of {@code text} and printable ASCII; {@code full} stays open. */
    LetterGlyphs(TrueTypeFont full, String text) {
        Set<Integer> wanted = new TreeSet<>();
        text.codePoints().forEach(wanted::add);
        for (int c = 0x20; c < 0x7f; c++) {
            wanted.add(c);
        }
        try {
            TTFSubsetter subsetter = new TTFSubsetter(full);
            for (int codePoint : wanted) {
                if (full.getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
                    subsetter.add(codePoint);
                    covered.set(codePoint);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            subsetter.writeToStream(out);
            this.font = out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot cut the CJK font down to the letters' glyphs", e);
        }
    }

    /** True if every character of {@code text} but line breaks and tabs has a glyph in the cut font. */
    boolean cover(String text) {
        return text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || covered.get(c));
    }

    /** This thread's parsed copy of the cut font. */
    TrueTypeFont get() {
        return perThread.get();
    }

    int size() {
        return font.length;
    }

    private TrueTypeFont parse() {
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(font));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse the cut CJK font", e);
        }
    }
}
