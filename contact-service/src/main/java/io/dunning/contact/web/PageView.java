package io.dunning.contact.web;

import java.util.List;

/** One page of a list: {@code page} is 0-based; {@code totalItems} counts every item of the list. */
public record PageView<T>(List<T> items, int page, int size, long totalItems) {
}
