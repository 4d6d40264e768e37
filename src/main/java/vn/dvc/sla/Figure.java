package vn.dvc.sla;

/**
 * The figures a supervisor reads, each defined once as a condition on {@code dossier_sla}, so that
 * a count and the list of dossiers behind it can never disagree. Parameters: {@code :now}, {@code
 * :soon} (end of the due-soon window), {@code :from} and {@code :to} (the period).
 */
enum Figure {
  OPEN("finished_at is null"),
  DUE_SOON(
      "finished_at is null and clock_state = 'RUNNING' and due_date >= :now and due_date <= :soon"),
  OVERDUE("finished_at is null and clock_state = 'RUNNING' and due_date < :now"),
  FINISHED_ON_TIME("finished_at >= :from and finished_at < :to and on_time = true"),
  FINISHED_LATE("finished_at >= :from and finished_at < :to and on_time = false");

  final String condition;

  Figure(String condition) {
    this.condition = condition;
  }

  boolean open() {
    return this == OPEN || this == DUE_SOON || this == OVERDUE;
  }

  /** As the API names it: {@code dueSoon}, {@code finishedOnTime} … */
  String apiName() {
    String[] words = name().toLowerCase().split("_");
    StringBuilder name = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return name.toString();
  }

  static Figure fromApiName(String value) {
    for (Figure figure : values()) {
      if (figure.apiName().equals(value)) {
        return figure;
      }
    }
    return null;
  }
}
