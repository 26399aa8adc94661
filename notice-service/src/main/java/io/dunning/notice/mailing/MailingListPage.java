package io.dunning.notice.mailing;

import java.util.List;

/** One page of mailing lists: {@code page} counts from 0. */
public record MailingListPage(List<MailingListSummary> items, int page, int size, long totalItems, int totalPages) {
}
