package vn.dvc.adminunit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/** The current communes and provinces, loaded once from {@code sandbox-data/admin-units.json}. */
@Component
public class AdministrativeUnits {

  static final String RESOURCE = "sandbox-data/admin-units.json";

  private final Map<String, Province> provinces = new LinkedHashMap<>();
  private final Map<String, Commune> communes = new LinkedHashMap<>();

  public AdministrativeUnits(ObjectMapper json) throws IOException {
    try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
      JsonNode root = json.readTree(in);
      for (JsonNode p : root.path("provinces")) {
        List<String> legacy = new ArrayList<>();
        p.path("legacyBirthPlaceCodes").forEach(c -> legacy.add(c.asText()));
        provinces.put(
            p.path("code").asText(),
            new Province(p.path("code").asText(), p.path("name").asText(), List.copyOf(legacy)));
      }
      for (JsonNode c : root.path("communes")) {
        List<String> legacyCommunes = new ArrayList<>();
        c.path("legacy").path("communes").forEach(n -> legacyCommunes.add(n.asText()));
        communes.put(
            c.path("code").asText(),
            new Commune(
                c.path("code").asText(),
                c.path("name").asText(),
                c.path("provinceCode").asText(),
                c.path("legacy").path("district").asText(),
                List.copyOf(legacyCommunes)));
      }
    }
  }

  public Optional<Commune> commune(String code) {
    return Optional.ofNullable(code).map(communes::get);
  }

  public Optional<Province> province(String code) {
    return Optional.ofNullable(code).map(provinces::get);
  }

  public Optional<Province> provinceOf(Commune commune) {
    return province(commune.provinceCode());
  }

  public List<Province> provinces() {
    return List.copyOf(provinces.values());
  }

  public List<Commune> communes() {
    return List.copyOf(communes.values());
  }

  /**
   * Resolves a pre-reform address such as "Phường Bình Thọ, Thành phố Thủ Đức" to the commune that
   * absorbed it. Both the legacy commune and the legacy district must match, because commune names
   * such as "Phường Bến Thành" recur across districts and provinces.
   */
  public Optional<Commune> resolveLegacyAddress(String legacyAddress) {
    if (legacyAddress == null || legacyAddress.isBlank()) {
      return Optional.empty();
    }
    // Whole comma-separated parts, not substrings: "Quận 1" must not match "Quận 10".
    List<String> parts =
        Arrays.stream(legacyAddress.split(",")).map(AdministrativeUnits::fold).toList();
    return communes.values().stream()
        .filter(c -> parts.contains(fold(c.legacyDistrict())))
        .filter(
            c ->
                c.legacyCommunes().stream()
                    .map(AdministrativeUnits::fold)
                    .anyMatch(parts::contains))
        .findFirst();
  }

  /** Case- and Unicode-normalisation-insensitive form, since registries mix NFC and NFD text. */
  private static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
  }
}
