<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>motcua::AboutDialog</name>
    <message>
        <source>About MotCua Desk</source>
        <translation>Giới thiệu MotCua Desk</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Phiên bản %1</translation>
    </message>
    <message>
        <source>The desk program of the commune one-stop office: reads chip ID cards, receives dossiers, scans their components and sends them to the provincial registry, also when the network is down.</source>
        <translation>Phần mềm tại bàn tiếp nhận của Bộ phận Một cửa cấp xã: đọc thẻ căn cước gắn chip, tiếp nhận hồ sơ, quét thành phần hồ sơ và gửi lên hệ thống của tỉnh, kể cả khi mất mạng.</translation>
    </message>
    <message>
        <source>Built with Qt %1.</source>
        <translation>Xây dựng trên Qt %1.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Phím</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Phím tắt</translation>
    </message>
</context>
<context>
    <name>motcua::AuditTableModel</name>
    <message>
        <source>viewed the dossier</source>
        <translation>xem hồ sơ</translation>
    </message>
    <message>
        <source>printed</source>
        <translation>in</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>xuất</translation>
    </message>
    <message>
        <source>received (created)</source>
        <translation>tiếp nhận (tạo mới)</translation>
    </message>
    <message>
        <source>changed the data</source>
        <translation>sửa dữ liệu</translation>
    </message>
    <message>
        <source>signed in</source>
        <translation>đăng nhập</translation>
    </message>
    <message>
        <source>signed out</source>
        <translation>đăng xuất</translation>
    </message>
    <message>
        <source>desk locked</source>
        <translation>khóa máy</translation>
    </message>
    <message>
        <source>opened the audit trail</source>
        <translation>mở nhật ký truy cập</translation>
    </message>
    <message>
        <source>exported the audit trail</source>
        <translation>xuất nhật ký truy cập</translation>
    </message>
    <message>
        <source>retention: old copies deleted</source>
        <translation>lưu giữ: xóa bản sao cũ</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>Cán bộ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Dossier</source>
        <extracomment>Dossier = hồ sơ</extracomment>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>verified the audit trail</source>
        <translation>kiểm tra chuỗi nhật ký</translation>
    </message>
</context>
<context>
    <name>motcua::AuditViewer</name>
    <message>
        <source>Loading…</source>
        <translation>Đang tải…</translation>
    </message>
    <message>
        <source>The audit trail could not be read (%1).</source>
        <translation>Không đọc được nhật ký truy cập (%1).</translation>
    </message>
    <message>
        <source>No rows match the filters.</source>
        <translation>Không có dòng nào khớp bộ lọc.</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Đang kiểm tra chuỗi…</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Xuất nhật ký truy cập</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Đang xuất…</translation>
    </message>
    <message>
        <source>The audit trail was written to %1.</source>
        <translation>Đã ghi nhật ký truy cập vào %1.</translation>
    </message>
    <message>
        <source>The export failed (%1). Choose another folder and try again.</source>
        <translation>Xuất không thành công (%1). Hãy chọn thư mục khác và thử lại.</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký truy cập</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Từ ngày</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>Đế&amp;n ngày</translation>
    </message>
    <message>
        <source>Official:</source>
        <translation>Cán bộ:</translation>
    </message>
    <message>
        <source>Action:</source>
        <translation>Thao tác:</translation>
    </message>
    <message>
        <source>Dossier code:</source>
        <extracomment>Dossier = hồ sơ</extracomment>
        <translation>Mã hồ sơ:</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Lọc</translation>
    </message>
    <message>
        <source>&amp;Verify the chain</source>
        <translation>&amp;Kiểm tra chuỗi</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Xuất…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), newest first.</source>
        <translation>
            <numerusform>%n dòng, mới nhất trước.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The chain is intact: %n row(s) verified. Last row&apos;s hash: %1</source>
        <translation>
            <numerusform>Chuỗi toàn vẹn: đã kiểm tra %n dòng. Mã băm dòng cuối: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The chain is BROKEN at row %1: %2 Rows from there on cannot be trusted; keep this database and report it.</source>
        <translation>Chuỗi BỊ PHÁ VỠ tại dòng %1: %2 Không thể tin các dòng từ đó trở đi; hãy giữ nguyên cơ sở dữ liệu này và báo cáo.</translation>
    </message>
    <message>
        <source>rows before it are missing.</source>
        <translation>thiếu các dòng trước nó.</translation>
    </message>
    <message>
        <source>its number is out of order.</source>
        <translation>số thứ tự của dòng bị sai.</translation>
    </message>
    <message>
        <source>it does not follow the row before it (a row was removed, inserted or rewritten).</source>
        <translation>dòng không nối tiếp dòng trước (có dòng bị xóa, chèn thêm hoặc viết lại).</translation>
    </message>
    <message>
        <source>its content was changed after it was written.</source>
        <translation>nội dung dòng đã bị sửa sau khi ghi.</translation>
    </message>
    <message>
        <source>the newest rows were removed.</source>
        <translation>các dòng mới nhất đã bị xóa.</translation>
    </message>
</context>
<context>
    <name>motcua::CardReaderIndicator</name>
    <message>
        <source>no PC/SC service</source>
        <translation>không có dịch vụ PC/SC</translation>
    </message>
    <message>
        <source>no reader</source>
        <translation>chưa có đầu đọc</translation>
    </message>
    <message>
        <source>ready, no card</source>
        <translation>sẵn sàng, chưa có thẻ</translation>
    </message>
    <message>
        <source>reading card…</source>
        <translation>đang đọc thẻ…</translation>
    </message>
    <message>
        <source>card read</source>
        <translation>đã đọc thẻ</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>Card reader: %1</source>
        <translation>Đầu đọc thẻ: %1</translation>
    </message>
    <message>
        <source>Readers: %1</source>
        <translation>Đầu đọc: %1</translation>
    </message>
    <message>
        <source>Card: %1</source>
        <translation>Thẻ: %1</translation>
    </message>
    <message>
        <source>Card: not available</source>
        <translation>Thẻ: không khả dụng</translation>
    </message>
    <message>
        <source>Card reader: not available (the card module is not loaded)</source>
        <translation>Đầu đọc thẻ: không khả dụng (mô-đun thẻ chưa được nạp)</translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseDiagnostics</name>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Đường dẫn</translation>
    </message>
    <message>
        <source>Damaged original (untouched)</source>
        <translation>Tệp gốc bị hỏng (giữ nguyên)</translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation>Dung lượng trên đĩa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Phiên bản lược đồ</translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Outbox queue</source>
        <translation>Hàng đợi gửi</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>trống</translation>
    </message>
</context>
<context>
    <name>motcua::DatabaseOpener</name>
    <message>
        <source>The desk database cannot be used</source>
        <translation>Không dùng được cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>The desk database is damaged.</source>
        <translation>Cơ sở dữ liệu của bàn làm việc bị hỏng.</translation>
    </message>
    <message>
        <source>The file is left exactly as it is: %1

You can work on a copy of it (what can still be read is kept) and call the IT contact, or quit.</source>
        <translation>Tệp được giữ nguyên, không bị ghi đè: %1

Bạn có thể làm việc trên một bản sao của tệp (giữ lại những gì còn đọc được) rồi báo cán bộ CNTT, hoặc thoát.</translation>
    </message>
    <message>
        <source>Open a &amp;copy</source>
        <translation>Mở &amp;bản sao</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>This file is not a MotCua Desk database.</source>
        <translation>Tệp này không phải cơ sở dữ liệu của MotCua Desk.</translation>
    </message>
    <message>
        <source>The file is left exactly as it is: %1

Nothing in it belongs to the desk, so its copy would be of no use: you can work on a new, empty database beside it and call the IT contact, or quit.</source>
        <translation>Tệp được giữ nguyên, không bị ghi đè: %1

Tệp không chứa dữ liệu nào của bàn làm việc nên bản sao của nó không dùng được: bạn có thể làm việc trên một cơ sở dữ liệu mới, trống, đặt cạnh tệp đó rồi báo cán bộ CNTT, hoặc thoát.</translation>
    </message>
    <message>
        <source>Open a &amp;new database</source>
        <translation>Mở cơ sở dữ liệu &amp;mới</translation>
    </message>
    <message>
        <source>The desk database is in use by another program.</source>
        <translation>Cơ sở dữ liệu đang được một chương trình khác sử dụng.</translation>
    </message>
    <message>
        <source>MotCua Desk may already be open in another window. Close it and try again.</source>
        <translation>Có thể MotCua Desk đang mở ở một cửa sổ khác. Hãy đóng cửa sổ đó rồi thử lại.</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Thử &amp;lại</translation>
    </message>
    <message>
        <source>The desk database was written by a newer version of MotCua Desk. Install the newest version, then start again.</source>
        <translation>Cơ sở dữ liệu được tạo bởi phiên bản MotCua Desk mới hơn. Hãy cài phiên bản mới nhất rồi mở lại.</translation>
    </message>
    <message>
        <source>The desk database could not be opened (disk full, no permission or a failed update). Nothing was changed in it: %1</source>
        <translation>Không mở được cơ sở dữ liệu (đầy đĩa, không có quyền hoặc cập nhật bị lỗi). Tệp không bị thay đổi: %1</translation>
    </message>
    <message>
        <source>No copy of the damaged database could be made (disk full or no permission).</source>
        <translation>Không tạo được bản sao của cơ sở dữ liệu bị hỏng (đầy đĩa hoặc không có quyền).</translation>
    </message>
    <message>
        <source>The copy of the damaged database cannot be opened either. It is kept for the IT contact: %1</source>
        <translation>Bản sao của cơ sở dữ liệu bị hỏng cũng không mở được. Bản sao được giữ lại cho cán bộ CNTT: %1</translation>
    </message>
    <message>
        <source>No new database could be created beside it (disk full or no permission).</source>
        <translation>Không tạo được cơ sở dữ liệu mới cạnh tệp đó (đầy đĩa hoặc không có quyền).</translation>
    </message>
    <message>
        <source>The program will close. Call the IT contact and give them the details below.</source>
        <translation>Chương trình sẽ đóng. Hãy báo cán bộ CNTT và gửi kèm phần chi tiết bên dưới.</translation>
    </message>
</context>
<context>
    <name>motcua::DemoWatermark</name>
    <message>
        <source>DEMO MODE – training</source>
        <extracomment>Watermark over every page in demo mode; Vietnamese text is fixed: CHẾ ĐỘ DEMO – đào tạo</extracomment>
        <translation>CHẾ ĐỘ DEMO – đào tạo</translation>
    </message>
</context>
<context>
    <name>motcua::Desk</name>
    <message>
        <source>Encryption key unavailable</source>
        <translation>Không có khóa mã hóa</translation>
    </message>
    <message>
        <source>The key that encrypts this desk&apos;s scans could not be read from the system keychain. Until it can, the desk cannot store or open scanned documents.</source>
        <translation>Không đọc được khóa mã hóa các bản quét của máy này từ kho khóa của hệ thống. Cho tới khi đọc được, máy không thể lưu hoặc mở tài liệu đã quét.</translation>
    </message>
    <message>
        <source>Sign out of the computer and in again so the keychain unlocks, then restart the desk. If the problem stays, call the administrator.</source>
        <translation>Hãy đăng xuất khỏi máy tính rồi đăng nhập lại để mở kho khóa, sau đó khởi động lại chương trình. Nếu vẫn lỗi, hãy liên hệ quản trị viên.</translation>
    </message>
</context>
<context>
    <name>motcua::DeskArguments</name>
    <message>
        <source>MotCua Desk: the desk program of the commune one-stop office. Without --live it opens in demo mode until a live profile is configured.</source>
        <translation>MotCua Desk: phần mềm tại bàn tiếp nhận của Bộ phận Một cửa cấp xã. Khi chưa có cấu hình làm việc thật, chương trình mở ở chế độ demo (trừ khi có --live).</translation>
    </message>
    <message>
        <source>Demo mode for training: simulated card reader, scanner and registry; watermarked.</source>
        <translation>Chế độ demo để đào tạo: đầu đọc thẻ, máy quét và hệ thống của tỉnh đều mô phỏng; có dấu chìm.</translation>
    </message>
    <message>
        <source>Live mode with the real devices and registry.</source>
        <translation>Chế độ làm việc thật với thiết bị và hệ thống của tỉnh.</translation>
    </message>
    <message>
        <source>The desk profile to open (one database per profile).</source>
        <translation>Cấu hình làm việc cần mở (mỗi cấu hình một cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>Folder holding the profiles (default: the user&apos;s data folder).</source>
        <translation>Thư mục chứa các cấu hình làm việc (mặc định: thư mục dữ liệu của người dùng).</translation>
    </message>
    <message>
        <source>Interface language: vi or en.</source>
        <translation>Ngôn ngữ giao diện: vi hoặc en.</translation>
    </message>
    <message>
        <source>Open as this role: official, supervisor, trainer or administrator.</source>
        <translation>Mở với vai trò: official (công chức tiếp nhận), supervisor (giám sát), trainer (giảng viên) hoặc administrator (quản trị).</translation>
    </message>
    <message>
        <source>Save a PNG of the main window before quitting (documentation).</source>
        <translation>Lưu ảnh PNG của cửa sổ chính trước khi thoát (dùng cho tài liệu).</translation>
    </message>
    <message>
        <source>Quit this many milliseconds after the window is first shown.</source>
        <translation>Thoát sau số mili giây này kể từ khi cửa sổ hiện lần đầu.</translation>
    </message>
    <message>
        <source>Print the start-up time when the window is first shown.</source>
        <translation>In thời gian khởi động khi cửa sổ hiện lần đầu.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Tham số không hợp lệ: %1</translation>
    </message>
    <message>
        <source>--demo and --live cannot be used together.</source>
        <translation>Không dùng --demo và --live cùng lúc.</translation>
    </message>
    <message>
        <source>Invalid profile name &quot;%1&quot;: use letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;.</source>
        <translation>Tên cấu hình &quot;%1&quot; không hợp lệ: chỉ dùng chữ cái không dấu, chữ số, &apos;.&apos;, &apos;-&apos; hoặc &apos;_&apos;.</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir cần một thư mục.</translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;: use vi or en.</source>
        <translation>Ngôn ngữ &quot;%1&quot; không được hỗ trợ: dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Unknown role &quot;%1&quot;: use %2.</source>
        <translation>Vai trò &quot;%1&quot; không tồn tại: dùng %2.</translation>
    </message>
    <message>
        <source>--quit-after needs a number of milliseconds, not &quot;%1&quot;.</source>
        <translation>--quit-after cần một số mili giây, không phải &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>motcua::DiagnosticsCollector</name>
    <message>
        <source>not available</source>
        <translation>không khả dụng</translation>
    </message>
    <message>
        <source>Key store (QtKeychain backend)</source>
        <translation>Kho khóa bảo mật (QtKeychain)</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Secret Service (%1)</source>
        <translation>Secret Service (%1)</translation>
    </message>
    <message>
        <source>running</source>
        <translation>đang chạy</translation>
    </message>
    <message>
        <source>can be started on demand</source>
        <translation>sẽ tự khởi động khi cần</translation>
    </message>
    <message>
        <source>absent</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>no D-Bus session bus</source>
        <translation>không có D-Bus phiên làm việc</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Chế độ</translation>
    </message>
    <message>
        <source>demo (training)</source>
        <translation>demo (đào tạo)</translation>
    </message>
    <message>
        <source>live</source>
        <translation>làm việc thật</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Vai trò</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Thư mục dữ liệu</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation>%1 (biên dịch với %2)</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Nền tảng đồ họa</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Hệ điều hành</translation>
    </message>
    <message>
        <source>Card reader (PC/SC)</source>
        <translation>Đầu đọc thẻ (PC/SC)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Readers</source>
        <translation>Đầu đọc</translation>
    </message>
    <message>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <source>Selected reader</source>
        <translation>Đầu đọc đang chọn</translation>
    </message>
    <message>
        <source>Scanner (SANE)</source>
        <translation>Máy quét (SANE)</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Thiết bị</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Đang chờ</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Last success</source>
        <translation>Lần thành công gần nhất</translation>
    </message>
    <message>
        <source>never</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>không tìm thấy</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Last errors</source>
        <translation>Lỗi gần đây</translation>
    </message>
</context>
<context>
    <name>motcua::DiagnosticsDialog</name>
    <message>
        <source>Diagnostics</source>
        <translation>Chẩn đoán</translation>
    </message>
    <message>
        <source>Collecting information…</source>
        <translation>Đang thu thập thông tin…</translation>
    </message>
    <message>
        <source>&amp;Copy to clipboard</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copied. Paste it into your message to the IT contact.</source>
        <translation>Đã sao chép. Hãy dán vào tin nhắn gửi cán bộ CNTT.</translation>
    </message>
    <message>
        <source>Paste this into your message to the IT contact. It contains no citizen data.</source>
        <translation>Dán nội dung này vào tin nhắn gửi cán bộ CNTT. Nội dung không chứa dữ liệu của công dân.</translation>
    </message>
</context>
<context>
    <name>motcua::HealthMonitor</name>
    <message>
        <source>The smart card service (PC/SC) is not running: chip ID cards cannot be read.</source>
        <translation>Dịch vụ thẻ thông minh (PC/SC) không chạy: không đọc được thẻ căn cước gắn chip.</translation>
    </message>
    <message>
        <source>Restart the computer or call the IT contact. The QR code on the card can still be scanned.</source>
        <translation>Hãy khởi động lại máy hoặc báo cán bộ CNTT. Vẫn có thể quét mã QR trên thẻ.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Chưa cắm đầu đọc thẻ.</translation>
    </message>
    <message>
        <source>Plug the card reader into a USB port. The QR code on the card can still be scanned.</source>
        <translation>Hãy cắm đầu đọc thẻ vào cổng USB. Vẫn có thể quét mã QR trên thẻ.</translation>
    </message>
    <message>
        <source>Synchronisation with the provincial registry is failing.</source>
        <translation>Đồng bộ với hệ thống của tỉnh đang bị lỗi.</translation>
    </message>
    <message>
        <source>Dossiers are kept on this computer and sent again automatically (%1 waiting, %2 failed). If this lasts, call the IT contact.</source>
        <translation>Hồ sơ vẫn được lưu trên máy và sẽ tự động gửi lại (%1 đang chờ, %2 lỗi). Nếu kéo dài, hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The secure key store (Secret Service) is not available.</source>
        <translation>Không có kho khóa bảo mật (Secret Service).</translation>
    </message>
    <message>
        <source>The registry password cannot be kept, so synchronisation cannot sign in. Call the IT contact.</source>
        <translation>Không lưu được mật khẩu kết nối hệ thống của tỉnh nên không đồng bộ được. Hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The original file was left untouched: %1. Call the IT contact before receiving more dossiers.</source>
        <translation>Tệp gốc được giữ nguyên: %1. Hãy báo cán bộ CNTT trước khi tiếp nhận thêm hồ sơ.</translation>
    </message>
    <message>
        <source>The desk database is not available.</source>
        <translation>Không có cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>Dossiers cannot be saved. Restart the program; if this lasts, call the IT contact.</source>
        <translation>Không lưu được hồ sơ. Hãy mở lại chương trình; nếu vẫn lỗi, hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The desk is not working on its usual database: that file is damaged or not a desk database.</source>
        <translation>Bàn làm việc đang không dùng cơ sở dữ liệu thường ngày: tệp đó bị hỏng hoặc không phải cơ sở dữ liệu của MotCua Desk.</translation>
    </message>
    <message>
        <source>A check of the desk database found damage.</source>
        <translation>Kiểm tra cơ sở dữ liệu của bàn làm việc phát hiện chỗ hỏng.</translation>
    </message>
    <message>
        <source>Finish the dossier in hand and call the IT contact. Do not delete or copy over the file: %1</source>
        <translation>Hãy hoàn tất hồ sơ đang xử lý rồi gọi cán bộ phụ trách CNTT. Không xóa hoặc chép đè lên tệp: %1</translation>
    </message>
</context>
<context>
    <name>motcua::LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>Bàn làm việc đã khóa</translation>
    </message>
    <message>
        <source>The citizen&apos;s data read from the card was cleared from memory.</source>
        <translation>Dữ liệu công dân đọc từ thẻ đã được xóa khỏi bộ nhớ.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Mở khóa</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Đang đăng nhập: %1 (%2)</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <source>Password to unlock</source>
        <translation>Mật khẩu để mở khóa</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>S&amp;witch user</source>
        <translation>Đổi &amp;người dùng</translation>
    </message>
</context>
<context>
    <name>motcua::LoginDialog</name>
    <message>
        <source>Type your login.</source>
        <translation>Hãy nhập tên đăng nhập.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Hãy nhập mật khẩu.</translation>
    </message>
    <message>
        <source>Type the administrator&apos;s full name.</source>
        <translation>Hãy nhập họ và tên của quản trị viên.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Hai mật khẩu không khớp. Hãy nhập cùng một mật khẩu hai lần.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Đang kiểm tra…</translation>
    </message>
    <message>
        <source>MotCua Desk — sign in</source>
        <translation>MotCua Desk — đăng nhập</translation>
    </message>
    <message>
        <source>Set up this desk</source>
        <translation>Thiết lập máy này</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Profile %1 has no accounts yet. Create the administrator&apos;s account; the administrator then adds the officials&apos; accounts.</source>
        <translation>Cấu hình %1 chưa có tài khoản nào. Hãy tạo tài khoản quản trị viên; sau đó quản trị viên thêm tài khoản cho các cán bộ.</translation>
    </message>
    <message>
        <source>Profile %1. Sign in with your own account: what you open, print and change is recorded under your name.</source>
        <translation>Cấu hình %1. Hãy đăng nhập bằng tài khoản của chính mình: những gì bạn xem, in và thay đổi được ghi nhật ký dưới tên bạn.</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Tên đăng nhập:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Họ và tên:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Repeat password:</source>
        <translation>Nhập &amp;lại mật khẩu:</translation>
    </message>
    <message>
        <source>&amp;Create and sign in</source>
        <translation>&amp;Tạo và đăng nhập</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Đăng &amp;nhập</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
</context>
<context>
    <name>motcua::LoginMessages</name>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 phút %2 giây</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 giây</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for another %1. Wait, or ask the administrator to unlock it.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản bị khóa thêm %1. Hãy chờ, hoặc nhờ quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>Wrong login or password. Check the keyboard language and Caps Lock, then try again.</source>
        <translation>Sai tên đăng nhập hoặc mật khẩu. Hãy kiểm tra bộ gõ và phím Caps Lock rồi thử lại.</translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Wait, or ask the administrator to unlock it.</source>
        <translation>Nhập sai mật khẩu quá nhiều lần: tài khoản bị khóa tạm thời. Hãy chờ, hoặc nhờ quản trị viên mở khóa.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator.</source>
        <translation>Tài khoản này đã bị vô hiệu hóa. Hãy liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The first sign-in of this account needs the connection to the registry. Connect the desk to the network and try again.</source>
        <translation>Lần đăng nhập đầu tiên của tài khoản này cần kết nối tới hệ thống một cửa điện tử. Hãy kết nối mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>This account has not signed in online for too long. Connect the desk to the network and try again.</source>
        <translation>Tài khoản này đã lâu không đăng nhập trực tuyến. Hãy kết nối mạng rồi thử lại.</translation>
    </message>
    <message>
        <source>The registry refused this password. Try again, or ask the administrator.</source>
        <translation>Hệ thống một cửa điện tử không chấp nhận mật khẩu này. Hãy thử lại hoặc liên hệ quản trị viên.</translation>
    </message>
    <message>
        <source>The account could not be created: the login needs 2 to 64 letters or digits, the password at least 8 characters.</source>
        <translation>Không tạo được tài khoản: tên đăng nhập gồm 2 đến 64 chữ cái hoặc chữ số, mật khẩu có ít nhất 8 ký tự.</translation>
    </message>
    <message>
        <source>That login is already taken.</source>
        <translation>Tên đăng nhập này đã có người dùng.</translation>
    </message>
    <message>
        <source>Signing in failed (%1). Try again; if it keeps failing, open Help › Diagnostics.</source>
        <translation>Đăng nhập không thành công (%1). Hãy thử lại; nếu vẫn lỗi, mở Trợ giúp › Chẩn đoán.</translation>
    </message>
</context>
<context>
    <name>motcua::MainWindow</name>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>MotCua Desk</source>
        <translation>MotCua Desk</translation>
    </message>
    <message>
        <source>One-stop desk</source>
        <translation>Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Lock the desk</source>
        <translation>&amp;Khóa bàn làm việc</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Đ&amp;i tới</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Switch language</source>
        <translation>&amp;Chuyển ngôn ngữ</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;Help and keyboard shortcuts</source>
        <translation>Trợ giúp và &amp;phím tắt</translation>
    </message>
    <message>
        <source>&amp;Diagnostics…</source>
        <translation>&amp;Chẩn đoán…</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>Vai trò: %1</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation>Cấu hình: %1</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Nhật ký truy cập</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
</context>
<context>
    <name>motcua::ModulesPage</name>
    <message>
        <source>Card reader</source>
        <translation>Đầu đọc thẻ</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Máy quét</translation>
    </message>
    <message>
        <source>Reception</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Mô-đun</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Phiên bản</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Vị trí</translation>
    </message>
    <message>
        <source>Reason when not loaded</source>
        <translation>Lý do không nạp được</translation>
    </message>
    <message>
        <source>Loaded</source>
        <translation>Đã nạp</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>built into the program</source>
        <translation>có sẵn trong chương trình</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) loaded.</source>
        <translation>
            <numerusform>Đã nạp %n mô-đun.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 loaded, %2 not loaded: see the reason in the last column.</source>
        <translation>Đã nạp %1, không nạp được %2: xem lý do ở cột cuối.</translation>
    </message>
