package io.dunning.notice.mailing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.dunning.events.cases.LadderStep;
import io.dunning.events.cases.LetterType;
import io.dunning.events.cases.NoticeRequested;
import io.dunning.events.common.Arrears;
import io.dunning.events.common.BranchId;
import io.dunning.events.common.CaseId;
import io.dunning.events.common.LoanId;
import io.dunning.events.common.ObligorRole;
import io.dunning.events.common.PartyId;
import io.dunning.notice.issuing.NoticeIntake;
import io.dunning.notice.letter.RecordDelivery;
import io.dunning.notice.letter.RecordWaybill;
import io.dunning.notice.support.NoticeServiceIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Mailing lists (R3.3) and the letter archive download (R3.4), on the real database and the real letter path. */
class MailingListsIT extends NoticeServiceIntegrationTest {

    private static final ZoneId BANK = ZoneId.of("Asia/Shanghai");

    @Autowired
    WebTestClient web;
    @Autowired
    NoticeIntake intake;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    CommandGateway commands;
    @Autowired
    ObjectMapper json;
    @Autowired
    MailingListClosing closing;
    @Autowired
    Scheduler scheduler;
    @Autowired
    MeterRegistry meters;

    private final LocalDate day = LocalDate.now(BANK).minusDays(3);

    @Test
    @DisplayName("R3.3 closing a branch's day takes exactly the letters it handed over that day; twice, the same list")
    void closingTakesExactlyTheDaysLettersOfTheBranch() {
        String branch = branch();
        String other = branch();
        String a1 = handedOver(branch, at(day, 10), "P-10001");
        String a2 = handedOver(branch, at(day.minusDays(1), 19), "P-10002");
        String late = handedOver(branch, at(day, 18, 30), "P-10003");
        String before = handedOver(branch, at(day.minusDays(1), 12), "P-10004");
        issued(branch, "P-10005");
        String b1 = handedOver(other, at(day, 11), "P-10006");
        double closedBefore = closedCount("request");

        JsonNode list = close(branch, day);

        assertThat(list.get("branchId").asText()).isEqualTo(branch);
        assertThat(list.get("date").asText()).isEqualTo(day.toString());
        assertThat(list.get("letterCount").asInt()).isEqualTo(2);
        assertThat(list.get("letters").findValuesAsText("letterNumber")).containsExactly(a2, a1);
        JsonNode line = list.get("letters").get(1);
        assertThat(line.get("waybill").asText()).isEqualTo("WB-" + a1);
        assertThat(line.get("letterTitle").asText()).isEqualTo(LetterType.OVERDUE_COLLECTION_NOTICE.title());
        assertThat(line.get("recipientRole").asText()).isEqualTo("BORROWER");
        assertThat(line.get("recipientRef").asText()).isEqualTo("P****01").doesNotContain("10001");
        assertThat(line.get("addressLine").asText()).contains("party store");
        String id = list.get("id").asText();
        assertThat(closedCount("request")).isEqualTo(closedBefore + 1);

        JsonNode again = close(branch, day);
        assertThat(again.get("id").asText()).isEqualTo(id);
        assertThat(again.get("letters").findValuesAsText("letterNumber")).containsExactly(a2, a1);
        assertThat(closedCount("request")).isEqualTo(closedBefore + 1);
        web.get().uri("/mailing-lists/{id}", id).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.letterCount").isEqualTo(2);
        web.get().uri("/letters/{n}", a1).exchange().expectBody().jsonPath("$.mailingListId").isEqualTo(id);
        web.get().uri("/letters/{n}", late).exchange().expectBody().jsonPath("$.mailingListId").doesNotExist();

        assertThat(close(branch, day.plusDays(1)).get("letters").findValuesAsText("letterNumber"))
                .containsExactly(late);
        assertThat(close(branch, day.minusDays(1)).get("letters").findValuesAsText("letterNumber"))
                .containsExactly(before);
        assertThat(close(other, day).get("letters").findValuesAsText("letterNumber")).containsExactly(b1);
    }

