package io.dunning.notice.query;

import java.util.List;

/** One page of letters: {@code page} counts from 0. */
public record LetterPage(List<LetterView> items, int page, int size, long totalItems, int totalPages) {
}
