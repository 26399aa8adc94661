package io.dunning.contact.kafka;

import io.dunning.events.CloudEventHeaders;
import io.dunning.events.cases.*;
import io.dunning.events.notice.*;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The ce_types this service reads, {@code <SimpleName>.v<revision>}. contact-service carries no Axon, so the
 * revisions are listed here; a test checks them against the events' {@code @Revision}. A new revision of an event
 * needs a line here (and, if its shape changed, an upcaster) before this service can read it.
 */
final class EventTypes {

    private static final Map<String, Class<?>> BY_CE_TYPE = Stream.of(
                    CaseOpened.class, DelinquencyUpdated.class, ReminderRequested.class, NoticeRequested.class,
                    PaymentReceived.class, CaseCured.class, CaseClosed.class, PromiseMade.class, PromiseKept.class,
                    PromiseBroken.class, RepaymentPlanAgreed.class, RepaymentPlanCompleted.class,
                    ExemptionRequested.class, ExemptionApproved.class, ExemptionRejected.class,
                    ExemptionApprovalRefused.class, ExemptionRevoked.class, LitigationPrepared.class,
                    LitigationRequired.class, LitigationDeferred.class, LitigationFiled.class,
                    CollectionMaterialsHandedOver.class, AccelerationDeclared.class, SegmentAssigned.class,
                    RiskMeasureRecorded.class, RiskInformationReviewed.class, ArrearsReasonRecorded.class,
                    FollowUpPlanned.class, ExtensionGranted.class, PenaltyWaived.class,
                    ContactRecorded.class, ComplaintRecorded.class, ComplaintHandled.class, ComplaintClosed.class,
                    ContactPermitted.class, ContactRefused.class, DialAttempted.class, ObligorMarkedUnreachable.class,
                    NoticeSent.class, NoticeDelivered.class, NoticeReturned.class, NoticeFailed.class,
                    PersonalDataRevealed.class, PartyErased.class, ReminderDeferred.class,
                    LetterIssued.class, LetterDispatched.class, LetterDelivered.class, LetterReturned.class,
                    SmsSent.class, SmsFailed.class, DispatchCancelled.class)
            .collect(Collectors.toUnmodifiableMap(type -> CloudEventHeaders.typeOf(type.getSimpleName(), "1"),
                    Function.identity()));

    private EventTypes() {
    }

    static Optional<Class<?>> classOf(String ceType) {
        return Optional.ofNullable(ceType).map(BY_CE_TYPE::get);
    }

    static Map<String, Class<?>> all() {
        return BY_CE_TYPE;
    }
}
