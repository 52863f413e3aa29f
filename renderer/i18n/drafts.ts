// Strings of drafts, field limits, the completion date, Excel paste and the sample data
// (issue 9, items 1, 2 and 6).
export const draftsVi = {
  'limit.counter': '{count}/{max} ký tự',
  'limit.pasteRefused':
    'Không dán: đoạn dán có {pasted} ký tự, ô này chỉ nhận tối đa {max} ký tự (còn trống {room}). Văn bản dài nên để trong tài liệu nguồn đính kèm.',
  'limit.pasteRefusedLines': 'Không dán:',
  'limit.tooManyLines': 'danh sách có {count} dòng, ô này nhận tối đa {max} dòng.',
  'limit.lineTooLong': 'một dòng có {length} ký tự, mỗi dòng tối đa {max} ký tự.',
  'drafts.kind.meeting': 'Cuộc họp',
  'drafts.kind.directive': 'Nhiệm vụ',
  'drafts.kind.indicator': 'Chỉ tiêu',
  'drafts.kind.observation': 'Số liệu',
  'drafts.kind.brief': 'Văn bản',
  'drafts.kind.organisation': 'Thông tin cơ quan',
  'drafts.new': '(mới, chưa lưu lần nào)',
  'drafts.title': 'Bản nháp chưa lưu',
  'drafts.offer': 'Có bản nháp chưa lưu từ {time}.',
  'drafts.restore': 'Khôi phục bản nháp',
  'drafts.discard': 'Bỏ bản nháp',
  'drafts.autosaved': 'Bản nháp đã lưu lúc {time}',
  'drafts.idleLocked':
    'Kho đã tự khóa vì không có thao tác; bản nháp chưa lưu đã được ghi vào kho (mã hóa) trước khi khóa. Mở lại trình soạn để khôi phục.',
  'host.lost':
    'Mất kết nối với ứng dụng nền — đang thử kết nối lại. Phần đang soạn vẫn ở trên màn hình; đừng đóng cửa sổ này.',
  'host.restarted':
    'Ứng dụng nền đã khởi động lại. Mở khóa kho để tiếp tục: phần đang soạn chưa lưu được giữ nguyên và sẽ hiện lại sau khi mở khóa.',
  'drafts.dismiss': 'Đã hiểu',
  'directive.completedOnTitle': 'Ngày hoàn thành',
  'directive.completedOnAsk': 'Nhiệm vụ hoàn thành ngày nào? (mặc định là hôm nay)',
  'directive.completedOnConfirm': 'Đánh dấu hoàn thành',
  'paste.rowsAdded': 'Đã thêm {count} dòng từ bảng dán.',
  'sample.ask':
    'Thêm dữ liệu mẫu (2 cuộc họp, các nhiệm vụ và chỉ tiêu kèm theo) vào kho trống này?',
  'sample.remove': 'Xóa dữ liệu mẫu',
  'sample.removeAsk':
    'Xóa toàn bộ dữ liệu mẫu (chỉ các bản ghi mẫu, không đụng tới dữ liệu của bạn)?',
  'sample.removed': 'Đã xóa {count} bản ghi mẫu.',
} as const;

export const draftsEn: Record<keyof typeof draftsVi, string> = {
  'limit.counter': '{count}/{max} characters',
  'limit.pasteRefused':
    'Not pasted: the text has {pasted} characters, this field takes at most {max} ({room} left). Long text belongs in an attached source document.',
  'limit.pasteRefusedLines': 'Not pasted:',
  'limit.tooManyLines': 'the list would have {count} lines, this field takes at most {max}.',
  'limit.lineTooLong': 'a line has {length} characters, each line takes at most {max}.',
  'drafts.kind.meeting': 'Meeting',
  'drafts.kind.directive': 'Directive',
  'drafts.kind.indicator': 'Indicator',
  'drafts.kind.observation': 'Figure',
  'drafts.kind.brief': 'Brief',
  'drafts.kind.organisation': 'Organisation',
  'drafts.new': '(new, never saved)',
  'drafts.title': 'Unsaved drafts',
  'drafts.offer': 'There is an unsaved draft from {time}.',
  'drafts.restore': 'Restore draft',
  'drafts.discard': 'Discard draft',
  'drafts.autosaved': 'Draft saved at {time}',
  'drafts.idleLocked':
    'The vault locked itself after idle time; unsaved drafts were written to the (encrypted) vault before locking. Reopen the editor to restore them.',
  'host.lost':
    'Lost the connection to the app host — trying again. What you are writing stays on screen; do not close this window.',
  'host.restarted':
    'The app host restarted. Unlock the vault to go on: your unsaved work is kept and comes back after unlocking.',
  'drafts.dismiss': 'OK',
  'directive.completedOnTitle': 'Completion date',
  'directive.completedOnAsk': 'On which date was the task completed? (today by default)',
  'directive.completedOnConfirm': 'Mark as done',
  'paste.rowsAdded': '{count} rows added from the pasted table.',
  'sample.ask':
    'Add the sample data (2 meetings with their directives and indicators) to this empty vault?',
  'sample.remove': 'Remove sample data',
  'sample.removeAsk': 'Remove all sample data (only the sample records, none of yours)?',
  'sample.removed': '{count} sample records removed.',
};
