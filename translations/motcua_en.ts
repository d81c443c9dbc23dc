<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>AccessMenu</name>
    <message>
        <source>Chậm</source>
        <translation>Slow</translation>
    </message>
    <message>
        <source>Vừa</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Nhanh</source>
        <translation>Fast</translation>
    </message>
    <message>
        <source>Dễ nhìn, dễ nghe</source>
        <translation>Easier to see and hear</translation>
    </message>
    <message>
        <source>Cỡ chữ</source>
        <translation>Text size</translation>
    </message>
    <message>
        <source>Chữ thường</source>
        <translation>Normal text</translation>
    </message>
    <message>
        <source>Chữ lớn</source>
        <translation>Large text</translation>
    </message>
    <message>
        <source>Chữ rất lớn</source>
        <translation>Very large text</translation>
    </message>
    <message>
        <source>Màu sắc</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Màu thường</source>
        <translation>Normal colours</translation>
    </message>
    <message>
        <source>Tương phản cao (đen trắng)</source>
        <translation>High contrast (black and white)</translation>
    </message>
    <message>
        <source>Đọc hướng dẫn thành tiếng</source>
        <translation>Read the guidance aloud</translation>
    </message>
    <message>
        <source>Máy này chưa có giọng đọc. Bạn hãy báo cán bộ.</source>
        <translation>This kiosk has no voice yet. Please tell a clerk.</translation>
    </message>
    <message>
        <source>Bật giọng đọc</source>
        <translation>Voice on</translation>
    </message>
    <message>
        <source>Tắt giọng đọc</source>
        <translation>Voice off</translation>
    </message>
    <message>
        <source>Tốc độ đọc</source>
        <translation>Reading speed</translation>
    </message>
    <message>
        <source>Tôi sẽ đọc với tốc độ này.</source>
        <translation>I will read at this speed.</translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>AddressInput</name>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation>Province/city</translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố</source>
        <translation>Choose province/city</translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation>Commune/ward/special zone</translation>
    </message>
    <message>
        <source>Chọn tỉnh trước</source>
        <translation>Choose province first</translation>
    </message>
    <message>
        <source>Chọn xã, phường</source>
        <translation>Choose commune/ward</translation>
    </message>
    <message>
        <source>Số nhà, đường, thôn, xóm</source>
        <translation>House no., street, village, hamlet</translation>
    </message>
    <message>
        <source>Ví dụ: Số 12, ngõ 5, phố Đội Cấn</source>
        <translation>Example: No. 12, Lane 5, Đội Cấn Street</translation>
    </message>
</context>
<context>
    <name>AnswerFormatter</name>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Sinh ngày %1</source>
        <translation>Born %1</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Số CCCD: %1</source>
        <translation>CCCD number: %1</translation>
    </message>
    <message>
        <source>(bỏ trống)</source>
        <translation>(left blank)</translation>
    </message>
    <message>
        <source>Đã có ảnh</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>Đã có</source>
        <translation>Have it</translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation>Not yet</translation>
    </message>
    <message>
        <source> · đã chụp ảnh</source>
        <translation> · photo taken</translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Đang mở camera…</source>
        <translation>Opening camera…</translation>
    </message>
</context>
<context>
    <name>CccdPanel</name>
    <message>
        <source>Điền từ thẻ căn cước (CCCD)</source>
        <translation>Fill in from chip ID card (CCCD)</translation>
    </message>
    <message>
        <source>Đưa mã QR ở mặt trước thẻ vào dưới máy quét. Thông tin sẽ tự điền; bạn kiểm tra lại sau.</source>
        <translation>Hold the QR code on the front of the card under the scanner. Your details fill in; check them after.</translation>
    </message>
    <message>
        <source>Mã QR trên thẻ sẽ hiện ở đây</source>
        <translation>The card&apos;s QR code will show here</translation>
    </message>
    <message>
        <source>Đóng, tự điền tay</source>
        <translation>Close, fill in by hand</translation>
    </message>
    <message>
        <source>Điền thông tin</source>
        <translation>Fill in details</translation>
    </message>
</context>
<context>
    <name>ClerkCodeDialog</name>
    <message>
        <source>Cán bộ %1 thực hiện.</source>
        <translation>Done by clerk %1.</translation>
    </message>
    <message>
        <source>Nhập mã cán bộ.</source>
        <translation>Enter your clerk code.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ClerkConfirmDialog</name>
    <message>
        <source>Miễn lệ phí: %1</source>
        <translation>Fee waiver: %1</translation>
    </message>
    <message>
        <source>Cán bộ xác nhận đã thu %1</source>
        <translation>Clerk confirms %1 received</translation>
    </message>
    <message>
        <source>Cán bộ xác nhận đã thu lệ phí</source>
        <translation>Clerk confirms fee received</translation>
    </message>
    <message>
        <source>Cán bộ %1: xem giấy tờ chứng minh của người dân, rồi chọn.</source>
        <translation>Clerk %1: check the citizen&apos;s proof papers, then choose.</translation>
    </message>
    <message>
        <source>Cán bộ %1: chọn cách người dân đã nộp.</source>
        <translation>Clerk %1: choose how the citizen paid.</translation>
    </message>
    <message>
        <source>Xem giấy tờ chứng minh của người dân, nhập mã cán bộ, rồi chọn.</source>
        <translation>Check the citizen&apos;s proof papers, enter your clerk code, then choose.</translation>
    </message>
    <message>
        <source>Nhập mã cán bộ, rồi chọn cách người dân đã nộp.</source>
        <translation>Enter your clerk code, then choose how the citizen paid.</translation>
    </message>
    <message>
        <source>Số tiền đã thu (đồng):</source>
        <translation>Amount received (đồng):</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đã thu tiền mặt</source>
        <translation>Cash received</translation>
    </message>
    <message>
        <source>Tiền đã vào tài khoản</source>
        <translation>Transfer received</translation>
    </message>
    <message>
        <source>Chưa đủ giấy tờ, phải nộp</source>
        <translation>Papers missing, fee due</translation>
    </message>
    <message>
        <source>Đủ giấy tờ, được miễn</source>
        <translation>Papers OK, fee waived</translation>
    </message>
</context>
<context>
    <name>ClerkLoginDialog</name>
    <message>
        <source>Đăng nhập cán bộ</source>
        <translation>Clerk login</translation>
    </message>
    <message>
        <source>Máy chưa có tài khoản cán bộ. Kỹ thuật viên tạo tài khoản bằng lệnh: motcua clerk add</source>
        <translation>No clerk accounts on this kiosk yet. A technician creates one with: motcua clerk add</translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation>Log in</translation>
    </message>
</context>
<context>
    <name>ClerkScreen</name>
    <message>
        <source>Kỹ thuật viên: %1</source>
        <translation>Technician: %1</translation>
    </message>
    <message>
        <source>Cán bộ: %1</source>
        <translation>Clerk: %1</translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation>Log out</translation>
    </message>
    <message>
        <source>Tự đăng xuất sau %1 phút không dùng. Hồ sơ nộp khi đang đăng nhập được ghi là cán bộ nộp thay.</source>
        <translation>Logs out after %1 minutes unused. Applications filed while logged in are recorded as filed on behalf by a clerk.</translation>
    </message>
    <message>
        <source>Công dân cần trợ giúp tại máy (từ %1).</source>
        <translation>A citizen needs help at the kiosk (since %1).</translation>
    </message>
    <message>
        <source>Đã hỗ trợ</source>
        <translation>Helped</translation>
    </message>
    <message>
        <source>Công việc</source>
        <translation>Tasks</translation>
    </message>
    <message>
        <source>Hồ sơ đã lưu</source>
        <translation>Saved applications</translation>
    </message>
    <message>
        <source>Tình trạng máy</source>
        <translation>Kiosk status</translation>
    </message>
    <message>
        <source>Cấu hình</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Nộp thay công dân</source>
        <translation>File on behalf of a citizen</translation>
    </message>
    <message>
        <source>Tìm thủ tục rồi điền cùng công dân</source>
        <translation>Find a procedure, fill it in with the citizen</translation>
    </message>
    <message>
        <source>Hồ sơ hôm nay</source>
        <translation>Today&apos;s applications</translation>
    </message>
    <message>
        <source>Xác nhận lệ phí, in lại biên nhận</source>
        <translation>Confirm fees, reprint receipts</translation>
    </message>
    <message>
        <source>Hồ sơ chờ gửi</source>
        <translation>Waiting to send</translation>
    </message>
    <message>
        <source>%1 hồ sơ lỗi cần gửi lại</source>
        <translation>%1 failed, need resending</translation>
    </message>
    <message>
        <source>%1 hồ sơ đang chờ</source>
        <translation>%1 waiting</translation>
    </message>
    <message>
        <source>Thống kê</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <source>Số hồ sơ, lệ phí, mức hài lòng</source>
        <translation>Applications, fees, satisfaction</translation>
    </message>
    <message>
        <source>In áp phích QR</source>
        <translation>Print QR posters</translation>
    </message>
    <message>
        <source>Áp phích các thủ tục thường gặp</source>
        <translation>Posters for common procedures</translation>
    </message>
    <message>
        <source>Cập nhật danh mục</source>
        <translation>Update catalog</translation>
    </message>
    <message>
        <source>Lấy danh mục thủ tục mới từ cổng</source>
        <translation>Get the new procedure list from the portal</translation>
    </message>
    <message>
        <source>Không có hồ sơ nào được lưu lại.</source>
        <translation>No saved applications.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mã %4</source>
        <translation>%1 · %2 · %3 · code %4</translation>
    </message>
    <message>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Chế độ cán bộ</source>
        <translation>Clerk mode</translation>
    </message>
