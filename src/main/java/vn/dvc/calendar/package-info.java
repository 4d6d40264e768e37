/**
 * Working days and the counting of deadlines: Vietnam's statutory holidays (Labour Code 2019 Art.
 * 112, with Tết and Hùng Kings' day from the Vietnamese lunar calendar), the yearly schedules
 * administrators publish in {@code calendar/holidays-<year>.json}, and the rules that turn a
 * receipt time and a time limit into a due moment (day of receipt not counted, 15:00 cut-off, a
 * deadline on a day off moves to the next working day).
 */
package vn.dvc.calendar;
