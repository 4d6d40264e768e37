package vn.dvc.registry.education;

import static vn.dvc.sandbox.SandboxData.text;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import vn.dvc.population.Pin;
import vn.dvc.sandbox.SandboxData;

/** The education registry on its sandbox table. */
final class SandboxEducationRegistry implements EducationRegistry {

  private final JdbcTemplate jdbc;

  private SandboxEducationRegistry(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The registry, its table loaded from the sandbox data first if this database has none. */
  static SandboxEducationRegistry loaded(JdbcTemplate jdbc, SandboxData data) {
    data.loadOnce("education", "sector-registries.json", root -> load(jdbc, root));
    return new SandboxEducationRegistry(jdbc);
  }

  private static void load(JdbcTemplate jdbc, JsonNode root) {
    List<Object[]> students = new ArrayList<>();
    for (JsonNode s : root.path("highSchoolStudents")) {
      students.add(
          new Object[] {
            text(s, "pin"),
            text(s, "school"),
            s.path("grade").asInt(),
            s.path("graduationExamYear").asInt()
          });
    }
    jdbc.batchUpdate(
        "insert into sandbox_high_school_student (pin, school, grade, graduation_exam_year)"
            + " values (?,?,?,?)",
        students);
  }

  @Override
  public Optional<HighSchoolStudent> studentRecordOf(Pin student) {
    return jdbc
        .query(
            "select pin, school, grade, graduation_exam_year from sandbox_high_school_student"
                + " where pin = ?",
            this::student,
            student.value())
        .stream()
        .findFirst();
  }

  private HighSchoolStudent student(ResultSet rs, int row) throws SQLException {
    return new HighSchoolStudent(
        Pin.of(rs.getString("pin")),
        rs.getString("school"),
        rs.getInt("grade"),
        rs.getInt("graduation_exam_year"));
  }
}
