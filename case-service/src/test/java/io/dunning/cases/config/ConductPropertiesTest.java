package io.dunning.cases.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dunning.cases.conduct.ContactProfile;
import io.dunning.cases.conduct.Profiles;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

/** The three profiles of R6.1 as application.yml configures them, each choosable per deployment. */
class ConductPropertiesTest {

    private static ContactProfile inForce(String profile) throws IOException {
        var environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        environment.getPropertySources().addFirst(new MapPropertySource("deployment",
                Map.of("dunning.case.conduct.profile", profile)));
        return new Binder(ConfigurationPropertySources.get(environment))
                .bind("dunning.case.conduct", ConductProperties.class).get().toProfile();
    }

    @Test
    void theHandbookIsTheDefaultWithThePrc2026Holidays() throws IOException {
        ContactProfile handbook = inForce("HANDBOOK");
        assertThat(handbook).isEqualTo(Profiles.handbook(handbook.holidays()));
        assertThat(handbook.holidays()).hasSize(33)
                .contains(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 10, 7))
                .containsAll(Profiles.CN_HOLIDAYS);
    }

    @Test
    void theCba2026AndRegFProfilesAreChoosable() throws IOException {
        assertThat(inForce("CBA_2026")).isEqualTo(Profiles.cba2026());
        assertThat(inForce("us_reg_f")).isEqualTo(Profiles.usRegF());
    }

    @Test
    void anUnknownProfileStopsTheServiceNamingTheProperty() {
        assertThatThrownBy(() -> inForce("NONE")).hasMessageContaining("dunning.case.conduct.profiles.none");
        assertThatThrownBy(() -> new ConductProperties("X", Map.of("x",
                new ConductProperties.Profile("1", "21:00", "07:00", 0, 0, 0, 0, 0, null)), Map.of()).toProfile())
                .hasMessageContaining("dunning.case.conduct.profiles.x.");
    }
}