</context>
<context>
    <name>ConfirmationView</name>
    <message>
        <source>Đã nộp hồ sơ</source>
        <translation>Application submitted</translation>
    </message>
    <message>
        <source>%1 · nhận lúc %2</source>
        <translation>%1 · received at %2</translation>
    </message>
    <message>
        <source>Mã hồ sơ của bạn</source>
        <translation>Your file code</translation>
    </message>
    <message>
        <source>Mã hồ sơ %1</source>
        <translation>File code %1</translation>
    </message>
    <message>
        <source>Ngày hẹn trả kết quả: %1</source>
        <translation>Result ready on: %1</translation>
    </message>
    <message>
        <source>Hãy ghi lại mã hồ sơ (hoặc chụp ảnh màn hình này) và mang theo giấy tờ bản chính khi đến nhận kết quả.</source>
        <translation>Write down the file code (or take a photo of this screen) and bring the original papers when you collect the result.</translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Ngày</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Năm</source>
        <translation>Year</translation>
    </message>
</context>
<context>
    <name>DocumentInput</name>
    <message>
        <source>Tôi có giấy này</source>
        <translation>I have this paper</translation>
    </message>
    <message>
        <source>Chụp ảnh giấy này (không bắt buộc)</source>
        <translation>Take a photo of it (optional)</translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Bản sao có chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <source>Bản chính hoặc bản sao</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <source>Mang bản chính để đối chiếu</source>
        <translation>Bring the original to compare</translation>
    </message>
    <message>
        <source>Số lượng: %1</source>
        <translation>Quantity: %1</translation>
    </message>
    <message>
        <source>Không bắt buộc</source>
        <translation>Optional</translation>
    </message>
</context>
<context>
    <name>DraftShelf</name>
    <message>
        <source>HH:mm &apos;ngày&apos; dd/MM</source>
        <extracomment>a time and a day, as QDateTime::toString() reads it: &quot;09:30 ngày 23/11&quot;</extracomment>
        <translation>HH:mm, dd/MM</translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Còn 1 chỗ cần sửa trước khi đi tiếp:</source>
        <translation>1 thing to fix before you go on:</translation>
    </message>
    <message>
        <source>Còn %1 chỗ cần sửa trước khi đi tiếp:</source>
        <translation>%1 things to fix before you go on:</translation>
    </message>
</context>
<context>
    <name>FeeSummary</name>
    <message>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Tổng cộng: %1 (%2)</source>
        <translation>Total: %1 (%2)</translation>
    </message>
    <message>
        <source>Tổng cộng: %1</source>
        <translation>Total: %1</translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Số điện thoại chỉ gồm chữ số, ví dụ: 0912 345 678.</source>
        <translation>A phone number has only digits, e.g. 0912 345 678.</translation>
    </message>
    <message>
        <source>Chỉ nhận số điện thoại Việt Nam (mã +84). Vui lòng nhập số bắt đầu bằng 0, ví dụ: 0912 345 678.</source>
        <translation>Only Vietnamese phone numbers (+84) are accepted. Please enter a number starting with 0, e.g. 0912 345 678.</translation>
    </message>
    <message>
        <source>Số điện thoại bàn chưa đúng. Số điện thoại bàn có 11 chữ số, bắt đầu bằng 02, ví dụ: 024 3825 1234.</source>
        <translation>This landline number is not right. A landline number has 11 digits and starts with 02, e.g. 024 3825 1234.</translation>
    </message>
    <message>
        <source>Số điện thoại chưa đúng. Số di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.</source>
        <translation>This phone number is not right. A mobile number has 10 digits and starts with 03, 05, 07, 08 or 09.</translation>
    </message>
    <message>
        <source>Họ và tên dài quá %1 ký tự. Vui lòng kiểm tra lại.</source>
        <translation>The full name is longer than %1 characters. Please check it.</translation>
    </message>
    <message>
        <source>Họ và tên chỉ gồm chữ cái, ví dụ: Nguyễn Văn An.</source>
        <translation>A full name has only letters, e.g. Nguyễn Văn An.</translation>
    </message>
    <message>
        <source>Dấu &apos; và dấu - chỉ đặt giữa hai chữ cái, ví dụ: H&apos;Hen Niê.</source>
        <translation>Put &apos; and - only between two letters, e.g. H&apos;Hen Niê.</translation>
    </message>
    <message>
        <source>Vui lòng viết đầy đủ cả họ và tên, ví dụ: Nguyễn Văn An.</source>
        <translation>Please write both the family name and the given name, e.g. Nguyễn Văn An.</translation>
    </message>
    <message>
        <source>Số CCCD chỉ gồm 12 chữ số, không có chữ cái, dấu cách hay ký hiệu.</source>
        <translation>Enter only the 12 digits of the CCCD number: no letters, spaces or symbols.</translation>
    </message>
    <message numerus="yes">
        <source>Số CCCD phải có đúng 12 chữ số. Bạn đã nhập %n chữ số.</source>
        <translation>
            <numerusform>A CCCD number must have exactly 12 digits. Digits entered: %n.</numerusform>
            <numerusform>A CCCD number must have exactly 12 digits. Digits entered: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ba số đầu của số CCCD phải là mã tỉnh (từ 001 đến 096). Vui lòng xem lại số trên thẻ.</source>
        <translation>The first three digits of a CCCD number are a province code (001 to 096). Please check the number on the card.</translation>
    </message>
    <message>
        <source>Địa chỉ email dài quá %1 ký tự. Vui lòng kiểm tra lại.</source>
        <translation>The email address is longer than %1 characters. Please check it.</translation>
    </message>
    <message>
        <source>Địa chỉ email không có dấu cách. Vui lòng xóa dấu cách.</source>
        <translation>An email address has no spaces. Please delete the spaces.</translation>
    </message>
    <message>
        <source>Địa chỉ email viết không dấu, ví dụ: nguyenvanan@gmail.com.</source>
        <translation>Write the email address without Vietnamese accents, e.g. nguyenvanan@gmail.com.</translation>
    </message>
    <message>
        <source>Địa chỉ email chưa đúng. Email có dạng tên@tên-miền, ví dụ: nguyenvanan@gmail.com.</source>
        <translation>This email address is not right. An email looks like name@domain, e.g. nguyenvanan@gmail.com.</translation>
    </message>
    <message>
        <source>Vui lòng điền đủ ngày, tháng và năm (năm có 4 chữ số).</source>
        <translation>Please fill in the day, month and year (4-digit year).</translation>
    </message>
    <message>
        <source>Ngày này không có trên lịch. Vui lòng kiểm tra lại ngày và tháng.</source>
        <translation>This date is not on the calendar. Please check the day and month.</translation>
    </message>
    <message>
        <source>Năm phải từ 1900 trở về sau. Vui lòng kiểm tra lại năm.</source>
        <translation>The year must be 1900 or later. Please check the year.</translation>
    </message>
    <message>
        <source>Ngày này chưa đến. Vui lòng kiểm tra lại.</source>
        <translation>This date has not come yet. Please check it.</translation>
    </message>
    <message>
        <source>Ngày này đã qua. Vui lòng chọn từ hôm nay trở đi.</source>
        <translation>This date has passed. Please choose today or a later date.</translation>
    </message>
    <message>
        <source>Vui lòng chỉ nhập số nguyên, không có chữ, dấu chấm hay dấu phẩy, ví dụ: 12.</source>
        <translation>Please enter a whole number only, with no letters, dots or commas, e.g. 12.</translation>
    </message>
    <message>
        <source>Số này quá lớn. Vui lòng kiểm tra lại.</source>
        <translation>This number is too large. Please check it.</translation>
    </message>
    <message>
        <source>Số phải từ %1 trở lên.</source>
        <translation>The number must be %1 or more.</translation>
    </message>
    <message>
        <source>Số không được lớn hơn %1.</source>
        <translation>The number must not be more than %1.</translation>
    </message>
    <message>
        <source>Số phải từ %1 đến %2.</source>
        <translation>The number must be from %1 to %2.</translation>
    </message>
    <message>
        <source>Nội dung có ký tự lạ. Vui lòng xóa đi và gõ lại.</source>
        <translation>The text has odd characters. Please delete it and type it again.</translation>
    </message>
    <message>
        <source>Ô này chỉ viết trên một dòng. Vui lòng xóa chỗ xuống dòng.</source>
        <translation>This box takes one line only. Please remove the line breaks.</translation>
    </message>
    <message>
        <source>Nội dung có ký tự lạ không hiện được. Vui lòng xóa đi và gõ lại.</source>
        <translation>The text has hidden characters that cannot be shown. Please delete it and type it again.</translation>
    </message>
    <message>
        <source>Nội dung dài quá: tối đa %1 ký tự, hiện có %2. Vui lòng viết ngắn gọn hơn.</source>
        <translation>The text is too long: at most %1 characters, now %2. Please make it shorter.</translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
    <message>
        <source>Ví dụ: %1</source>
        <translation>Example: %1</translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>Vui lòng chọn một câu trả lời.</source>
        <translation>Please choose an answer.</translation>
    </message>
    <message>
        <source>Vui lòng chụp hoặc chọn ảnh giấy tờ.</source>
        <translation>Please take or choose a photo of the paper.</translation>
    </message>
    <message>
        <source>Vui lòng điền thông tin này.</source>
        <translation>Please fill in this information.</translation>
    </message>
    <message>
        <source>Câu trả lời không đúng dạng. Vui lòng nhập lại.</source>
        <translation>This answer is not in the right form. Please enter it again.</translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Số CCCD / số định danh</source>
        <translation>CCCD number / personal ID number</translation>
    </message>
    <message>
        <source>Vui lòng chọn trong danh sách.</source>
        <translation>Please choose from the list.</translation>
    </message>
    <message>
        <source>Cần có giấy này để nộp hồ sơ. Nếu chưa có, vui lòng hỏi cán bộ một cửa.</source>
        <translation>This paper is needed to submit the application. If you don&apos;t have it, please ask the one-stop clerk.</translation>
    </message>
    <message>
        <source>Vui lòng chọn Nam hoặc Nữ.</source>
        <translation>Please choose Male or Female.</translation>
    </message>
    <message>
        <source>Vui lòng chọn tỉnh hoặc thành phố.</source>
        <translation>Please choose a province or city.</translation>
    </message>
    <message>
        <source>Vui lòng chọn xã, phường hoặc đặc khu.</source>
        <translation>Please choose a commune, ward or special zone.</translation>
    </message>
    <message>
        <source>Vui lòng ghi số nhà, tên đường hoặc thôn, xóm.</source>
        <translation>Please enter the house number and street, or the village or hamlet.</translation>
    </message>
    <message numerus="yes">
        <source>Cần ít nhất %n mục.</source>
        <translation>
            <numerusform>Items needed: at least %n.</numerusform>
            <numerusform>Items needed: at least %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chỉ được tối đa %n mục.</source>
        <translation>
            <numerusform>Items allowed: at most %n.</numerusform>
            <numerusform>Items allowed: at most %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilingScreen</name>
    <message>
        <source>Cán bộ %1 đang nộp thay cho công dân.</source>
        <translation>Clerk %1 is filing on behalf of a citizen.</translation>
    </message>
    <message>
        <source>Điền nhanh từ thẻ căn cước (CCCD)</source>
        <translation>Quick fill from chip ID card (CCCD)</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Nộp hồ sơ</source>
        <translation>Submit</translation>
    </message>
    <message>
        <source>Xong</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Dừng nộp hồ sơ?</source>
        <translation>Stop this application?</translation>
    </message>
    <message>
        <source>Nếu dừng, những gì bạn đã điền sẽ bị xóa khỏi máy. Muốn làm tiếp lần sau, hãy chọn &quot;Lưu lại&quot;: máy cho bạn một mã để mở lại.</source>
        <translation>If you stop, what you filled in is erased from the kiosk. To finish later, choose &quot;Save&quot;: you get a code to reopen it.</translation>
    </message>
    <message>
        <source>Tiếp tục điền</source>
        <translation>Keep filling in</translation>
    </message>
    <message>
        <source>Lưu lại, làm tiếp sau</source>
        <translation>Save, finish later</translation>
    </message>
    <message>
        <source>Dừng và xóa</source>
        <translation>Stop and erase</translation>
    </message>
    <message>
        <source>Đã nộp hồ sơ. Mười số cuối của mã hồ sơ là: %1. Bạn hãy ghi lại, hoặc giữ giấy biên nhận.</source>
        <translation>Application submitted. The last ten digits of your file code are: %1. Please write them down, or keep the receipt.</translation>
    </message>
    <message>
        <source>Bước cuối. Bạn hãy đọc lại lệ phí và các thông tin đã điền, rồi chạm Nộp hồ sơ.</source>
        <translation>Last step. Please read the fee and your answers again, then tap Submit.</translation>
    </message>
    <message>
        <source>Bước %1 trên %2: %3</source>
        <translation>Step %1 of %2: %3</translation>
    </message>
    <message>
        <source>Cần sửa lại: %1</source>
        <translation>Please fix: %1</translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>Mục %1</source>
        <translation>Item %1</translation>
    </message>