</context>
<context>
    <name>motcua::PageHost</name>
    <message>
        <source>This page could not be opened.</source>
        <translation>Không mở được trang này.</translation>
    </message>
</context>
<context>
    <name>motcua::Roles</name>
    <message>
        <source>Reception official</source>
        <extracomment>Role: the commune official who receives dossiers at the one-stop desk</extracomment>
        <translation>Công chức tiếp nhận</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <extracomment>Role: district or provincial supervisor reviewing dossiers</extracomment>
        <translation>Cán bộ giám sát</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Giảng viên đào tạo</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Quản trị viên</translation>
    </message>
</context>
<context>
    <name>motcua::ScannerIndicator</name>
    <message>
        <source>no scanner</source>
        <translation>chưa có máy quét</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sẵn sàng</translation>
    </message>
    <message>
        <source>scanning…</source>
        <translation>đang quét…</translation>
    </message>
    <message>
        <source>error</source>
        <translation>lỗi</translation>
    </message>
    <message>
        <source>Scanner: %1</source>
        <translation>Máy quét: %1</translation>
    </message>
    <message>
        <source>Devices: %1</source>
        <translation>Thiết bị: %1</translation>
    </message>
    <message>
        <source>Scanner: not available</source>
        <translation>Máy quét: không khả dụng</translation>
    </message>
    <message>
        <source>Scanner: not available (the scan module is not loaded)</source>
        <translation>Máy quét: không khả dụng (mô-đun quét chưa được nạp)</translation>
    </message>
</context>
<context>
    <name>motcua::SyncIndicator</name>
    <message>
        <source>offline</source>
        <translation>mất kết nối</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>đã cập nhật</translation>
    </message>
    <message>
        <source>sending…</source>
        <translation>đang gửi…</translation>
    </message>
    <message>
        <source>failing</source>
        <translation>đang lỗi</translation>
    </message>
    <message>
        <source>Sync: %1</source>
        <translation>Đồng bộ: %1</translation>
    </message>
    <message>
        <source>Synchronisation: %1
Waiting: %2, failed: %3</source>
        <translation>Đồng bộ: %1
Đang chờ: %2, lỗi: %3</translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation>Lần thành công gần nhất: %1</translation>
    </message>
    <message>
        <source>Sync: not available</source>
        <translation>Đồng bộ: không khả dụng</translation>
    </message>
    <message>
        <source>Synchronisation: not available (the sync module is not loaded)</source>
        <translation>Đồng bộ: không khả dụng (mô-đun đồng bộ chưa được nạp)</translation>
    </message>
</context>
<context>
    <name>motcua::WarningStrip</name>
    <message>
        <source>Hide this warning until the program is started again</source>
        <translation>Ẩn cảnh báo này cho đến lần mở chương trình sau</translation>
    </message>
    <message>
        <source>Hide warning</source>
        <translation>Ẩn cảnh báo</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::CardError</name>
    <message>
        <source>The smart-card service of the computer (PC/SC) is not running.</source>
        <translation>Dịch vụ thẻ thông minh (PC/SC) của máy tính không chạy.</translation>
    </message>
    <message>
        <source>No card reader is connected.</source>
        <translation>Chưa cắm đầu đọc thẻ.</translation>
    </message>
    <message>
        <source>There is no card on the reader.</source>
        <translation>Chưa có thẻ trên đầu đọc.</translation>
    </message>
    <message>
        <source>The card was moved away from the reader before reading finished.</source>
        <translation>Thẻ bị nhấc khỏi đầu đọc trước khi đọc xong.</translation>
    </message>
    <message>
        <source>The card reader was unplugged.</source>
        <translation>Đầu đọc thẻ đã bị rút ra.</translation>
    </message>
    <message>
        <source>Another program is using the card reader.</source>
        <translation>Một chương trình khác đang dùng đầu đọc thẻ.</translation>
    </message>
    <message>
        <source>The card does not answer.</source>
        <translation>Thẻ không phản hồi.</translation>
    </message>
    <message>
        <source>Communication with the card failed.</source>
        <translation>Không giao tiếp được với thẻ.</translation>
    </message>
    <message>
        <source>The chip opens only with data printed on the card.</source>
        <translation>Chip chỉ mở được bằng dữ liệu in trên thẻ.</translation>
    </message>
    <message>
        <source>This card cannot be opened this way yet.</source>
        <translation>Chưa hỗ trợ mở thẻ này theo cách này.</translation>
    </message>
    <message>
        <source>The chip refused the data entered (MRZ, or ID number, date of birth and expiry date).</source>
        <translation>Chip không chấp nhận dữ liệu đã nhập (MRZ, hoặc số định danh, ngày sinh và ngày hết hạn).</translation>
    </message>
    <message>
        <source>The MRZ lines are not valid: a character or a check digit is wrong.</source>
        <translation>Các dòng MRZ không hợp lệ: có ký tự hoặc chữ số kiểm tra bị sai.</translation>
    </message>
    <message>
        <source>The ID number or a date entered is not valid.</source>
        <translation>Số định danh hoặc ngày đã nhập không hợp lệ.</translation>
    </message>
    <message>
        <source>The card&apos;s answers could not be verified, so nothing from this read was accepted.</source>
        <translation>Không xác minh được phản hồi của thẻ nên không chấp nhận dữ liệu nào của lần đọc này.</translation>
    </message>
    <message>
        <source>The secure connection to the chip was lost.</source>
        <translation>Mất kết nối bảo mật với chip.</translation>
    </message>
    <message>
        <source>A data file expected on a chip ID card is missing or locked.</source>
        <translation>Thiếu hoặc bị khóa một tệp dữ liệu lẽ ra phải có trên thẻ căn cước gắn chip.</translation>
    </message>
    <message>
        <source>The photo stored in the chip could not be read.</source>
        <translation>Không đọc được ảnh lưu trong chip.</translation>
    </message>
    <message>
        <source>The list of trusted card issuers (CSCA) could not be loaded.</source>
        <translation>Không nạp được danh sách cơ quan cấp thẻ tin cậy (CSCA).</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>Đã hủy đọc thẻ.</translation>
    </message>
    <message>
        <source>The demo card could not be prepared.</source>
        <translation>Không chuẩn bị được thẻ demo.</translation>
    </message>
    <message>
        <source>This is not the QR code of a citizen ID card.</source>
        <translation>Đây không phải mã QR của thẻ căn cước.</translation>
    </message>
    <message>
        <source>The QR code holds an invalid ID number or date.</source>
        <translation>Mã QR chứa số định danh hoặc ngày không hợp lệ.</translation>
    </message>
    <message>
        <source>An unexpected error occurred while reading the card.</source>
        <translation>Đã xảy ra lỗi không mong muốn khi đọc thẻ.</translation>
    </message>
    <message>
        <source>Restart the computer; if this message stays, call the IT contact (service “pcscd”).</source>
        <translation>Hãy khởi động lại máy; nếu vẫn còn thông báo này, hãy báo cán bộ CNTT (dịch vụ “pcscd”).</translation>
    </message>
    <message>
        <source>Plug the card reader into a USB port; it is detected automatically.</source>
        <translation>Hãy cắm đầu đọc thẻ vào cổng USB; đầu đọc sẽ được tự động nhận.</translation>
    </message>
    <message>
        <source>Place the card flat on the reader.</source>
        <translation>Hãy đặt thẻ nằm phẳng trên đầu đọc.</translation>
    </message>
    <message>
        <source>Place the card back on the reader and keep it still until reading finishes.</source>
        <translation>Hãy đặt lại thẻ lên đầu đọc và giữ yên cho đến khi đọc xong.</translation>
    </message>
    <message>
        <source>Plug the reader back in, then place the card again.</source>
        <translation>Hãy cắm lại đầu đọc, rồi đặt lại thẻ.</translation>
    </message>
    <message>
        <source>Close other programs that use the card reader, then place the card again.</source>
        <translation>Hãy đóng các chương trình khác đang dùng đầu đọc thẻ, rồi đặt lại thẻ.</translation>
    </message>
    <message>
        <source>Place the card again; if it keeps failing, try another reader.</source>
        <translation>Hãy đặt lại thẻ; nếu vẫn lỗi, hãy thử đầu đọc khác.</translation>
    </message>
    <message>
        <source>Scan the QR code on the card, or type the three MRZ lines from the back of the card.</source>
        <translation>Hãy quét mã QR trên thẻ, hoặc nhập ba dòng MRZ ở mặt sau thẻ.</translation>
    </message>
    <message>
        <source>Type the three MRZ lines from the back of the card.</source>
        <translation>Hãy nhập ba dòng MRZ ở mặt sau thẻ.</translation>
    </message>
    <message>
        <source>Compare every character with the card and correct it, then read again.</source>
        <translation>Hãy đối chiếu từng ký tự với thẻ, sửa lại rồi đọc lại.</translation>
    </message>
    <message>
        <source>Read the card again. If this repeats, the card may be damaged or altered: check the paper documents and report the card.</source>
        <translation>Hãy đọc lại thẻ. Nếu vẫn lặp lại, thẻ có thể bị hỏng hoặc bị sửa đổi: hãy kiểm tra giấy tờ bản giấy và báo cáo về thẻ này.</translation>
    </message>
    <message>
        <source>Check that this is a chip ID card (CCCD); other cards cannot be read here.</source>
        <translation>Hãy kiểm tra đây có phải thẻ căn cước gắn chip (CCCD) không; không đọc được các loại thẻ khác.</translation>
    </message>
    <message>
        <source>The other data was read: compare the person with the photo printed on the card.</source>
        <translation>Các dữ liệu khác đã đọc được: hãy đối chiếu người nộp với ảnh in trên thẻ.</translation>
    </message>
    <message>
        <source>Ask the IT contact to check the CSCA folder in the settings.</source>
        <translation>Hãy đề nghị cán bộ CNTT kiểm tra thư mục CSCA trong phần cài đặt.</translation>
    </message>
    <message>
        <source>Place the card again to read it.</source>
        <translation>Hãy đặt lại thẻ để đọc.</translation>
    </message>
    <message>
        <source>Restart the desk in demo mode; if this repeats, call the IT contact.</source>
        <translation>Hãy mở lại chương trình ở chế độ demo; nếu vẫn lặp lại, hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>Scan the QR code on the card (front of a CCCD, back of a 2024 card).</source>
        <translation>Hãy quét mã QR trên thẻ (mặt trước thẻ CCCD, mặt sau thẻ căn cước mẫu 2024).</translation>
    </message>
    <message>
        <source>Scan again, or type the data by hand.</source>
        <translation>Hãy quét lại, hoặc nhập dữ liệu bằng tay.</translation>
    </message>
    <message>
        <source>Try again; if it repeats, copy the details and call the IT contact.</source>
        <translation>Hãy thử lại; nếu vẫn lặp lại, hãy sao chép phần chi tiết và báo cán bộ CNTT.</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::CardReaderService</name>
    <message>
        <source>Demo card reader</source>
        <translation>Đầu đọc thẻ demo</translation>
    </message>
    <message>
        <source>Card reader service not running</source>
        <translation>Dịch vụ đầu đọc thẻ không chạy</translation>
    </message>
    <message>
        <source>No card reader</source>
        <translation>Chưa có đầu đọc thẻ</translation>
    </message>
    <message>
        <source>Card reader not connected: %1</source>
        <translation>Đầu đọc thẻ chưa kết nối: %1</translation>
    </message>
    <message>
        <source>Place the card on the reader</source>
        <translation>Đặt thẻ lên đầu đọc</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <source>Reading the card: %1 %2%</source>
        <translation>Đang đọc thẻ: %1 %2%</translation>
    </message>
    <message>
        <source>Card read</source>
        <translation>Đã đọc thẻ</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::CccdPage</name>
    <message>
        <source>Card reader</source>
        <translation>Đầu đọc thẻ</translation>
    </message>
    <message>
        <source>R&amp;eader:</source>
        <translation>Đầu đọ&amp;c:</translation>
    </message>
    <message>
        <source>Read again (F5)</source>
        <translation>Đọc lại (F5)</translation>
    </message>
    <message>
        <source>Insert demo card</source>
        <translation>Đặt thẻ demo</translation>
    </message>
    <message>
        <source>Remove demo card</source>
        <translation>Lấy thẻ demo ra</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>&amp;MRZ — three lines on the back of the card</source>
        <translation>&amp;MRZ — ba dòng ở mặt sau thẻ</translation>
    </message>
    <message>
        <source>Alt+M</source>
        <translation>Alt+M</translation>
    </message>
    <message>
        <source>&amp;QR code on the card</source>
        <translation>Mã &amp;QR trên thẻ</translation>
    </message>
    <message>
        <source>Scan the QR code (anywhere in this window) or paste its text, then Enter</source>
        <translation>Quét mã QR (ở bất kỳ đâu trong cửa sổ này) hoặc dán nội dung mã, rồi nhấn Enter</translation>
    </message>
    <message>
        <source>QR code text</source>
        <translation>Nội dung mã QR</translation>
    </message>
    <message>
        <source>E&amp;xpiry date (with the QR code, instead of the MRZ):</source>
        <translation>Ngày &amp;hết hạn (dùng với mã QR, thay cho MRZ):</translation>
    </message>
    <message>
        <source>DD/MM/YYYY</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>Alt+Q</source>
        <translation>Alt+Q</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Đang đọc %1…</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <source>Reading the card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <source>QR code read: ID number %1</source>
        <translation>Đã đọc mã QR: số định danh %1</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::IdentityCrossCheck</name>
    <message>
        <source>QR code</source>
        <translation>mã QR</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1: “%2”</translation>
    </message>
    <message>
        <source>%1 document number “%2” is not the last 9 digits of the ID “%3” (%4)</source>
        <translation>Số giấy tờ trong %1 “%2” không phải 9 chữ số cuối của số định danh “%3” (%4)</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::IdentityView</name>
    <message>
        <source>Photo from the chip</source>
        <translation>Ảnh trong chip</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Quốc tịch</translation>
    </message>
    <message>
        <source>Ethnicity</source>
        <translation>Dân tộc</translation>
    </message>
    <message>
        <source>Religion</source>
        <translation>Tôn giáo</translation>
    </message>
    <message>
        <source>Place of origin</source>
        <translation>Quê quán</translation>
    </message>
    <message>
        <source>Place of residence</source>
        <translation>Nơi thường trú</translation>
    </message>
    <message>
        <source>Identifying marks</source>
        <translation>Đặc điểm nhận dạng</translation>
    </message>
    <message>
        <source>Date of issue</source>
        <translation>Ngày cấp</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Có giá trị đến</translation>
    </message>
    <message>
        <source>Father</source>
        <translation>Họ tên cha</translation>
    </message>
    <message>
        <source>Mother</source>
        <translation>Họ tên mẹ</translation>
    </message>
    <message>
        <source>Spouse</source>
        <translation>Họ tên vợ/chồng</translation>
    </message>
    <message>
        <source>Old ID (CMND)</source>
        <translation>Số CMND cũ</translation>
    </message>
    <message>
        <source>MRZ document number</source>
        <translation>Số giấy tờ (MRZ)</translation>
    </message>
    <message>
        <source>Data intact: what was read is exactly what the issuing authority signed.</source>
        <translation>Dữ liệu toàn vẹn: dữ liệu đọc được đúng như dữ liệu cơ quan cấp thẻ đã ký.</translation>
    </message>
    <message>
        <source>Data NOT intact: the chip&apos;s data differs from what the authority signed. Do not rely on this card; check the person&apos;s papers.</source>
        <translation>Dữ liệu KHÔNG toàn vẹn: dữ liệu trong chip khác với dữ liệu cơ quan cấp thẻ đã ký. Không dựa vào thẻ này; hãy kiểm tra giấy tờ của người nộp.</translation>
    </message>
    <message>
        <source>Data integrity not checked.</source>
        <translation>Chưa kiểm tra tính toàn vẹn của dữ liệu.</translation>
    </message>
    <message>
        <source>Signature valid: the chip&apos;s data carries a correct digital signature.</source>
        <translation>Chữ ký hợp lệ: dữ liệu trong chip có chữ ký số đúng.</translation>
    </message>
    <message>
        <source>Signature INVALID: the chip&apos;s data is not signed correctly; the card may be forged.</source>
        <translation>Chữ ký KHÔNG hợp lệ: dữ liệu trong chip không được ký đúng; thẻ có thể là thẻ giả.</translation>
    </message>
    <message>
        <source>Signature not checked.</source>
        <translation>Chưa kiểm tra chữ ký.</translation>
    </message>
    <message>
        <source>Issuer trusted: the signature comes from a recognised card authority (CSCA).</source>
        <translation>Nơi cấp tin cậy: chữ ký thuộc cơ quan cấp thẻ được công nhận (CSCA).</translation>
    </message>
    <message>
        <source>Issuer NOT trusted: the signer is not in the list of recognised card authorities.</source>
        <translation>Nơi cấp KHÔNG tin cậy: bên ký không có trong danh sách cơ quan cấp thẻ được công nhận.</translation>
    </message>
    <message>
        <source>Issuer not checked: no recognised card authority (CSCA) is configured at this desk.</source>
        <translation>Chưa kiểm tra nơi cấp: bàn tiếp nhận này chưa cấu hình cơ quan cấp thẻ được công nhận (CSCA).</translation>
    </message>
    <message>
        <source>Chip genuine: it proved it holds the card&apos;s secret key (not a copy).</source>
        <translation>Chip xác thực: chip đã chứng minh có giữ khóa bí mật của thẻ (không phải bản sao).</translation>
    </message>
    <message>
        <source>Chip NOT genuine: it could not prove it holds the card&apos;s key; it may be a copy.</source>
        <translation>Chip KHÔNG xác thực: chip không chứng minh được có giữ khóa của thẻ; có thể là bản sao.</translation>
    </message>
    <message>
        <source>Chip copy protection not checked (this card offers none).</source>
        <translation>Chưa kiểm tra chống sao chép chip (thẻ này không hỗ trợ).</translation>
    </message>
    <message>
        <source>Not verifiable: this data did not come from the chip.</source>
        <translation>Không xác minh được: dữ liệu này không lấy từ chip.</translation>
    </message>
    <message>
        <source>No photo</source>
        <translation>Không có ảnh</translation>
    </message>
    <message>
        <source>Photo unreadable</source>
        <translation>Không đọc được ảnh</translation>
    </message>
    <message>
        <source>Read from the chip</source>
        <translation>Đọc từ chip</translation>
    </message>
    <message>
        <source>From the QR code</source>
        <translation>Từ mã QR</translation>
    </message>
    <message>
        <source>From the MRZ</source>
        <translation>Từ MRZ</translation>
    </message>
    <message>
        <source>DEMO card (not a real person)</source>
        <translation>Thẻ DEMO (không phải người thật)</translation>
    </message>
    <message>
        <source>The sources disagree — check with the card and the person:</source>
        <translation>Các nguồn không khớp — hãy đối chiếu với thẻ và người nộp:</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::MrzEntryWidget</name>
    <message>
        <source>MRZ line %1</source>
        <translation>Dòng MRZ %1</translation>
    </message>
</context>
<context>
    <name>motcua::cccd::MrzLiveCheck</name>
    <message>
        <source>document number</source>
        <translation>số giấy tờ</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>số định danh</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>expiry date</source>
        <translation>ngày hết hạn</translation>
    </message>
    <message>
        <source>composite</source>
        <translation>tổng hợp</translation>
    </message>
    <message>
        <source>name</source>
        <translation>họ tên</translation>
    </message>
