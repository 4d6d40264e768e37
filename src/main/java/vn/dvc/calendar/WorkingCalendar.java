package vn.dvc.calendar;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Working days and deadlines. A day is worked Monday to Friday unless it is a day off of its year:
 * the computed statutory holidays, adjusted by the year's {@code holidays-<year>.json} where an
 * administrator has published one (days added off, Saturdays or holidays swapped into working
 * days). All the files are read and checked at construction, so that a malformed one stops the
 * start instead of moving deadlines later. Dates are supported in the years of the {@link
 * VietnameseLunarCalendar}; beyond them the methods throw {@link IllegalArgumentException}.
 */
@Component
public class WorkingCalendar {

  private static final Logger log = LoggerFactory.getLogger(WorkingCalendar.class);

  private final CalendarProperties properties;
  private final Map<Integer, HolidayFile> files;
  private final Map<Integer, YearOff> years = new ConcurrentHashMap<>();

  public WorkingCalendar(CalendarProperties properties) {
    this.properties = Objects.requireNonNull(properties, "properties");
    String location =
        properties.location().endsWith("/") ? properties.location() : properties.location() + "/";
    this.files = load(location);
    int currentYear = LocalDate.now(properties.zone()).getYear();
    if (!files.containsKey(currentYear)) {
      log.warn(
          "no published holiday schedule for {} in {} (holidays-{}.json); using the computed"
              + " statutory holidays",
          currentYear,
          location,
          currentYear);
    }
  }

  public ZoneId zone() {
    return properties.zone();
  }

  public boolean isWorkingDay(LocalDate date) {
    YearOff year = year(date.getYear());
    if (year.workingDays().contains(date)) {
      return true;
    }
    return !StatutoryHolidays.isWeekend(date) && !year.daysOff().containsKey(date);
  }

  /** The first working day strictly after {@code date}. */
  public LocalDate nextWorkingDay(LocalDate date) {
    LocalDate day = date.plusDays(1);
    while (!isWorkingDay(day)) {
      day = day.plusDays(1);
    }
    return day;
  }

  /**
   * The {@code days}-th working day after {@code from}, which itself is never counted; for 0,
   * {@code from} if it is a working day, else the next one. Negative {@code days} count backwards
   * likewise, and never land on a day off either.
   */
  public LocalDate addWorkingDays(LocalDate from, int days) {
    if (days == 0) {
      return isWorkingDay(from) ? from : nextWorkingDay(from);
    }
    int step = days > 0 ? 1 : -1;
    LocalDate day = from;
    for (int counted = 0; counted != days; ) {
      day = day.plusDays(step);
      if (isWorkingDay(day)) {
        counted += step;
      }
    }
    return day;
  }

  /**
   * The working days {@code d} with {@code fromExclusive < d <= toInclusive}; when {@code
   * toInclusive} is earlier, minus those with {@code toInclusive < d <= fromExclusive}.
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    if (toInclusive.isBefore(fromExclusive)) {
      return -workingDaysBetween(toInclusive, fromExclusive);
    }
    int count = 0;
    for (LocalDate day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); ) {
      if (isWorkingDay(day)) {
        count++;
      }
      day = day.plusDays(1);
    }
    return count;
  }

  /**
   * The working day a dossier counts as received: its date in the zone, or the next working day if
   * it arrived on a day off or strictly after the cut-off (15:00:00 itself is the same day).
   */
  public LocalDate effectiveReceiptDay(Instant receivedAt) {
    var local = receivedAt.atZone(zone());
    LocalDate date = local.toLocalDate();
    if (local.toLocalTime().isAfter(properties.cutOff()) || !isWorkingDay(date)) {
      return nextWorkingDay(date);
    }
    return date;
  }

  public Instant endOfWorkingDay(LocalDate day) {
    return day.atTime(properties.endOfWorkingDay()).atZone(zone()).toInstant();
  }

  /**
   * The end of the {@code days}-th working day after the day of receipt, which is not counted; 0 is
   * "the same day", that is the effective receipt day.
   */
  public Instant dueAfterWorkingDays(Instant receivedAt, int days) {
    return endOfWorkingDay(addWorkingDays(effectiveReceiptDay(receivedAt), days));
  }

  /**
   * The end of the day {@code days} calendar days after the date of receipt, moved to the next
   * working day if that is a day off.
   */
  public Instant dueAfterDays(Instant receivedAt, int days) {
    LocalDate due = receivedAt.atZone(zone()).toLocalDate().plusDays(days);
    return endOfWorkingDay(isWorkingDay(due) ? due : nextWorkingDay(due));
  }

  /**
   * The days off of a year other than plain weekends, sorted: the computed statutory holidays (with
   * their compensation days) and the published days off, less the published working days. A
   * published name wins over the computed one.
   */
  public List<Holiday> daysOff(int year) {
    return year(year).daysOff().entrySet().stream()
        .map(day -> new Holiday(day.getKey(), day.getValue()))
        .toList();
  }

  private YearOff year(int year) {
    return years.computeIfAbsent(year, this::compute);
  }

  private YearOff compute(int year) {
    SortedMap<LocalDate, String> daysOff = new TreeMap<>();
    StatutoryHolidays.of(year).forEach(day -> daysOff.put(day.date(), day.name()));
    HolidayFile file = files.get(year);
    if (file == null) {
      return new YearOff(Collections.unmodifiableSortedMap(daysOff), Set.of());
    }
    file.daysOff().forEach(day -> daysOff.put(day.date(), day.name()));
    Set<LocalDate> workingDays =
        file.workingDays().stream().map(Holiday::date).collect(Collectors.toUnmodifiableSet());
    daysOff.keySet().removeAll(workingDays);
    return new YearOff(Collections.unmodifiableSortedMap(daysOff), workingDays);
  }

  private static Map<Integer, HolidayFile> load(String location) {
    Resource[] resources;
    try {
      resources =
          new PathMatchingResourcePatternResolver().getResources(location + "holidays-*.json");
    } catch (FileNotFoundException e) {
      // Not yet created is a legitimate state: nothing published, the law applies.
      log.warn("holiday schedule location {} does not exist: {}", location, e.getMessage());
      return Map.of();
    } catch (IOException e) {
      throw new CalendarException(
          location + ": the holiday files cannot be listed: " + e.getMessage(), e);
    }
    Arrays.sort(resources, Comparator.comparing(WorkingCalendar::fileName));
    Map<Integer, HolidayFile> files = new HashMap<>();
    for (Resource resource : resources) {
      String file = location + fileName(resource);
      HolidayFile read;
      try (InputStream in = resource.getInputStream()) {
        read = HolidayFile.read(file, fileName(resource), in);
      } catch (IOException e) {
        throw new CalendarException(file + ": cannot be read: " + e.getMessage(), e);
      }
      if (files.putIfAbsent(read.year(), read) != null) {
        throw new CalendarException(file + ": a second file for " + read.year());
      }
      log.info(
          "holiday schedule {}: {} days off and {} working days published ({})",
          file,
          read.daysOff().size(),
          read.workingDays().size(),
          read.source() == null ? "no source given" : read.source());
    }
    return Map.copyOf(files);
  }

  private static String fileName(Resource resource) {
    return Objects.requireNonNullElse(resource.getFilename(), resource.getDescription());
  }

  /**
   * @param daysOff the days off other than plain weekends, by date, with their names
   * @param workingDays published working days, worked even on a weekend
   */
  private record YearOff(SortedMap<LocalDate, String> daysOff, Set<LocalDate> workingDays) {}
}