</context>
<context>
    <name>FormSession</name>
    <message>
        <source>Nhận qua bưu điện tại nhà (trả cước bưu chính)</source>
        <translation>Receive by post at home (you pay the postage)</translation>
    </message>
    <message>
        <source>Nhận bản điện tử qua Cổng Dịch vụ công</source>
        <translation>Receive an electronic copy via the Public Service Portal</translation>
    </message>
    <message>
        <source>Nhận tại Bộ phận Một cửa của xã</source>
        <translation>Collect at the commune&apos;s one-stop counter</translation>
    </message>
    <message>
        <source>Bạn muốn nhận kết quả bằng cách nào?</source>
        <translation>How would you like to receive the result?</translation>
    </message>
    <message>
        <source>Địa chỉ nhận kết quả</source>
        <translation>Address for the result</translation>
    </message>
    <message>
        <source>Bưu điện sẽ mang kết quả đến địa chỉ này.</source>
        <translation>The post office will bring the result to this address.</translation>
    </message>
    <message>
        <source>Số điện thoại để bưu điện liên hệ</source>
        <translation>Phone number for the post office to call</translation>
    </message>
    <message>
        <source>Thông tin kiosk tự tính</source>
        <translation>Information worked out by the kiosk</translation>
    </message>
</context>
<context>
    <name>GroupInput</name>
    <message>
        <source>Bỏ mục này</source>
        <translation>Remove this one</translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Cán bộ sẽ đến hỗ trợ bạn</source>
        <translation>A clerk is coming to help you</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Về trang chủ</source>
        <translation>Back to Home</translation>
    </message>
    <message>
        <source>Máy đã báo cho cán bộ bộ phận một cửa. Bạn hãy đứng tại máy, cán bộ sẽ đến ngay.

Nếu cần gọi điện: gọi tổng đài hỗ trợ %1 (miễn phí), nói tên xã và thủ tục bạn đang làm.</source>
        <translation>The one-stop counter clerks have been told. Please stay at the kiosk; a clerk will come soon.

To phone: call the support hotline %1 (free) and say your commune and the procedure you are doing.</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Xin chào! Bạn cần làm thủ tục gì?</source>
        <translation>Hello! Which procedure do you need?</translation>
    </message>
    <message>
        <source>Chạm vào một ô bên dưới. Nếu cần, cán bộ sẽ hướng dẫn bạn từng bước.</source>
        <translation>Tap a box below. If needed, a clerk will guide you step by step.</translation>
    </message>
    <message>
        <source>Tìm thủ tục</source>
        <translation>Find a procedure</translation>
    </message>
    <message>
        <source>Gõ tên thủ tục, có dấu hay không dấu đều được</source>
        <translation>Type the name, in English or Vietnamese</translation>
    </message>
    <message>
        <source>Quét mã QR</source>
        <translation>Scan a QR code</translation>
    </message>
    <message>
        <source>Mã trên áp phích thủ tục hoặc thẻ căn cước</source>
        <translation>Code on a procedure poster or chip ID card</translation>
    </message>
    <message>
        <source>Tra cứu hồ sơ</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <source>Xem hồ sơ đã nộp đang ở bước nào</source>
        <translation>See what stage your application is at</translation>
    </message>
    <message>
        <source>Trợ giúp</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Gọi cán bộ đến hướng dẫn</source>
        <translation>Call a clerk to help you</translation>
    </message>
    <message>
        <source>Thủ tục thường gặp</source>
        <translation>Common procedures</translation>
    </message>
    <message>
        <source>Xem tất cả lĩnh vực</source>
        <translation>See all categories</translation>
    </message>
    <message>
        <source>Xin chào! Bạn cần làm thủ tục gì? Chạm vào một ô trên màn hình: tìm thủ tục, quét mã QR, tra cứu hồ sơ, hoặc gọi cán bộ trợ giúp.</source>
        <translation>Hello! What do you need to do? Tap a box on the screen: find a procedure, scan a QR code, check an application, or call a clerk for help.</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Bạn còn đang sử dụng?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Còn %1 giây</source>
        <translation>%1 seconds left</translation>
    </message>
    <message>
        <source>Để giữ kín thông tin của bạn, máy sẽ xóa những gì bạn đã nhập khi hết %1 giây.</source>
        <translation>To keep your details private, the kiosk will erase what you entered in %1 seconds.</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Lưu lại</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
</context>
<context>
    <name>KeptDraftOpener</name>
    <message>
        <source>Mở hồ sơ đã lưu</source>
        <translation>Open saved application</translation>
    </message>
    <message>
        <source>Nhập mã hồ sơ đã lưu (6 số)</source>
        <translation>Enter your saved code (6 digits)</translation>
    </message>
    <message>
        <source>Mã được cho khi bạn chọn &quot;Lưu lại&quot;. Nếu quên mã, hãy hỏi cán bộ.</source>
        <translation>You got the code when you chose &quot;Save&quot;. If you forgot it, ask a clerk.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Trang chủ</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Tổng đài hỗ trợ %1</source>
        <translation>Support hotline %1</translation>
    </message>
    <message>
        <source>Tổng đài hỗ trợ</source>
        <translation>Support hotline</translation>
    </message>
    <message>
        <source>Cần trợ giúp</source>
        <translation>Need help</translation>
    </message>
    <message>
        <source>Bộ phận Một cửa · %1</source>
        <translation>One-stop counter · %1</translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Thanh điều hướng</source>
        <translation>Navigation bar</translation>
    </message>
    <message>
        <source>Đọc lại</source>
        <translation>Read again</translation>
    </message>
    <message>
        <source>Dễ nhìn, dễ nghe: cỡ chữ, màu, giọng đọc, ngôn ngữ</source>
        <translation>Easier to see and hear: text size, colours, voice, language</translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Nộp hồ sơ tại quầy</source>
        <translation>Apply at the counter</translation>
    </message>
    <message>
        <source>Thủ tục này chưa nộp được trên máy. Bạn hãy mang các giấy tờ cần thiết đến quầy một cửa, cán bộ sẽ tiếp nhận.</source>
        <translation>This procedure cannot be filed on the kiosk yet. Please bring the needed papers to the one-stop counter; a clerk will take them.</translation>
    </message>
    <message>
        <source>Chưa bắt đầu được</source>
        <translation>Could not start</translation>
    </message>
    <message>
        <source>Không mở lại được hồ sơ</source>
        <translation>Could not reopen the application</translation>
    </message>
    <message>
        <source>Chưa lưu được hồ sơ</source>
        <translation>Could not save the application</translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ của bạn</source>
        <translation>Your application is saved</translation>
    </message>
    <message>
        <source>Mã mở lại hồ sơ:  %1

