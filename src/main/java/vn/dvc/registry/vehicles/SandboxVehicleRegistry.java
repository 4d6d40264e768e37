package vn.dvc.registry.vehicles;

import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import vn.dvc.adminunit.AdministrativeUnits;
import vn.dvc.adminunit.Commune;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.registry.RegistryRejectedRequestException;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxWrites;

/** The vehicle registry on its sandbox table. */
final class SandboxVehicleRegistry implements VehicleRegistry {

  static final String REGISTRY = "vehicles";

  private static final String VEHICLE =
      "select plate, owner_pin, vehicle_type, brand, frame_no, engine_no from sandbox_vehicle";

  // Plate series letters: I, J, O, Q, R and W are not used, they read like digits or other letters.
  private static final String SERIES_LETTERS = "ABCDEFGHKLMNPSTUVXYZ";

  private final JdbcTemplate jdbc;
  private final AdministrativeUnits units;
  private final SandboxWrites writes;

  private SandboxVehicleRegistry(
      JdbcTemplate jdbc, AdministrativeUnits units, SandboxWrites writes) {
    this.jdbc = jdbc;
    this.units = units;
    this.writes = writes;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxVehicleRegistry loaded(
      JdbcTemplate jdbc,
      SandboxData data,
      AdministrativeUnits units,
      PlatformTransactionManager transactions) {
    data.loadOnce(REGISTRY, "sector-registries.json", root -> load(jdbc, root));
    return new SandboxVehicleRegistry(jdbc, units, new SandboxWrites(jdbc, transactions));
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> vehicles = new ArrayList<>();
    for (JsonNode v : root.path("vehicles")) {
      vehicles.add(
          new Object[] {
            text(v, "plate"),
            text(v, "ownerPin"),
            text(v, "type"),
            text(v, "brand"),
            text(v, "frameNo"),
            text(v, "engineNo")
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_vehicle (plate, owner_pin, vehicle_type, brand, frame_no, engine_no)"
            + " values (?,?,?,?,?,?)",
        vehicles);
  }

  @Override
  public List<Vehicle> vehiclesOwnedBy(Pin owner) {
    return jdbc.query(
        VEHICLE + " where owner_pin = ? order by plate",
        SandboxVehicleRegistry::vehicle,
        owner.value());
  }

  @Override
  public Optional<Vehicle> findVehicle(String plate) {
    return jdbc.query(VEHICLE + " where plate = ?", SandboxVehicleRegistry::vehicle, plate).stream()
        .findFirst();
  }

  @Override
  public Vehicle registerVehicle(VehicleRegistration request, IdempotencyKey key) {
    return writes.once(
        REGISTRY, key, () -> register(request), plate -> findVehicle(plate).orElseThrow());
  }

  private String register(VehicleRegistration request) {
    String province =
        units
            .commune(request.communeCode())
            .map(Commune::provinceCode)
            .orElseThrow(
                () ->
                    new RegistryRejectedRequestException(
                        REGISTRY, 422, "no such commune for the plate's province"));
    Integer sameFrame =
        jdbc.queryForObject(
            "select count(*) from sandbox_vehicle where frame_no = ?",
            Integer.class,
            request.frameNo());
    if (sameFrame != null && sameFrame > 0) {
      throw new RegistryRejectedRequestException(
          REGISTRY, 409, "the frame number is registered to another vehicle");
    }
    String plate = newPlate(province);
    jdbc.update(
        "insert into sandbox_vehicle (plate, owner_pin, vehicle_type, brand, frame_no, engine_no)"
            + " values (?,?,?,?,?,?)",
        plate,
        request.ownerPin().value(),
        request.vehicleType(),
        request.brand(),
        request.frameNo(),
        request.engineNo());
    return plate;
  }

  /** A plate of the province not yet issued, in the registry's form {@code 01-K9 88161}. */
  private String newPlate(String province) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    while (true) {
      String plate =
          "%s-%c%d %05d"
              .formatted(
                  province,
                  SERIES_LETTERS.charAt(random.nextInt(SERIES_LETTERS.length())),
                  random.nextInt(1, 10),
                  random.nextInt(100_000));
      if (findVehicle(plate).isEmpty()) {
        return plate;
      }
    }
  }

  private static Vehicle vehicle(ResultSet rs, int row) throws SQLException {
    return new Vehicle(
        rs.getString("plate"),
        Pin.of(rs.getString("owner_pin")),
        rs.getString("vehicle_type"),
        rs.getString("brand"),
        rs.getString("frame_no"),
        rs.getString("engine_no"));
  }
}
