package io.dunning.notice.archive;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.dunning.notice.query.LetterView;
import io.dunning.notice.query.LetterViews;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.stereotype.Component;

/**
 * The complete archive of one letter (R3.4) as a ZIP: {@code <number>.pdf}, the kept copy, and
 * {@code manifest.json}, the letter's details and the references of its evidence (waybill, delivery proof,
 * returned item and reason, mailing list, cancellation). The recipient is given by role and masked reference.
 */
@Component
public class LetterArchiveBundle {

    public static final String MANIFEST = "manifest.json";

    private final LetterViews views;
    private final LetterArchive archive;
    private final ObjectMapper json;

    LetterArchiveBundle(LetterViews views, LetterArchive archive, ObjectMapper json) {
        this.views = views;
        this.archive = archive;
        this.json = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
    }

    /** What the manifest says: dates and instants as ISO strings. */
    public record Manifest(
            String letterNumber,
            String letterType,
            String letterTitle,
            String caseId,
            String loanId,
            String step,
            String recipientRole,
            String recipientRef,
            String branchId,
            @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate issuedOn,
            @JsonFormat(shape = JsonFormat.Shape.STRING) LocalDate paymentDeadline,
            String state,
            String keptCopy,
            String waybill,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Instant dispatchedAt,
            String deliveryProofRef,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Instant deliveredAt,
            String returnedItemRef,
            String returnReason,
            @JsonFormat(shape = JsonFormat.Shape.STRING) Instant returnedAt,
            String mailingListId,
            String cancelReason) {
    }

    /** @return the ZIP, or empty for an unknown letter */
    public Optional<byte[]> zip(String letterNumber) {
        Optional<LetterView> letter = views.find(letterNumber);
        Optional<byte[]> pdf = archive.keptCopy(letterNumber);
        if (letter.isEmpty() || pdf.isEmpty()) {
            return Optional.empty();
        }
        String pdfName = letterNumber + ".pdf";
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(pdfName));
            zip.write(pdf.get());
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(MANIFEST));
            zip.write(json.writeValueAsBytes(manifest(letter.get(), pdfName)));
            zip.closeEntry();
            zip.finish();
            return Optional.of(bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Manifest manifest(LetterView l, String pdfName) {
        return new Manifest(l.letterNumber(), l.letterType(), l.letterTitle(), l.caseId(), l.loanId(), l.step(),
                l.recipientRole(), PartyReferences.mask(l.recipientId()), l.branchId(), l.issuedOn(),
                l.paymentDeadline(), l.state(), pdfName, l.waybill(), l.dispatchedAt(), l.deliveryProofRef(),
                l.deliveredAt(), l.returnedItemRef(), l.returnReason(), l.returnedAt(), l.mailingListId(),
                l.cancelReason());
    }
}
