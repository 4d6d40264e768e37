package vn.dvc.registry.land;

import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

  /** Parcels with their owners in one query, one row per owner, grouped by {@link #parcels}. */
  private static final String PARCEL =
      "select p.parcel_id, p.certificate_no, p.commune_code, p.area_m2, p.land_use, p.mortgaged,"
          + " o.owner_pin from sandbox_land_parcel p left join sandbox_land_parcel_owner o"
          + " on o.certificate_no = p.certificate_no";

  private static final String BY_PARCEL = " order by p.certificate_no, o.owner_pin";

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
            + " where p.certificate_no in (select certificate_no from sandbox_land_parcel_owner"
            + " where owner_pin = ?)"
            + BY_PARCEL,
        SandboxLandRegistry::parcels,
        owner.value());
  }

  @Override
  public Optional<LandParcel> findByCertificate(String certificateNo) {
    return jdbc
        .query(
            PARCEL + " where p.certificate_no = ?" + BY_PARCEL,
            SandboxLandRegistry::parcels,
            certificateNo)
        .stream()
        .findFirst();
  }

  @Override
  public List<LandParcel> parcelsWithId(String parcelId) {
    return jdbc.query(
        PARCEL + " where p.parcel_id = ?" + BY_PARCEL, SandboxLandRegistry::parcels, parcelId);
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

  /** Folds the rows of one query, ordered by parcel, into parcels each with all its owners. */
  private static List<LandParcel> parcels(ResultSet rs) throws SQLException {
    // The record copies its owners when built, so each parcel is built once its rows are read.
    Map<String, List<Pin>> owners = new LinkedHashMap<>();
    Map<String, LandParcel> parcels = new LinkedHashMap<>();
    while (rs.next()) {
      String certificateNo = rs.getString("certificate_no");
      if (!parcels.containsKey(certificateNo)) {
        owners.put(certificateNo, new ArrayList<>());
        parcels.put(
            certificateNo,
            new LandParcel(
                rs.getString("parcel_id"),
                certificateNo,
                List.of(),
                rs.getString("commune_code"),
                rs.getBigDecimal("area_m2"),
                rs.getString("land_use"),
                rs.getBoolean("mortgaged")));
      }
      String owner = rs.getString("owner_pin");
      if (owner != null) {
        owners.get(certificateNo).add(Pin.of(owner));
      }
    }
    return parcels.values().stream()
        .map(
            p ->
                new LandParcel(
                    p.parcelId(),
                    p.certificateNo(),
                    owners.get(p.certificateNo()),
                    p.communeCode(),
                    p.areaM2(),
                    p.landUse(),
                    p.mortgaged()))
        .toList();
  }
}
