// The text of `briefing-desk --help`, Vietnamese first, then English.
export const USAGE = `Briefing Desk — kho mã hóa các cuộc họp, nhiệm vụ và chỉ tiêu / encrypted vault of meetings, directives and indicators

Cách dùng / Usage:
  briefing-desk vault create <kho.bdvault> [--org <tên cơ quan>]
  briefing-desk demo <kho.bdvault> [--org <tên cơ quan>]      tạo kho + dữ liệu mẫu / create + sample data
  briefing-desk list <meetings|directives|indicators|briefs> --vault <kho> [--json]
  briefing-desk brief new --template <mẫu> --meeting <mã cuộc họp> --vault <kho> [--json]
                                                              soạn văn bản từ cuộc họp / draft a brief from a meeting
        mẫu / templates: conclusion-notice, report, talking-points, submission, official-letter, plan, minutes
  briefing-desk brief check <mã văn bản> --vault <kho> [--json]   kiểm tra trước khi ban hành / pre-issue check
  briefing-desk brief issue <mã văn bản> --vault <kho> [--date dd/mm/yyyy] [--json]
                                                              ban hành: cấp số sổ văn bản đi / issue: next register number
  briefing-desk register list --vault <kho> [--year <năm>] [--json]   sổ văn bản đi / the outgoing register
  briefing-desk org show --vault <kho> [--json]               hồ sơ cơ quan / organisation profile
  briefing-desk org set --vault <kho> [--issuer <tên>] [--issuer-abbrev <X>] [--superior <tên>] [--unit-abbrev <Y>]
                     [--place <địa danh>] [--signer-name <họ tên>] [--signer-title <chức vụ>]
                     [--authority TM.|KT.|TL.|TUQ.|Q.|none] [--authority-of <chức vụ thủ trưởng>] [--drafter-initials <XYZ>]
  briefing-desk export <mã văn bản> --vault <kho> --format <docx|pdf> --out <tệp> [--force]
                                                              xuất văn bản / export a brief (--force: ghi đè / overwrite)
                                                              dự thảo: dấu "DỰ THẢO", chưa có số / a draft: marked, no number
  briefing-desk brief new --template directive-report [--meeting <mã cuộc họp>] --vault <kho> [--json]
                                                              báo cáo tình hình thực hiện nhiệm vụ (bảng, danh sách quá hạn, biểu đồ)
  briefing-desk stats directives --vault <kho> [--by unit|meeting|month] [--json]
                                                              thống kê nhiệm vụ: đúng hạn, trễ hạn, quá hạn… / directive statistics
  briefing-desk export-register <directives|indicators|stats> --vault <kho> --format <xlsx|docx> --out <tệp>
                     [--by unit|meeting|month] [--force]      xuất sổ theo dõi ra Excel/Word / registers to Excel or Word
  briefing-desk card export --vault <kho> --out <tệp.bdcard>   thẻ định danh, in dấu vân tay / identity card + fingerprint
  briefing-desk contact add <tệp.bdcard> --vault <kho> --fingerprint <60 chữ số>
                                                              thêm đơn vị sau khi đối chiếu dấu vân tay / add a contact
  briefing-desk pack --vault <kho> --to <đơn vị> [--to …] [--brief <mã>…] [--meeting <mã>…] [--directive <mã>…]
                     [--indicator <mã>…] [--rendering docx|pdf] [--note <ghi chú>] --out <tệp.bdpack>
                                                              đóng gói gửi đi / seal a package
  briefing-desk open <tệp.bdpack> --vault <kho> [--dry-run] [--json] [--resolve mine|theirs|both]
                     [--attachments <thư mục>]                mở gói: xem trước hoặc nhập / preview or import
  briefing-desk history <mã bản ghi> --vault <kho> [--json]   các phiên bản, mới nhất trước / revisions, newest first
  briefing-desk restore <mã bản ghi> --revision <n> --vault <kho>
                                                              nội dung phiên bản n thành phiên bản mới / revision n as the newest
  briefing-desk delete <mã bản ghi> --vault <kho>             chuyển vào thùng rác / move to the trash
  briefing-desk trash list --vault <kho> [--json]             thùng rác / the trash
  briefing-desk trash restore <mã bản ghi> --vault <kho>      khôi phục cùng liên kết / restore with its links
  briefing-desk trash empty --vault <kho>                     xóa hẳn / empty the trash for good
  briefing-desk undo-import <mã gói> --vault <kho> [--forget] hoàn tác lần nhập gói / undo a package import
  briefing-desk extract <tệp .docx|.pdf|.txt|.html> [--vault <kho>] [--json]
                     [--apply (--meeting <mã cuộc họp> | --new-meeting) [--new-indicators]]
                                                              đọc báo cáo, đề xuất số liệu và nhiệm vụ (không ghi gì) / read a report, propose figures and directives (writes nothing; --apply writes the unambiguous ones with their source)
                                                              --meeting: gắn vào cuộc họp và điền các ô còn trống từ thông tin cuộc họp trong báo cáo (ô đã có giữ nguyên; thêm người dự, điểm cầu chưa có) / attach to the meeting and fill its empty fields from the report's meeting facts (filled fields kept; missing attendees and connection points added)
                                                              --new-meeting: tạo cuộc họp mới từ thông tin đó / create a new meeting from those facts
                                                              --new-indicators: số liệu chưa khớp chỉ tiêu nào tạo chỉ tiêu mới (trụ cột Kinh tế), một chỉ tiêu cho mỗi nội dung và đơn vị / figures no indicator fits create new indicators (Economy pillar), one per subject and unit
  briefing-desk audit verify --vault <kho> [--json]           kiểm tra chuỗi băm của nhật ký / verify the audit log's hash chain
  briefing-desk search <từ khóa> --vault <kho> [--json]       không cần dấu: "dau tu" tìm "đầu tư"
  briefing-desk backup --vault <kho> --out <tệp sao lưu> [--force]
                                                              sao lưu; không ghi đè tệp có sẵn / back up; never over an existing file (--force: thay / replace)
  briefing-desk passwd --vault <kho>                          đổi mật khẩu / change the passphrase
  briefing-desk serve [--vault <kho>] [--port <số>]           giao diện trong trình duyệt / the app in a browser

Mật khẩu / Passphrase:
  Lấy từ biến môi trường BRIEFING_DESK_PASSPHRASE, nếu không có thì hỏi trên cửa sổ dòng lệnh (không hiện ký tự).
  Mật khẩu mới của passwd: BRIEFING_DESK_NEW_PASSPHRASE hoặc nhập hai lần.
  Không bao giờ nhận mật khẩu qua tham số: tham số lộ trong lịch sử shell và danh sách tiến trình.
  Taken from BRIEFING_DESK_PASSPHRASE, else asked for on the terminal (not echoed); passwd's new one from
  BRIEFING_DESK_NEW_PASSPHRASE or typed twice. Never from an argument: arguments leak into shell history
  and the process list.

Mã thoát / Exit codes: 0 thành công / success, 1 lỗi / failure, 2 sai cú pháp / usage error.
`;