Bạn hãy ghi lại mã này. Lần sau, chạm &quot;Mở hồ sơ đã lưu&quot; ở trang chủ và nhập mã, hoặc đưa mã cho cán bộ. Hồ sơ được giữ %2 ngày.</source>
        <translation>Code to reopen your application:  %1

Please write this code down. Next time, tap &quot;Open saved application&quot; on the Home screen and enter it, or give it to a clerk. It is kept for %2 days.</translation>
    </message>
    <message>
        <source>Thẻ căn cước</source>
        <translation>Chip ID card</translation>
    </message>
    <message>
        <source>Mã chuyển khoản</source>
        <translation>Bank transfer code</translation>
    </message>
    <message>
        <source>Không đọc được mã</source>
        <translation>Cannot read the code</translation>
    </message>
    <message>
        <source>Mã vừa quét</source>
        <translation>Scanned code</translation>
    </message>
    <message>
        <source>Bạn còn đang sử dụng máy không? Chạm vào màn hình để tiếp tục.</source>
        <translation>Are you still using the kiosk? Touch the screen to continue.</translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Ngôn ngữ</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Một cửa — %1</source>
        <translation>One-stop — %1</translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Về trang chủ</source>
        <translation>Back to Home</translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <source> · đã thử %1 lần</source>
        <translation> · attempts: %1</translation>
    </message>
    <message>
        <source> · thử lại lúc %1</source>
        <translation> · retry at %1</translation>
    </message>
    <message>
        <source>Đã nhận chuyển khoản %1</source>
        <translation>Transfer of %1 received</translation>
    </message>
    <message>
        <source>Đã thu %1</source>
        <translation>Collected %1</translation>
    </message>
    <message>
        <source>In lại biên nhận</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>Gửi lại</source>
        <translation>Resend</translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <source>Hồ sơ gửi lên cổng dịch vụ công</source>
        <translation>Applications sent to the public service portal</translation>
    </message>
    <message>
        <source>Mọi hồ sơ đã lên cổng dịch vụ công. %1.</source>
        <translation>All applications are on the public service portal. %1.</translation>
    </message>
    <message>
        <source>Gửi ngay</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Chờ gửi</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Hồ sơ hôm nay</source>
        <translation>Today&apos;s applications</translation>
    </message>
    <message>
        <source>Gửi lại hồ sơ %1</source>
        <translation>Resend application %1</translation>
    </message>
    <message>
        <source>In lại biên nhận %1</source>
        <translation>Reprint receipt %1</translation>
    </message>
    <message>
        <source>Xác nhận đã thu lệ phí hồ sơ %1</source>
        <translation>Confirm fee received for %1</translation>
    </message>
    <message>
        <source>Gửi lại</source>
        <translation>Resend</translation>
    </message>
    <message>
        <source>In lại</source>
        <translation>Reprint</translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation>Confirm</translation>
    </message>
</context>
<context>
    <name>PartLabel</name>
    <message>
        <source> (không bắt buộc)</source>
        <translation> (optional)</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Lệ phí: %1</source>
        <translation>Fee: %1</translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Bằng chữ: %1</source>
        <translation>In words: %1</translation>
    </message>
    <message>
        <source>Mã đã được ẩn.</source>
        <translation>The code is hidden.</translation>
    </message>
    <message>
        <source>Hiện lại mã</source>
        <translation>Show code again</translation>
    </message>
    <message>
        <source>Tôi đã chuyển khoản</source>
        <translation>I have paid by transfer</translation>
    </message>
    <message>
        <source>Nộp tiền mặt tại quầy</source>
        <translation>Pay cash at the counter</translation>
    </message>
    <message>
        <source>Mở ứng dụng ngân hàng trên điện thoại, chọn quét mã QR và quét mã bên cạnh. Số tiền và nội dung đã có sẵn.</source>
        <translation>Open your bank app on your phone, choose Scan QR and scan the code here. The amount and note are filled in.</translation>
    </message>
    <message>
        <source>Ngân hàng</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Số tài khoản</source>
        <translation>Account number</translation>
    </message>
    <message>
        <source>Tên tài khoản</source>
        <translation>Account name</translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Nội dung chuyển khoản</source>
        <translation>Transfer note</translation>
    </message>
    <message>
        <source>Mã hiện thêm %1 phút %2 giây.</source>
        <translation>Code shown for %1 min %2 s more.</translation>
    </message>
    <message>
        <source>Cán bộ kiểm tra giấy tờ miễn lệ phí</source>
        <translation>Clerk checks fee waiver papers</translation>
    </message>
    <message>
        <source>Cán bộ xác nhận đã thu</source>
        <translation>Clerk confirms payment</translation>
    </message>
</context>
<context>
    <name>PersonInput</name>
    <message>
        <source>Họ, chữ đệm và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>Example: Nguyễn Văn An</translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>Nam</source>
        <translation>Male</translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation>Female</translation>
    </message>
    <message>
        <source>Số CCCD (12 số)</source>
        <translation>CCCD number (12 digits)</translation>
    </message>
    <message>
        <source>Ví dụ: 001090012345</source>
        <translation>Example: 001090012345</translation>
    </message>
</context>
<context>
    <name>PhotoInput</name>
    <message>
        <source>Chọn ảnh giấy tờ</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Đã có ảnh</source>
        <translation>Photo added</translation>
    </message>
    <message>
        <source>Chọn ảnh khác</source>
        <translation>Choose another photo</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Chọn ảnh giấy tờ</source>
        <translation>Choose a photo</translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Bấm vào ảnh của giấy tờ này.</source>
        <translation>Tap the photo of this paper.</translation>
    </message>
    <message>
        <source>Chưa có ảnh nào. Bạn hãy đặt giấy lên máy quét (hoặc nhờ cán bộ chụp), rồi bấm &quot;Tải lại&quot;.</source>
        <translation>No photos yet. Put the paper on the scanner (or ask a clerk to take one), then tap &quot;Reload&quot;.</translation>
    </message>
    <message>
        <source>Ảnh giấy tờ</source>
        <translation>Document photo</translation>
    </message>
</context>
<context>
    <name>ProcedureDetailScreen</name>
    <message>
        <source>Nhận tại quầy một cửa</source>
        <translation>Collect at the one-stop counter</translation>
    </message>
    <message>
        <source>Gửi qua bưu điện</source>
        <translation>Sent by post</translation>
    </message>
    <message>
        <source>Nhận bản điện tử qua mạng</source>
        <translation>Get an electronic copy online</translation>
    </message>
    <message>
        <source>Không tìm thấy thủ tục %1</source>
        <translation>Procedure %1 not found</translation>
    </message>
    <message>
        <source>Mã thủ tục: %1</source>
        <translation>Procedure code: %1</translation>
    </message>
    <message>
        <source>Thời gian giải quyết</source>
        <translation>Processing time</translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Nộp qua mạng</source>
        <translation>Apply online</translation>
    </message>
    <message>
        <source>Toàn trình: nộp và nhận kết quả qua mạng</source>
        <translation>Fully online: apply and get the result online</translation>
    </message>
    <message>
        <source>Một phần: nộp qua mạng, mang bản chính đến quầy</source>
        <translation>Partly: apply online, bring originals to the counter</translation>
    </message>
    <message>
        <source>Giấy tờ cần mang theo (%1)</source>
        <translation>Papers to bring (%1)</translation>
    </message>
    <message>
        <source>Ai được nộp</source>
        <translation>Who can apply</translation>
    </message>
    <message>
        <source>Nhận kết quả</source>
        <translation>Getting the result</translation>
    </message>
    <message>
        <source>Kết quả: %1</source>
        <translation>Result: %1</translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation>Legal basis</translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Bắt đầu nộp hồ sơ</source>
        <translation>Start application</translation>
    </message>
    <message>
        <source>%1. Màn hình này cho biết giấy tờ cần mang, lệ phí và thời gian giải quyết.</source>
        <translation>%1. This screen shows the papers to bring, the fee and how long it takes.</translation>
    </message>
</context>
<context>
    <name>ProcedureRow</name>
    <message>
        <source>Mã %1</source>
        <translation>Code %1</translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Bạn có hài lòng với việc nộp hồ sơ hôm nay?</source>
        <translation>Are you happy with filing your application today?</translation>
    </message>
    <message>
        <source>Chạm vào một khuôn mặt. Đánh giá không ghi tên bạn.</source>
        <translation>Tap a face. Your rating does not record your name.</translation>
    </message>
    <message>
        <source>Vì sao? (không bắt buộc, chọn bao nhiêu cũng được)</source>
        <translation>Why? (optional, choose as many as you like)</translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation>Skip</translation>
    </message>
    <message>
        <source>Gửi đánh giá</source>
        <translation>Send rating</translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation>Finish</translation>
    </message>
    <message>
        <source>Bạn có hài lòng với việc nộp hồ sơ hôm nay? Chạm vào một khuôn mặt.</source>
        <translation>Are you happy with your application today? Tap a face.</translation>
    </message>
