/*
 * Vietnamese and English labels of the SLA plugin, its language (Cockpit's), and number and date
 * formatting. Dates and times are shown in Vietnam's time zone, whatever the browser's.
 */

import { chooseLanguage, chosenLanguage, LANGUAGES } from '../../dvc-language.js';

export const LANGS = LANGUAGES;
export const ZONE = 'Asia/Ho_Chi_Minh';

const DICT = {
  vi: {
    'app.title': 'Theo dõi hạn giải quyết hồ sơ',
    'app.subtitle': 'Số liệu đúng hạn, sắp đến hạn và quá hạn theo thủ tục và xã/phường',
    'nav.label': 'SLA',
    'lang.toggle': 'Đổi ngôn ngữ / Switch language',

    'figure.open': 'Đang xử lý',
    'figure.dueSoon': 'Sắp đến hạn',
    'figure.overdue': 'Quá hạn',
    'figure.finishedOnTime': 'Đúng hạn',
    'figure.finishedLate': 'Trễ hạn',
    'figure.finished': 'Đã giải quyết',
    'figure.onTimeRate': 'Tỷ lệ đúng hạn',
    'figure.averageProcessingWorkingDays': 'Số ngày làm việc trung bình',
    'figure.hint.open': 'Hồ sơ chưa giải quyết xong, tính đến hiện tại',
    'figure.hint.period': 'Hồ sơ giải quyết xong trong kỳ',

    'filter.procedure': 'Thủ tục',
    'filter.commune': 'Xã/phường',
    'filter.from': 'Từ ngày',
    'filter.to': 'Đến ngày',
    'filter.allProcedures': 'Tất cả thủ tục',
    'filter.allCommunes': 'Tất cả xã/phường',
    'filter.reset': 'Đặt lại',
    'action.refresh': 'Làm mới',

    'col.procedure': 'Thủ tục',
    'col.commune': 'Xã/phường',
    'row.total': 'Tổng cộng',

    'state.loading': 'Đang tải…',
    'state.noData': 'Không có số liệu cho bộ lọc này.',
    'state.asOf': 'Số liệu lúc {time}',
    'state.period': 'Kỳ {from} – {to}',
    'label.period': 'Kỳ',
    'group.now': 'Tính đến hiện tại',
    'error.load': 'Không tải được số liệu',
    'error.session': 'Phiên đăng nhập Cockpit đã hết hạn. Hãy đăng nhập lại.',
    'error.network': 'Không kết nối được máy chủ.',
    'error.timeout': 'Máy chủ không trả lời kịp. Nếu phiên đăng nhập đã hết hạn, hãy đăng nhập lại Cockpit.',

    'chart.trend.title': 'Tỷ lệ đúng hạn theo tuần (8 tuần gần nhất)',
    'chart.trend.point': 'Tuần từ {week}: {rate} ({onTime} đúng hạn, {late} trễ hạn)',
    'chart.trend.empty': 'Tuần từ {week}: chưa có hồ sơ giải quyết xong',
    'chart.trend.none': 'Chưa có hồ sơ giải quyết xong trong 8 tuần qua.',
    'chart.overdue.title': 'Hồ sơ quá hạn theo xã/phường',
    'chart.overdue.bar': '{commune}: {n} hồ sơ quá hạn',
    'chart.overdue.none': 'Không có hồ sơ quá hạn.',
    'chart.overdue.more': 'và {n} xã/phường khác có hồ sơ quá hạn',

    'list.title': 'Danh sách hồ sơ: {figure}',
    'list.back': '← Bảng theo dõi',
    'list.count': '{n} hồ sơ',
    'list.empty': 'Không có hồ sơ nào.',
    'list.asOfNow': 'tính đến hiện tại',
    'list.openInCockpit': 'Mở phiên bản quy trình trong Cockpit',
    'list.slaTab': 'SLA',
    'list.slaDetail': 'Hạn giải quyết và diễn biến của hồ sơ',
    'col.dossierId': 'Mã hồ sơ',
    'col.clockState': 'Đồng hồ',
    'col.dueDate': 'Hạn giải quyết',
    'col.finishedAt': 'Hoàn thành lúc',
    'col.onTime': 'Đúng hạn?',
    'col.warnedAt': 'Cảnh báo lúc',
    'col.escalatedAt': 'Báo cáo cấp trên lúc',

    'clock.NOT_STARTED': 'Chưa tính hạn',
    'clock.RUNNING': 'Đang tính hạn',
    'clock.PAUSED': 'Tạm dừng',
    'clock.STOPPED': 'Đã dừng (đã giải quyết)',

    'status.RECEIVED': 'Đã tiếp nhận',
    'status.WAITING_FOR_DOCUMENTS': 'Chờ bổ sung giấy tờ',
    'status.IN_REVIEW': 'Đang thẩm định',
    'status.AWAITING_PAYMENT': 'Chờ nộp phí',
    'status.AWAITING_SIGNATURE': 'Chờ ký duyệt',
    'status.COMPLETED': 'Đã hoàn thành',
    'status.REFUSED': 'Từ chối giải quyết',
    'status.NOT_ACCEPTED': 'Không tiếp nhận',

    'event.CLOCK_STARTED': 'Bắt đầu tính hạn',
    'event.CLOCK_PAUSED': 'Tạm dừng tính hạn',
    'event.CLOCK_RESUMED': 'Tiếp tục tính hạn',
    'event.DOCUMENT_REQUESTED': 'Yêu cầu bổ sung giấy tờ',
    'event.DOCUMENT_SUPPLIED': 'Đã bổ sung giấy tờ',
    'event.DUE_SOON': 'Cảnh báo sắp đến hạn',
    'event.OVERDUE_ESCALATED': 'Báo cáo cấp trên do quá hạn',
    'event.OVERDUE_JUSTIFIED': 'Giải trình quá hạn',
    'event.PAYMENT_RECEIVED': 'Đã nhận tiền thanh toán',
    'event.PAYMENT_DECLINED': 'Thanh toán không thành công',
    'event.PAYMENT_AMOUNT_DIFFERS': 'Số tiền đã nộp không khớp',

    'issue.ID_CARD_ISSUE_DATE_MISSING': 'Thiếu ngày cấp căn cước',
    'issue.MARITAL_STATUS_MISMATCH': 'Tình trạng hôn nhân không khớp',
    'issue.MARRIAGE_NOT_DIGITISED': 'Đăng ký kết hôn chưa được số hóa',
    'issue.BIRTH_NOT_DIGITISED': 'Đăng ký khai sinh chưa được số hóa',
    'issue.DEATH_NOT_SYNCED': 'Khai tử chưa được đồng bộ',
    'issue.ADDRESS_NOT_UPDATED_AFTER_REFORM': 'Địa chỉ chưa cập nhật sau sắp xếp đơn vị hành chính',
    'issue.BIRTH_CERTIFICATE_MISMATCH': 'Giấy chứng sinh không khớp',
    'issue.BIRTH_ALREADY_REGISTERED': 'Đã đăng ký khai sinh trước đó',

    'instance.title': 'Hạn giải quyết của hồ sơ {id}',
    'instance.noDossier': 'Phiên bản quy trình này không gắn với hồ sơ nào (không có business key).',
    'instance.dossierId': 'Mã hồ sơ',
    'instance.status': 'Trạng thái hồ sơ',
    'instance.clockState': 'Đồng hồ tính hạn',
    'instance.dueDate': 'Hạn giải quyết',
    'instance.startedAt': 'Bắt đầu tính hạn',
    'instance.paused': 'Thời gian tạm dừng',
    'instance.pausedDays': '{n} ngày làm việc',
    'instance.pausedSince': 'đang tạm dừng từ {time}',
    'instance.warnedAt': 'Cảnh báo sắp đến hạn lúc',
    'instance.escalatedAt': 'Báo cáo cấp trên lúc',
    'instance.finishedAt': 'Hoàn thành lúc',
    'instance.onTime': 'Kết quả',
    'instance.processingDays': 'Số ngày làm việc đã xử lý',
    'instance.dataIssues': 'Vấn đề về dữ liệu',
    'instance.noIssues': 'Không có vấn đề về dữ liệu.',
    'instance.timeline': 'Diễn biến',
    'instance.noTimeline': 'Chưa có sự kiện nào.',
    'instance.issueKind': 'Loại',
    'instance.issuePin': 'Số định danh',
    'instance.issueMessage': 'Nội dung',
    'instance.openDashboard': 'Bảng theo dõi SLA',
    'instance.notFinished': 'Chưa hoàn thành',

    'badge.overdue': 'Quá hạn',
    'badge.dueSoon': 'Sắp đến hạn',
    'badge.onTrack': 'Trong hạn',
    'badge.paused': 'Tạm dừng',
    'badge.notStarted': 'Chưa tính hạn',
    'badge.finishedOnTime': 'Hoàn thành đúng hạn',
    'badge.finishedLate': 'Hoàn thành trễ hạn',

    'definition.title': 'Hạn giải quyết: {name}',
    'definition.openDashboard': 'Mở bảng theo dõi SLA của thủ tục này',

    'value.yes': 'Có',
    'value.no': 'Không',
    'value.none': '—',
    'unit.days': '{n} ngày'
  },
  en: {
    'app.title': 'Dossier deadlines',
    'app.subtitle': 'On time, due soon and overdue, by procedure and commune',
    'nav.label': 'SLA',
    'lang.toggle': 'Switch language / Đổi ngôn ngữ',

    'figure.open': 'Open',
    'figure.dueSoon': 'Due soon',
    'figure.overdue': 'Overdue',
    'figure.finishedOnTime': 'Finished on time',
    'figure.finishedLate': 'Finished late',
    'figure.finished': 'Finished',
    'figure.onTimeRate': 'On-time rate',
    'figure.averageProcessingWorkingDays': 'Average working days',
    'figure.hint.open': 'Dossiers not finished yet, as of now',
    'figure.hint.period': 'Dossiers finished in the period',

    'filter.procedure': 'Procedure',
    'filter.commune': 'Commune',
    'filter.from': 'From',
    'filter.to': 'To',
    'filter.allProcedures': 'All procedures',
    'filter.allCommunes': 'All communes',
    'filter.reset': 'Reset',
    'action.refresh': 'Refresh',

    'col.procedure': 'Procedure',
    'col.commune': 'Commune',
    'row.total': 'Total',

    'state.loading': 'Loading…',
    'state.noData': 'No figures for these filters.',
    'state.asOf': 'As of {time}',
    'state.period': 'Period {from} – {to}',
    'label.period': 'Period',
    'group.now': 'As of now',
    'error.load': 'Could not load the figures',
    'error.session': 'Your Cockpit session has expired. Please sign in again.',
    'error.network': 'The server could not be reached.',
    'error.timeout': 'The server did not answer in time. If your session has expired, sign in to Cockpit again.',

    'chart.trend.title': 'Weekly on-time rate (last 8 weeks)',
    'chart.trend.point': 'Week of {week}: {rate} ({onTime} on time, {late} late)',
    'chart.trend.empty': 'Week of {week}: no dossier finished',
    'chart.trend.none': 'No dossier finished in the last 8 weeks.',
    'chart.overdue.title': 'Overdue dossiers by commune',
    'chart.overdue.bar': '{commune}: {n} overdue',
    'chart.overdue.none': 'No overdue dossiers.',
    'chart.overdue.more': 'and {n} more communes with overdue dossiers',

    'list.title': 'Dossiers: {figure}',
    'list.back': '← Dashboard',
    'list.count': '{n} dossiers',
    'list.empty': 'No dossiers.',
    'list.asOfNow': 'as of now',
    'list.openInCockpit': 'Open the process instance in Cockpit',
    'list.slaTab': 'SLA',
    'list.slaDetail': 'The dossier\'s deadline and timeline',
    'col.dossierId': 'Dossier',
    'col.clockState': 'Clock',
    'col.dueDate': 'Due',
    'col.finishedAt': 'Finished at',
    'col.onTime': 'On time?',
    'col.warnedAt': 'Warned at',
    'col.escalatedAt': 'Escalated at',

    'clock.NOT_STARTED': 'Not started',
    'clock.RUNNING': 'Running',
    'clock.PAUSED': 'Paused',
    'clock.STOPPED': 'Stopped (finished)',

    'status.RECEIVED': 'Received',
    'status.WAITING_FOR_DOCUMENTS': 'Waiting for documents',
    'status.IN_REVIEW': 'In review',
    'status.AWAITING_PAYMENT': 'Awaiting payment',
    'status.AWAITING_SIGNATURE': 'Awaiting signature',
    'status.COMPLETED': 'Completed',
    'status.REFUSED': 'Refused',
    'status.NOT_ACCEPTED': 'Not accepted',

    'event.CLOCK_STARTED': 'Clock started',
    'event.CLOCK_PAUSED': 'Clock paused',
    'event.CLOCK_RESUMED': 'Clock resumed',
    'event.DOCUMENT_REQUESTED': 'Documents requested',
    'event.DOCUMENT_SUPPLIED': 'Documents supplied',
    'event.DUE_SOON': 'Due-soon warning',
    'event.OVERDUE_ESCALATED': 'Escalated as overdue',
    'event.OVERDUE_JUSTIFIED': 'Delay justified',
    'event.PAYMENT_RECEIVED': 'Payment received',
    'event.PAYMENT_DECLINED': 'Payment attempt declined',
    'event.PAYMENT_AMOUNT_DIFFERS': 'Amount paid differs',

    'issue.ID_CARD_ISSUE_DATE_MISSING': 'Identity card issue date missing',
    'issue.MARITAL_STATUS_MISMATCH': 'Marital status mismatch',
    'issue.MARRIAGE_NOT_DIGITISED': 'Marriage not digitised',
    'issue.BIRTH_NOT_DIGITISED': 'Birth registration not digitised',
    'issue.DEATH_NOT_SYNCED': 'Death registration not synchronised',
    'issue.ADDRESS_NOT_UPDATED_AFTER_REFORM': 'Address not updated after the reform of administrative units',
    'issue.BIRTH_CERTIFICATE_MISMATCH': 'Medical birth certificate mismatch',
    'issue.BIRTH_ALREADY_REGISTERED': 'Birth already registered',

    'instance.title': 'Deadline of dossier {id}',
    'instance.noDossier': 'This process instance has no dossier (it has no business key).',
    'instance.dossierId': 'Dossier',
    'instance.status': 'Dossier status',
    'instance.clockState': 'Deadline clock',
    'instance.dueDate': 'Due',
    'instance.startedAt': 'Clock started',
    'instance.paused': 'Paused time',
    'instance.pausedDays': '{n} working days',
    'instance.pausedSince': 'paused since {time}',
    'instance.warnedAt': 'Due-soon warning at',
    'instance.escalatedAt': 'Escalated at',
    'instance.finishedAt': 'Finished at',
    'instance.onTime': 'Outcome',
    'instance.processingDays': 'Working days taken',
    'instance.dataIssues': 'Data issues',
    'instance.noIssues': 'No data issues.',
    'instance.timeline': 'Timeline',
    'instance.noTimeline': 'No events yet.',
    'instance.issueKind': 'Kind',
    'instance.issuePin': 'PIN',
    'instance.issueMessage': 'Message',
    'instance.openDashboard': 'SLA dashboard',
    'instance.notFinished': 'Not finished',

    'badge.overdue': 'Overdue',
    'badge.dueSoon': 'Due soon',
    'badge.onTrack': 'On track',
    'badge.paused': 'Paused',
    'badge.notStarted': 'Clock not started',
    'badge.finishedOnTime': 'Finished on time',
    'badge.finishedLate': 'Finished late',

    'definition.title': 'Deadlines: {name}',
    'definition.openDashboard': 'Open the SLA dashboard for this procedure',

    'value.yes': 'Yes',
    'value.no': 'No',
    'value.none': '—',
    'unit.days': '{n} days'
  }
};

