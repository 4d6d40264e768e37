package vn.dvc.registry.land;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.dvc.population.Pin;
import vn.dvc.registry.IdempotencyKey;
import vn.dvc.sandbox.SandboxData;
import vn.dvc.sandbox.SandboxEndpoint;

/** The sandbox land registry over HTTP; see {@code sandbox-openapi/land.yaml}. */
@SandboxEndpoint
@RequestMapping("/sandbox/land")
class SandboxLandController {

  private final LandRegistry sandbox;

  SandboxLandController(
      JdbcTemplate jdbc, SandboxData data, PlatformTransactionManager transactions) {
    this.sandbox = SandboxLandRegistry.loaded(jdbc, data, transactions);
  }

  @GetMapping("/parcels")
  List<LandParcel> parcels(@RequestParam String ownerPin) {
    return sandbox.parcelsOwnedBy(Pin.of(ownerPin));
  }

  @GetMapping("/certificates/{certificateNo}")
  ResponseEntity<LandParcel> parcel(@PathVariable String certificateNo) {
    return ResponseEntity.of(sandbox.findByCertificate(certificateNo));
  }

  @GetMapping("/parcel-ids/{parcelId}")
  List<LandParcel> parcelsWithId(@PathVariable String parcelId) {
    return sandbox.parcelsWithId(parcelId);
  }

  @PostMapping("/certificates/{certificateNo}/owners")
  LandParcel changeOwners(
      @RequestHeader("Idempotency-Key") String key,
      @PathVariable String certificateNo,
      @RequestBody HttpLandRegistry.OwnerChangeEntry entry) {
    return sandbox.changeOwners(
        certificateNo, entry.newOwnerPins(), entry.change(), new IdempotencyKey(key));
  }
}