</context>
<context>
    <name>ReceiptPrintRow</name>
    <message>
        <source>In lại giấy biên nhận</source>
        <translation>Reprint receipt</translation>
    </message>
    <message>
        <source>In giấy biên nhận</source>
        <translation>Print receipt</translation>
    </message>
</context>
<context>
    <name>RequiredDocument</name>
    <message>
        <source>Bản chính</source>
        <translation>Original</translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Bản sao có chứng thực</source>
        <translation>Certified copy</translation>
    </message>
    <message>
        <source>Bản chính hoặc bản sao</source>
        <translation>Original or copy</translation>
    </message>
    <message>
        <source>Xuất trình bản chính để cán bộ xem</source>
        <translation>Show the original for the clerk to see</translation>
    </message>
    <message numerus="yes">
        <source>, %n bản</source>
        <translation>
            <numerusform>, %n copies</numerusform>
            <numerusform>, %n copies</numerusform>
        </translation>
    </message>
    <message>
        <source> · nếu có</source>
        <translation> · if any</translation>
    </message>
</context>
<context>
    <name>ResumeDraftBanner</name>
    <message>
        <source>Tiếp tục hồ sơ đang làm dở?</source>
        <translation>Continue your unfinished application?</translation>
    </message>
    <message>
        <source>%1 · %2 · lưu lúc %3</source>
        <translation>%1 · %2 · saved at %3</translation>
    </message>
    <message>
        <source>chưa có tên</source>
        <translation>no name yet</translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation>Continue</translation>
    </message>
    <message>
        <source>Nhập 4 số cuối CCCD của người nộp</source>
        <translation>Enter the last 4 digits of the applicant&apos;s CCCD</translation>
    </message>
    <message>
        <source>Để giữ kín thông tin, chỉ người đã nộp mới mở lại được hồ sơ này.</source>
        <translation>For privacy, only the applicant can reopen this application.</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation>Open</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Sửa</source>
        <translation>Edit</translation>
    </message>
</context>
<context>
    <name>ScalarEditor</name>
    <message>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Không</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>ScanKindsList</name>
    <message>
        <source>Mã QR trên tờ hướng dẫn dán ở quầy: mở thủ tục</source>
        <translation>QR code on the guide sheet at the counter: opens the procedure</translation>
    </message>
    <message>
        <source>Mã QR trên thẻ căn cước: điền sẵn thông tin khi nộp hồ sơ</source>
        <translation>QR code on the chip ID card: fills in your details when applying</translation>
    </message>
    <message>
        <source>Mã QR trên giấy biên nhận: xem hồ sơ đã đến đâu</source>
        <translation>QR code on your receipt: see how far your application is</translation>
    </message>
    <message>
        <source>Mã chuyển khoản: xem người nhận và số tiền</source>
        <translation>Bank transfer code: see the payee and amount</translation>
    </message>
</context>
<context>
    <name>ScanResultCard</name>
    <message>
        <source>Mã chuyển khoản</source>
        <translation>Bank transfer code</translation>
    </message>
    <message>
        <source>Thẻ căn cước</source>
        <translation>Chip ID card</translation>
    </message>
    <message>
        <source>Mã chứa đường dẫn</source>
        <translation>Code with a web link</translation>
    </message>
    <message>
        <source>Mã chứa chữ</source>
        <translation>Code with text</translation>
    </message>
    <message>
        <source>Không đọc được mã này</source>
        <translation>Cannot read this code</translation>
    </message>
    <message>
        <source>Quét mã khác</source>
        <translation>Scan another code</translation>
    </message>
</context>
<context>
    <name>ScannerScreen</name>
    <message>
        <source>Đưa mã QR vào khung hình</source>
        <translation>Hold the QR code inside the frame</translation>
    </message>
    <message>
        <source>Máy không đọc được mã này. Mời xem lý do trên màn hình.</source>
        <translation>The kiosk cannot read this code. Please see why on the screen.</translation>
    </message>
    <message>
        <source>Máy đã đọc được mã. Mời xem trên màn hình.</source>
        <translation>The code has been read. Please look at the screen.</translation>
    </message>
    <message>
        <source>✓ Đã đọc được mã</source>
        <translation>✓ Code read</translation>
    </message>
    <message>
        <source>Máy chưa có camera</source>
        <translation>This kiosk has no camera</translation>
    </message>
    <message>
        <source>Camera chưa dùng được</source>
        <translation>Camera not working yet</translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Quét mã QR</source>
        <translation>Scan a QR code</translation>
    </message>
    <message>
        <source>Máy chưa thấy mã. Bạn giữ mã cách camera khoảng một gang tay, ở giữa khung, không để bị lóa.</source>
        <translation>No code seen yet. Hold it about a hand-span from the camera, in the middle of the frame, without glare.</translation>
    </message>
    <message>
        <source>Ở quầy có máy quét cầm tay: bạn cũng có thể đưa mã vào máy đó.</source>
        <translation>The counter has a handheld scanner: you can also hold the code to it.</translation>
    </message>
    <message>
        <source>Tìm thủ tục bằng chữ</source>
        <translation>Search by typing instead</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>khai sinh</source>
        <translation>birth registration</translation>
    </message>
    <message>
        <source>kết hôn</source>
        <translation>marriage</translation>
    </message>
    <message>
        <source>tạm trú</source>
        <translation>temporary residence</translation>
    </message>
    <message>
        <source>sao y bản chính</source>
        <translation>certified copy</translation>
    </message>
    <message>
        <source>xác nhận độc thân</source>
        <translation>marital status</translation>
    </message>
    <message>
        <source>chứng thực chữ ký</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>khai tử</source>
        <translation>death registration</translation>
    </message>
    <message>
        <source>thường trú</source>
        <translation>permanent residence</translation>
    </message>
    <message>
        <source>Tìm thủ tục</source>
        <translation>Find a procedure</translation>
    </message>
    <message>
        <source>Ví dụ: khai sinh, tạm trú, sao y…</source>
        <translation>Example: birth, residence, certified copy…</translation>
    </message>
    <message>
        <source>Ô tìm kiếm thủ tục</source>
        <translation>Procedure search box</translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation>Clear</translation>
    </message>
    <message>
        <source>Gõ vài chữ trong tên thủ tục, không cần dấu. Hoặc chạm một gợi ý:</source>
        <translation>Type a few words of the name, in English or Vietnamese. Or tap one:</translation>
    </message>
    <message>
        <source>Hoặc xem thủ tục theo lĩnh vực</source>
        <translation>Or browse procedures by category</translation>
    </message>
    <message numerus="yes">
        <source>Không có thủ tục nào khớp hết các từ. Đây là %n kết quả gần đúng:</source>
        <translation>
            <numerusform>No procedure matches all the words. Here is %n close match:</numerusform>
            <numerusform>No procedure matches all the words. Here are %n close matches:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tìm thấy %n thủ tục:</source>
        <translation>
            <numerusform>Found %n procedure:</numerusform>
            <numerusform>Found %n procedures:</numerusform>
        </translation>
    </message>
    <message>
        <source>Không tìm thấy thủ tục phù hợp</source>
        <translation>No matching procedure found</translation>
    </message>
    <message>
        <source>Hãy thử gõ ít chữ hơn, ví dụ &quot;khai sinh&quot;. Hoặc gọi tổng đài %1, hay nhờ cán bộ tại quầy.</source>
        <translation>Try typing fewer words, e.g. &quot;birth&quot;. Or call the hotline %1, or ask a clerk at the counter.</translation>
    </message>
    <message>
        <source>Xem theo lĩnh vực</source>
        <translation>Browse by category</translation>
    </message>
    <message>
        <source>Cần trợ giúp</source>
        <translation>Need help</translation>
    </message>
    <message>
        <source>Tìm thủ tục. Gõ vài chữ trong tên thủ tục vào ô tìm kiếm, có dấu hay không dấu đều được.</source>
        <translation>Find a procedure. Type a few words of its name in the search box, with or without accents.</translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Thống kê bộ phận một cửa</source>
        <translation>One-stop counter statistics</translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tháng này</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation>Last month</translation>
    </message>
    <message>
        <source>Xuất báo cáo (CSV, PDF)</source>
        <translation>Export report (CSV, PDF)</translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận</source>
        <translation>Applications received</translation>
    </message>
    <message>
        <source>Nộp trực tuyến toàn trình</source>
        <translation>Fully online</translation>
    </message>
    <message>
        <source>Lệ phí đã thu</source>
        <translation>Fees collected</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Chờ gửi / lỗi</source>
        <translation>Waiting / failed</translation>
    </message>
    <message>
        <source>Hồ sơ theo ngày</source>
        <translation>Applications by day</translation>
    </message>
    <message>
        <source>Theo thủ tục</source>
        <translation>By procedure</translation>
    </message>
    <message>
        <source>Mức độ hài lòng (%1 lượt đánh giá, %2 số hồ sơ)</source>
        <translation>Satisfaction (%1 ratings, %2 of applications)</translation>
    </message>
    <message>
        <source>Lệ phí và thời gian xử lý</source>
        <translation>Fees and processing time</translation>
    </message>
    <message>
        <source>Chuyển khoản: %1 hồ sơ, %2. Tiền mặt: %3 hồ sơ, %4. Miễn: %5. Chưa thu: %6.</source>
        <translation>Bank transfer: %1 applications, %2. Cash: %3 applications, %4. Waived: %5. Unpaid: %6.</translation>
    </message>
    <message>
        <source>Thời gian xử lý trung bình %1 giờ (%2 hồ sơ đã có kết quả).</source>
        <translation>Average processing time %1 hours (%2 applications with a result).</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ nào có kết quả trong kỳ này.</source>
        <translation>No application has a result in this period yet.</translation>
    </message>
    <message>
        <source>%1 đ</source>
        <translation>%1 đ</translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <source>Hồ sơ %1</source>
        <translation>Application %1</translation>
    </message>
    <message>
        <source>Ngày hẹn trả kết quả: %1</source>
        <translation>Result ready on: %1</translation>
    </message>
    <message>
        <source>Quá trình xử lý</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Tra cứu hồ sơ</source>
        <translation>Check an application</translation>
    </message>
    <message>
        <source>Nhập mã hồ sơ in trên giấy biên nhận (hoặc 10 số cuối, ví dụ 261123-0001), hoặc đưa mã QR trên giấy biên nhận vào máy quét.</source>
        <translation>Enter the file code printed on your receipt (or its last 10 digits, e.g. 261123-0001), or hold the receipt&apos;s QR code to the scanner.</translation>
    </message>
    <message>
        <source>Ví dụ: 261123-0001</source>
        <translation>Example: 261123-0001</translation>
    </message>
    <message>
        <source>Ô nhập mã hồ sơ</source>
        <translation>File code box</translation>
    </message>
    <message>
        <source>Tra cứu</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ</source>
        <translation>Application not found</translation>
    </message>
    <message>
        <source>Mã hồ sơ chưa đúng</source>
        <translation>Incorrect file code</translation>
    </message>
    <message>
        <source>Chưa kết nối được</source>
        <translation>Cannot connect</translation>
    </message>
    <message>
        <source>Tra cứu hồ sơ. Nhập mã hồ sơ in trên giấy biên nhận, hoặc đưa mã QR trên giấy biên nhận vào máy quét.</source>
        <translation>Check an application. Enter the file code printed on your receipt, or hold the receipt&apos;s QR code to the scanner.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Bước %1/%2: %3</source>
        <translation>Step %1/%2: %3</translation>
    </message>
