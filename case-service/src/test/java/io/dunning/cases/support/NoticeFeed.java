package io.dunning.cases.support;

import io.dunning.events.Topics;
import java.nio.charset.StandardCharsets;

/**
 * notice-service's events exactly as it publishes them on {@code dunning.notice-events.v1}: key = loan id, CloudEvents
 * binary headers ({@code ce_type} = {@code <Name>.v1}), JSON body with typed ids as bare strings.
 */
public final class NoticeFeed {

    public static final String SOURCE = "/dunning/notice-service";

    private NoticeFeed() {
    }

    public static void send(String loanId, String ceId, String name, String body) {
        KafkaTestClient.send(Topics.NOTICE_EVENTS, loanId, ceId, name + ".v1", SOURCE,
                body.getBytes(StandardCharsets.UTF_8));
    }

    public static String letterIssued(String caseId, String loanId, String letterNumber) {
        return """
                {"letterNumber":"%s","caseId":"%s","loanId":"%s","step":"OVERDUE_NOTICE",
                 "letterType":"OVERDUE_COLLECTION_NOTICE","recipient":"P-B1","recipientRole":"BORROWER",
                 "branchId":"BR-SH-01","issuedOn":"2026-02-09"}""".formatted(letterNumber, caseId, loanId);
    }

    public static String letterDispatched(String caseId, String loanId, String letterNumber, String step,
                                          String letterType, String recipient, String role, String waybill) {
        return """
                {"letterNumber":"%s","caseId":"%s","loanId":"%s","step":"%s","letterType":"%s","recipient":"%s",
                 "recipientRole":"%s","waybill":"%s","dispatchedAt":"2026-02-09T02:00:00Z"}"""
                .formatted(letterNumber, caseId, loanId, step, letterType, recipient, role, waybill);
    }

    public static String letterDelivered(String caseId, String loanId, String letterNumber, String waybill) {
        return """
                {"letterNumber":"%s","caseId":"%s","loanId":"%s","waybill":"%s","proofOfDeliveryRef":"POD-%s",
                 "deliveredAt":"2026-02-11T03:00:00Z"}""".formatted(letterNumber, caseId, loanId, waybill, waybill);
    }

    public static String letterReturned(String caseId, String loanId, String letterNumber, String waybill) {
        return """
                {"letterNumber":"%s","caseId":"%s","loanId":"%s","waybill":"%s","returnReason":"addressee unknown",
                 "returnedItemRef":"RET-%s","returnedAt":"2026-02-12T08:00:00Z"}"""
                .formatted(letterNumber, caseId, loanId, waybill, waybill);
    }

    public static String smsSent(String caseId, String loanId, String smsId) {
        return """
                {"smsId":"%s","caseId":"%s","loanId":"%s","step":"SMS_REMINDER","recipient":"P-B1",
                 "providerMessageId":"prov-%s","sentAt":"2026-01-11T01:00:00Z"}"""
                .formatted(smsId, caseId, loanId, smsId);
    }
}
