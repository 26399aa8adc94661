package io.dunning.notice.rendering;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CJK font the letters are rendered with: the first existing file of a configured list (.ttf, or a .ttc
 * collection, with TrueType outlines). Fails at once, naming every path tried, when none exists.
 */
public record CjkFont(Path file) {

    public static final String FAMILY = "LetterCJK";

    public static CjkFont firstExisting(List<String> candidates) {
        return candidates.stream().map(Path::of).filter(Files::isRegularFile).findFirst().map(CjkFont::new)
                .orElseThrow(() -> new IllegalStateException("No CJK font found for the letters; tried "
                        + candidates + ". Install one (Debian: apt-get install fonts-wqy-zenhei) or set"
                        + " dunning.notice.fonts to a .ttf/.ttc with TrueType outlines."));
    }

    public boolean collection() {
        return file.getFileName().toString().toLowerCase().endsWith(".ttc");
    }
}
