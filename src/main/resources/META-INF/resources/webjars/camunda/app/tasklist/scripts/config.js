/*
 * Tasklist configuration of dvc-workflow. This file replaces the default
 * app/tasklist/scripts/config.js of the Camunda 7.24 webjar, as app/cockpit/scripts/config.js
 * does; every Tasklist option not set here keeps its default.
 */
import { chosenLanguage, webappLocales } from '../../dvc-language.js';

const vi = chosenLanguage() === 'vi';

export default {
  // Vietnamese whatever the browser prefers; English once chosen with the language switch at the
  // bottom right of the page. Why Camunda's own `locales` cannot do that: ../../dvc-language.js.
  locales: webappLocales(),

  // The keyboard shortcuts of Camunda's default config.js (Tasklist has no others: leaving them
  // out would switch them off). Their descriptions are shown as they are, in no locale file, so
  // they follow the language here.
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: vi ? 'nhận xử lý công việc đang chọn' : 'claims the currently selected task'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: vi
        ? 'chuyển đến bộ lọc đầu tiên trong danh sách'
        : 'set the focus to the first filter in the list'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: vi
        ? 'chuyển đến công việc đầu tiên trong danh sách'
        : 'sets the focus to the first task in the list'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: vi
        ? 'chuyển đến ô nhập đầu tiên của biểu mẫu công việc'
        : 'sets the focus to the first input field in a task form'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: vi ? 'mở hộp thoại khởi tạo quy trình' : 'opens the start process modal dialog'
    }
  }
};
