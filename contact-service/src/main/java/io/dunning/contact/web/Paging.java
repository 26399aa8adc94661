package io.dunning.contact.web;

import io.dunning.contact.config.ContactProperties;
import org.springframework.stereotype.Component;

/** Validates page/size of a list request: page >= 0, 1 <= size <= dunning.contact.paging.max-size. */
@Component
class Paging {

    private final ContactProperties.Paging limits;

    Paging(ContactProperties properties) {
        this.limits = properties.paging();
    }

    Window window(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? limits.defaultSize() : size;
        if (p < 0) {
            throw new InvalidRequestException("page", "page must be >= 0");
        }
        if (s < 1 || s > limits.maxSize()) {
            throw new InvalidRequestException("size", "size must be between 1 and " + limits.maxSize());
        }
        return new Window(p, s);
    }

    record Window(int page, int size) {

        int offset() {
            return page * size;
        }
    }
}