</context>
<context>
    <name>motcua::cli</name>
    <message>
        <source>Computes the appointment (due) date of a dossier from its reception time, to the minute, in Asia/Ho_Chi_Minh. Give either a procedure code from the catalogue or a duration and a unit.</source>
        <translation>Tính ngày hẹn trả kết quả của hồ sơ từ thời điểm tiếp nhận, chính xác đến phút, theo giờ Asia/Ho_Chi_Minh. Cho biết mã thủ tục trong danh mục, hoặc thời hạn và đơn vị tính.</translation>
    </message>
    <message>
        <source>Reception time, YYYY-MM-DDTHH:MM[:SS] (Vietnam time unless Z or +HH:MM is added).</source>
        <translation>Thời điểm tiếp nhận, YYYY-MM-DDTHH:MM[:SS] (giờ Việt Nam, trừ khi thêm Z hoặc +HH:MM).</translation>
    </message>
    <message>
        <source>National procedure code, e.g. 1.001193.</source>
        <translation>Mã thủ tục hành chính, ví dụ 1.001193.</translation>
    </message>
    <message>
        <source>Legal time limit, e.g. 3 or 0.5.</source>
        <translation>Thời hạn giải quyết theo quy định, ví dụ 3 hoặc 0.5.</translation>
    </message>
    <message>
        <source>working-days, working-hours, days or same-day.</source>
        <translation>working-days (ngày làm việc), working-hours (giờ làm việc), days (ngày) hoặc same-day (trong ngày).</translation>
    </message>
    <message>
        <source>Received after 15:00: counting starts the next working day.</source>
        <translation>Tiếp nhận sau 15:00: bắt đầu tính từ ngày làm việc tiếp theo.</translation>
    </message>
    <message>
        <source>Procedure catalogue file instead of the built-in one.</source>
        <translation>Tệp danh mục thủ tục, thay cho danh mục có sẵn.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>tham số không hợp lệ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--received is required</source>
        <translation>cần có --received</translation>
    </message>
    <message>
        <source>malformed --received &apos;%1&apos;: expected YYYY-MM-DDTHH:MM</source>
        <translation>--received &apos;%1&apos; sai định dạng: cần YYYY-MM-DDTHH:MM</translation>
    </message>
    <message>
        <source>give either --procedure CODE or --duration N --unit UNIT</source>
        <translation>hãy cho --procedure CODE hoặc --duration N --unit UNIT</translation>
    </message>
    <message>
        <source>--unit goes with --duration; a procedure carries its own unit</source>
        <translation>--unit chỉ dùng với --duration; thủ tục đã có đơn vị tính riêng</translation>
    </message>
    <message>
        <source>unknown procedure code &apos;%1&apos;</source>
        <translation>không có mã thủ tục &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--unit is required with --duration</source>
        <translation>--duration cần đi kèm --unit</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;: use working-days, working-hours, days or same-day</source>
        <translation>đơn vị &apos;%1&apos; không hợp lệ: dùng working-days, working-hours, days hoặc same-day</translation>
    </message>
    <message>
        <source>malformed --duration &apos;%1&apos;: expected a number</source>
        <translation>--duration &apos;%1&apos; sai định dạng: cần một số</translation>
    </message>
    <message>
        <source>Received:        %1</source>
        <translation>Tiếp nhận:       %1</translation>
    </message>
    <message>
        <source>Counting starts: %1 (%2)</source>
        <translation>Bắt đầu tính:    %1 (%2)</translation>
    </message>
    <message>
        <source>Time limit:      %1</source>
        <translation>Thời hạn:        %1</translation>
    </message>
    <message>
        <source>Due:             %1</source>
        <translation>Hẹn trả:         %1</translation>
    </message>
    <message>
        <source>Lists the days off (statutory holidays, make-up days, swapped days) and the weekend days worked in a year, from the built-in calendar and its yearly notices.</source>
        <translation>Liệt kê các ngày nghỉ (nghỉ lễ, Tết theo luật định, nghỉ bù, ngày nghỉ hoán đổi) và các ngày cuối tuần đi làm trong một năm, theo lịch có sẵn và các thông báo hằng năm.</translation>
    </message>
    <message>
        <source>Gregorian year, e.g. 2026.</source>
        <translation>Năm dương lịch, ví dụ 2026.</translation>
    </message>
    <message>
        <source>--year is required</source>
        <translation>cần có --year</translation>
    </message>
    <message>
        <source>malformed --year &apos;%1&apos;: expected a year from %2 to %3</source>
        <translation>--year &apos;%1&apos; sai định dạng: cần năm từ %2 đến %3</translation>
    </message>
    <message>
        <source>Days off and weekend days worked in %1 (%2 working days):</source>
        <translation>Ngày nghỉ và ngày cuối tuần đi làm năm %1 (%2 ngày làm việc):</translation>
    </message>
    <message>
        <source>No official notice for %1 is known: Tết and the second National Day follow the default rules.</source>
        <translation>Chưa có thông báo chính thức cho năm %1: Tết và ngày nghỉ thứ hai dịp Quốc khánh được tính theo quy tắc mặc định.</translation>
    </message>
    <message>
        <source>Working-day calendar and due dates (docs/CALENDAR.md).</source>
        <translation>Lịch ngày làm việc và ngày hẹn trả (docs/CALENDAR.md).</translation>
    </message>
    <message>
        <source>appointment date from a reception time and a time limit</source>
        <translation>ngày hẹn trả theo thời điểm tiếp nhận và thời hạn giải quyết</translation>
    </message>
    <message>
        <source>days off and weekend days worked in a year</source>
        <translation>ngày nghỉ và ngày cuối tuần đi làm trong năm</translation>
    </message>
    <message>
        <source>Lists the PC/SC card readers and whether a card is on each.</source>
        <translation>Liệt kê các đầu đọc thẻ PC/SC và cho biết đầu đọc nào đang có thẻ.</translation>
    </message>
    <message>
        <source>card present</source>
        <translation>có thẻ</translation>
    </message>
    <message>
        <source>no card</source>
        <translation>không có thẻ</translation>
    </message>
    <message>
        <source>Reads a CCCD chip on a PC/SC reader: BAC (MRZ, or ID + dates) or PACE (CAN), every DG1 and DG13 field, the face, passive authentication against a CSCA folder, Active Authentication when present.</source>
        <translation>Đọc chip CCCD trên đầu đọc PC/SC: BAC (MRZ, hoặc số định danh + các ngày) hoặc PACE (CAN), mọi trường DG1 và DG13, ảnh khuôn mặt, xác thực thụ động theo thư mục CSCA, xác thực chủ động (Active Authentication) nếu thẻ hỗ trợ.</translation>
    </message>
    <message>
        <source>Reader name (default: the first with a card).</source>
        <translation>Tên đầu đọc (mặc định: đầu đọc đầu tiên có thẻ).</translation>
    </message>
    <message>
        <source>MRZ line 1; lines 2 and 3 follow as arguments.</source>
        <translation>Dòng MRZ thứ 1; dòng 2 và 3 theo sau dưới dạng tham số.</translation>
    </message>
    <message>
        <source>12-digit ID number (with --dob and --expiry).</source>
        <translation>Số định danh 12 chữ số (dùng với --dob và --expiry).</translation>
    </message>
    <message>
        <source>Date of birth: YYMMDD or YYYY-MM-DD.</source>
        <translation>Ngày sinh: YYMMDD hoặc YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Date of expiry: YYMMDD or YYYY-MM-DD.</source>
        <translation>Ngày hết hạn: YYMMDD hoặc YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>6-digit card access number (last 6 digits of the ID).</source>
        <translation>Số truy cập thẻ gồm 6 chữ số (6 chữ số cuối của số định danh).</translation>
    </message>
    <message>
        <source>Folder of trusted CSCA certificates (PEM/DER).</source>
        <translation>Thư mục chứa các chứng thư CSCA tin cậy (PEM/DER).</translation>
    </message>
    <message>
        <source>Write the face image (as stored) to FILE.</source>
        <translation>Ghi ảnh khuôn mặt (nguyên dạng lưu trong chip) vào FILE.</translation>
    </message>
    <message>
        <source>Wait up to SECONDS for a card (default 0).</source>
        <translation>Chờ thẻ tối đa SECONDS giây (mặc định 0).</translation>
    </message>
    <message>
        <source>MRZ lines 2 and 3 after --mrz L1.</source>
        <translation>Dòng MRZ 2 và 3, đặt sau --mrz L1.</translation>
    </message>
    <message>
        <source>give exactly one of --mrz L1 L2 L3, --id ID --dob … --expiry …, or --can CAN</source>
        <translation>hãy cho đúng một trong các cách: --mrz L1 L2 L3, --id ID --dob … --expiry …, hoặc --can CAN</translation>
    </message>
    <message>
        <source>--id needs --dob and --expiry as YYMMDD or YYYY-MM-DD</source>
        <translation>--id cần có --dob và --expiry dạng YYMMDD hoặc YYYY-MM-DD</translation>
    </message>
    <message>
        <source>--can takes the 6 digits printed on the card (last 6 digits of the ID)</source>
        <translation>--can nhận 6 chữ số in trên thẻ (6 chữ số cuối của số định danh)</translation>
    </message>
    <message>
        <source>--wait takes a number of seconds</source>
        <translation>--wait nhận một số giây</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>không ghi được %1</translation>
    </message>
    <message>
        <source>Name: %1</source>
        <translation>Họ tên: %1</translation>
    </message>
    <message>
        <source>ID number: %1</source>
        <translation>Số định danh: %1</translation>
    </message>
    <message>
        <source>Date of birth: %1</source>
        <translation>Ngày sinh: %1</translation>
    </message>
    <message>
        <source>Data intact: %1, signature valid: %2, issuer trusted: %3</source>
        <translation>Dữ liệu toàn vẹn: %1, chữ ký hợp lệ: %2, nơi cấp tin cậy: %3</translation>
    </message>
    <message>
        <source>%1 APDUs, %2 ms</source>
        <translation>%1 APDU, %2 ms</translation>
    </message>
    <message>
        <source>Mismatch %1: %2</source>
        <translation>Không khớp %1: %2</translation>
    </message>
    <message>
        <source>PC/SC readers and chip ID card reads (docs/CARD-READING.md).</source>
        <translation>Đầu đọc PC/SC và đọc thẻ căn cước gắn chip (docs/CARD-READING.md).</translation>
    </message>
    <message>
        <source>readers and whether a card is on each</source>
        <translation>các đầu đọc và đầu đọc nào đang có thẻ</translation>
    </message>
    <message>
        <source>read the chip: identity, face, verification</source>
        <translation>đọc chip: nhân thân, ảnh khuôn mặt, xác thực</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>cần có --db FILE</translation>
    </message>
    <message>
        <source>cannot open the database (%1): %2</source>
        <translation>không mở được cơ sở dữ liệu (%1): %2</translation>
    </message>
    <message>
        <source>Creates the desk database (or brings an existing one to this program&apos;s schema version).</source>
        <translation>Tạo cơ sở dữ liệu của bàn tiếp nhận (hoặc nâng cơ sở dữ liệu hiện có lên phiên bản lược đồ của chương trình này).</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema version %2)</source>
        <translation>Cơ sở dữ liệu đã sẵn sàng: %1 (phiên bản lược đồ %2)</translation>
    </message>
    <message>
        <source>Database created: %1 (schema version %2)</source>
        <translation>Đã tạo cơ sở dữ liệu: %1 (phiên bản lược đồ %2)</translation>
    </message>
    <message>
        <source>Fills the database with synthetic dossiers (realistic Vietnamese names, ID numbers and addresses; no real person). Creates the file when missing. For tests, training and benchmarks only.</source>
        <translation>Điền vào cơ sở dữ liệu các hồ sơ giả lập (họ tên, số định danh và địa chỉ giống thật; không phải người thật). Tạo tệp nếu chưa có. Chỉ dùng để kiểm thử, đào tạo và đo hiệu năng.</translation>
    </message>
    <message>
        <source>Number of dossiers to add.</source>
        <translation>Số hồ sơ cần thêm.</translation>
    </message>
    <message>
        <source>Random seed (default 1): same seed, same people.</source>
        <translation>Giá trị khởi tạo ngẫu nhiên (mặc định 1): cùng giá trị thì cùng danh sách người.</translation>
    </message>
    <message>
        <source>Dossiers per working day (default: spread over about 3 years).</source>
        <translation>Số hồ sơ mỗi ngày làm việc (mặc định: trải đều trong khoảng 3 năm).</translation>
    </message>
    <message>
        <source>Newest reception day, YYYY-MM-DD (default today).</source>
        <translation>Ngày tiếp nhận gần nhất, YYYY-MM-DD (mặc định: hôm nay).</translation>
    </message>
    <message>
        <source>Mark the dossiers as demo data.</source>
        <translation>Đánh dấu các hồ sơ là dữ liệu demo.</translation>
    </message>
    <message>
        <source>--count N is required</source>
        <translation>cần có --count N</translation>
    </message>
    <message>
        <source>malformed --count &apos;%1&apos;: expected a number from 1 to 20000000</source>
        <translation>--count &apos;%1&apos; sai định dạng: cần một số từ 1 đến 20000000</translation>
    </message>
    <message>
        <source>malformed --seed &apos;%1&apos;: expected a non-negative number</source>
        <translation>--seed &apos;%1&apos; sai định dạng: cần một số không âm</translation>
    </message>
    <message>
        <source>malformed --per-day &apos;%1&apos;: expected a number from 1 to 9999</source>
        <translation>--per-day &apos;%1&apos; sai định dạng: cần một số từ 1 đến 9999</translation>
    </message>
    <message>
        <source>malformed --last-day &apos;%1&apos;: expected YYYY-MM-DD</source>
        <translation>--last-day &apos;%1&apos; sai định dạng: cần YYYY-MM-DD</translation>
    </message>
    <message>
        <source>seeding failed (%1): %2</source>
        <translation>tạo dữ liệu giả lập không thành công (%1): %2</translation>
    </message>
    <message>
        <source>Added %1 synthetic dossiers in %2 s (%3 per second), received %4 to %5.</source>
        <translation>Đã thêm %1 hồ sơ giả lập trong %2 giây (%3 hồ sơ/giây), tiếp nhận từ %4 đến %5.</translation>
    </message>
    <message>
        <source>Shows what the database holds: size, schema version, dossiers per state, events, files and the outbox per state. Reads only.</source>
        <translation>Cho biết nội dung cơ sở dữ liệu: dung lượng, phiên bản lược đồ, số hồ sơ theo trạng thái, sự kiện, tệp và hàng đợi gửi theo trạng thái. Chỉ đọc, không ghi.</translation>
    </message>
    <message>
        <source>the database has no schema yet: run motcua-cli db init</source>
        <translation>cơ sở dữ liệu chưa có lược đồ: hãy chạy motcua-cli db init</translation>
    </message>
    <message>
        <source>Database:       %1</source>
        <translation>Cơ sở dữ liệu:     %1</translation>
    </message>
    <message>
        <source>Size:           %1 MB</source>
        <translation>Dung lượng:        %1 MB</translation>
    </message>
    <message>
        <source>Schema version: %1 (this program: %2)</source>
        <translation>Phiên bản lược đồ: %1 (chương trình này: %2)</translation>
    </message>
    <message>
        <source>Dossiers:       %1</source>
        <translation>Hồ sơ:             %1</translation>
    </message>
    <message>
        <source>Events:         %1</source>
        <translation>Sự kiện:           %1</translation>
    </message>
    <message>
        <source>Files:          %1</source>
        <translation>Tệp:               %1</translation>
    </message>
    <message>
        <source>Outbox:         %1 queued, %2 sending, %3 failed, %4 synced</source>
        <translation>Hàng đợi gửi:      %1 chờ gửi, %2 đang gửi, %3 lỗi, %4 đã đồng bộ</translation>
    </message>
    <message>
        <source>Checks the database: SQLite&apos;s integrity_check, the search index, foreign keys, and that every dossier has its event and outbox entry. Never modifies the file. Exit 0 sound, 1 damaged, 2 missing or not a desk database.</source>
        <translation>Kiểm tra cơ sở dữ liệu: integrity_check của SQLite, chỉ mục tìm kiếm, khóa ngoại, và mỗi hồ sơ đều có sự kiện và bản ghi trong hàng đợi gửi. Không bao giờ sửa tệp. Mã thoát 0: bình thường, 1: bị hỏng, 2: không có tệp hoặc không phải cơ sở dữ liệu của bàn tiếp nhận.</translation>
    </message>
    <message>
        <source>Database is sound: %1</source>
        <translation>Cơ sở dữ liệu bình thường: %1</translation>
    </message>
    <message>
        <source>Database is damaged: %1</source>
        <translation>Cơ sở dữ liệu bị hỏng: %1</translation>
    </message>
    <message>
        <source>the database is damaged; keep the file and open a copy</source>
        <translation>cơ sở dữ liệu bị hỏng; hãy giữ nguyên tệp và mở một bản sao</translation>
    </message>
    <message>
        <source>The desk database (docs/STORAGE.md).</source>
        <translation>Cơ sở dữ liệu của bàn tiếp nhận (docs/STORAGE.md).</translation>
    </message>
    <message>
        <source>create the database or migrate it to this version</source>
        <translation>tạo cơ sở dữ liệu hoặc nâng cấp lên phiên bản này</translation>
    </message>
    <message>
        <source>add synthetic dossiers (--count N)</source>
        <translation>thêm hồ sơ giả lập (--count N)</translation>
    </message>
    <message>
        <source>size, schema version, dossiers per state, outbox per state</source>
        <translation>dung lượng, phiên bản lược đồ, hồ sơ theo trạng thái, hàng đợi gửi theo trạng thái</translation>
    </message>
    <message>
        <source>integrity check; exit 1 when damaged, 2 when not a desk database</source>
        <translation>kiểm tra tính toàn vẹn; mã thoát 1 nếu bị hỏng, 2 nếu không phải cơ sở dữ liệu của bàn tiếp nhận</translation>
    </message>
    <message>
        <source>Parses the three MRZ lines on the back of a CCCD (TD1, 3 × 30 characters) and checks every check digit. The lines may also be given as one argument of 90 characters. Quote &apos;&lt;&apos; in the shell.</source>
        <translation>Phân tích ba dòng MRZ ở mặt sau thẻ CCCD (TD1, 3 × 30 ký tự) và kiểm tra mọi chữ số kiểm tra. Cũng có thể đưa cả ba dòng thành một tham số 90 ký tự. Trong shell, hãy đặt &apos;&lt;&apos; trong dấu nháy.</translation>
    </message>
    <message>
        <source>The three MRZ lines.</source>
        <translation>Ba dòng MRZ.</translation>
    </message>
    <message>
        <source>give the three MRZ lines (or all 90 characters as one argument)</source>
        <translation>hãy cho ba dòng MRZ (hoặc cả 90 ký tự thành một tham số)</translation>
    </message>
    <message>
        <source>MRZ valid: every check digit matches.</source>
        <translation>MRZ hợp lệ: mọi chữ số kiểm tra đều khớp.</translation>
    </message>
    <message>
        <source>Document number: %1</source>
        <translation>Số giấy tờ: %1</translation>
    </message>
    <message>
        <source>Expiry: %1</source>
        <translation>Ngày hết hạn: %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Cảnh báo: %1</translation>
    </message>
    <message>
        <source>Parses and checks the MRZ printed on the back of a chip ID card.</source>
        <translation>Phân tích và kiểm tra MRZ in ở mặt sau thẻ căn cước gắn chip.</translation>
    </message>
    <message>
        <source>Parses the &apos;|&apos;-separated text of the card&apos;s QR code: 12-digit ID, old CMND, name, date of birth, sex, address, date of issue (and the extra fields of 2024 cards). The ID and dates are validated.</source>
        <translation>Phân tích nội dung mã QR trên thẻ (các trường cách nhau bằng &apos;|&apos;): số định danh 12 chữ số, số CMND cũ, họ tên, ngày sinh, giới tính, địa chỉ, ngày cấp (và các trường bổ sung của thẻ mẫu 2024). Số định danh và các ngày được kiểm tra tính hợp lệ.</translation>
    </message>
    <message>
        <source>The QR code text, quoted.</source>
        <translation>Nội dung mã QR, đặt trong dấu nháy.</translation>
    </message>
    <message>
        <source>give the QR text as one (quoted) argument</source>
        <translation>hãy cho nội dung mã QR thành một tham số (đặt trong dấu nháy)</translation>
    </message>
    <message>
        <source>QR code (%1)</source>
        <translation>Mã QR (%1)</translation>
    </message>
    <message>
        <source>CAN (opens the chip): %1</source>
        <translation>CAN (để mở chip): %1</translation>
    </message>
    <message>
        <source>Parses the QR code text of a chip ID card.</source>
        <translation>Phân tích nội dung mã QR của thẻ căn cước gắn chip.</translation>
    </message>
    <message>
        <source>Finds dossiers by applicant or representative name, ID number, dossier code (official or provisional), address or procedure. Diacritics are optional: &apos;dang van anh&apos; finds &apos;Đặng Văn Ánh&apos;. The last word also matches as a prefix. Newest dossiers first.</source>
        <translation>Tìm hồ sơ theo họ tên người nộp hoặc người được ủy quyền, số định danh, mã hồ sơ (chính thức hoặc tạm), địa chỉ hoặc thủ tục. Có dấu hay không dấu đều được: &apos;dang van anh&apos; tìm thấy &apos;Đặng Văn Ánh&apos;. Từ cuối cùng cũng được so khớp như phần đầu của từ. Hồ sơ mới nhất đứng trước.</translation>
    </message>
    <message>
        <source>The desk database file.</source>
        <translation>Tệp cơ sở dữ liệu của bàn tiếp nhận.</translation>
    </message>
    <message>
        <source>Most hits to show (default 20, at most 1000).</source>
        <translation>Số kết quả hiển thị tối đa (mặc định 20, không quá 1000).</translation>
    </message>
    <message>
        <source>Words to look for.</source>
        <translation>Các từ cần tìm.</translation>
    </message>
    <message>
        <source>malformed --limit &apos;%1&apos;: expected a number from 1 to 1000</source>
        <translation>--limit &apos;%1&apos; sai định dạng: cần một số từ 1 đến 1000</translation>
    </message>
    <message>
        <source>missing QUERY: give the words to look for</source>
        <translation>thiếu QUERY: hãy cho các từ cần tìm</translation>
    </message>
    <message>
        <source>the query &apos;%1&apos; has no letters or digits to look for</source>
        <translation>truy vấn &apos;%1&apos; không có chữ cái hoặc chữ số nào để tìm</translation>
    </message>
    <message>
        <source>search failed (%1): %2</source>
        <translation>tìm kiếm không thành công (%1): %2</translation>
    </message>
    <message>
        <source>No dossier found for &apos;%1&apos;.</source>
        <translation>Không tìm thấy hồ sơ nào cho &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>give --once (one pass, then exit); the desk itself syncs continuously</source>
        <translation>hãy cho --once (chạy một lượt rồi thoát); chương trình tại bàn tiếp nhận tự đồng bộ liên tục</translation>
    </message>
    <message>
        <source>--registry URL is required</source>
        <translation>cần có --registry URL</translation>
    </message>
    <message>
        <source>refused registry (%1): %2</source>
        <translation>địa chỉ hệ thống không được chấp nhận (%1): %2</translation>
    </message>
    <message>
        <source>--desk-id ID is required (the desk&apos;s id at the registry, e.g. Q01)</source>
        <translation>cần có --desk-id ID (mã của bàn tiếp nhận trên hệ thống, ví dụ Q01)</translation>
    </message>
    <message>
        <source>--batch must be a number from 1 to 500</source>
        <translation>--batch phải là một số từ 1 đến 500</translation>
    </message>
    <message>
        <source>--timeout-ms must be a number from 100 to 600000</source>
        <translation>--timeout-ms phải là một số từ 100 đến 600000</translation>
    </message>
    <message>
        <source>--chunk-kb must be a number from 16 to 4096</source>
        <translation>--chunk-kb phải là một số từ 16 đến 4096</translation>
    </message>
    <message>
        <source>--secret-env is accepted for a loopback registry only; store the secret with &apos;motcua-cli sync credentials&apos;</source>
        <translation>--secret-env chỉ được chấp nhận với hệ thống chạy trên loopback; hãy lưu mật khẩu bằng &apos;motcua-cli sync credentials&apos;</translation>
    </message>
    <message>
        <source>the environment variable named by --secret-env is empty</source>
        <translation>biến môi trường do --secret-env chỉ định đang trống</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>cannot prepare the outbox (%1): %2</source>
        <translation>không chuẩn bị được hàng đợi gửi (%1): %2</translation>
    </message>
    <message>
        <source>cannot prepare the outbox (%1)</source>
        <translation>không chuẩn bị được hàng đợi gửi (%1)</translation>
    </message>
    <message>
        <source>Sent %1, failed %2, pulled %3 (applied %4).</source>
        <translation>Đã gửi %1, lỗi %2, đã nhận về %3 (đã áp dụng %4).</translation>
    </message>
    <message>
        <source>Warning: this computer&apos;s clock differs from the registry&apos;s by %1 s.</source>
        <translation>Cảnh báo: đồng hồ của máy này lệch %1 giây so với hệ thống.</translation>
    </message>
    <message>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
    <message>
        <source>cannot read the outbox (%1)</source>
        <translation>không đọc được hàng đợi gửi (%1)</translation>
    </message>
    <message>
        <source>cannot read the sync state (%1)</source>
        <translation>không đọc được trạng thái đồng bộ (%1)</translation>
    </message>
    <message>
        <source>Queued %1, sending %2, failed %3, synced %4.</source>
        <translation>Chờ gửi %1, đang gửi %2, lỗi %3, đã đồng bộ %4.</translation>
    </message>
    <message>
        <source>cannot update the outbox (%1)</source>
        <translation>không cập nhật được hàng đợi gửi (%1)</translation>
    </message>
    <message>
        <source>%1 entries are due now.</source>
        <translation>%1 bản ghi đã đến lượt gửi.</translation>
    </message>
    <message>
        <source>--entry ID is required (see &apos;motcua-cli sync status&apos;)</source>
        <translation>cần có --entry ID (xem &apos;motcua-cli sync status&apos;)</translation>
    </message>
    <message>
        <source>--out FILE is required</source>
        <translation>cần có --out FILE</translation>
    </message>
    <message>
        <source>no outbox entry %1</source>
        <translation>không có bản ghi %1 trong hàng đợi gửi</translation>
    </message>
    <message>
        <source>cannot export (%1): %2</source>
        <translation>không xuất được (%1): %2</translation>
    </message>
    <message>
        <source>Entry %1 written to %2; it stays in the outbox.</source>
        <translation>Đã ghi bản ghi %1 vào %2; bản ghi vẫn nằm trong hàng đợi gửi.</translation>
    </message>
    <message>
        <source>--registry URL and --desk-id ID are required</source>
        <translation>cần có --registry URL và --desk-id ID</translation>
    </message>
    <message>
        <source>Secret removed from the keychain.</source>
        <translation>Đã xóa mật khẩu khỏi kho khóa.</translation>
    </message>
    <message>
        <source>give the secret on standard input</source>
        <translation>hãy nhập mật khẩu qua đầu vào chuẩn</translation>
    </message>
    <message>
        <source>Secret stored in the system keychain.</source>
        <translation>Đã lưu mật khẩu vào kho khóa của hệ thống.</translation>
    </message>
    <message>
        <source>Sends the desk&apos;s outbox to the central registry and applies what came back (official codes, statuses, decisions). Actions: (none) one pass with --once; status; retry [--dossier UUID]; export --entry ID --out FILE; credentials (secret on standard input) [--remove].</source>
        <translation>Gửi hàng đợi của bàn tiếp nhận lên hệ thống trung tâm và áp dụng dữ liệu nhận về (mã chính thức, trạng thái, quyết định). Thao tác: (không có) chạy một lượt với --once; status; retry [--dossier UUID]; export --entry ID --out FILE; credentials (mật khẩu qua đầu vào chuẩn) [--remove].</translation>
    </message>
    <message>
        <source>status, retry, export or credentials.</source>
        <translation>status, retry, export hoặc credentials.</translation>
    </message>
    <message>
        <source>Registry base URL (HTTPS; plain HTTP to loopback only).</source>
        <translation>Địa chỉ URL gốc của hệ thống (HTTPS; HTTP thường chỉ dùng với loopback).</translation>
    </message>
    <message>
        <source>This desk&apos;s id at the registry, e.g. Q01.</source>
        <translation>Mã của bàn tiếp nhận này trên hệ thống, ví dụ Q01.</translation>
    </message>
    <message>
        <source>Run one pass (send everything due, then pull changes) and exit.</source>
        <translation>Chạy một lượt (gửi mọi bản ghi đến lượt, rồi nhận các thay đổi về) rồi thoát.</translation>
    </message>
    <message>
        <source>PEM file of CA certificates to trust besides the system&apos;s.</source>
        <translation>Tệp PEM chứa các chứng thư CA được tin cậy, ngoài các chứng thư của hệ điều hành.</translation>
    </message>
    <message>
        <source>The desk&apos;s file store (default: &apos;files&apos; beside the database).</source>
        <translation>Thư mục lưu tệp của bàn tiếp nhận (mặc định: &apos;files&apos; cạnh cơ sở dữ liệu).</translation>
    </message>
    <message>
        <source>Entries per request (1–500, default 100).</source>
        <translation>Số bản ghi mỗi yêu cầu (1–500, mặc định 100).</translation>
    </message>
    <message>
        <source>Give up a request after this long without progress (default 30000).</source>
        <translation>Bỏ yêu cầu nếu sau khoảng thời gian này không có tiến triển (mặc định 30000).</translation>
    </message>
    <message>
        <source>Attachment chunk size in KiB (default 1024).</source>
        <translation>Kích thước mỗi phần tệp đính kèm, tính bằng KiB (mặc định 1024).</translation>
    </message>
    <message>
        <source>Read the secret from this environment variable (loopback registries only: simulator and tests).</source>
        <translation>Đọc mật khẩu từ biến môi trường này (chỉ với hệ thống chạy trên loopback: trình mô phỏng và kiểm thử).</translation>
    </message>
    <message>
        <source>retry: only this dossier&apos;s entries.</source>
        <translation>retry: chỉ các bản ghi của hồ sơ này.</translation>
    </message>
    <message>
        <source>export: the outbox entry id.</source>
        <translation>export: mã bản ghi trong hàng đợi gửi.</translation>
    </message>
    <message>
        <source>export: the file to write.</source>
        <translation>export: tệp cần ghi.</translation>
    </message>
    <message>
        <source>credentials: remove the stored secret.</source>
        <translation>credentials: xóa mật khẩu đã lưu.</translation>
    </message>
    <message>
        <source>one action at most, got &apos;%1&apos;</source>
        <translation>chỉ được một thao tác, nhưng có thêm &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: expected status, retry, export or credentials</source>
        <translation>thao tác &apos;%1&apos; không hợp lệ: cần status, retry, export hoặc credentials</translation>
    </message>
    <message>
        <source>this database has no audit trail (schema version %1; the desk upgrades it when it opens it)</source>
        <translation>cơ sở dữ liệu này chưa có nhật ký kiểm tra (phiên bản lược đồ %1; chương trình tại bàn tiếp nhận sẽ nâng cấp khi mở)</translation>
    </message>
    <message>
        <source>Walks the audit trail&apos;s hash chain from the first row. Exit 0 when it is intact, 1 when a row was altered, removed or inserted (the first such row is named), 2 when the file is not a desk database.</source>
        <translation>Duyệt chuỗi băm của nhật ký kiểm tra từ dòng đầu tiên. Mã thoát 0 nếu còn nguyên vẹn, 1 nếu có dòng bị sửa, bị xóa hoặc bị chèn thêm (nêu dòng đầu tiên như vậy), 2 nếu tệp không phải cơ sở dữ liệu của bàn tiếp nhận.</translation>
    </message>
    <message>
        <source>The last row&apos;s hash recorded earlier: also detects removed newest rows.</source>
        <translation>Giá trị băm của dòng cuối đã ghi lại trước đó: giúp phát hiện cả việc xóa các dòng mới nhất.</translation>
    </message>
    <message>
        <source>cannot read the audit trail: %1</source>
        <translation>không đọc được nhật ký kiểm tra: %1</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 rows, head %2</source>
        <translation>Nhật ký kiểm tra nguyên vẹn: %1 dòng, giá trị băm cuối %2</translation>
    </message>
    <message>
        <source>the audit trail is broken at row %1: %2</source>
        <translation>nhật ký kiểm tra bị đứt tại dòng %1: %2</translation>
    </message>
    <message>
        <source>Writes the whole audit trail, with both hashes of every row, as CSV or JSON (chosen by --format, else by the file name).</source>
        <translation>Ghi toàn bộ nhật ký kiểm tra, kèm cả hai giá trị băm của mỗi dòng, dưới dạng CSV hoặc JSON (theo --format, nếu không thì theo tên tệp).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>csv or json.</source>
        <translation>csv hoặc json.</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format phải là csv hoặc json</translation>
    </message>
    <message>
        <source>Wrote %1 audit rows to %2</source>
        <translation>Đã ghi %1 dòng nhật ký kiểm tra vào %2</translation>
    </message>
    <message>
        <source>Shows the newest audit rows, optionally for one dossier, official or action.</source>
        <translation>Hiển thị các dòng nhật ký kiểm tra mới nhất, có thể lọc theo một hồ sơ, công chức hoặc thao tác.</translation>
    </message>
    <message>
        <source>Dossier uuid or code.</source>
        <translation>UUID hoặc mã hồ sơ.</translation>
    </message>
    <message>
        <source>Login of the official.</source>
        <translation>Tên đăng nhập của công chức.</translation>
    </message>
    <message>
        <source>Action, or a prefix ending in &apos;.&apos;.</source>
        <translation>Thao tác, hoặc phần đầu kết thúc bằng &apos;.&apos;.</translation>
    </message>
    <message>
        <source>At most N rows (default 50).</source>
        <translation>Tối đa N dòng (mặc định 50).</translation>
    </message>
    <message>
        <source>--limit must be a positive number</source>
        <translation>--limit phải là một số dương</translation>
    </message>
    <message>
        <source>The hash-chained audit trail of views, prints, exports and changes (docs/SECURITY.md).</source>
        <translation>Nhật ký kiểm tra có chuỗi băm, ghi lại các lần xem, in, xuất và thay đổi (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>check the chain; exit 1 naming the first bad row</source>
        <translation>kiểm tra chuỗi băm; mã thoát 1 và nêu dòng lỗi đầu tiên</translation>
    </message>
    <message>
        <source>write the trail as CSV or JSON (--out FILE)</source>
        <translation>ghi nhật ký dưới dạng CSV hoặc JSON (--out FILE)</translation>
    </message>
    <message>
        <source>show the newest rows</source>
        <translation>hiển thị các dòng mới nhất</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>không tìm thấy tệp: %1</translation>
    </message>
    <message>
        <source>cannot load the desk data (%1): %2</source>
        <translation>không nạp được dữ liệu của bàn tiếp nhận (%1): %2</translation>
    </message>
    <message>
        <source>Receives a dossier from a JSON description (docs/DOSSIER-INPUT.md): validates it, stores dossier, components, files and the outbox event in one transaction and prints the code and due date.</source>
        <translation>Tiếp nhận hồ sơ từ bản mô tả JSON (docs/DOSSIER-INPUT.md): kiểm tra tính hợp lệ, lưu hồ sơ, thành phần hồ sơ, tệp và sự kiện vào hàng đợi gửi trong cùng một giao dịch, rồi in mã hồ sơ và ngày hẹn trả.</translation>
    </message>
    <message>
        <source>The dossier description, or - for stdin.</source>
        <translation>Bản mô tả hồ sơ, hoặc - để đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Login of the receiving official.</source>
        <translation>Tên đăng nhập của công chức tiếp nhận.</translation>
    </message>
    <message>
        <source>Mark the dossier as a demo dossier.</source>
        <translation>Đánh dấu là hồ sơ demo.</translation>
    </message>
    <message>
        <source>--input FILE.json is required</source>
        <translation>cần có --input FILE.json</translation>
    </message>
    <message>
        <source>input file not found: %1</source>
        <translation>không tìm thấy tệp đầu vào: %1</translation>
    </message>
    <message>
        <source>cannot read stdin</source>
        <translation>không đọc được đầu vào chuẩn</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>không đọc được %1</translation>
    </message>
    <message>
        <source>component &apos;%1&apos;: file not found: %2</source>
        <translation>thành phần &apos;%1&apos;: không tìm thấy tệp: %2</translation>
    </message>
    <message>
        <source>unknown procedure &apos;%1&apos; (catalogue %2)</source>
        <translation>không có thủ tục &apos;%1&apos; (danh mục %2)</translation>
    </message>
    <message>
        <source>invalid dossier: %1</source>
        <translation>hồ sơ không hợp lệ: %1</translation>
    </message>
    <message>
        <source>the dossier was not saved (%1): %2</source>
        <translation>chưa lưu được hồ sơ (%1): %2</translation>
    </message>
    <message>
        <source>Received %1 (%2), due %3 at %4</source>
        <translation>Đã tiếp nhận %1 (%2), hẹn trả %3 lúc %4</translation>
    </message>
    <message>
        <source>provisional code</source>
        <translation>mã tạm</translation>
    </message>
    <message>
        <source>official code</source>
        <translation>mã chính thức</translation>
    </message>
    <message>
        <source>linked</source>
        <translation>đã liên kết</translation>
    </message>
    <message>
        <source>Shows one dossier (by official or provisional code) with its timeline, documents and sync state. Prints the applicant&apos;s personal data.</source>
        <translation>Hiển thị một hồ sơ (theo mã chính thức hoặc mã tạm) cùng quá trình xử lý, giấy tờ và trạng thái đồng bộ. Có in thông tin cá nhân của người nộp.</translation>
    </message>
    <message>
        <source>The dossier code.</source>
        <translation>Mã hồ sơ.</translation>
    </message>
    <message>
        <source>give exactly one dossier CODE</source>
        <translation>hãy cho đúng một mã hồ sơ CODE</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a dossier code</source>
        <translation>&apos;%1&apos; không phải mã hồ sơ</translation>
    </message>
    <message>
        <source>no dossier with code %1</source>
        <translation>không có hồ sơ mã %1</translation>
    </message>
    <message>
        <source>cannot read the dossier (%1)</source>
        <translation>không đọc được hồ sơ (%1)</translation>
    </message>
    <message>
        <source>cannot read the timeline (%1)</source>
        <translation>không đọc được quá trình xử lý (%1)</translation>
    </message>
    <message>
        <source> (provisional)</source>
        <translation> (tạm)</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>người nộp</translation>
    </message>
    <message>
        <source>state</source>
        <translation>trạng thái</translation>
    </message>
    <message>
        <source>received</source>
        <translation>tiếp nhận</translation>
    </message>
    <message>
        <source>due</source>
        <translation>hẹn trả</translation>
    </message>
    <message>
        <source>sync</source>
        <translation>đồng bộ</translation>
    </message>
    <message>
        <source>Lists dossiers, newest first, with their sync state.</source>
        <translation>Liệt kê hồ sơ, mới nhất trước, kèm trạng thái đồng bộ.</translation>
    </message>
    <message>
        <source>Only this state (key or national code 1–10).</source>
        <translation>Chỉ trạng thái này (tên khóa hoặc mã trạng thái quốc gia 1–10).</translation>
    </message>
    <message>
        <source>Only this procedure code.</source>
        <translation>Chỉ mã thủ tục này.</translation>
    </message>
    <message>
        <source>Received on or after this date.</source>
        <translation>Tiếp nhận từ ngày này trở đi.</translation>
    </message>
    <message>
        <source>Received on or before this date.</source>
        <translation>Tiếp nhận đến hết ngày này.</translation>
    </message>
    <message>
        <source>Only open dossiers past their due time.</source>
        <translation>Chỉ hồ sơ chưa xong đã quá hạn.</translation>
    </message>
    <message>
        <source>Name, ID number, code or address (no accents needed).</source>
        <translation>Họ tên, số định danh, mã hồ sơ hoặc địa chỉ (không cần dấu).</translation>
    </message>
    <message>
        <source>At most N dossiers (default 200).</source>
        <translation>Tối đa N hồ sơ (mặc định 200).</translation>
    </message>
    <message>
        <source>unknown state &apos;%1&apos;</source>
        <translation>trạng thái &apos;%1&apos; không hợp lệ</translation>
    </message>
    <message>
        <source>malformed date &apos;%1&apos; (expected YYYY-MM-DD)</source>
        <translation>ngày &apos;%1&apos; sai định dạng (cần YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>--limit needs a positive number</source>
        <translation>--limit cần một số dương</translation>
    </message>
    <message>
        <source>cannot list dossiers (%1)</source>
        <translation>không liệt kê được hồ sơ (%1)</translation>
    </message>
    <message>
        <source>search failed (%1)</source>
        <translation>tìm kiếm không thành công (%1)</translation>
    </message>
    <message>
        <source>Renders a form of a stored dossier as an A5 PDF (the log book A4) with the fonts embedded; the same PDF the desk previews and prints.</source>
        <translation>Xuất một biểu mẫu của hồ sơ đã lưu thành tệp PDF khổ A5 (sổ theo dõi khổ A4) có nhúng phông chữ; đúng tệp PDF mà chương trình xem trước và in tại bàn tiếp nhận.</translation>
    </message>
    <message>
        <source>Code of the dossier (official or provisional).</source>
        <translation>Mã hồ sơ (chính thức hoặc tạm).</translation>
    </message>
    <message>
        <source>receipt, supplement, refusal, apology, stop, control or logbook.</source>
        <translation>receipt, supplement, refusal, apology, stop, control hoặc logbook.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Tệp PDF cần ghi.</translation>
    </message>
    <message>
        <source>Log book: first reception date.</source>
        <translation>Sổ theo dõi: ngày tiếp nhận đầu tiên.</translation>
    </message>
    <message>
        <source>Log book: last reception date (default: --from).</source>
        <translation>Sổ theo dõi: ngày tiếp nhận cuối cùng (mặc định: --from).</translation>
    </message>
    <message>
        <source>Office profile JSON; default: the demo commune.</source>
        <translation>Tệp JSON thông tin cơ quan; mặc định: xã demo.</translation>
    </message>
    <message>
        <source>Full name of the official signing.</source>
        <translation>Họ và tên công chức ký.</translation>
    </message>
    <message>
        <source>--form must be one of receipt, supplement, refusal, apology, stop, control, logbook</source>
        <translation>--form phải là một trong receipt, supplement, refusal, apology, stop, control, logbook</translation>
    </message>
    <message>
        <source>--out FILE.pdf is required</source>
        <translation>cần có --out FILE.pdf</translation>
    </message>
    <message>
        <source>the log book needs --dossier CODE or --from DATE</source>
        <translation>sổ theo dõi cần có --dossier CODE hoặc --from DATE</translation>
    </message>
    <message>
        <source>--dossier CODE is required</source>
        <translation>cần có --dossier CODE</translation>
    </message>
    <message>
        <source>--to is before --from</source>
        <translation>--to sớm hơn --from</translation>
    </message>
    <message>
        <source>cannot gather the form data (%1)</source>
        <translation>không thu thập được dữ liệu biểu mẫu (%1)</translation>
    </message>
    <message>
        <source>cannot render the form (%1): %2</source>
        <translation>không tạo được biểu mẫu (%1): %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 page(s))</source>
        <translation>Đã ghi %1 (%2 trang)</translation>
    </message>
    <message>
        <source>Deletes local copies of scans the registry holds, past the retention period, files without a row, and unfinished work past its period. The periods come from the profile&apos;s settings (motcua-cli security show) unless given here.</source>
        <translation>Xóa các bản sao cục bộ của bản quét mà hệ thống đã lưu giữ khi đã quá thời hạn lưu, các tệp không có bản ghi tương ứng, và các phần việc dở dang đã quá thời hạn. Thời hạn lấy theo cài đặt của hồ sơ cấu hình (motcua-cli security show), trừ khi được cho ở đây.</translation>
    </message>
    <message>
        <source>Only count what would be deleted.</source>
        <translation>Chỉ đếm những gì sẽ bị xóa.</translation>
    </message>
    <message>
        <source>Keep local copies this many days after the registry confirmed them.</source>
        <translation>Giữ bản sao cục bộ trong số ngày này sau khi hệ thống xác nhận.</translation>
    </message>
    <message>
        <source>Keep unfinished work this many days after it was last touched.</source>
        <translation>Giữ phần việc dở dang trong số ngày này kể từ lần sửa cuối.</translation>
    </message>
    <message>
        <source>Another folder of unfinished work (repeatable).</source>
        <translation>Một thư mục khác chứa phần việc dở dang (có thể lặp lại).</translation>
    </message>
    <message>
        <source>--files-days must be a number of days from 0 to 3650</source>
        <translation>--files-days phải là số ngày từ 0 đến 3650</translation>
    </message>
    <message>
        <source>--drafts-days must be a number of days from 0 to 3650</source>
        <translation>--drafts-days phải là số ngày từ 0 đến 3650</translation>
    </message>
    <message>
        <source>the purge stopped (%1): %2</source>
        <translation>việc xóa dữ liệu bị dừng (%1): %2</translation>
    </message>
    <message>
        <source>Would delete: %1</source>
        <translation>Sẽ xóa: %1</translation>
    </message>
    <message>
        <source>Deleted: %1</source>
        <translation>Đã xóa: %1</translation>
    </message>
    <message>
        <source>some items could not be deleted: %1</source>
        <translation>không xóa được một số mục: %1</translation>
    </message>
    <message>
        <source>Deletes local copies the registry holds and stale unfinished work (docs/SECURITY.md).</source>
        <translation>Xóa các bản sao cục bộ mà hệ thống đã lưu giữ và phần việc dở dang đã cũ (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>Shows the security settings and which data key encrypts the files.</source>
        <translation>Hiển thị các cài đặt bảo mật và khóa dữ liệu đang dùng để mã hóa tệp.</translation>
    </message>
    <message>
        <source>Also ask the keychain whether it holds the data key.</source>
        <translation>Hỏi thêm kho khóa xem có giữ khóa dữ liệu không.</translation>
    </message>
    <message>
        <source>data key: %1</source>
        <translation>khóa dữ liệu: %1</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <source>Changes security settings, each given as KEY=VALUE (see security show).</source>
        <translation>Thay đổi cài đặt bảo mật, mỗi cài đặt dạng KEY=VALUE (xem security show).</translation>
    </message>
    <message>
        <source>A setting and its new value.</source>
        <translation>Một cài đặt và giá trị mới.</translation>
    </message>
    <message>
        <source>give at least one KEY=VALUE</source>
        <translation>hãy cho ít nhất một KEY=VALUE</translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; (see motcua-cli security show)</source>
        <translation>cài đặt &apos;%1&apos; không hợp lệ (xem motcua-cli security show)</translation>
    </message>
    <message>
        <source>%1 takes a number from %2 to %3</source>
        <translation>%1 nhận một số từ %2 đến %3</translation>
    </message>
    <message>
        <source>Saved %1 setting(s).</source>
        <translation>Đã lưu %1 cài đặt.</translation>
    </message>
    <message>
        <source>Auto-lock, retention and offline sign-in settings, and the data key (docs/SECURITY.md).</source>
        <translation>Cài đặt tự khóa màn hình, thời hạn lưu giữ và đăng nhập ngoại tuyến, cùng khóa dữ liệu (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>the settings and the data key&apos;s fingerprint (--check-key asks the keychain)</source>
        <translation>các cài đặt và dấu vân tay của khóa dữ liệu (--check-key để hỏi kho khóa)</translation>
    </message>
    <message>
        <source>change settings: KEY=VALUE ...</source>
        <translation>thay đổi cài đặt: KEY=VALUE ...</translation>
    </message>
    <message>
        <source>--login LOGIN is required</source>
        <translation>cần có --login LOGIN</translation>
    </message>
    <message>
        <source>Adds a local account. The password (8 characters or more) is read from standard input.</source>
        <translation>Thêm một tài khoản cục bộ. Mật khẩu (từ 8 ký tự trở lên) được đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>The official&apos;s name as shown.</source>
        <translation>Tên công chức như được hiển thị.</translation>
    </message>
    <message>
        <source>official, supervisor, trainer or administrator.</source>
        <translation>official, supervisor, trainer hoặc administrator.</translation>
    </message>
    <message>
        <source>--role must be one of: %1</source>
        <translation>--role phải là một trong: %1</translation>
    </message>
    <message>
        <source>--name NAME is required</source>
        <translation>cần có --name NAME</translation>
    </message>
    <message>
        <source>Account added: %1 (%2)</source>
        <translation>Đã thêm tài khoản: %1 (%2)</translation>
    </message>
    <message>
        <source>Lists the desk&apos;s accounts with their role and lock state.</source>
        <translation>Liệt kê các tài khoản của bàn tiếp nhận cùng vai trò và trạng thái khóa.</translation>
    </message>
    <message>
        <source>Sets a new password, read from standard input.</source>
        <translation>Đặt mật khẩu mới, đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>Password changed for %1</source>
        <translation>Đã đổi mật khẩu cho %1</translation>
    </message>
    <message>
        <source>Lifts a lock after failed sign-ins.</source>
        <translation>Mở khóa tài khoản bị khóa do đăng nhập sai nhiều lần.</translation>
    </message>
    <message>
        <source>Stops an account from signing in.</source>
        <translation>Không cho tài khoản đăng nhập.</translation>
    </message>
    <message>
        <source>Lets a disabled account sign in again.</source>
        <translation>Cho tài khoản đã bị vô hiệu hóa đăng nhập lại.</translation>
    </message>
    <message>
        <source>Done: %1 %2</source>
        <translation>Xong: %1 %2</translation>
    </message>
    <message>
        <source>The desk&apos;s accounts (docs/SECURITY.md). Passwords are read from standard input.</source>
        <translation>Các tài khoản của bàn tiếp nhận (docs/SECURITY.md). Mật khẩu được đọc từ đầu vào chuẩn.</translation>
    </message>
    <message>
        <source>add a local account (--login, --name, --role)</source>
        <translation>thêm tài khoản cục bộ (--login, --name, --role)</translation>
    </message>
    <message>
        <source>list accounts, roles and locks</source>
        <translation>liệt kê tài khoản, vai trò và trạng thái khóa</translation>
    </message>
    <message>
        <source>set a new password</source>
        <translation>đặt mật khẩu mới</translation>
    </message>
    <message>
        <source>lift a lock after failed sign-ins</source>
        <translation>mở khóa sau khi đăng nhập sai nhiều lần</translation>
    </message>
    <message>
        <source>stop an account from signing in</source>
        <translation>không cho tài khoản đăng nhập</translation>
    </message>
    <message>
        <source>let it sign in again</source>
        <translation>cho đăng nhập lại</translation>
    </message>
    <message>
        <source>cannot record the view in the audit trail (%1); nothing is shown</source>
        <translation>không ghi được lượt xem vào nhật ký truy cập (%1); không hiển thị gì</translation>
    </message>
    <message>
        <source>cannot record the print in the audit trail (%1); nothing is written</source>
        <translation>không ghi được lượt in vào nhật ký truy cập (%1); không ghi tệp nào</translation>
    </message>
    <message>
        <source>Each action takes --help (its options and an example) and --json.</source>
        <translation>Mỗi thao tác đều nhận --help (các tùy chọn và một ví dụ) và --json.</translation>
    </message>
    <message>
        <source>missing action: use %1 (see motcua-cli %2 --help)</source>
        <translation>thiếu thao tác: dùng %1 (xem motcua-cli %2 --help)</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos;: use %2</source>
        <translation>thao tác &apos;%1&apos; không hợp lệ: dùng %2</translation>
    </message>
    <message>
        <source>Dossiers in the desk database (input format: docs/DOSSIER-INPUT.md).</source>
        <translation>Hồ sơ trong cơ sở dữ liệu của bàn tiếp nhận (định dạng đầu vào: docs/DOSSIER-INPUT.md).</translation>
    </message>
    <message>
        <source>receive a dossier from a JSON file (--input FILE.json)</source>
        <translation>tiếp nhận một hồ sơ từ tệp JSON (--input FILE.json)</translation>
    </message>
    <message>
        <source>one dossier with its timeline (CODE); prints personal data</source>
        <translation>một hồ sơ kèm diễn biến xử lý (CODE); có in thông tin cá nhân</translation>
    </message>
    <message>
        <source>dossiers with their sync state (--state S)</source>
        <translation>các hồ sơ và trạng thái đồng bộ (--state S)</translation>
    </message>
    <message>
        <source>Desk forms of a stored dossier as PDF, the same the desk previews and prints.</source>
        <translation>Các biểu mẫu của một hồ sơ đã lưu dưới dạng PDF, giống hệt bản bàn tiếp nhận xem trước và in.</translation>
    </message>
    <message>
        <source>receipt, supplement, refusal, apology, stop, control sheet or log book (--out FILE.pdf)</source>
        <translation>giấy tiếp nhận, yêu cầu bổ sung, từ chối, xin lỗi, dừng giải quyết, phiếu kiểm soát hoặc sổ theo dõi (--out FILE.pdf)</translation>
    </message>
    <message>
        <source>check the three MRZ lines: L1 L2 L3</source>
        <translation>kiểm tra ba dòng MRZ: L1 L2 L3</translation>
    </message>
    <message>
        <source>read the fields of the QR code text: TEXT</source>
        <translation>đọc các trường trong nội dung mã QR: TEXT</translation>
    </message>
    <message>
        <source>delete what is past its retention period (--dry-run lists it)</source>
        <translation>xóa những gì đã quá thời hạn lưu (--dry-run chỉ liệt kê)</translation>
    </message>
    <message>
        <source>Shows the procedure catalogue the desk receives dossiers under: its version, where it comes from (built-in, file or registry) and how many procedures it has, and any stored catalogue that is not used because it failed its checks.</source>
        <translation>Hiển thị danh mục thủ tục mà máy dùng để tiếp nhận hồ sơ: phiên bản, nguồn (có sẵn, tệp hoặc hệ thống trung tâm), số thủ tục, và các danh mục đã lưu nhưng không được dùng vì không đạt kiểm tra.</translation>
    </message>
    <message>
        <source>cannot read the stored catalogues (%1): %2</source>
        <translation>không đọc được các danh mục đã lưu (%1): %2</translation>
    </message>
    <message>
        <source>the built-in catalogue is not usable (%1): %2</source>
        <translation>danh mục có sẵn không dùng được (%1): %2</translation>
    </message>
    <message>
        <source>Catalogue %1 (%2), %3 procedures.</source>
        <translation>Danh mục %1 (%2), %3 thủ tục.</translation>
    </message>
    <message>
        <source>Not used: %1 catalogue %2 — %3</source>
        <translation>Không dùng: danh mục %1 %2 — %3</translation>
    </message>
    <message>
        <source>Stores a procedure catalogue file (motcua-catalogue/1) in the desk database after checking all of it, so the desk receives dossiers under it from its next start. Refuses a version that is not newer than the one in force unless --force; dossiers already received keep their procedure versions.</source>
        <translation>Lưu một tệp danh mục thủ tục (motcua-catalogue/1) vào cơ sở dữ liệu của máy sau khi kiểm tra toàn bộ, để máy tiếp nhận hồ sơ theo danh mục đó từ lần khởi động sau. Từ chối phiên bản không mới hơn phiên bản đang áp dụng, trừ khi có --force; hồ sơ đã tiếp nhận vẫn giữ phiên bản thủ tục của mình.</translation>
    </message>
    <message>
        <source>The catalogue file.</source>
        <translation>Tệp danh mục.</translation>
    </message>
    <message>
        <source>Store it even when its version is not newer (a corrected file of the same version, or an older catalogue whose procedure versions earlier dossiers need).</source>
        <translation>Vẫn lưu dù phiên bản không mới hơn (tệp đã sửa của cùng phiên bản, hoặc danh mục cũ có phiên bản thủ tục mà hồ sơ trước đây cần).</translation>
    </message>
    <message>
        <source>--file FILE is required</source>
        <translation>cần có --file TỆP</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>không đọc được %1: %2</translation>
    </message>
    <message>
        <source>not a usable catalogue (%1): %2</source>
        <translation>không phải danh mục dùng được (%1): %2</translation>
    </message>
    <message>
        <source>catalogue %1 is not newer than catalogue %2 in force; nothing stored (use --force to store it anyway)</source>
        <translation>danh mục %1 không mới hơn danh mục %2 đang áp dụng; không lưu gì (dùng --force để vẫn lưu)</translation>
    </message>
    <message>
        <source>cannot write to the database (%1): %2</source>
        <translation>không ghi được vào cơ sở dữ liệu (%1): %2</translation>
    </message>
    <message>
        <source>the catalogue was not stored (%1): %2</source>
        <translation>danh mục chưa được lưu (%1): %2</translation>
    </message>
    <message>
        <source>Catalogue %1 stored (%2 procedures); it was %3.</source>
        <translation>Đã lưu danh mục %1 (%2 thủ tục); trước đó là %3.</translation>
    </message>
    <message>
        <source>The desk receives dossiers under it from its next start.</source>
        <translation>Máy sẽ tiếp nhận hồ sơ theo danh mục này từ lần khởi động sau.</translation>
    </message>
    <message>
        <source>It is not in force: the desk keeps catalogue %1.</source>
        <translation>Danh mục này chưa được áp dụng: máy vẫn dùng danh mục %1.</translation>
    </message>
    <message>
        <source>The procedure catalogue the desk receives dossiers under: show it, or update it from a file (docs/RECEPTION.md).</source>
        <translation>Danh mục thủ tục mà máy dùng để tiếp nhận hồ sơ: xem danh mục, hoặc cập nhật từ một tệp (docs/RECEPTION.md).</translation>
    </message>
    <message>
        <source>the catalogue in force, its source and stored catalogues</source>
        <translation>danh mục đang áp dụng, nguồn của nó và các danh mục đã lưu</translation>
    </message>
    <message>
        <source>check a catalogue file and store it (--force: not newer)</source>
        <translation>kiểm tra một tệp danh mục rồi lưu (--force: cả khi không mới hơn)</translation>
    </message>
</context>
<context>
    <name>motcua::cli::CliInvocation</name>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>tham số không hợp lệ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--db FILE is required</source>
        <translation>cần có --db FILE</translation>
    </message>
</context>
<context>
    <name>motcua::cli::DossierCommand</name>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::intake::ActionDialog</name>
    <message>
        <source>Request a supplement</source>
        <extracomment>Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ</extracomment>
        <translation>Yêu cầu bổ sung</translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation>Đã nhận bổ sung</translation>
    </message>
    <message>
        <source>Refuse the dossier</source>
        <extracomment>Từ chối tiếp nhận</extracomment>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Send for processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Hand over the result</source>
        <extracomment>Trả kết quả</extracomment>
        <translation>Trả kết quả</translation>
    </message>
    <message>
        <source>Withdraw / stop</source>
        <extracomment>Rút hồ sơ / dừng giải quyết</extracomment>
        <translation>Rút hồ sơ / dừng</translation>
    </message>
    <message>
        <source>Extend with apology</source>
        <extracomment>Gia hạn, xin lỗi và hẹn lại</extracomment>
        <translation>Xin lỗi, hẹn lại</translation>
    </message>
    <message>
        <source>What to add or correct</source>
        <translation>Nội dung cần bổ sung, hoàn thiện</translation>
    </message>
    <message>
        <source>One paper per line, everything at once: the law allows one request</source>
        <translation>Mỗi dòng một giấy tờ, nêu đầy đủ một lần: pháp luật chỉ cho phép yêu cầu một lần</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <source>e.g. the copy is not legible</source>
        <translation>ví dụ: bản chụp không rõ</translation>
    </message>
    <message>
        <source>Completed at</source>
        <translation>Thời điểm nhận đủ</translation>
    </message>
    <message>
        <source>The processing period starts again from this time.</source>
        <translation>Thời hạn giải quyết được tính lại từ thời điểm này.</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Lý do từ chối</translation>
    </message>
    <message>
        <source>One reason per line; they are printed on the refusal</source>
        <translation>Mỗi dòng một lý do; được in trên Phiếu từ chối</translation>
    </message>
    <message>
        <source>To unit</source>
        <translation>Chuyển đến</translation>
    </message>
    <message>
        <source>the competent unit</source>
        <translation>đơn vị có thẩm quyền giải quyết</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Ghi chú</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Người nhận kết quả</translation>
    </message>
    <message>
        <source>full name of the person who took the result</source>
        <translation>họ và tên người nhận kết quả</translation>
    </message>
    <message>
        <source>ID number, if shown</source>
        <translation>số định danh, nếu xuất trình</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation>Thời điểm trả</translation>
    </message>
    <message>
        <source>why the citizen withdraws</source>
        <translation>lý do công dân rút hồ sơ</translation>
    </message>
    <message>
        <source>Requested at</source>
        <translation>Thời điểm đề nghị</translation>
    </message>
    <message>
        <source>New appointment</source>
        <translation>Ngày hẹn mới</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Lý do chậm trễ</translation>
    </message>
    <message>
        <source>printed on the apology</source>
        <translation>được in trên Phiếu xin lỗi</translation>
    </message>
    <message>
        <source>Current appointment: %1. The law allows one extension.</source>
        <translation>Ngày hẹn hiện tại: %1. Pháp luật chỉ cho phép hẹn lại một lần.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>motcua::intake::ApplicantPanel</name>
    <message>
        <source>2. Applicant</source>
        <translation>2. Người nộp hồ sơ</translation>
    </message>
    <message>
        <source>Read card (F4)</source>
        <translation>Đọc thẻ (F4)</translation>
    </message>
    <message>
        <source>Handed in by an authorised &amp;representative</source>
        <translation>Nộp thay bởi người được ủ&amp;y quyền</translation>
    </message>
    <message>
        <source>chip</source>
        <translation>chip</translation>
    </message>
    <message>
        <source>demo card chip</source>
        <translation>chip thẻ demo</translation>
    </message>
    <message>
        <source>QR code (not verified by the chip)</source>
        <translation>mã QR (chưa xác thực bằng chip)</translation>
    </message>
    <message>
        <source>MRZ</source>
        <translation>MRZ</translation>
    </message>
    <message>
        <source>representative</source>
        <translation>người được ủy quyền</translation>
    </message>
    <message>
        <source>applicant</source>
        <translation>người nộp</translation>
    </message>
    <message>
        <source>Filled the %1 from the %2 at %3.</source>
        <translation>Đã điền thông tin %1 từ %2 lúc %3.</translation>
    </message>
    <message>
        <source>Data intact %1 · Signature %2 · Issuer trusted %3 · Chip authentic %4</source>
        <translation>Dữ liệu toàn vẹn %1 · Chữ ký %2 · Nơi cấp tin cậy %3 · Chip xác thực %4</translation>
    </message>
    <message>
        <source>Differs between sources — %1: %2</source>
        <translation>Không khớp giữa các nguồn — %1: %2</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:#b00020&apos;&gt;Card check failed: verify the person&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#b00020&apos;&gt;Kiểm tra thẻ không đạt: hãy đối chiếu trực tiếp người nộp&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Card verified %1</source>
        <translation>Thẻ đã xác thực %1</translation>
    </message>
    <message>
        <source>Card read (%1)</source>
        <translation>Đã đọc thẻ (%1)</translation>
    </message>
</context>
<context>
    <name>motcua::intake::BundlePanel</name>
    <message>
        <source>Interlinked group</source>
        <translation>Nhóm thủ tục liên thông</translation>
    </message>
    <message>
        <source>Procedures received together (Space ticks):</source>
        <translation>Các thủ tục tiếp nhận cùng lúc (phím Cách để chọn):</translation>
    </message>
    <message>
        <source>The child being registered:</source>
        <translation>Trẻ được đăng ký:</translation>
    </message>
    <message>
        <source>The deceased person:</source>
        <translation>Người đã mất:</translation>
    </message>
    <message>
        <source>Required in this group</source>
        <translation>Bắt buộc trong nhóm liên thông này</translation>
    </message>
</context>
<context>
    <name>motcua::intake::ComponentChecklist</name>
    <message>
        <source>Attach a PDF for: %1</source>
        <translation>Đính kèm PDF cho: %1</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>Hình thức nộp</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>F5 scan · F7 attach file · F8 shown only · F9 reuse earlier document · Del clear</source>
        <translation>F5 quét · F7 đính kèm tệp · F8 chỉ xuất trình · F9 tái sử dụng bản đã số hóa · Del xóa</translation>
    </message>
    <message>
        <source>Earlier digitised documents of this citizen (Enter reuse, Esc close):</source>
        <translation>Giấy tờ đã số hóa trước đây của công dân (Enter tái sử dụng, Esc đóng):</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>Scan this component (F5)</source>
        <translation>Quét thành phần này (F5)</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Tệp…</translation>
    </message>
    <message>
        <source>Attach a PDF file (F7)</source>
        <translation>Đính kèm tệp PDF (F7)</translation>
    </message>
    <message>
        <source>Shown</source>
        <translation>Xuất trình</translation>
    </message>
    <message>
        <source>Shown to the official, not kept (F8)</source>
        <translation>Chỉ xuất trình cho cán bộ, không lưu (F8)</translation>
    </message>
    <message>
        <source>Reuse</source>
        <translation>Tái sử dụng</translation>
    </message>
    <message>
        <source>Reuse an earlier digitised document (F9)</source>
        <translation>Tái sử dụng giấy tờ đã số hóa trước đây (F9)</translation>
    </message>
    <message>
        <source>Clear (Del)</source>
        <translation>Xóa (Del)</translation>
    </message>
    <message>
        <source>required</source>
        <translation>bắt buộc</translation>
    </message>
    <message>
        <source>reusable</source>
        <translation>được tái sử dụng</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>từ %1</translation>
    </message>
    <message>
        <source>“%1” is only shown, not kept: press F8.</source>
        <translation>“%1” chỉ cần xuất trình, không lưu: nhấn F8.</translation>
    </message>
    <message>
        <source>No scanner is available: attach the PDF from a file (F7) instead.</source>
        <translation>Không có máy quét: hãy đính kèm PDF từ tệp (F7).</translation>
    </message>
    <message>
        <source>The scanner could not start: attach the PDF from a file (F7) instead.</source>
        <translation>Máy quét không khởi động được: hãy đính kèm PDF từ tệp (F7).</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Đang quét…</translation>
    </message>
    <message>
        <source>Scanning “%1”…</source>
        <translation>Đang quét “%1”…</translation>
    </message>
    <message>
        <source>Scanning cancelled.</source>
        <translation>Đã hủy quét.</translation>
    </message>
    <message>
        <source>Scanning failed: %1</source>
        <translation>Quét không thành công: %1</translation>
    </message>
    <message>
        <source>Scanned “%1”: %2, %3.</source>
        <translation>Đã quét “%1”: %2, %3.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Đang đọc…</translation>
    </message>
    <message>
        <source>Attached “%1”: %2, %3.</source>
        <translation>Đã đính kèm “%1”: %2, %3.</translation>
    </message>
    <message>
        <source>“%1” is not a readable PDF.</source>
        <translation>“%1” không phải tệp PDF đọc được.</translation>
    </message>
    <message>
        <source>“%1” cannot be reused from an earlier dossier: it must be handed in again.</source>
        <translation>“%1” không được tái sử dụng từ hồ sơ trước: công dân phải nộp lại.</translation>
    </message>
    <message>
        <source>No earlier digitised document of this citizen was found (the ID number is needed first).</source>
        <translation>Không tìm thấy giấy tờ đã số hóa nào của công dân này (cần nhập số định danh trước).</translation>
    </message>
    <message>
        <source>Reused %1 from dossier %2.</source>
        <translation>Đã tái sử dụng %1 từ hồ sơ %2.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::DeskActions</name>
    <message>
        <source>A supplement has already been requested for this dossier. The law allows only one request, complete and at once.</source>
        <extracomment>&quot;yêu cầu bổ sung&quot; = supplement request; legal rule: only once (ND 61/2018 Điều 15).</extracomment>
        <translation>Hồ sơ này đã được yêu cầu bổ sung. Pháp luật chỉ cho phép yêu cầu bổ sung một lần, đầy đủ và cùng lúc.</translation>
    </message>
    <message>
        <source>The appointment has already been extended once. The law allows only one extension.</source>
        <translation>Hồ sơ đã được hẹn lại một lần. Pháp luật chỉ cho phép hẹn lại một lần.</translation>
    </message>
    <message>
        <source>This action is not possible in the dossier&apos;s current state.</source>
        <translation>Không thể thực hiện thao tác này ở trạng thái hiện tại của hồ sơ.</translation>
    </message>
    <message>
        <source>List what the citizen has to add or correct.</source>
        <translation>Hãy liệt kê nội dung công dân cần bổ sung, hoàn thiện.</translation>
    </message>
    <message>
        <source>Give the reasons for the refusal.</source>
        <translation>Hãy nêu lý do từ chối.</translation>
    </message>
    <message>
        <source>Give the reason.</source>
        <translation>Hãy nêu lý do.</translation>
    </message>
    <message>
        <source>Enter the name of the person who received the result.</source>
        <extracomment>&quot;trả kết quả&quot; = hand over the result</extracomment>
        <translation>Hãy nhập họ và tên người nhận kết quả.</translation>
    </message>
    <message>
        <source>The new appointment must be later than the current one.</source>
        <translation>Ngày hẹn mới phải sau ngày hẹn hiện tại.</translation>
    </message>
    <message>
        <source>This dossier no longer exists in the local store.</source>
        <translation>Hồ sơ này không còn trong dữ liệu tại máy.</translation>
    </message>
    <message>
        <source>The action could not be saved (%1). Nothing was changed; try again.</source>
        <translation>Không lưu được thao tác (%1). Chưa có gì thay đổi; hãy thử lại.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierListModel</name>
    <message>
        <source>Sending failed; it will be retried.</source>
        <translation>Gửi không thành công; sẽ tự gửi lại.</translation>
    </message>
    <message>
        <source>Sending failed: %1</source>
        <translation>Gửi không thành công: %1</translation>
    </message>
    <message>
        <source>Provisional code, until the registry assigns the official one</source>
        <translation>Mã tạm, cho đến khi hệ thống của tỉnh cấp mã chính thức</translation>
    </message>
    <message>
        <source>Official code</source>
        <translation>Mã chính thức</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <extracomment>due time, then &quot;quá hạn&quot;</extracomment>
        <translation>%1 (quá hạn)</translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>mã số hồ sơ</extracomment>
        <translation>Mã hồ sơ</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>Số định danh</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Tiếp nhận</translation>
    </message>
    <message>
        <source>Due</source>
        <extracomment>ngày hẹn trả</extracomment>
        <translation>Hẹn trả</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Đồng bộ</translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierListPage</name>
    <message>
        <source>Dossiers</source>
        <translation>Danh sách hồ sơ</translation>
    </message>
    <message>
        <source>Search: name, ID number, code or address — with or without diacritics (Ctrl+F)</source>
        <translation>Tìm: họ tên, số định danh, mã hồ sơ hoặc địa chỉ — có dấu hay không dấu đều được (Ctrl+F)</translation>
    </message>
    <message>
        <source>Log book…</source>
        <translation>Sổ theo dõi…</translation>
    </message>
    <message>
        <source>Print the log book of dossiers received in a date range (A4)</source>
        <translation>In Sổ theo dõi hồ sơ tiếp nhận trong một khoảng ngày (A4)</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <source>Open (not finished)</source>
        <translation>Đang giải quyết (chưa xong)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ngày nhận</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Open dossiers past their appointment</source>
        <translation>Hồ sơ chưa xong đã quá ngày hẹn trả</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Sắp đến hạn</translation>
    </message>
    <message>
        <source>Open dossiers due by the end of the next working day</source>
        <translation>Hồ sơ chưa xong có hẹn trả đến hết ngày làm việc kế tiếp</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Bỏ lọc</translation>
    </message>
    <message>
        <source>All procedures</source>
        <translation>Mọi thủ tục</translation>
    </message>
    <message>
        <source>The list cannot be read from the local database (%1).</source>
        <translation>Không đọc được danh sách từ cơ sở dữ liệu tại máy (%1).</translation>
    </message>
    <message>
        <source>No dossier matches.</source>
        <translation>Không có hồ sơ nào phù hợp.</translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s) shown, newest first — scroll down for more.</source>
        <translation>
            <numerusform>Đang hiển thị %n hồ sơ, mới nhất trước — cuộn xuống để xem thêm.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s).</source>
        <translation>
            <numerusform>%n hồ sơ.</numerusform>
        </translation>
    </message>
    <message>
        <source>The log book cannot be prepared (%1).</source>
        <translation>Không lập được Sổ theo dõi (%1).</translation>
    </message>
    <message>
        <source>The log book cannot be printed (%1).</source>
        <translation>Không in được Sổ theo dõi (%1).</translation>
    </message>
    <message>
        <source>Log book</source>
        <translation>Sổ theo dõi hồ sơ</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Tiếp nhận từ ngày</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến ngày</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>The dossier list needs the desk&apos;s database, which is not open. Restart the desk; if this stays, see Help → Diagnostics.</source>
        <translation>Danh sách hồ sơ cần cơ sở dữ liệu của máy, hiện chưa mở được. Hãy khởi động lại chương trình; nếu vẫn vậy, xem Trợ giúp → Chẩn đoán.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierPage</name>
    <message>
        <source>← Back to list</source>
        <translation>← Về danh sách</translation>
    </message>
    <message>
        <source>Back to the dossier list (Esc)</source>
        <translation>Về danh sách hồ sơ (Esc)</translation>
    </message>
    <message>
        <source>Reprint receipt</source>
        <translation>In lại Giấy tiếp nhận</translation>
    </message>
    <message>
        <source>Control sheet</source>
        <translation>Phiếu kiểm soát</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Quá trình xử lý</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Open PDF</source>
        <translation>Mở PDF</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người thực hiện</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Thành phần</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Số trang</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <source>provisional code — the registry will assign the official one</source>
        <translation>mã tạm — hệ thống của tỉnh sẽ cấp mã chính thức</translation>
    </message>
    <message>
        <source>official code</source>
        <translation>mã chính thức</translation>
    </message>
    <message>
        <source>official code (receipt printed with %1)</source>
        <translation>mã chính thức (Giấy tiếp nhận đã in mã tạm %1)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Procedure:&lt;/b&gt; %1 (%2)</source>
        <translation>&lt;b&gt;Thủ tục:&lt;/b&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Applicant:&lt;/b&gt; %1, ID %2</source>
        <translation>&lt;b&gt;Người nộp:&lt;/b&gt; %1, số định danh %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Received:&lt;/b&gt; %1 by %2</source>
        <translation>&lt;b&gt;Tiếp nhận:&lt;/b&gt; %1, cán bộ %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Due:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Hẹn trả:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>(extended from %1)</source>
        <translation>(hẹn lại, hẹn cũ %1)</translation>
    </message>
    <message>
        <source>OVERDUE</source>
        <translation>QUÁ HẠN</translation>
    </message>
    <message>
        <source>Supplement requested. Print the request and give it to the citizen.</source>
        <translation>Đã yêu cầu bổ sung. In Phiếu yêu cầu bổ sung và giao cho công dân.</translation>
    </message>
    <message>
        <source>Supplement received: the processing period starts again.</source>
        <translation>Đã nhận đủ bổ sung: thời hạn giải quyết được tính lại.</translation>
    </message>
    <message>
        <source>Dossier refused. Print the refusal with its reasons for the citizen.</source>
        <translation>Đã từ chối tiếp nhận. In Phiếu từ chối có nêu lý do cho công dân.</translation>
    </message>
    <message>
        <source>Sent for processing.</source>
        <translation>Đã chuyển xử lý.</translation>
    </message>
    <message>
        <source>The result is ready at the desk.</source>
        <translation>Đã có kết quả tại Bộ phận Một cửa.</translation>
    </message>
    <message>
        <source>Result handed over.</source>
        <translation>Đã trả kết quả.</translation>
    </message>
    <message>
        <source>Processing stopped. Print the stop notice for the citizen.</source>
        <translation>Đã dừng giải quyết. In Thông báo dừng giải quyết cho công dân.</translation>
    </message>
    <message>
        <source>Appointment extended. Print the apology with the new date for the citizen.</source>
        <translation>Đã hẹn lại. In Phiếu xin lỗi và hẹn lại ngày trả kết quả cho công dân.</translation>
    </message>
    <message>
        <source>The form cannot be prepared (%1).</source>
        <translation>Không lập được biểu mẫu (%1).</translation>
    </message>
    <message>
        <source>The form cannot be printed (%1).</source>
        <translation>Không in được biểu mẫu (%1).</translation>
    </message>
    <message>
        <source>“%1” has no scanned file (%2).</source>
        <translation>“%1” không có tệp số hóa (%2).</translation>
    </message>
    <message>
        <source>The file of “%1” cannot be read from this desk (%2). It may have been removed after it was sent to the registry.</source>
        <translation>Không đọc được tệp của “%1” trên máy này (%2). Tệp có thể đã được xóa sau khi gửi lên hệ thống của tỉnh.</translation>
    </message>
    <message>
        <source>Your role may not open this dossier, or the audit trail could not record it.</source>
        <translation>Vai trò của bạn không được mở hồ sơ này, hoặc nhật ký kiểm tra không ghi được.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::DossierText</name>
    <message>
        <source>Registered online</source>
        <extracomment>Mới đăng ký</extracomment>
        <translation>Mới đăng ký</translation>
    </message>
    <message>
        <source>Received</source>
        <extracomment>Được tiếp nhận</extracomment>
        <translation>Được tiếp nhận</translation>
    </message>
    <message>
        <source>Refused</source>
        <extracomment>Không được tiếp nhận</extracomment>
        <translation>Không được tiếp nhận</translation>
    </message>
    <message>
        <source>Processing</source>
        <extracomment>Đang xử lý</extracomment>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <extracomment>Yêu cầu bổ sung giấy tờ</extracomment>
        <translation>Yêu cầu bổ sung giấy tờ</translation>
    </message>
    <message>
        <source>Awaiting payment</source>
        <extracomment>Yêu cầu thực hiện nghĩa vụ tài chính</extracomment>
        <translation>Yêu cầu thực hiện nghĩa vụ tài chính</translation>
    </message>
    <message>
        <source>Withdrawal requested</source>
        <extracomment>Công dân yêu cầu rút hồ sơ</extracomment>
        <translation>Công dân yêu cầu rút hồ sơ</translation>
    </message>
    <message>
        <source>Stopped</source>
        <extracomment>Dừng xử lý</extracomment>
        <translation>Dừng xử lý</translation>
    </message>
    <message>
        <source>Resolved</source>
        <extracomment>Đã xử lý xong</extracomment>
        <translation>Đã xử lý xong</translation>
    </message>
    <message>
        <source>Result handed over</source>
        <extracomment>Đã trả kết quả</extracomment>
        <translation>Đã trả kết quả</translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Data corrected</source>
        <translation>Sửa thông tin</translation>
    </message>
    <message>
        <source>Official code assigned by the registry</source>
        <translation>Hệ thống của tỉnh cấp mã chính thức</translation>
    </message>
    <message>
        <source>Refused at the desk</source>
        <translation>Từ chối tiếp nhận</translation>
    </message>
    <message>
        <source>Sent for processing</source>
        <translation>Chuyển xử lý</translation>
    </message>
    <message>
        <source>Supplement completed, period restarted</source>
        <translation>Đã bổ sung đủ, tính lại thời hạn</translation>
    </message>
    <message>
        <source>Payment requested</source>
        <translation>Yêu cầu nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>Payment confirmed</source>
        <translation>Đã nộp phí, lệ phí</translation>
    </message>
    <message>
        <source>Citizen asked to withdraw</source>
        <translation>Công dân đề nghị rút hồ sơ</translation>
    </message>
    <message>
        <source>Processing stopped</source>
        <translation>Dừng giải quyết</translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation>Đã có kết quả</translation>
    </message>
    <message>
        <source>Appointment extended with apology</source>
        <translation>Xin lỗi và hẹn lại ngày trả kết quả</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi gửi</translation>
    </message>
    <message>
        <source>Synced</source>
        <translation>Đã đồng bộ</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Scanned</source>
        <translation>Đã số hóa</translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation>Chỉ xuất trình</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Tái sử dụng</translation>
    </message>
    <message>
        <source>To add: %1</source>
        <translation>Cần bổ sung: %1</translation>
    </message>
    <message>
        <source>Reasons: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Lý do: %1</translation>
    </message>
    <message>
        <source>Received by %1</source>
        <translation>Người nhận: %1</translation>
    </message>
    <message>
        <source>Received by %1 (ID %2)</source>
        <translation>Người nhận: %1 (số định danh %2)</translation>
    </message>
    <message>
        <source>To %1</source>
        <translation>Chuyển đến: %1</translation>
    </message>
    <message>
        <source>New appointment: %1</source>
        <translation>Hẹn mới: %1</translation>
    </message>
</context>
<context>
    <name>motcua::intake::DraftValidator</name>
    <message>
        <source>Choose the procedure first.</source>
        <extracomment>Validation messages shown beside the reception form; &quot;hồ sơ&quot; = dossier, &quot;thành phần hồ sơ&quot; = component.</extracomment>
        <translation>Hãy chọn thủ tục trước.</translation>
    </message>
    <message>
        <source>This procedure is not in the catalogue.</source>
        <translation>Thủ tục này không có trong danh mục.</translation>
    </message>
    <message>
        <source>Enter the full name as written on the identity card.</source>
        <translation>Nhập họ và tên đúng như trên thẻ căn cước.</translation>
    </message>
    <message>
        <source>Enter the 12-digit personal identification number.</source>
        <translation>Nhập số định danh cá nhân 12 chữ số.</translation>
    </message>
    <message>
        <source>The personal identification number must have exactly 12 digits.</source>
        <translation>Số định danh cá nhân phải có đúng 12 chữ số.</translation>
    </message>
    <message>
        <source>The personal identification number may contain digits only.</source>
        <translation>Số định danh cá nhân chỉ gồm chữ số.</translation>
    </message>
    <message>
        <source>The first three digits of the identification number are not a province code (001–096).</source>
        <translation>Ba chữ số đầu của số định danh không phải mã tỉnh (001–096).</translation>
    </message>
    <message>
        <source>The identification number does not match the year of birth: check both.</source>
        <translation>Số định danh không khớp với năm sinh: hãy kiểm tra cả hai.</translation>
    </message>
    <message>
        <source>The identification number does not match the sex: check both.</source>
        <translation>Số định danh không khớp với giới tính: hãy kiểm tra cả hai.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>Ngày sinh không thể ở tương lai.</translation>
    </message>
    <message>
        <source>The date of birth is implausibly early: check the year.</source>
        <translation>Ngày sinh quá sớm, không hợp lý: hãy kiểm tra năm sinh.</translation>
    </message>
    <message>
        <source>The phone number should have 10 digits starting with 0 (or +84).</source>
        <translation>Số điện thoại cần có 10 chữ số, bắt đầu bằng 0 (hoặc +84).</translation>
    </message>
    <message>
        <source>The email address is not valid.</source>
        <translation>Địa chỉ email không hợp lệ.</translation>
    </message>
    <message>
        <source>The reception time cannot be in the future.</source>
        <translation>Thời gian tiếp nhận không thể ở tương lai.</translation>
    </message>
    <message>
        <source>Choose where the citizen receives the result.</source>
        <translation>Chọn nơi công dân nhận kết quả.</translation>
    </message>
    <message>
        <source>This component is not part of the procedure.</source>
        <extracomment>&quot;thành phần hồ sơ&quot; = dossier component</extracomment>
        <translation>Thành phần này không thuộc hồ sơ của thủ tục.</translation>
    </message>
    <message>
        <source>This required component has not been handed in: scan it, mark it shown, or reuse an earlier digitised copy.</source>
        <translation>Thành phần hồ sơ bắt buộc này chưa được nộp: hãy quét, đánh dấu đã xuất trình, hoặc tái sử dụng bản đã số hóa trước đây.</translation>
    </message>
    <message>
        <source>This component must be kept: scan it or reuse an earlier digitised copy; showing it is not enough.</source>
        <translation>Thành phần này phải được lưu: hãy quét hoặc tái sử dụng bản đã số hóa; chỉ xuất trình là không đủ.</translation>
    </message>
    <message>
        <source>No scanned file is attached to this component yet.</source>
        <translation>Chưa có tệp quét nào cho thành phần này.</translation>
    </message>
    <message>
        <source>The attached file is not a PDF document.</source>
        <translation>Tệp đính kèm không phải tài liệu PDF.</translation>
    </message>
    <message>
        <source>This component cannot be reused from an earlier dossier: it must be handed in again.</source>
        <translation>Thành phần này không được tái sử dụng từ hồ sơ trước: công dân phải nộp lại.</translation>
    </message>
    <message>
        <source>Choose which earlier digitised document to reuse.</source>
        <translation>Chọn giấy tờ đã số hóa cần tái sử dụng.</translation>
    </message>
    <message>
        <source>This procedure is not part of the interlinked group.</source>
        <translation>Thủ tục này không thuộc nhóm liên thông.</translation>
    </message>
    <message>
        <source>The interlinked group must include this procedure.</source>
        <translation>Nhóm liên thông bắt buộc phải có thủ tục này.</translation>
    </message>
    <message>
        <source>Choose at least the required number of procedures for the interlinked group.</source>
        <translation>Chọn đủ số thủ tục tối thiểu của nhóm liên thông.</translation>
    </message>
    <message>
        <source>Enter the full name of the person the interlinked group is about.</source>
        <translation>Nhập họ và tên người được giải quyết trong nhóm liên thông.</translation>
    </message>
    <message>
        <source>Enter the child&apos;s date of birth.</source>
        <translation>Nhập ngày sinh của trẻ.</translation>
    </message>
    <message>
        <source>The child must be under 6 years old for this interlinked group.</source>
        <translation>Trẻ phải dưới 6 tuổi mới thuộc nhóm liên thông này.</translation>
    </message>
    <message>
        <source>Check this field.</source>
        <translation>Hãy kiểm tra trường này.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::FeePanel</name>
    <message>
        <source>Fees</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>set by %1</source>
        <translation>theo %1</translation>
    </message>
    <message>
        <source>the province</source>
        <translation>quy định của tỉnh</translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation>Không miễn</translation>
    </message>
    <message>
        <source>Exempt: %1</source>
        <translation>Miễn: %1</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Lệ phí</translation>
    </message>
    <message>
        <source>No fee.</source>
        <translation>Không thu phí, lệ phí.</translation>
    </message>
    <message>
        <source>Total to collect: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Tổng số phải thu: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>motcua::intake::IntakePage</name>
    <message>
        <source>Dossiers cannot be received: the desk&apos;s database is not open. Restart the desk; if this stays, see Help → Diagnostics.</source>
        <translation>Không thể tiếp nhận hồ sơ: cơ sở dữ liệu của bàn tiếp nhận chưa được mở. Hãy khởi động lại chương trình; nếu vẫn lỗi, xem Trợ giúp → Chẩn đoán.</translation>
    </message>
    <message>
        <source>Receive dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>A procedure catalogue stored on this desk failed its checks and is not used (%1); dossiers are received under catalogue %2. Ask the administrator to import a correct file.</source>
        <translation>Danh mục thủ tục lưu trên bàn tiếp nhận này không qua được bước kiểm tra nên không được dùng (%1); hồ sơ được tiếp nhận theo danh mục %2. Hãy đề nghị quản trị viên nhập một tệp đúng.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::PdfPreviewDialog</name>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Lưu thành…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>This PDF cannot be opened. It may be damaged.</source>
        <translation>Không mở được tệp PDF này. Tệp có thể bị hỏng.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>Print %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>The printer did not accept the document. Check that it is on and has paper.</source>
        <translation>Máy in không nhận tài liệu. Hãy kiểm tra máy in đã bật và còn giấy.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Đã gửi đến máy in.</translation>
    </message>
    <message>
        <source>Save PDF</source>
        <translation>Lưu PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Đã lưu vào %1</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Không lưu được: %1</translation>
    </message>
    <message>
        <source>Your role may not do this, or the audit trail could not record it. Nothing was printed or saved.</source>
        <translation>Vai trò của bạn không được phép thao tác này, hoặc nhật ký kiểm tra không ghi được. Chưa in hay lưu gì.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::PersonForm</name>
    <message>
        <source>&amp;ID number</source>
        <translation>&amp;Số định danh</translation>
    </message>
    <message>
        <source>Full &amp;name</source>
        <translation>Họ và &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Born</source>
        <translation>&amp;Ngày sinh</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>&amp;Giới tính</translation>
    </message>
    <message>
        <source>A&amp;ddress</source>
        <translation>Đị&amp;a chỉ</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>Điện th&amp;oại</translation>
    </message>
    <message>
        <source>E&amp;mail</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>12 digits</source>
        <translation>12 chữ số</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter the date as dd/mm/yyyy, e.g. 12/04/1990.</source>
        <translation>Nhập ngày theo dạng ngày/tháng/năm, ví dụ 12/04/1990.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::ProcedurePicker</name>
    <message>
        <source>1. Procedure</source>
        <translation>1. Thủ tục hành chính</translation>
    </message>
    <message>
        <source>Type to search: name without accents (khai sinh) or national code</source>
        <translation>Gõ để tìm: tên thủ tục, có dấu hay không dấu (khai sinh), hoặc mã thủ tục</translation>
    </message>
    <message>
        <source>National code</source>
        <translation>Mã thủ tục</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Tên thủ tục</translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation>Thời hạn giải quyết</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Phí, lệ phí</translation>
    </message>
    <message>
        <source>↑↓ choose · Enter pick · Esc back to the dossier</source>
        <translation>↑↓ chọn · Enter lấy thủ tục · Esc quay lại hồ sơ</translation>
    </message>
    <message>
        <source>%1 (local)</source>
        <translation>%1 (mã địa phương)</translation>
    </message>
    <message>
        <source>[Interlinked] %1</source>
        <translation>[Liên thông] %1</translation>
    </message>
    <message>
        <source>No procedure matches. Try fewer words or the code.</source>
        <translation>Không có thủ tục phù hợp. Hãy gõ ít từ hơn hoặc gõ mã thủ tục.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · time limit %4 · fee %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — %2 · %3 · thời hạn %4 · phí, lệ phí %5</translation>
    </message>
    <message>
        <source> (required)</source>
        <translation> (bắt buộc)</translation>
    </message>
    <message>
        <source>Received once as linked dossiers: %1</source>
        <translation>Tiếp nhận một lần thành các hồ sơ liên thông: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) in the checklist</source>
        <translation>
            <numerusform>%n thành phần hồ sơ</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::intake::ReceiptView</name>
    <message>
        <source>Save the receipt as PDF</source>
        <translation>Lưu giấy tiếp nhận thành PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Tài liệu PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Print receipt (Ctrl+P)</source>
        <translation>&amp;In giấy tiếp nhận (Ctrl+P)</translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+E)</source>
        <translation>Lưu PDF (Ctrl+E)</translation>
    </message>
    <message>
        <source>New dossier (Ctrl+Shift+N)</source>
        <translation>Hồ sơ mới (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Dossier saved.&lt;/b&gt; Code &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Đã lưu hồ sơ.&lt;/b&gt; Mã hồ sơ &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>provisional — the official code follows after synchronisation</source>
        <translation>mã tạm — mã chính thức có sau khi đồng bộ</translation>
    </message>
    <message>
        <source>Applicant: %1</source>
        <translation>Người nộp: %1</translation>
    </message>
    <message>
        <source>Result due: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Hẹn trả kết quả: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation>Phí, lệ phí: %1</translation>
    </message>
    <message>
        <source>Linked dossiers:</source>
        <translation>Hồ sơ liên thông:</translation>
    </message>
    <message>
        <source>Print the receipt and hand it to the citizen.</source>
        <translation>In giấy tiếp nhận và giao cho công dân.</translation>
    </message>
    <message>
        <source>Printing is not allowed for your role, or it could not be recorded in the audit trail.</source>
        <translation>Vai trò của bạn không được in, hoặc không ghi được vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Giấy tiếp nhận %1</translation>
    </message>
    <message>
        <source>Printing cancelled. The dossier is saved; press Ctrl+P to print.</source>
        <translation>Đã hủy in. Hồ sơ đã được lưu; nhấn Ctrl+P để in.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Đã gửi giấy tiếp nhận tới máy in.</translation>
    </message>
    <message>
        <source>The printer failed. The dossier is saved: check the printer and press Ctrl+P to print again, or save the PDF (Ctrl+E).</source>
        <translation>Máy in gặp lỗi. Hồ sơ đã được lưu: kiểm tra máy in rồi nhấn Ctrl+P để in lại, hoặc lưu PDF (Ctrl+E).</translation>
    </message>
    <message>
        <source>Saving the PDF is not allowed for your role, or it could not be recorded in the audit trail.</source>
        <translation>Vai trò của bạn không được lưu PDF, hoặc không ghi được vào nhật ký kiểm tra.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>Không ghi được PDF vào %1: %2</translation>
    </message>
    <message>
        <source>Receipt saved as %1.</source>
        <translation>Đã lưu giấy tiếp nhận: %1.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::ReceptionPage</name>
    <message>
        <source>Receive dossier</source>
        <translation>Tiếp nhận hồ sơ</translation>
    </message>
    <message>
        <source>Change procedure (F2)</source>
        <translation>Đổi thủ tục (F2)</translation>
    </message>
    <message>
        <source>Restore (Ctrl+Shift+R)</source>
        <translation>Khôi phục (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Result re&amp;turned</source>
        <translation>Nhận &amp;kết quả</translation>
    </message>
    <message>
        <source>at the desk</source>
        <translation>tại Bộ phận Một cửa</translation>
    </message>
    <message>
        <source>by post</source>
        <translation>qua bưu chính</translation>
    </message>
    <message>
        <source>online</source>
        <translation>trực tuyến</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>Ghi &amp;chú</translation>
    </message>
    <message>
        <source>3. Components (F6)</source>
        <translation>3. Thành phần hồ sơ (F6)</translation>
    </message>
    <message>
        <source>To complete before saving</source>
        <translation>Cần hoàn thiện trước khi lưu</translation>
    </message>
    <message>
        <source>Save and show receipt (Ctrl+S)</source>
        <translation>Lưu và lập giấy tiếp nhận (Ctrl+S)</translation>
    </message>
    <message>
        <source>Procedure chosen: %1. Read the card (F4) or type the applicant.</source>
        <translation>Đã chọn thủ tục: %1. Đọc thẻ (F4) hoặc nhập thông tin người nộp.</translation>
    </message>
    <message>
        <source>&lt;i&gt;Choose the procedure: type part of its name, then Enter.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Chọn thủ tục: gõ một phần tên rồi nhấn Enter.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 · %3 · %4</translation>
    </message>
    <message>
        <source>Due date: cannot be computed (%1)</source>
        <translation>Ngày hẹn trả: không tính được (%1)</translation>
    </message>
    <message>
        <source>Result due &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</source>
        <translation>Hẹn trả kết quả &lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;%2&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Ready to save (Ctrl+S)</source>
        <translation>Sẵn sàng lưu (Ctrl+S)</translation>
    </message>
    <message numerus="yes">
        <source>To complete before saving: %n item(s)</source>
        <translation>
            <numerusform>Cần hoàn thiện trước khi lưu: %n mục</numerusform>
        </translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>Người nộp</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Người được ủy quyền</translation>
    </message>
    <message>
        <source>Interlinked group</source>
        <translation>Nhóm liên thông</translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation>Thủ tục</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>số định danh</translation>
    </message>
    <message>
        <source>full name</source>
        <translation>họ và tên</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>ngày sinh</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>giới tính</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>điện thoại</translation>
    </message>
    <message>
        <source>email</source>
        <translation>email</translation>
    </message>
    <message>
        <source>A reception was not finished (%1, last change %2). Restore it?</source>
        <translation>Có một hồ sơ đang tiếp nhận dở (%1, sửa lần cuối %2). Khôi phục?</translation>
    </message>
    <message>
        <source>no procedure yet</source>
        <translation>chưa chọn thủ tục</translation>
    </message>
    <message>
        <source>The unfinished reception was restored.</source>
        <translation>Đã khôi phục hồ sơ đang tiếp nhận dở.</translation>
    </message>
    <message>
        <source>The unfinished reception was discarded.</source>
        <translation>Đã bỏ hồ sơ đang tiếp nhận dở.</translation>
    </message>
    <message>
        <source>Wait until scanning or reading the attached file has finished.</source>
        <translation>Hãy chờ quét hoặc đọc tệp đính kèm xong.</translation>
    </message>
    <message>
        <source>Not saved yet: %1 — %2</source>
        <translation>Chưa lưu: %1 — %2</translation>
    </message>
    <message>
        <source>Saving the dossier…</source>
        <translation>Đang lưu hồ sơ…</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <source>The dossier was not saved (%1). Nothing was written; your input is kept — try Ctrl+S again, and if it fails again see Help → Diagnostics.</source>
        <translation>Hồ sơ chưa được lưu (%1). Chưa có gì được ghi; thông tin đã nhập vẫn còn — nhấn Ctrl+S để thử lại, nếu vẫn lỗi xem Trợ giúp → Chẩn đoán.</translation>
    </message>
    <message>
        <source>The receipt could not be made (%1). The dossier is saved; reprint it from the dossier list.</source>
        <translation>Không lập được giấy tiếp nhận (%1). Hồ sơ đã được lưu; hãy in lại từ danh sách hồ sơ.</translation>
    </message>
    <message>
        <source>Dossier %1 saved.</source>
        <translation>Đã lưu hồ sơ %1.</translation>
    </message>
    <message>
        <source>The card could not be read: %1</source>
        <translation>Không đọc được thẻ: %1</translation>
    </message>
    <message>
        <source>Card read: %1.</source>
        <translation>Đã đọc thẻ: %1.</translation>
    </message>
    <message>
        <source>No card reader service: type the applicant&apos;s details.</source>
        <translation>Không có dịch vụ đọc thẻ: hãy nhập thông tin người nộp.</translation>
    </message>
    <message>
        <source>Demo card placed on the reader: reading…</source>
        <translation>Đã đặt thẻ demo lên đầu đọc: đang đọc…</translation>
    </message>
    <message>
        <source>Place the card on the reader or scan its QR code; the applicant fills in by itself.</source>
        <translation>Đặt thẻ lên đầu đọc hoặc quét mã QR trên thẻ; thông tin người nộp sẽ tự điền.</translation>
    </message>
</context>
<context>
    <name>motcua::intake::ReceptionText</name>
    <message>
        <source>same day</source>
        <translation>trong ngày</translation>
    </message>
    <message>
        <source>%1 working day(s)</source>
        <translation>%1 ngày làm việc</translation>
    </message>
    <message>
        <source>%1 working hour(s)</source>
        <translation>%1 giờ làm việc</translation>
    </message>
    <message>
        <source>%1 day(s)</source>
        <translation>%1 ngày</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Miễn phí</translation>
    </message>
    <message>
        <source>set by the province</source>
        <translation>theo quy định của tỉnh</translation>
    </message>
    <message>
        <source>%1 + provincial fee</source>
        <translation>%1 + phí theo quy định của tỉnh</translation>
    </message>
    <message>
        <source>original</source>
        <extracomment>&quot;bản chính&quot;</extracomment>
        <translation>bản chính</translation>
    </message>
    <message>
        <source>copy</source>
        <extracomment>&quot;bản sao&quot;</extracomment>
        <translation>bản sao</translation>
    </message>
    <message>
        <source>shown only</source>
        <extracomment>&quot;xuất trình&quot;</extracomment>
        <translation>xuất trình</translation>
    </message>
    <message>
        <source>Not handed in</source>
        <translation>Chưa nộp</translation>
    </message>
    <message>
        <source>Digitised</source>
        <translation>Đã số hóa</translation>
    </message>
    <message>
        <source>Shown only</source>
        <translation>Xuất trình</translation>
    </message>
    <message>
        <source>Reused</source>
        <translation>Tái sử dụng</translation>
    </message>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>thứ Hai</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>thứ Ba</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>thứ Tư</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>thứ Năm</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>thứ Sáu</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>thứ Bảy</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Chủ nhật</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1, %2 %3</translation>
    </message>
    <message>
        <source>counted from now</source>
        <translation>tính từ lúc tiếp nhận</translation>
    </message>
    <message>
        <source>received after 15:00: counted from the next working day</source>
        <translation>nhận sau 15 giờ: tính từ ngày làm việc tiếp theo</translation>
    </message>
    <message>
        <source>outside office hours: counted from the next office hour</source>
        <translation>ngoài giờ hành chính: tính từ giờ làm việc tiếp theo</translation>
    </message>
    <message>
        <source>non-working day: counted from the next working day</source>
        <translation>ngày nghỉ: tính từ ngày làm việc tiếp theo</translation>
    </message>
</context>
<context>
    <name>motcua::review::ReviewPage</name>
    <message>
        <source>Review</source>
        <translation>Giám sát</translation>
    </message>
    <message>
        <source>Dossiers across communes: overdue, due soon, and decisions to take.</source>
        <translation>Hồ sơ của các xã: quá hạn, sắp đến hạn và các việc cần quyết định.</translation>
    </message>
</context>
<context>
    <name>motcua::scan::PagePreview</name>
    <message>
        <source>JPEG colour</source>
        <translation>JPEG màu</translation>
    </message>
</context>
<context>
    <name>motcua::scan::PageView</name>
    <message>
        <source>Page preview</source>
        <translation>Xem trước trang</translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanController</name>
    <message numerus="yes">
        <source>The scan was cancelled; the %n page(s) already scanned are kept.</source>
        <translation>
            <numerusform>Đã hủy quét; %n trang đã quét được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only %1 backs for %2 fronts: check the pages and rescan the missing backs.</source>
        <translation>Chỉ có %1 mặt sau cho %2 mặt trước: hãy kiểm tra các trang và quét lại các mặt sau còn thiếu.</translation>
    </message>
    <message>
        <source>More backs (%1) than fronts (%2): the extra pages are at the end.</source>
        <translation>Số mặt sau (%1) nhiều hơn số mặt trước (%2): các trang thừa nằm ở cuối.</translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanDialog</name>
    <message>
        <source>Scan a component</source>
        <translation>Quét một thành phần hồ sơ</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Quét: %1</translation>
    </message>
    <message>
        <source>Discard the pages and close</source>
        <translation>Bỏ các trang và đóng</translation>
    </message>
    <message>
        <source>Keep scanning</source>
        <translation>Tiếp tục quét</translation>
    </message>
    <message numerus="yes">
        <source>%n scanned page(s) are not saved. Close and throw them away?</source>
        <translation>
            <numerusform>%n trang đã quét chưa được lưu. Đóng và bỏ các trang này?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanDocument</name>
    <message>
        <source>Page %1</source>
        <translation>Trang %1</translation>
    </message>
    <message>
        <source>%1, %2 × %3 px, %4 dpi, %5</source>
        <translation>%1, %2 × %3 px, %4 dpi, %5</translation>
    </message>
    <message>
        <source>Looks blank: check it; it is kept unless you delete it.</source>
        <translation>Có vẻ là trang trắng: hãy kiểm tra; trang vẫn được giữ nếu bạn không xóa.</translation>
    </message>
    <message>
        <source>Could not be processed: rescan or delete it.</source>
        <translation>Không xử lý được: hãy quét lại hoặc xóa trang.</translation>
    </message>
    <message>
        <source>Back of sheet %1</source>
        <translation>Mặt sau tờ %1</translation>
    </message>
    <message>
        <source>Front of sheet %1</source>
        <translation>Mặt trước tờ %1</translation>
    </message>
    <message>
        <source>looks blank</source>
        <translation>có vẻ là trang trắng</translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanError</name>
    <message>
        <source>The scan finished.</source>
        <translation>Đã quét xong.</translation>
    </message>
    <message>
        <source>The document feeder is empty.</source>
        <translation>Khay nạp giấy đang trống.</translation>
    </message>
    <message>
        <source>The paper is jammed in the scanner.</source>
        <translation>Giấy bị kẹt trong máy quét.</translation>
    </message>
    <message>
        <source>The scanner cover is open.</source>
        <translation>Nắp máy quét đang mở.</translation>
    </message>
    <message>
        <source>The scan was cancelled.</source>
        <translation>Đã hủy quét.</translation>
    </message>
    <message>
        <source>The scanner is busy with another program.</source>
        <translation>Máy quét đang được một chương trình khác sử dụng.</translation>
    </message>
    <message>
        <source>The scanner stopped sending the page.</source>
        <translation>Máy quét ngừng gửi trang đang quét.</translation>
    </message>
    <message>
        <source>The scanner is no longer connected.</source>
        <translation>Máy quét không còn kết nối.</translation>
    </message>
    <message>
        <source>The scanner does not support this setting.</source>
        <translation>Máy quét không hỗ trợ thiết lập này.</translation>
    </message>
    <message>
        <source>The scan settings or files are not valid.</source>
        <translation>Thiết lập quét hoặc tệp không hợp lệ.</translation>
    </message>
    <message>
        <source>The scan failed unexpectedly.</source>
        <translation>Quét bị lỗi bất ngờ.</translation>
    </message>
    <message>
        <source>Put the pages face down in the feeder and scan again.</source>
        <translation>Hãy đặt các trang úp mặt xuống trong khay nạp giấy rồi quét lại.</translation>
    </message>
    <message>
        <source>Open the feeder, remove the jammed sheet, then scan the remaining pages; the pages already scanned are kept.</source>
        <translation>Hãy mở khay nạp giấy, lấy tờ bị kẹt ra, rồi quét các trang còn lại; các trang đã quét vẫn được giữ.</translation>
    </message>
    <message>
        <source>Close the scanner cover and scan again.</source>
        <translation>Hãy đóng nắp máy quét rồi quét lại.</translation>
    </message>
    <message>
        <source>The pages already scanned are kept; scan again when ready.</source>
        <translation>Các trang đã quét vẫn được giữ; hãy quét lại khi sẵn sàng.</translation>
    </message>
    <message>
        <source>Close the other scanning program or wait a moment, then try again.</source>
        <translation>Hãy đóng chương trình quét kia hoặc chờ một lát, rồi thử lại.</translation>
    </message>
    <message>
        <source>Check the scanner cable and power, then scan the remaining pages; the pages already scanned are kept.</source>
        <translation>Hãy kiểm tra cáp và nguồn điện của máy quét, rồi quét các trang còn lại; các trang đã quét vẫn được giữ.</translation>
    </message>
    <message>
        <source>Reconnect or switch on the scanner, refresh the device list and scan the remaining pages.</source>
        <translation>Hãy cắm lại hoặc bật máy quét, làm mới danh sách thiết bị rồi quét các trang còn lại.</translation>
    </message>
    <message>
        <source>Choose another source, mode or resolution.</source>
        <translation>Hãy chọn nguồn quét, chế độ quét hoặc độ phân giải khác.</translation>
    </message>
    <message>
        <source>Check the settings or the chosen files and try again.</source>
        <translation>Hãy kiểm tra thiết lập hoặc các tệp đã chọn rồi thử lại.</translation>
    </message>
    <message>
        <source>Try again; if it happens again, send the details to the IT contact.</source>
        <translation>Hãy thử lại; nếu vẫn lỗi, hãy gửi phần chi tiết cho cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The scanner driver stopped.</source>
        <translation>Trình điều khiển máy quét đã dừng.</translation>
    </message>
    <message>
        <source>The pages already scanned are kept. Scan the remaining pages: the driver starts again by itself. If it happens again, switch the scanner off and on.</source>
        <translation>Các trang đã quét vẫn được giữ lại. Hãy quét các trang còn lại: trình điều khiển tự khởi động lại. Nếu lỗi lặp lại, hãy tắt máy quét rồi bật lại.</translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScanPage</name>
    <message>
        <source>Scanning</source>
        <translation>Quét tài liệu</translation>
    </message>
    <message>
        <source>The scanner %1 does not answer: check that it is switched on and connected, then refresh the list.</source>
        <translation>Máy quét %1 không phản hồi: hãy kiểm tra máy đã bật và đã kết nối, rồi làm mới danh sách.</translation>
    </message>
    <message>
        <source>Page %1 could not be processed: rescan it or delete it.</source>
        <translation>Không xử lý được trang %1: hãy quét lại hoặc xóa trang.</translation>
    </message>
    <message>
        <source>The PDF could not be written (%1). The pages are kept: choose another place or free some disk space, then save again.</source>
        <translation>Không ghi được tệp PDF (%1). Các trang vẫn được giữ: hãy chọn nơi lưu khác hoặc giải phóng dung lượng đĩa, rồi lưu lại.</translation>
    </message>
    <message>
        <source>The pages cannot be written to the recovery folder; they are kept in memory. Save soon: if the desk closes now they are lost.</source>
        <translation>Không ghi được các trang vào thư mục khôi phục; các trang đang được giữ trong bộ nhớ. Hãy lưu sớm: nếu chương trình đóng lúc này, các trang sẽ bị mất.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;The fronts of %n sheet(s) are in.&lt;/b&gt; Take the stack out of the output tray, turn it over as a whole without changing the order, put it back in the feeder and press &lt;i&gt;Scan the backs&lt;/i&gt;.</source>
        <translation>
            <numerusform>&lt;b&gt;Đã quét xong mặt trước của %n tờ.&lt;/b&gt; Lấy cả xấp giấy ra khỏi khay ra giấy, lật úp cả xấp mà không thay đổi thứ tự, đặt lại vào khay nạp giấy rồi nhấn &lt;i&gt;Quét mặt sau&lt;/i&gt;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The interrupted scan could not be opened.</source>
        <translation>Không mở được lần quét bị gián đoạn.</translation>
    </message>
    <message>
        <source>Save the scanned PDF</source>
        <translation>Lưu tệp PDF đã quét</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Tệp PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Fit (%1 %)</source>
        <translation>Vừa trang (%1 %)</translation>
    </message>
    <message>
        <source>Scan: %1</source>
        <translation>Quét: %1</translation>
    </message>
    <message>
        <source>&amp;Scanner:</source>
        <translation>&amp;Máy quét:</translation>
    </message>
    <message>
        <source>Look for scanners again</source>
        <translation>Tìm lại máy quét</translation>
    </message>
    <message>
        <source>&amp;Profile:</source>
        <translation>Cấu &amp;hình:</translation>
    </message>
    <message>
        <source>Settings for a kind of paper; the scanner&apos;s own options are adjusted to it</source>
        <translation>Cài đặt cho một loại giấy; các tùy chọn riêng của máy quét được điều chỉnh theo</translation>
    </message>
    <message>
        <source>— Own settings —</source>
        <translation>— Cài đặt riêng —</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Nguồn giấy:</translation>
    </message>
    <message>
        <source>Flatbed (glass)</source>
        <translation>Mặt kính phẳng</translation>
    </message>
    <message>
        <source>Feeder, one side</source>
        <translation>Khay nạp giấy, một mặt</translation>
    </message>
    <message>
        <source>Feeder, both sides</source>
        <translation>Khay nạp giấy, hai mặt</translation>
    </message>
    <message>
        <source>Both sides by hand (fronts, turn the stack, backs)</source>
        <translation>Hai mặt thủ công (mặt trước, lật xấp giấy, mặt sau)</translation>
    </message>
    <message>
        <source>For feeders that scan one side: the fronts are scanned first, then the stack is turned over and the backs are scanned and put after their fronts.</source>
        <translation>Dùng cho khay nạp giấy chỉ quét một mặt: quét các mặt trước trước, sau đó lật cả xấp giấy để quét các mặt sau, mỗi mặt sau được đặt ngay sau mặt trước của nó.</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>Mà&amp;u:</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Gray</source>
        <translation>Xám</translation>
    </message>
    <message>
        <source>Black and white</source>
        <translation>Đen trắng</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>Độ &amp;phân giải:</translation>
    </message>
    <message>
        <source>Pa&amp;per:</source>
        <translation>Khổ &amp;giấy:</translation>
    </message>
    <message>
        <source>Scan (F5)</source>
        <translation>Quét (F5)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Hủy (Esc)</translation>
    </message>
    <message>
        <source>Continue scanning</source>
        <translation>Tiếp tục quét</translation>
    </message>
    <message>
        <source>Save what we have</source>
        <translation>Lưu phần đã quét</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Chi tiết</translation>
    </message>
    <message>
        <source>Scan the backs</source>
        <translation>Quét mặt sau</translation>
    </message>
    <message>
        <source>No backs</source>
        <translation>Không có mặt sau</translation>
    </message>
    <message>
        <source>Recover</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tiêu đề:</translation>
    </message>
    <message>
        <source>What the paper is, e.g. Tờ khai CT01</source>
        <translation>Tên giấy tờ, ví dụ Tờ khai CT01</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Tệp &amp;lưu:</translation>
    </message>
    <message>
        <source>Choose where to save</source>
        <translation>Chọn nơi lưu</translation>
    </message>
    <message>
        <source>Save and attach (Ctrl+S)</source>
        <translation>Lưu và đính kèm (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save PDF (Ctrl+S)</source>
        <translation>Lưu PDF (Ctrl+S)</translation>
    </message>
    <message>
        <source>Scanned pages</source>
        <translation>Các trang đã quét</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Quét</translation>
    </message>
    <message>
        <source>Cancel the scan</source>
        <translation>Hủy quét</translation>
    </message>
    <message>
        <source>Move the page up</source>
        <translation>Chuyển trang lên</translation>
    </message>
    <message>
        <source>Move the page down</source>
        <translation>Chuyển trang xuống</translation>
    </message>
    <message>
        <source>Turn the page clockwise</source>
        <translation>Xoay trang theo chiều kim đồng hồ</translation>
    </message>
    <message>
        <source>Turn the page counter-clockwise</source>
        <translation>Xoay trang ngược chiều kim đồng hồ</translation>
    </message>
    <message>
        <source>Delete the page</source>
        <translation>Xóa trang</translation>
    </message>
    <message>
        <source>Scan pages and insert them before this one</source>
        <translation>Quét thêm trang và chèn trước trang này</translation>
    </message>
    <message>
        <source>Rescan this page (replace it)</source>
        <translation>Quét lại trang này (thay thế)</translation>
    </message>
    <message>
        <source>Delete every page that looks blank</source>
        <translation>Xóa mọi trang có vẻ là trang trắng</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Fit the page</source>
        <translation>Hiển thị vừa cả trang</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Keys: F5 scan · Esc stop · Alt+↑/↓ move a page · Ctrl+R / Ctrl+Shift+R turn it · Del delete · Ins scan pages in before it · Ctrl+F5 rescan it · Ctrl+S save</source>
        <translation>Phím tắt: F5 quét · Esc dừng · Alt+↑/↓ chuyển trang · Ctrl+R / Ctrl+Shift+R xoay trang · Del xóa · Ins quét chèn trước trang · Ctrl+F5 quét lại trang · Ctrl+S lưu</translation>
    </message>
    <message numerus="yes">
        <source>The %n page(s) received so far are kept.</source>
        <translation>
            <numerusform>%n trang đã nhận được đến lúc này vẫn được giữ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Scan again</source>
        <translation>Quét lại</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) that looked blank were deleted.</source>
        <translation>
            <numerusform>Đã xóa %n trang có vẻ là trang trắng.</numerusform>
        </translation>
    </message>
    <message>
        <source>Put the pages in the scanner and press Scan (F5).</source>
        <translation>Đặt giấy vào máy quét rồi nhấn Quét (F5).</translation>
    </message>
    <message>
        <source>Choose a page on the left.</source>
        <translation>Chọn một trang ở bên trái.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Trang %1/%2</translation>
    </message>
    <message>
        <source>G4 (black and white)</source>
        <translation>G4 (đen trắng)</translation>
    </message>
    <message>
        <source>JPEG colour</source>
        <translation>JPEG màu</translation>
    </message>
    <message>
        <source>JPEG gray</source>
        <translation>JPEG xám</translation>
    </message>
    <message>
        <source>%1 × %2 px</source>
        <translation>%1 × %2 px</translation>
    </message>
    <message>
        <source>%1 dpi</source>
        <translation>%1 dpi</translation>
    </message>
    <message>
        <source>straightened %1°</source>
        <translation>đã chỉnh thẳng %1°</translation>
    </message>
    <message>
        <source>turned %1°</source>
        <translation>đã xoay %1°</translation>
    </message>
    <message>
        <source>back of sheet %1</source>
        <translation>mặt sau tờ %1</translation>
    </message>
    <message>
        <source>This page looks blank (ink on %1 % of it). It stays in the file unless you delete it (Del).</source>
        <translation>Trang này có vẻ là trang trắng (mực chiếm %1 % diện tích). Trang vẫn nằm trong tệp nếu bạn không xóa (Del).</translation>
    </message>
    <message>
        <source>Processing the page…</source>
        <translation>Đang xử lý trang…</translation>
    </message>
    <message>
        <source>This page could not be processed. Rescan it (Ctrl+F5) or delete it (Del).</source>
        <translation>Không xử lý được trang này. Hãy quét lại (Ctrl+F5) hoặc xóa trang (Del).</translation>
    </message>
    <message>
        <source>This scanner is smaller than %1: part of the page will be missing.</source>
        <translation>Máy quét này nhỏ hơn khổ %1: một phần trang sẽ bị thiếu.</translation>
    </message>
    <message>
        <source>Looking for scanners…</source>
        <translation>Đang tìm máy quét…</translation>
    </message>
    <message>
        <source>No scanner found. Check its cable and power, then look again (⟳).</source>
        <translation>Không tìm thấy máy quét. Hãy kiểm tra cáp và nguồn điện, rồi tìm lại (⟳).</translation>
    </message>
    <message>
        <source>Reading the scanner&apos;s options…</source>
        <translation>Đang đọc các tùy chọn của máy quét…</translation>
    </message>
    <message>
        <source>Pages: %1</source>
        <translation>Số trang: %1</translation>
    </message>
    <message>
        <source>Scanning back %1 of %2…</source>
        <translation>Đang quét mặt sau %1/%2…</translation>
    </message>
    <message>
        <source>Scanning page %1…</source>
        <translation>Đang quét trang %1…</translation>
    </message>
    <message>
        <source>Starting the scanner…</source>
        <translation>Đang khởi động máy quét…</translation>
    </message>
    <message>
        <source>Fronts: %1 — waiting for the backs</source>
        <translation>Mặt trước: %1 — đang chờ quét mặt sau</translation>
    </message>
    <message>
        <source>No pages yet</source>
        <translation>Chưa có trang nào</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n trang</numerusform>
        </translation>
    </message>
    <message>
        <source>about %1</source>
        <translation>khoảng %1</translation>
    </message>
    <message numerus="yes">
        <source>%n look(s) blank</source>
        <translation>
            <numerusform>%n trang có vẻ trắng</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n being processed</source>
        <translation>
            <numerusform>%n trang đang xử lý</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be processed</source>
        <translation>
            <numerusform>%n trang không xử lý được</numerusform>
        </translation>
    </message>
    <message>
        <source>saving…</source>
        <translation>đang lưu…</translation>
    </message>
    <message>
        <source>will save when the last pages are ready</source>
        <translation>sẽ lưu khi các trang cuối xử lý xong</translation>
    </message>
    <message>
        <source>Some pages could not be processed: rescan or delete them before saving.</source>
        <translation>Một số trang không xử lý được: hãy quét lại hoặc xóa các trang đó trước khi lưu.</translation>
    </message>
    <message>
        <source>Scanned document</source>
        <translation>Tài liệu đã quét</translation>
    </message>
    <message>
        <source>The pages are not ready to be saved yet.</source>
        <translation>Các trang chưa sẵn sàng để lưu.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 — %n page(s), %2.</source>
        <translation>
            <numerusform>Đã lưu %1 — %n trang, %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>chưa đặt tên</translation>
    </message>
    <message numerus="yes">
        <source>A scan that was not saved was found: %n page(s), “%1”, from %2. Recover it to check and save it, or discard it.</source>
        <translation>
            <numerusform>Tìm thấy một lần quét chưa được lưu: %n trang, “%1”, từ %2. Hãy khôi phục để kiểm tra và lưu, hoặc bỏ đi.</numerusform>
        </translation>
    </message>
    <message>
        <source>(%1 more after this one)</source>
        <translation>(còn %1 trang sau trang này)</translation>
    </message>
    <message>
        <source>The interrupted scan is encrypted with another profile&apos;s key, or this desk&apos;s key could not be read. It was left as it is; open it from the profile it was scanned on.</source>
        <translation>Lượt quét bị gián đoạn được mã hoá bằng khoá của một cấu hình làm việc khác, hoặc không đọc được khoá của bàn làm việc này. Lượt quét được giữ nguyên; hãy mở nó từ cấu hình làm việc đã dùng khi quét.</translation>
    </message>
    <message>
        <source>The text of the pages could not be recognised; they are saved without a searchable text layer.</source>
        <translation>Không nhận dạng được chữ trên các trang; các trang được lưu mà không có lớp chữ để tìm kiếm.</translation>
    </message>
    <message>
        <source>The Vietnamese text recognition data is not installed: the text layer is recognised as English and its diacritics are lost. Ask the administrator to install tesseract-ocr-vie.</source>
        <translation>Chưa cài dữ liệu nhận dạng chữ tiếng Việt: lớp chữ được nhận dạng theo tiếng Anh nên mất dấu. Hãy nhờ quản trị viên cài gói tesseract-ocr-vie.</translation>
    </message>
    <message>
        <source>Recognise the text (searchable PDF)</source>
        <translation>Nhận dạng chữ (PDF tìm kiếm được)</translation>
    </message>
    <message>
        <source>Reads the printed text of each page (Vietnamese) into an invisible layer of the PDF, so it can be searched and copied. The pages look the same; each takes a few seconds longer.</source>
        <translation>Đọc chữ in trên từng trang (tiếng Việt) vào một lớp ẩn của tệp PDF để có thể tìm kiếm và sao chép. Các trang trông vẫn như cũ; mỗi trang mất thêm vài giây.</translation>
    </message>
</context>
<context>
    <name>motcua::scan::ScannerService</name>
    <message>
        <source>scanning</source>
        <translation>đang quét</translation>
    </message>
    <message>
        <source>ready (%1 %2)</source>
        <translation>sẵn sàng (%1 %2)</translation>
    </message>
    <message numerus="yes">
        <source>%n scanner(s) ready</source>
        <translation>
            <numerusform>%n máy quét sẵn sàng</numerusform>
        </translation>
    </message>
    <message>
        <source>the scanner drivers did not answer</source>
        <translation>trình điều khiển máy quét không phản hồi</translation>
    </message>
    <message>
        <source>looking for scanners</source>
        <translation>đang tìm máy quét</translation>
    </message>
    <message>
        <source>no scanner connected</source>
        <translation>chưa kết nối máy quét</translation>
    </message>
</context>
<context>
    <name>motcua::scan::ThumbnailDelegate</name>
    <message>
        <source>Not processed</source>
        <translation>Chưa xử lý</translation>
    </message>
    <message>
        <source>Looks blank</source>
        <translation>Có vẻ trắng</translation>
    </message>
</context>
<context>
    <name>motcua::sync::QueueModel</name>
    <message>
        <source>Queued</source>
        <translation>Chờ gửi</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Đang gửi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Lỗi gửi</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Đã gửi</translation>
    </message>
    <message>
        <source> (exported)</source>
        <translation> (đã xuất)</translation>
    </message>
    <message>
        <source>Dossier</source>
        <extracomment>hồ sơ — the dossier&apos;s code (mã số hồ sơ)</extracomment>
        <translation>Hồ sơ</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Bước</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Số lần thử</translation>
    </message>
    <message>
        <source>Next try</source>
        <translation>Thử lại lúc</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncError</name>
    <message>
        <source>The registry address does not use HTTPS. Ask the IT contact for the HTTPS address.</source>
        <translation>Địa chỉ hệ thống của tỉnh không dùng HTTPS. Hãy hỏi cán bộ CNTT địa chỉ HTTPS.</translation>
    </message>
    <message>
        <source>The registry address is not valid. Check it in the synchronisation settings.</source>
        <translation>Địa chỉ hệ thống của tỉnh không hợp lệ. Hãy kiểm tra lại trong phần cài đặt đồng bộ.</translation>
    </message>
    <message>
        <source>The certificate file for the registry cannot be read. Check its path in the settings.</source>
        <translation>Không đọc được tệp chứng thư của hệ thống của tỉnh. Hãy kiểm tra đường dẫn trong phần cài đặt.</translation>
    </message>
    <message>
        <source>Demo mode only talks to its own training registry. Nothing was sent.</source>
        <translation>Chế độ demo chỉ kết nối với hệ thống đào tạo của chính nó. Không có gì được gửi đi.</translation>
    </message>
    <message>
        <source>The registry cannot be reached. Dossiers stay queued and are sent when the network is back.</source>
        <translation>Không kết nối được hệ thống của tỉnh. Hồ sơ vẫn nằm trong hàng đợi và sẽ được gửi khi có mạng trở lại.</translation>
    </message>
    <message>
        <source>The registry did not answer in time. The desk will try again by itself.</source>
        <translation>Hệ thống của tỉnh không phản hồi kịp. Chương trình sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>The connection to the registry was cut. The desk will send again; nothing is lost.</source>
        <translation>Kết nối với hệ thống của tỉnh bị ngắt. Chương trình sẽ gửi lại; không mất dữ liệu.</translation>
    </message>
    <message>
        <source>The registry&apos;s certificate was refused (expired or not trusted). Call the IT contact.</source>
        <translation>Chứng thư của hệ thống của tỉnh bị từ chối (hết hạn hoặc không tin cậy). Hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The registry answered from another address. Ask the IT contact to check the registry address.</source>
        <translation>Hệ thống của tỉnh trả lời từ một địa chỉ khác. Hãy đề nghị cán bộ CNTT kiểm tra địa chỉ hệ thống.</translation>
    </message>
    <message>
        <source>The registry sent an answer the desk cannot read. The desk will try again by itself.</source>
        <translation>Hệ thống của tỉnh gửi về phản hồi mà chương trình không đọc được. Chương trình sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>The registry is busy and asked the desk to wait. Sending resumes by itself.</source>
        <translation>Hệ thống của tỉnh đang bận và yêu cầu chờ. Việc gửi sẽ tự tiếp tục.</translation>
    </message>
    <message>
        <source>The registry reported an error. The desk will try again by itself.</source>
        <translation>Hệ thống của tỉnh báo lỗi. Chương trình sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>This desk has no registry credentials yet. Enter them in the synchronisation settings.</source>
        <translation>Bàn tiếp nhận này chưa có thông tin đăng nhập hệ thống của tỉnh. Hãy nhập trong phần cài đặt đồng bộ.</translation>
    </message>
    <message>
        <source>The registry refused this desk&apos;s credentials. Enter the current ones in the settings.</source>
        <translation>Hệ thống của tỉnh từ chối thông tin đăng nhập của bàn tiếp nhận này. Hãy nhập thông tin hiện hành trong phần cài đặt.</translation>
    </message>
    <message>
        <source>No secure password store is available on this computer, so the registry credentials cannot be kept. Ask the IT contact to enable the system keyring.</source>
        <translation>Máy này không có kho lưu mật khẩu bảo mật nên không lưu được thông tin đăng nhập hệ thống của tỉnh. Hãy đề nghị cán bộ CNTT bật kho khóa của hệ thống.</translation>
    </message>
    <message>
        <source>The registry holds a different version of this entry. Export it and send it to the IT contact.</source>
        <translation>Hệ thống của tỉnh đang giữ một phiên bản khác của bản ghi này. Hãy xuất bản ghi và gửi cho cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The registry refused this entry. Check the dossier, then retry or export it.</source>
        <translation>Hệ thống của tỉnh từ chối bản ghi này. Hãy kiểm tra hồ sơ, rồi gửi lại hoặc xuất bản ghi.</translation>
    </message>
    <message>
        <source>The registry asked to receive an earlier change first. The desk will try again by itself.</source>
        <translation>Hệ thống của tỉnh yêu cầu gửi thay đổi cũ hơn trước. Chương trình sẽ tự thử lại.</translation>
    </message>
    <message>
        <source>A scanned file of this dossier is missing on this computer. Scan it again or export the entry.</source>
        <translation>Thiếu một tệp đã quét của hồ sơ này trên máy. Hãy quét lại hoặc xuất bản ghi.</translation>
    </message>
    <message>
        <source>A scanned file of this dossier is damaged on this computer. Scan it again or export the entry.</source>
        <translation>Một tệp đã quét của hồ sơ này trên máy bị hỏng. Hãy quét lại hoặc xuất bản ghi.</translation>
    </message>
    <message>
        <source>This is a demo dossier; it is never sent to a real registry.</source>
        <translation>Đây là hồ sơ demo; hồ sơ này không bao giờ được gửi lên hệ thống thật.</translation>
    </message>
    <message>
        <source>This entry cannot be read. Export it and send it to the IT contact.</source>
        <translation>Không đọc được bản ghi này. Hãy xuất bản ghi và gửi cho cán bộ CNTT.</translation>
    </message>
    <message>
        <source>The desk&apos;s database reported an error. The desk will try again; call the IT contact if it persists.</source>
        <translation>Cơ sở dữ liệu của bàn tiếp nhận báo lỗi. Chương trình sẽ thử lại; nếu vẫn lỗi, hãy báo cán bộ CNTT.</translation>
    </message>
    <message>
        <source>Synchronisation failed. The desk will try again by itself.</source>
        <translation>Đồng bộ không thành công. Chương trình sẽ tự thử lại.</translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncPage</name>
    <message>
        <source>Synchronisation</source>
        <translation>Đồng bộ</translation>
    </message>
    <message>
        <source>Dossiers waiting to be sent to the provincial registry, and what came back from it.</source>
        <translation>Hồ sơ đang chờ gửi lên hệ thống của tỉnh và dữ liệu nhận về từ hệ thống.</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Gửi lại ngay</translation>
    </message>
    <message>
        <source>Send every waiting entry now, including failed ones.</source>
        <translation>Gửi ngay mọi bản ghi đang chờ, kể cả bản ghi bị lỗi.</translation>
    </message>
    <message>
        <source>Retry this dossier</source>
        <translation>Gửi lại hồ sơ này</translation>
    </message>
    <message>
        <source>Export entry…</source>
        <translation>Xuất bản ghi…</translation>
    </message>
    <message>
        <source>Write the entry to a file for manual transfer. It stays in the queue.</source>
        <translation>Ghi bản ghi ra tệp để chuyển thủ công. Bản ghi vẫn nằm trong hàng đợi.</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Hệ thống của tỉnh</translation>
    </message>
    <message>
        <source>System certificates</source>
        <translation>Chứng thư của hệ điều hành</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Desk id</source>
        <translation>Mã bàn tiếp nhận</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>Chứng thư CA</translation>
    </message>
    <message>
        <source>Secret (kept in the system keychain)</source>
        <translation>Mật khẩu (lưu trong kho khóa của hệ thống)</translation>
    </message>
    <message>
        <source>Synchronisation is not available in this desk.</source>
        <translation>Bàn tiếp nhận này không có chức năng đồng bộ.</translation>
    </message>
    <message>
        <source>Registry: the training registry of demo mode (no real registry is reachable)</source>
        <translation>Hệ thống: hệ thống đào tạo của chế độ demo (không kết nối tới hệ thống thật)</translation>
    </message>
    <message>
        <source>Entry %1 written to %2. It stays in the queue.</source>
        <translation>Đã ghi bản ghi %1 vào %2. Bản ghi vẫn nằm trong hàng đợi.</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Xuất không thành công: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Đã lưu.</translation>
    </message>
    <message>
        <source>Queued %1 · Sending %2 · Failed %3 · Sent %4</source>
        <translation>Chờ gửi %1 · Đang gửi %2 · Lỗi %3 · Đã gửi %4</translation>
    </message>
    <message>
        <source>Export entry</source>
        <translation>Xuất bản ghi</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Tệp JSON (*.json)</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt)</source>
        <translation>Chứng thư PEM (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>motcua::sync::SyncService</name>
    <message>
        <source>The training registry could not start. Dossiers stay queued on this computer.</source>
        <translation>Không khởi động được hệ thống đào tạo. Hồ sơ vẫn nằm trong hàng đợi trên máy này.</translation>
    </message>
    <message>
        <source>Synchronisation is not set up: enter the registry address and this desk&apos;s id on the synchronisation page.</source>
        <translation>Chưa thiết lập đồng bộ: hãy nhập địa chỉ hệ thống của tỉnh và mã của bàn tiếp nhận này ở trang Đồng bộ.</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock differs from the registry&apos;s by %n minute(s). Reception times on receipts come from this clock: ask the IT contact to set it.</source>
        <translation>
            <numerusform>Đồng hồ của máy này lệch %n phút so với hệ thống của tỉnh. Thời điểm tiếp nhận trên giấy tiếp nhận lấy theo đồng hồ này: hãy đề nghị cán bộ CNTT chỉnh lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>Training registry: </source>
        <translation>Hệ thống đào tạo: </translation>
    </message>
    <message numerus="yes">
        <source>Sending… %n change(s) waiting.</source>
        <translation>
            <numerusform>Đang gửi… %n thay đổi đang chờ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Everything sent. Last synchronisation %1.</source>
        <translation>Đã gửi hết. Lần đồng bộ gần nhất: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting; %1 failed.</source>
        <translation>
            <numerusform>%n thay đổi đang chờ; %1 lỗi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation is not set up.</source>
        <translation>Chưa thiết lập đồng bộ.</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) kept on this computer; next try at %1.</source>
        <translation>
            <numerusform>Mất kết nối: %n thay đổi được lưu trên máy này; thử lại lúc %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Synchronisation is failing.</source>
        <translation>Đồng bộ đang bị lỗi.</translation>
    </message>
</context>
</TS>
