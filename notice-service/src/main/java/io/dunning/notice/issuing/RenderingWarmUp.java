package io.dunning.notice.issuing;

import io.dunning.notice.rendering.LetterPdfRenderer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Warms letter rendering up while the application starts ({@link LetterPdfRenderer#warmUp()}), before the Kafka
 * listeners start and before the service reports ready: otherwise the first letters of a burst wait on class
 * loading, template reading and font parsing inside the transaction that holds their branch's letter number.
 */
@Component
class RenderingWarmUp implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(RenderingWarmUp.class);

    private final LetterPdfRenderer renderer;

    RenderingWarmUp(LetterPdfRenderer renderer) {
        this.renderer = renderer;
    }

    @Override
    public void afterSingletonsInstantiated() {
        long start = System.nanoTime();
        int letters = renderer.warmUp();
        log.info("Letter rendering warmed up ({} sample letters) in {} ms", letters,
                (System.nanoTime() - start) / 1_000_000);
    }
}
