package vn.dvc.dossier;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Component;

/**
 * Dossier codes as officers read them: commune, date of receipt, and a number from a database
 * sequence, so that several engine nodes never hand out the same code ({@code
 * 01100-261123-000042}).
 */
@Component
class DossierCodes {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

  private final DataFieldMaxValueIncrementer sequence;

  DossierCodes(DataSource dataSource) throws MetaDataAccessException {
    String product = JdbcUtils.extractDatabaseMetaData(dataSource, "getDatabaseProductName");
    this.sequence =
        switch (DatabaseDriver.fromProductName(product)) {
          case POSTGRESQL ->
              new PostgresSequenceMaxValueIncrementer(dataSource, "dossier_number_seq");
          case H2 -> new H2SequenceMaxValueIncrementer(dataSource, "dossier_number_seq");
          default -> throw new IllegalStateException("Unsupported database " + product);
        };
  }

  String next(String communeCode, LocalDate receivedOn) {
    return communeCode
        + "-"
        + DAY.format(receivedOn)
        + "-"
        + String.format("%06d", sequence.nextLongValue());
  }
}