/**
 * The plugin speaks Cockpit's language. Cockpit's plugin API (render(node, { api })) does not pass
 * it, and its angular-translate service is an internal; but Cockpit's config.js gives Cockpit
 * exactly the language ../../dvc-language.js chose (Vietnamese unless English was chosen), so the
 * plugin reads the same choice, and its VI/EN button changes it for the whole of Cockpit.
 */
export function lang() {
  return chosenLanguage();
}

/** Switches Cockpit, this plugin included, to `value` (the page reloads). */
export function setLang(value) {
  chooseLanguage(value);
}

/** The label for key in the current language, with {name} placeholders filled in. */
export function t(key, params) {
  const table = DICT[lang()] || DICT.en;
  let text = key in table ? table[key] : key in DICT.en ? DICT.en[key] : null;
  if (text == null) {
    return null;
  }
  if (params) {
    text = text.replace(/\{(\w+)\}/g, (m, name) => (name in params ? String(params[name]) : m));
  }
  return text;
}

/** The deadline clock of a dossier; a finished dossier's has stopped, whatever its last state. */
export function clockLabel(dossier) {
  return dossier && dossier.finishedAt ? t('clock.STOPPED') : tCode('clock', dossier && dossier.clockState);
}

/** A label for an enum-like code (status, event, issue kind…), or the code made readable. */
export function tCode(prefix, code) {
  if (code == null || code === '') {
    return t('value.none');
  }
  const label = t(prefix + '.' + code);
  if (label != null) {
    return label;
  }
  const words = String(code).toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function intlLocale() {
  return lang() === 'vi' ? 'vi-VN' : 'en-GB';
}

export function fmtInt(value) {
  if (value == null) {
    return t('value.none');
  }
  return new Intl.NumberFormat(intlLocale()).format(value);
}

/** A rate between 0 and 1 as a percentage with one decimal, "—" when there is none. */
export function fmtRate(value) {
  if (value == null || Number.isNaN(value)) {
    return t('value.none');
  }
  return new Intl.NumberFormat(intlLocale(), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1
  }).format(value);
}

export function fmtDecimal(value, digits = 1) {
  if (value == null || Number.isNaN(value)) {
    return t('value.none');
  }
  return new Intl.NumberFormat(intlLocale(), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits
  }).format(value);
}

/** An instant (ISO string) as date and time in Vietnam. */
export function fmtDateTime(iso) {
  if (!iso) {
    return t('value.none');
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return String(iso);
  }
  return new Intl.DateTimeFormat(intlLocale(), {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false
  }).format(date);
}

/** A calendar date "YYYY-MM-DD" as dd/mm/yyyy (both languages use day-month-year). */
export function fmtDate(isoDate, withYear = true) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate || '');
  if (!m) {
    return isoDate ? String(isoDate) : t('value.none');
  }
  return withYear ? `${m[3]}/${m[2]}/${m[1]}` : `${m[3]}/${m[2]}`;
}

/** Today in Vietnam as "YYYY-MM-DD". */
export function todayInVietnam() {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit'
  }).formatToParts(new Date());
  const get = (type) => parts.find((p) => p.type === type).value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

/** "YYYY-MM-DD" plus days. */
export function addDays(isoDate, days) {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}