    @Test
    @DisplayName("R3.3 concurrent closings of the same day make one list, and a letter is never on two lists")
    void concurrentClosingsMakeOneList() {
        String branch = branch();
        List<String> letters = List.of(handedOver(branch, at(day, 9), "P-20001"),
                handedOver(branch, at(day, 10), "P-20002"), handedOver(branch, at(day, 11), "P-20003"));

        List<JsonNode> lists = List.of(1, 2, 3, 4).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> close(branch, day))).toList()
                .stream().map(CompletableFuture::join).toList();

        assertThat(lists).extracting(l -> l.get("id").asText()).containsOnly(lists.get(0).get("id").asText());
        assertThat(lists).allSatisfy(l ->
                assertThat(l.get("letters").findValuesAsText("letterNumber")).containsExactlyElementsOf(letters));
        web.get().uri("/mailing-lists?branchId={b}", branch).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1);
    }

    @Test
    @DisplayName("R3.3 the CSV of a list has a header and one UTF-8 row per letter, by suffix or by format")
    void csvHasAHeaderAndOneRowPerLetter() {
        String branch = branch();
        handedOver(branch, at(day, 9), "P-30001");
        handedOver(branch, at(day, 10), "P-30002");
        String id = close(branch, day).get("id").asText();

        for (String uri : List.of("/mailing-lists/" + id + ".csv", "/mailing-lists/" + id + "?format=csv")) {
            byte[] body = web.get().uri(uri).exchange().expectStatus().isOk()
                    .expectHeader().contentTypeCompatibleWith(new MediaType("text", "csv"))
                    .expectBody(byte[].class).returnResult().getResponseBody();
            List<String> rows = new String(body, StandardCharsets.UTF_8).lines().toList();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0)).startsWith("mailing_list_id,branch_id,date,line,letter_number");
            assertThat(rows.get(1)).startsWith(id + "," + branch + "," + day + ",1,")
                    .contains(LetterType.OVERDUE_COLLECTION_NOTICE.title()).contains("BORROWER");
        }
    }

    @Test
    @DisplayName("R3.4 the archive ZIP holds the kept copy PDF and a manifest with waybill, proof and mailing list")
    void archiveZipHoldsThePdfAndTheManifest() throws IOException {
        String branch = branch();
        String letter = handedOver(branch, at(day, 9), "P-40001");
        commands.sendAndWait(new RecordDelivery(letter, "POD-" + letter, at(day.plusDays(1), 9)));
        String listId = close(branch, day).get("id").asText();

        byte[] zip = web.get().uri("/letters/{n}/archive", letter).exchange().expectStatus().isOk()
                .expectHeader().contentType("application/zip")
                .expectBody(byte[].class).returnResult().getResponseBody();

        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries).containsOnlyKeys(letter + ".pdf", "manifest.json");
        assertThat(new String(entries.get(letter + ".pdf"), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        JsonNode manifest = json.readTree(entries.get("manifest.json"));
        assertThat(manifest.get("letterNumber").asText()).isEqualTo(letter);
        assertThat(manifest.get("letterType").asText()).isEqualTo("OVERDUE_COLLECTION_NOTICE");
        assertThat(manifest.get("waybill").asText()).isEqualTo("WB-" + letter);
        assertThat(manifest.get("deliveryProofRef").asText()).isEqualTo("POD-" + letter);
        assertThat(manifest.get("mailingListId").asText()).isEqualTo(listId);
        assertThat(manifest.get("recipientRole").asText()).isEqualTo("BORROWER");
        assertThat(manifest.get("recipientRef").asText()).doesNotContain("40001");
        assertThat(manifest.has("returnedItemRef")).isTrue();
        assertThat(manifest.has("cancelReason")).isTrue();

        web.get().uri("/letters/{n}/archive", "NO-SUCH-LETTER").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @DisplayName("R3.3 the daily task closes every branch's past days with letters not yet on a list")
    void theDailyTaskClosesThePastDays() {
        String branch = branch();
        handedOver(branch, at(day, 9), "P-50001");
        handedOver(branch, at(day.minusDays(1), 9), "P-50002");
        double scheduledBefore = closedCount("schedule");

        closing.closeDueLists();

        web.get().uri("/mailing-lists?branchId={b}&size=10", branch).exchange().expectStatus().isOk().expectBody()
                .jsonPath("$.totalItems").isEqualTo(2)
                .jsonPath("$.items[0].date").isEqualTo(day.toString())
                .jsonPath("$.items[1].date").isEqualTo(day.minusDays(1).toString())
                .jsonPath("$.items[0].closedBy").isEqualTo("SCHEDULE")
                .jsonPath("$.items[0].letterCount").isEqualTo(1);
        assertThat(closedCount("schedule")).isGreaterThanOrEqualTo(scheduledBefore + 2);
        web.get().uri("/mailing-lists?branchId={b}&date={d}", branch, day).exchange().expectBody()
                .jsonPath("$.totalItems").isEqualTo(1);
        await().atMost(Duration.ofSeconds(20)).until(() -> scheduler.getScheduledExecution(
                TaskInstanceId.of(MailingConfig.CLOSING_TASK, RecurringTask.INSTANCE)).isPresent());
        Instant next = scheduler.getScheduledExecution(
                TaskInstanceId.of(MailingConfig.CLOSING_TASK, RecurringTask.INSTANCE)).orElseThrow().getExecutionTime();
        assertThat(next.atZone(BANK).toLocalTime()).hasToString("18:00");
    }

    @Test
    @DisplayName("bad input is a 400 problem+json naming the field; an unknown list is a 404; an open day a 409")
    void badInputNamesTheField() {
        post(Map.of("branchId", "BR-1", "date", "2026-13-40")).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("date");
        post(Map.of("date", "2026-01-05")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.field").isEqualTo("branchId");
        post(Map.of("branchId", "BR/1", "date", "2026-01-05")).expectStatus().isBadRequest().expectBody()
                .jsonPath("$.field").isEqualTo("branchId");
        web.get().uri("/mailing-lists?date=yesterday").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.field").isEqualTo("date");
        web.get().uri("/mailing-lists?size=0").exchange().expectStatus().isBadRequest().expectBody()
                .jsonPath("$.field").isEqualTo("size");
        web.get().uri("/mailing-lists/ML-NOPE-20260101").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(Map.of("branchId", "BR-1", "date", LocalDate.now(BANK).plusDays(5).toString()))
                .expectStatus().isEqualTo(409).expectBody().jsonPath("$.field").isEqualTo("date");
    }

    private JsonNode close(String branch, LocalDate date) {
        byte[] body = post(Map.of("branchId", branch, "date", date.toString())).expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private WebTestClient.ResponseSpec post(Map<String, String> body) {
        return web.post().uri("/mailing-lists").contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    /** Issues a letter through the real intake and records its hand-over to the courier at the given instant. */
    private String handedOver(String branch, Instant at, String party) {
        String letter = issued(branch, party);
        commands.sendAndWait(new RecordWaybill(letter, "WB-" + letter, at));
        return letter;
    }

    private String issued(String branch, String party) {
        NoticeRequested notice = new NoticeRequested(new CaseId(UUID.randomUUID().toString()),
                new LoanId("LN-" + UUID.randomUUID()), LadderStep.OVERDUE_NOTICE, LetterType.OVERDUE_COLLECTION_NOTICE,
                new PartyId(party), ObligorRole.BORROWER, new BranchId(branch), 31,
                new Arrears(new BigDecimal("1000.00"), new BigDecimal("80.00"), new BigDecimal("5.00")), "2026.1");
        return transactions.execute(status -> intake.issue(notice)).orElseThrow();
    }

    private double closedCount(String trigger) {
        var counter = meters.find("dunning.mailing.lists.closed").tag("trigger", trigger).counter();
        return counter == null ? 0 : counter.count();
    }

    private static String branch() {
        return "ML" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    private static Instant at(LocalDate date, int hour) {
        return at(date, hour, 0);
    }

    private static Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(hour, minute).atZone(BANK).toInstant();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