</context>
<context>
    <name>TopicProceduresScreen</name>
    <message>
        <source>Chạm vào thủ tục để xem cần mang giấy tờ gì, lệ phí và thời gian.</source>
        <translation>Tap a procedure to see the papers to bring, the fee and the time.</translation>
    </message>
    <message>
        <source>%1. Chọn thủ tục bạn cần làm.</source>
        <translation>%1. Choose the procedure you need.</translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Chọn lĩnh vực</source>
        <translation>Choose a category</translation>
    </message>
    <message>
        <source>Thủ tục được xếp theo lĩnh vực. Chạm vào lĩnh vực bạn cần.</source>
        <translation>Procedures are grouped by category. Tap the one you need.</translation>
    </message>
    <message numerus="yes">
        <source>%n thủ tục</source>
        <translation>
            <numerusform>%n procedure</numerusform>
            <numerusform>%n procedures</numerusform>
        </translation>
    </message>
    <message>
        <source>Chọn lĩnh vực của thủ tục bạn cần làm.</source>
        <translation>Choose the category of the procedure you need.</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Chọn tỉnh, thành phố</source>
        <translation>Choose province/city</translation>
    </message>
    <message>
        <source>Chọn xã, phường, đặc khu</source>
        <translation>Choose commune/ward/special zone</translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên tỉnh, thành phố (không cần dấu)</source>
        <translation>Type part of the province/city name (no accents needed)</translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên xã, phường (không cần dấu)</source>
        <translation>Type part of the commune/ward name (no accents needed)</translation>
    </message>
    <message>
        <source>Không có tên nào như vậy. Bạn hãy gõ ít chữ hơn.</source>
        <translation>No name like that. Try typing fewer letters.</translation>
    </message>
</context>
<context>
    <name>motcua::CameraScanner</name>
    <message>
        <source>Máy chưa có camera để quét mã. Bạn có thể đưa mã vào máy quét cầm tay ở quầy, hoặc tìm thủ tục bằng chữ.</source>
        <translation>This kiosk has no camera for scanning codes. You can use the handheld scanner at the counter, or search for the procedure by typing.</translation>
    </message>
    <message>
        <source>Camera đang gặp trục trặc. Bạn có thể đưa mã vào máy quét cầm tay ở quầy, hoặc nhờ cán bộ giúp.</source>
        <translation>The camera is not working right now. You can use the handheld scanner at the counter, or ask a clerk for help.</translation>
    </message>
</context>
<context>
    <name>motcua::CccdError</name>
    <message>
        <source>Không đọc được mã. Bạn hãy đưa mã QR trên thẻ căn cước vào lại.</source>
        <translation>The code could not be read. Please hold the QR code on your chip ID card (CCCD) up again.</translation>
    </message>
    <message>
        <source>Đây không phải mã QR trên thẻ căn cước.</source>
        <translation>This is not the QR code of a chip ID card (CCCD).</translation>
    </message>
    <message>
        <source>Số căn cước phải có đúng 12 chữ số.</source>
        <translation>The ID number must have exactly 12 digits.</translation>
    </message>
    <message>
        <source>Ba số đầu của số căn cước không phải mã tỉnh.</source>
        <translation>The first three digits of the ID number are not a province code.</translation>
    </message>
    <message>
        <source>Số chứng minh nhân dân cũ phải có 9 chữ số.</source>
        <translation>The old ID card (CMND) number must have 9 digits.</translation>
    </message>
    <message>
        <source>Mã QR không có họ và tên.</source>
        <translation>The QR code has no full name.</translation>
    </message>
    <message>
        <source>Ngày sinh trong mã QR không đúng.</source>
        <translation>The date of birth in the QR code is not right.</translation>
    </message>
    <message>
        <source>Giới tính trong mã QR không đúng.</source>
        <translation>The sex in the QR code is not right.</translation>
    </message>
    <message>
        <source>Mã QR không có nơi thường trú.</source>
        <translation>The QR code has no permanent address.</translation>
    </message>
    <message>
        <source>Ngày cấp thẻ trong mã QR không đúng.</source>
        <translation>The card&apos;s date of issue in the QR code is not right.</translation>
    </message>
    <message>
        <source>Số căn cước không khớp với ngày sinh hoặc giới tính.</source>
        <translation>The ID number does not match the date of birth or the sex.</translation>
    </message>
</context>
<context>
    <name>motcua::ClerkAccounts</name>
    <message>
        <source>%1 giây</source>
        <translation>%1 sec</translation>
    </message>
    <message>
        <source>%1 phút</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Đã khóa do nhập sai nhiều lần. Thử lại sau %1.</source>
        <translation>Locked after too many wrong tries. Try again in %1.</translation>
    </message>
    <message>
        <source>Không kiểm tra được mã PIN. Xin báo kỹ thuật viên.</source>
        <translation>The PIN could not be checked. Please tell the technician.</translation>
    </message>
    <message>
        <source>Không có tài khoản cán bộ này.</source>
        <translation>There is no such clerk account.</translation>
    </message>
    <message>
        <source>Mã PIN không đúng. %1</source>
        <translation>Wrong PIN. %1</translation>
    </message>
    <message>
        <source>Mã PIN không đúng. Còn %1 lần thử.</source>
        <translation>Wrong PIN. Tries left: %1.</translation>
    </message>
</context>
<context>
    <name>motcua::ClerkCode</name>
    <message>
        <source>Nhập sai mã nhiều lần. Thử lại sau %1 giây.</source>
        <translation>Too many wrong codes. Try again in %1 sec.</translation>
    </message>
    <message>
        <source>Máy chưa được cài mã cán bộ.</source>
        <translation>No clerk code is set up on this kiosk.</translation>
    </message>
    <message>
        <source>Mã cán bộ không đúng.</source>
        <translation>Wrong clerk code.</translation>
    </message>
</context>
<context>
    <name>motcua::ClerkDesk</name>
    <message>
        <source>Kỹ thuật viên</source>
        <translation>Technician</translation>
    </message>
    <message>
        <source>Cán bộ một cửa</source>
        <translation>One-stop counter clerk</translation>
    </message>
