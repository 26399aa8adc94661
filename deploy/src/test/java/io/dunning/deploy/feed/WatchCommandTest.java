package io.dunning.deploy.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WatchCommandTest {

    @Test
    void printsObligorsWithoutTheirPersonalData() {
        String body = """
                {"loanId":"LN-1","obligors":[{"partyId":"P1","role":"BORROWER","name":"Jane Example",
                "idNumber":"ID-1","phone":"+44 7700 900123","address":"1 Example Street","timeZone":"Europe/London"}]}""";

        assertThat(WatchCommand.withoutPersonalData(body)).isEqualTo(
                "{\"loanId\":\"LN-1\",\"obligors\":[{\"partyId\":\"P1\",\"role\":\"BORROWER\",\"timeZone\":\"Europe/London\"}]}");
    }

    @Test
    void leavesOtherBodiesAsTheyAre() {
        assertThat(WatchCommand.withoutPersonalData("not json")).isEqualTo("not json");
        assertThat(WatchCommand.withoutPersonalData("{\"caseId\":\"C1\"}")).isEqualTo("{\"caseId\":\"C1\"}");
    }
}
