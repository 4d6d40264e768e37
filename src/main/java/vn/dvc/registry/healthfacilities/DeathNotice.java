package vn.dvc.registry.healthfacilities;

import java.time.LocalDate;
import vn.dvc.population.Pin;

/** An electronic death notice sent by a hospital or health station. */
public record DeathNotice(
    String noticeNo, String issuer, Pin deceasedPin, LocalDate dateOfDeath, String placeOfDeath) {}