</context>
<context>
    <name>motcua::CounterTools</name>
    <message>
        <source>HH:mm &apos;ngày&apos; dd/MM</source>
        <translation>HH:mm &apos;on&apos; dd/MM</translation>
    </message>
    <message>
        <source>Không tạo được áp phích.</source>
        <translation>Could not make the posters.</translation>
    </message>
    <message>
        <source>Máy chưa có máy in A4. Đã lưu %1 trang áp phích tại %2</source>
        <translation>No A4 printer yet. Saved %1 poster pages at %2</translation>
    </message>
    <message>
        <source>Đang gửi áp phích đến máy in…</source>
        <translation>Sending the posters to the printer…</translation>
    </message>
    <message>
        <source>Đã gửi %1 trang áp phích đến máy in. Tệp PDF: %2</source>
        <translation>Sent %1 poster pages to the printer. PDF file: %2</translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Danh mục thủ tục</source>
        <translation>Procedure catalog</translation>
    </message>
    <message>
        <source>%1 thủ tục, phiên bản %2</source>
        <translation>%1 procedures, version %2</translation>
    </message>
    <message>
        <source>Cổng dịch vụ công</source>
        <translation>Public service portal</translation>
    </message>
    <message>
        <source>Hồ sơ chờ gửi / bị lỗi</source>
        <translation>Applications waiting / failed</translation>
    </message>
    <message>
        <source>Nhật ký thao tác</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <source>nguyên vẹn, %1 mục</source>
        <translation>intact, %1 entries</translation>
    </message>
    <message>
        <source>BỊ SỬA: %1</source>
        <translation>TAMPERED: %1</translation>
    </message>
    <message>
        <source>Ổ đĩa còn trống</source>
        <translation>Free disk space</translation>
    </message>
    <message>
        <source>Giọng đọc</source>
        <translation>Voice</translation>
    </message>
    <message>
        <source>Máy in biên nhận</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>chưa cài</source>
        <translation>not set up</translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ</source>
        <translation>Application data</translation>
    </message>
    <message>
        <source>Máy chưa được cài khóa xác thực danh mục (catalog_public_key).</source>
        <translation>No catalog signing key is set up on this kiosk (catalog_public_key).</translation>
    </message>
    <message>
        <source>Đang hỏi cổng dịch vụ công…</source>
        <translation>Asking the public service portal…</translation>
    </message>
    <message>
        <source>Đã cập nhật danh mục lên phiên bản %1 (%2 thủ tục).</source>
        <translation>Catalog updated to version %1 (%2 procedures).</translation>
    </message>
    <message>
        <source>Danh mục đã là bản mới nhất (%1).</source>
        <translation>The catalog is already the latest (%1).</translation>
    </message>
    <message>
        <source>Bản danh mục mới bị từ chối: %1</source>
        <translation>The new catalog was refused: %1</translation>
    </message>
    <message>
        <source>Không kết nối được cổng dịch vụ công: %1</source>
        <translation>Could not reach the public service portal: %1</translation>
    </message>
    <message>
        <source>Không xuất được báo cáo thống kê.</source>
        <translation>Could not export the statistics report.</translation>
    </message>
    <message>
        <source>Đã lưu báo cáo: %1 và %2</source>
        <translation>Report saved: %1 and %2</translation>
    </message>
</context>
<context>
    <name>motcua::FeeQuote</name>
    <message>
        <source>Không mất lệ phí</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Xin miễn lệ phí (%1): cán bộ kiểm tra giấy tờ chứng minh</source>
        <translation>Fee exemption asked for (%1): a clerk checks your proof papers</translation>
    </message>
    <message>
        <source>Miễn lệ phí (%1)</source>
        <translation>Fee waived (%1)</translation>
    </message>
    <message>
        <source>Cán bộ sẽ báo mức lệ phí</source>
        <translation>A clerk will tell you the fee</translation>
    </message>
    <message>
        <source>Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra. Nếu chưa đủ giấy tờ, lệ phí là %1.</source>
        <translation>Bring your proof papers for a clerk to check. If they are not enough, the fee is %1.</translation>
    </message>
    <message>
        <source>Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra.</source>
        <translation>Bring your proof papers for a clerk to check.</translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1</source>
        <translation>Paper no. %1</translation>
    </message>
    <message>
        <source>%1 bản × %2</source>
        <translation>%1 × %2 per copy</translation>
    </message>
    <message>
        <source>%1 trường hợp × %2</source>
        <translation>%1 × %2 per case</translation>
    </message>
    <message>
        <source>mỗi hồ sơ</source>
        <translation>per application</translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source> (mỗi bản tối đa %1)</source>
        <translation> (at most %1 per copy)</translation>
    </message>
    <message>
        <source>%1 trang × %2 bản%3</source>
        <translation>pages: %1, copies: %2%3</translation>
    </message>
</context>
<context>
    <name>motcua::FilingStatus</name>
    <message>
        <source>Đã tiếp nhận</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Cần bổ sung giấy tờ</source>
        <translation>More papers needed</translation>
    </message>
    <message>
        <source>Chờ nộp lệ phí</source>
        <translation>Waiting for the fee</translation>
    </message>
    <message>
        <source>Đã rút hồ sơ</source>
        <translation>Application withdrawn</translation>
    </message>
    <message>
        <source>Không giải quyết (xem lý do)</source>
        <translation>Refused (see the reason)</translation>
    </message>
    <message>
        <source>Đã có kết quả, mời đến nhận</source>
        <translation>Result ready: please come and collect it</translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation>Result handed over</translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation>Being processed</translation>
    </message>
    <message>
        <source>Chưa gửi được — cán bộ đang xử lý</source>
        <translation>Not sent yet — a clerk is looking into it</translation>
    </message>
    <message>
        <source>Chưa gửi — sẽ gửi khi có mạng</source>
        <translation>Not sent yet — it goes out when the network is back</translation>
    </message>
</context>
<context>
    <name>motcua::OutboxModel</name>
    <message>
        <source>Đã gửi lên cổng dịch vụ công</source>
        <translation>Sent to the public service portal</translation>
    </message>
    <message>
        <source>Máy này không có máy in biên nhận.</source>
        <translation>This kiosk has no receipt printer.</translation>
    </message>
    <message>
        <source>Không xác nhận được lệ phí của hồ sơ này.</source>
        <translation>Could not confirm the fee for this application.</translation>
    </message>
    <message>
        <source>Hồ sơ này không còn chờ gửi.</source>
        <translation>This application is no longer waiting.</translation>
    </message>
</context>
<context>
    <name>motcua::PayloadClassifier</name>
    <message>
        <source>Mã này quá dài, không phải mã QR hợp lệ.</source>
        <translation>This code is too long to be a valid QR code.</translation>
    </message>
    <message>
        <source>Mã trống, không có nội dung.</source>
        <translation>The code is empty.</translation>
    </message>
    <message>
        <source>Máy không đọc được nội dung mã này.</source>
        <translation>The kiosk cannot read what this code holds.</translation>
    </message>
    <message>
        <source>Mã thanh toán này bị lỗi, không dùng được. Bạn hãy xin mã khác.</source>
        <translation>This payment code is damaged and cannot be used. Please ask for another one.</translation>
    </message>
    <message>
        <source>Mã thủ tục trong đường dẫn không đúng.</source>
        <translation>The procedure code in this link is not right.</translation>
    </message>
</context>
<context>
    <name>motcua::PaymentDesk</name>
    <message>
        <source>Không phải nộp lệ phí: %1.</source>
        <translation>No fee to pay: %1.</translation>
    </message>
    <message>
        <source>Đã nộp lệ phí %1 bằng tiền mặt.</source>
        <translation>Fee of %1 paid in cash.</translation>
    </message>
    <message>
        <source>Đã nộp lệ phí %1 bằng chuyển khoản.</source>
        <translation>Fee of %1 paid by bank transfer.</translation>
    </message>
    <message>
        <source>Bạn xin miễn lệ phí: %1. Hãy đưa giấy tờ chứng minh cho cán bộ tại quầy kiểm tra.</source>
        <translation>You asked for a fee exemption: %1. Please show your proof papers to the clerk at the counter.</translation>
    </message>
    <message>
        <source>Bạn đã báo chuyển khoản %1. Cán bộ sẽ kiểm tra tiền đã vào tài khoản của xã.</source>
        <translation>You told us you transferred %1. A clerk will check that the money reached the commune&apos;s account.</translation>
    </message>
    <message>
        <source>Cán bộ tại quầy sẽ báo mức lệ phí và thu tiền mặt.</source>
        <translation>The clerk at the counter will tell you the fee and take it in cash.</translation>
    </message>
    <message>
        <source>Bạn nộp %1 tiền mặt cho cán bộ tại quầy.</source>
        <translation>Please pay %1 in cash to the clerk at the counter.</translation>
    </message>
    <message>
        <source>Máy chưa ghi nhận được. Bạn hãy báo cán bộ tại quầy.</source>
        <translation>The kiosk could not record this. Please tell the clerk at the counter.</translation>
    </message>
    <message>
        <source>Nhập số tiền lệ phí đã thu.</source>
        <translation>Enter the fee amount received.</translation>
    </message>
    <message>
        <source>Không xác nhận được khoản này: khoản đã được xác nhận, hoặc được miễn.</source>
        <translation>This payment cannot be confirmed: it is already confirmed, or waived.</translation>
    </message>
    <message>
        <source>Đã xác nhận nộp lệ phí.</source>
        <translation>Fee payment confirmed.</translation>
    </message>
    <message>
        <source>Hồ sơ này không chờ kiểm tra miễn lệ phí.</source>
        <translation>This application is not waiting for a fee exemption check.</translation>
    </message>
    <message>
        <source>Cán bộ đã xác nhận được miễn lệ phí.</source>
        <translation>The clerk confirmed the fee exemption.</translation>
    </message>
    <message>
        <source>Giấy tờ chưa đủ để miễn lệ phí: bạn nộp lệ phí như dưới đây.</source>
        <translation>The papers are not enough for an exemption: please pay the fee below.</translation>
    </message>
</context>
<context>
    <name>motcua::RatingDesk</name>
    <message>
        <source>Bạn hãy chạm vào một khuôn mặt.</source>
        <translation>Please touch one of the faces.</translation>
    </message>
    <message>
        <source>Máy chưa lưu được đánh giá. Cảm ơn bạn đã góp ý.</source>
        <translation>The kiosk could not save your rating. Thank you for your feedback.</translation>
    </message>
    <message>
        <source>Cảm ơn bạn đã đánh giá!</source>
        <translation>Thank you for your rating!</translation>
    </message>
