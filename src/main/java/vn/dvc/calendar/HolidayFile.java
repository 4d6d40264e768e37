package vn.dvc.calendar;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One {@code holidays-<year>.json} as published by an administrator, checked against the computed
 * statutory holidays. Administrators edit these by hand, so every problem is named with the file
 * and the entry, and anything unexpected is refused rather than ignored: a misspelt field would
 * otherwise silently move a deadline.
 *
 * @param source where the schedule was published; may be null
 */
record HolidayFile(int year, String source, List<Holiday> daysOff, List<Holiday> workingDays) {

  private static final Pattern FILE_NAME = Pattern.compile("holidays-(\\d{4})\\.json");

  private static final List<String> FIELDS = List.of("year", "source", "daysOff", "workingDays");
  private static final Set<String> ENTRY_FIELDS = Set.of("date", "name");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /**
   * @param file how to name the file in messages: its location and name
   * @param fileName the bare file name, {@code holidays-<year>.json}
   */
  static HolidayFile read(String file, String fileName, InputStream in) {
    Matcher name = FILE_NAME.matcher(fileName);
    if (!name.matches()) {
      throw new CalendarException(
          file + ": the file name must be holidays-<year>.json with a four-digit year");
    }
    int fileYear = Integer.parseInt(name.group(1));
    JsonNode root;
    try {
      root = JSON.readTree(in);
    } catch (JsonProcessingException e) {
      throw new CalendarException(
          file
              + ": not valid JSON: "
              + e.getOriginalMessage()
              + (e.getLocation() == null
                  ? ""
                  : " (line "
                      + e.getLocation().getLineNr()
                      + ", column "
                      + e.getLocation().getColumnNr()
                      + ")"),
          e);
    } catch (IOException e) {
      throw new CalendarException(file + ": cannot be read: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new CalendarException(
          file + ": not a JSON object with \"year\", \"source\", \"daysOff\" and \"workingDays\"");
    }
    for (Iterator<String> fields = root.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (!FIELDS.contains(field)) {
        throw new CalendarException(
            file + ": unknown field \"" + field + "\"; the fields are " + FIELDS);
      }
    }
    JsonNode year = root.path("year");
    if (!year.isIntegralNumber() || !year.canConvertToInt()) {
      throw new CalendarException(file + ": \"year\" must be a whole number, found " + year);
    }
    if (year.asInt() != fileYear) {
      throw new CalendarException(
          file + ": \"year\" is " + year.asInt() + " but the file name says " + fileYear);
    }
    JsonNode source = root.path("source");
    if (!source.isMissingNode() && !source.isNull() && !source.isTextual()) {
      throw new CalendarException(file + ": \"source\" must be text, found " + source);
    }
    Set<LocalDate> statutory;
    try {
      statutory =
          StatutoryHolidays.of(fileYear).stream().map(Holiday::date).collect(Collectors.toSet());
    } catch (IllegalArgumentException e) {
      throw new CalendarException(file + ": " + e.getMessage(), e);
    }

    List<Entry> off = entries(file, fileYear, root, "daysOff");
    List<Entry> working = entries(file, fileYear, root, "workingDays");
    Map<LocalDate, Entry> offByDate = byDate(off);
    byDate(working);
    for (Entry entry : working) {
      Entry alsoOff = offByDate.get(entry.date());
      if (alsoOff != null) {
        throw entry.problem(
            entry.date()
                + " is also in daysOff (entry "
                + alsoOff.position()
                + "); a day is either off or worked");
      }
      if (!StatutoryHolidays.isWeekend(entry.date()) && !statutory.contains(entry.date())) {
        throw entry.problem(
            entry.date()
                + " is a "
                + entry.date().getDayOfWeek()
                + " that is not a statutory holiday, so it is a working day already");
      }
    }
    return new HolidayFile(
        fileYear,
        source.isTextual() ? source.asText() : null,
        off.stream().map(Entry::holiday).toList(),
        working.stream().map(Entry::holiday).toList());
  }

  private static List<Entry> entries(String file, int year, JsonNode root, String list) {
    JsonNode node = root.path(list);
    if (node.isMissingNode() || node.isNull()) {
      return List.of();
    }
    if (!node.isArray()) {
      throw new CalendarException(
          file + ": \"" + list + "\" must be an array of {\"date\", \"name\"}, found " + node);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      entries.add(Entry.read(file, year, list, i + 1, node.get(i)));
    }
    return entries;
  }

  private static Map<LocalDate, Entry> byDate(List<Entry> entries) {
    Map<LocalDate, Entry> byDate = new HashMap<>();
    for (Entry entry : entries) {
      Entry first = byDate.putIfAbsent(entry.date(), entry);
      if (first != null) {
        throw entry.problem(
            entry.date()
                + " is listed twice in "
                + entry.list()
                + " (also entry "
                + first.position()
                + ")");
      }
    }
    return byDate;
  }

  /** An entry of daysOff or workingDays, with what is needed to name it in a message. */
  private record Entry(
      String file, String list, int position, JsonNode node, LocalDate date, String name) {

    static Entry read(String file, int year, String list, int position, JsonNode node) {
      Entry unread = new Entry(file, list, position, node, null, null);
      if (!node.isObject()) {
        throw unread.problem("must be an object {\"date\": \"YYYY-MM-DD\", \"name\": \"…\"}");
      }
      for (Iterator<String> fields = node.fieldNames(); fields.hasNext(); ) {
        String field = fields.next();
        if (!ENTRY_FIELDS.contains(field)) {
          throw unread.problem("unknown field \"" + field + "\"; an entry has only date and name");
        }
      }
      JsonNode dateNode = node.path("date");
      if (!dateNode.isTextual()) {
        throw unread.problem("\"date\" must be text YYYY-MM-DD, found " + dateNode);
      }
      LocalDate date;
      try {
        date = LocalDate.parse(dateNode.asText());
      } catch (DateTimeParseException e) {
        throw unread.problem(
            "date \"" + dateNode.asText() + "\" is not a valid date of the form YYYY-MM-DD");
      }
      if (date.getYear() != year) {
        throw unread.problem("date " + date + " is not in " + year + ", the year of the file");
      }
      JsonNode nameNode = node.path("name");
      if (!nameNode.isTextual() || nameNode.asText().isBlank()) {
        throw unread.problem("\"name\" must be non-blank text saying why the day is off or worked");
      }
      return new Entry(file, list, position, node, date, nameNode.asText().strip());
    }

    Holiday holiday() {
      return new Holiday(date, name);
    }

    CalendarException problem(String problem) {
      return new CalendarException(
          file + ": " + list + " entry " + position + " " + node + ": " + problem);
    }
  }
}
