package vn.dvc.civilstatus;

import java.time.LocalDate;
import vn.dvc.population.Pin;

/**
 * What a commune registers when it records a death; {@code deathNoticeNo} is the electronic death
 * notice it rests on, or null when the declarant supplied another proof.
 */
public record DeathRegistration(
    String communeCode,
    Pin deceasedPin,
    LocalDate dateOfDeath,
    Pin declarantPin,
    String deathNoticeNo) {}