</context>
<context>
    <name>motcua::ReceiptDesk</name>
    <message>
        <source>Máy này không có máy in biên nhận. Cán bộ một cửa sẽ in cho bạn.</source>
        <translation>This kiosk has no receipt printer. A one-stop counter clerk will print it for you.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ này trên máy. Hãy báo cán bộ một cửa.</source>
        <translation>This application is not on this kiosk. Please tell a one-stop counter clerk.</translation>
    </message>
    <message>
        <source>Máy in biên nhận đang lỗi, chưa in được. Hãy báo cán bộ một cửa: cán bộ sẽ in lại cho bạn.</source>
        <translation>The receipt printer has a fault and could not print. Please tell a one-stop counter clerk: they will reprint it for you.</translation>
    </message>
    <message>
        <source>Đang in giấy biên nhận. Hãy nhận giấy ở khe máy in.</source>
        <translation>Printing your receipt. Please take it from the printer slot.</translation>
    </message>
    <message>
        <source>Máy in biên nhận báo lỗi (hết giấy hoặc kẹt giấy?). Hãy báo cán bộ một cửa: cán bộ sẽ in lại cho bạn.</source>
        <translation>The receipt printer reports an error (out of paper or jammed?). Please tell a one-stop counter clerk: they will reprint it for you.</translation>
    </message>
</context>
<context>
    <name>motcua::Satisfaction</name>
    <message>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <source>Bình thường</source>
        <translation>Okay</translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation>Not satisfied</translation>
    </message>
    <message>
        <source>Phải chờ lâu</source>
        <translation>Long wait</translation>
    </message>
    <message>
        <source>Máy khó sử dụng</source>
        <translation>Kiosk hard to use</translation>
    </message>
    <message>
        <source>Hướng dẫn chưa rõ</source>
        <translation>Instructions not clear</translation>
    </message>
    <message>
        <source>Cán bộ hướng dẫn tận tình</source>
        <translation>Helpful clerk</translation>
    </message>
    <message>
        <source>Nhanh chóng</source>
        <translation>Quick</translation>
    </message>
    <message>
        <source>Lệ phí chưa rõ ràng</source>
        <translation>Fee not clear</translation>
    </message>
    <message>
        <source>Lý do khác</source>
        <translation>Other reason</translation>
    </message>
</context>
<context>
    <name>motcua::ScanInbox</name>
    <message>
        <source>Thẻ căn cước dùng để điền nhanh hồ sơ. Bạn hãy chọn thủ tục, rồi quét thẻ ở bước người nộp hồ sơ.</source>
        <translation>Your chip ID card (CCCD) fills in an application quickly. Choose a procedure first, then scan the card at the applicant step.</translation>
    </message>
    <message>
        <source>Đã điền thông tin từ thẻ căn cước. Bạn kiểm tra lại nhé.</source>
        <translation>Filled in from your chip ID card (CCCD). Please check it.</translation>
    </message>
    <message>
        <source>Mã chuyển khoản %1 đồng vào tài khoản %2 (%3).</source>
        <translation>Bank transfer code: %1 dong to account %2 (%3).</translation>
    </message>
    <message>
        <source>Mã chuyển khoản vào tài khoản %1 (%2).</source>
        <translation>Bank transfer code to account %1 (%2).</translation>
    </message>
    <message>
        <source>Mã này là một đường dẫn: %1. Máy không mở đường dẫn lạ.</source>
        <translation>This code is a link: %1. The kiosk does not open unknown links.</translation>
    </message>
    <message>
        <source>Mã này chỉ chứa chữ: %1</source>
        <translation>This code only holds text: %1</translation>
    </message>
</context>
<context>
    <name>motcua::StatusLookup</name>
    <message>
        <source>Mã hồ sơ chưa đúng. Mã có dạng %1-261123-0001; bạn cũng có thể chỉ nhập 10 số cuối, hoặc quét mã QR trên giấy biên nhận.</source>
        <translation>This file code is not right. It looks like %1-261123-0001; you can also enter just the last 10 digits, or scan the QR code on your receipt.</translation>
    </message>
    <message>
        <source>Chưa hỏi được cổng dịch vụ công lúc này; đây là trạng thái máy biết gần nhất.</source>
        <translation>Could not reach the public service portal just now; this is the latest status the kiosk knows.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1. Hãy kiểm tra lại mã trên giấy biên nhận, hoặc hỏi cán bộ tại quầy.</source>
        <translation>Application %1 not found. Check the code on your receipt, or ask a clerk at the counter.</translation>
    </message>
    <message>
        <source>Máy chưa kết nối được cổng dịch vụ công. Bạn thử lại sau ít phút, hoặc hỏi cán bộ tại quầy.</source>
        <translation>The kiosk cannot connect to the public service portal. Try again in a few minutes, or ask a clerk at the counter.</translation>
    </message>
</context>
<context>
    <name>motcua::StepFieldModel</name>
    <message>
        <source>Thêm</source>
        <translation>Add</translation>
    </message>
</context>
<context>
    <name>motcua::Submission</name>
    <message>
        <source>HH:mm &apos;ngày&apos; dd/MM/yyyy</source>
        <extracomment>A time and date in QDateTime::toString() format: &quot;09:30 ngày 23/11/2026&quot;; text in quotes.</extracomment>
        <translation>HH:mm, dd/MM/yyyy</translation>
    </message>
</context>
<context>
    <name>motcua::SyncEngine</name>
    <message numerus="yes">
        <source>Máy chưa được cấp quyền gửi hồ sơ · %n hồ sơ chờ gửi</source>
        <translation>
            <numerusform>Kiosk not yet allowed to send · %n application waiting</numerusform>
            <numerusform>Kiosk not yet allowed to send · %n applications waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Đang kiểm tra kết nối</source>
        <translation>Checking connection</translation>
    </message>
    <message numerus="yes">
        <source>Mất kết nối · %n hồ sơ chờ gửi</source>
        <translation>
            <numerusform>Connection lost · %n application waiting</numerusform>
            <numerusform>Connection lost · %n applications waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Mất kết nối</source>
        <translation>Connection lost</translation>
    </message>
    <message numerus="yes">
        <source>Đang gửi · %n hồ sơ chờ gửi</source>
        <translation>
            <numerusform>Sending · %n application waiting</numerusform>
            <numerusform>Sending · %n applications waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Đã kết nối</source>
        <translation>Connected</translation>
    </message>
</context>
<context>
    <name>motcua::Walkthrough</name>
    <message>
        <source>Kiểm tra lại thông tin</source>
        <translation>Check your information</translation>
    </message>
    <message>
        <source>Bạn hãy đọc lại từng phần. Nếu có gì chưa đúng, bấm &quot;Sửa&quot; ở phần đó.</source>
        <translation>Please read each part again. If something is wrong, tap &quot;Edit&quot; on that part.</translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation>Review</translation>
    </message>
    <message>
        <source>Thủ tục này chưa nộp được trên máy. Bạn hãy mang giấy tờ đến quầy một cửa.</source>
        <translation>This procedure cannot be submitted on the kiosk yet. Please bring your papers to the one-stop counter.</translation>
    </message>
    <message>
        <source>Máy chưa lưu được hồ sơ. Bạn hãy báo cán bộ tại quầy.</source>
        <translation>The kiosk could not save the application. Please tell the clerk at the counter.</translation>
    </message>
    <message>
        <source>Máy chưa lưu được câu trả lời vừa rồi. Bạn hãy báo cán bộ tại quầy.</source>
        <translation>The kiosk could not save your last answer. Please tell the clerk at the counter.</translation>
    </message>
    <message>
        <source>Không đọc được ảnh này. Bạn hãy chụp lại.</source>
        <translation>This photo could not be read. Please take it again.</translation>
    </message>
    <message>
        <source>Máy chưa lưu được ảnh. Bạn hãy thử lại hoặc báo cán bộ.</source>
        <translation>The kiosk could not save the photo. Please try again or tell a clerk.</translation>
    </message>
    <message>
        <source>Chưa có hồ sơ nào đang làm.</source>
        <translation>No application in progress.</translation>
    </message>
    <message>
        <source>Máy chưa lưu được hồ sơ. Hồ sơ của bạn vẫn được giữ; bạn hãy bấm &quot;Nộp hồ sơ&quot; lại hoặc báo cán bộ.</source>
        <translation>The kiosk could not save the application. Your application is still kept; please tap &quot;Submit&quot; again or tell a clerk.</translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ đang làm dở này nữa.</source>
        <translation>This unfinished application can no longer be found.</translation>
    </message>
    <message>
        <source>4 số cuối CCCD chưa đúng. Bạn hãy thử lại hoặc hỏi cán bộ.</source>
        <translation>The last 4 digits of the CCCD are not right. Please try again or ask a clerk.</translation>
    </message>
    <message numerus="yes">
        <source>Nhập sai mã nhiều lần. Bạn hãy thử lại sau %n giây hoặc hỏi cán bộ.</source>
        <translation>
            <numerusform>Too many wrong codes. Please try again in %n sec, or ask a clerk.</numerusform>
            <numerusform>Too many wrong codes. Please try again in %n sec, or ask a clerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ đã lưu với mã này. Bạn hãy kiểm tra lại mã hoặc hỏi cán bộ.</source>
        <translation>No saved application has this code. Please check the code or ask a clerk.</translation>
    </message>
    <message>
        <source>Máy chưa lưu lại được hồ sơ. Bạn hãy báo cán bộ tại quầy.</source>
        <translation>The kiosk could not save the application for later. Please tell the clerk at the counter.</translation>
    </message>
    <message>
        <source>Hồ sơ này được làm với mẫu cũ nên không mở lại được. Bạn hãy bắt đầu lại.</source>
        <translation>This application was made with an old form and cannot be reopened. Please start again.</translation>
    </message>
</context>
</TS>
