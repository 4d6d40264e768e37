package vn.dvc.registry.land;

import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRecordNotFoundException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;

/**
 * The land registry on its sandbox tables. A change of owners commits in its own transaction, as a
 * remote registry would, so that the idempotency of retried jobs is exercised for real.
 */
final class SandboxLandRegistry implements LandRegistry {

  private static final String PARCEL =
      "select parcel_id, certificate_no, commune_code, area_m2, land_use, mortgaged"
          + " from sandbox_land_parcel";

  private final JdbcTemplate jdbc;
  private final SandboxWrites writes;

  private SandboxLandRegistry(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.writes = new SandboxWrites(jdbc, transactions);
  }

  /** The registry, its tables loaded from the sandbox data first if this database has none. */
  static SandboxLandRegistry loaded(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    data.loadOnce("land", "sector-registries.json", root -> load(jdbc, root));
    return new SandboxLandRegistry(jdbc, transactions);
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> parcels = new ArrayList<>();
    List<Object[]> owners = new ArrayList<>();
    for (JsonNode p : root.path("landParcels")) {
      parcels.add(
          new Object[] {
            text(p, "parcelId"),
            text(p, "certificateNo"),
            text(p, "communeCode"),
            p.path("areaM2").decimalValue(),
            text(p, "landUse"),
            p.path("mortgaged").asBoolean()
          });
      for (JsonNode owner : p.path("ownerPins")) {
        owners.add(new Object[] {text(p, "certificateNo"), owner.asText()});
      }
    }
    jdbc.batchUpdate(
        "insert into sandbox_land_parcel (parcel_id, certificate_no, commune_code, area_m2,"
            + " land_use, mortgaged) values (?,?,?,?,?,?)",
        parcels);
    jdbc.batchUpdate(
        "insert into sandbox_land_parcel_owner (certificate_no, owner_pin) values (?,?)", owners);
  }

  @Override
  public List<LandParcel> parcelsOwnedBy(Pin owner) {
    return jdbc.query(
        PARCEL
            + " where certificate_no in (select certificate_no from sandbox_land_parcel_owner"
            + " where owner_pin = ?) order by certificate_no",
        this::parcel,
        owner.value());
  }

  @Override
  public Optional<LandParcel> findByCertificate(String certificateNo) {
    return jdbc.query(PARCEL + " where certificate_no = ?", this::parcel, certificateNo).stream()
        .findFirst();
  }

  @Override
  public List<LandParcel> parcelsWithId(String parcelId) {
    return jdbc.query(
        PARCEL + " where parcel_id = ? order by certificate_no", this::parcel, parcelId);
  }

  @Override
  public LandParcel changeOwners(
      String certificateNo, List<Pin> newOwners, OwnerChange change, IdempotencyKey key) {
    SandboxWrites.required(certificateNo, "certificate number");
    SandboxWrites.required(change, "change");
    List<Pin> owners =
        List.copyOf(new LinkedHashSet<>(SandboxWrites.required(newOwners, "owners")));
    if (owners.isEmpty()) {
      throw new IllegalArgumentException("a parcel keeps at least one owner");
    }
    return writes.once(
        "land",
        key,
        () -> {
          LandParcel before =
              findByCertificate(certificateNo)
                  .orElseThrow(
                      () ->
                          new RegistryRecordNotFoundException(
                              "land", "no parcel with certificate " + certificateNo));
          jdbc.update(
              "delete from sandbox_land_parcel_owner where certificate_no = ?", certificateNo);
          jdbc.batchUpdate(
              "insert into sandbox_land_parcel_owner (certificate_no, owner_pin) values (?,?)",
              owners.stream().map(pin -> new Object[] {certificateNo, pin.value()}).toList());
          jdbc.update(
              "insert into sandbox_land_owner_change (certificate_no, change_type, contract_no,"
                  + " registered_on, former_owner_pins, new_owner_pins) values (?,?,?,?,?,?)",
              certificateNo,
              change.type().name(),
              change.contractNo(),
              change.registeredOn(),
              joined(before.ownerPins()),
              joined(owners));
          return certificateNo;
        },
        reference -> findByCertificate(reference).orElseThrow());
  }

  private static String joined(List<Pin> pins) {
    return pins.stream().map(Pin::value).collect(Collectors.joining(","));
  }

  private LandParcel parcel(ResultSet rs, int row) throws SQLException {
    String certificateNo = rs.getString("certificate_no");
    List<Pin> owners =
        jdbc.query(
            "select owner_pin from sandbox_land_parcel_owner where certificate_no = ? order by owner_pin",
            (o, i) -> Pin.of(o.getString("owner_pin")),
            certificateNo);
    return new LandParcel(
        rs.getString("parcel_id"),
        certificateNo,
        owners,
        rs.getString("commune_code"),
        rs.getBigDecimal("area_m2"),
        rs.getString("land_use"),
        rs.getBoolean("mortgaged"));
  }
}
