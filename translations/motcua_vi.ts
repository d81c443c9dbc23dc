<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>AccessMenu</name>
    <message>
        <source>Chậm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vừa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhanh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dễ nhìn, dễ nghe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cỡ chữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ lớn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chữ rất lớn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Màu sắc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Màu thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tương phản cao (đen trắng)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc hướng dẫn thành tiếng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy này chưa có giọng đọc. Bạn hãy báo cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bật giọng đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tắt giọng đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tốc độ đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi sẽ đọc với tốc độ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xong</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddressInput</name>
    <message>
        <source>Tỉnh, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tỉnh, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xã, phường, đặc khu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn tỉnh trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn xã, phường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số nhà, đường, thôn, xóm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Số 12, ngõ 5, phố Đội Cấn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerFormatter</name>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sinh ngày %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(bỏ trống)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · đã chụp ảnh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CameraView</name>
    <message>
        <source>Đang mở camera…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CccdPanel</name>
    <message>
        <source>Điền từ thẻ căn cước (CCCD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đưa mã QR ở mặt trước thẻ vào dưới máy quét. Thông tin sẽ tự điền; bạn kiểm tra lại sau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã QR trên thẻ sẽ hiện ở đây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng, tự điền tay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điền thông tin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkCodeDialog</name>
    <message>
        <source>Cán bộ %1 thực hiện.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mã cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkConfirmDialog</name>
    <message>
        <source>Miễn lệ phí: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ xác nhận đã thu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ xác nhận đã thu lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ %1: xem giấy tờ chứng minh của người dân, rồi chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ %1: chọn cách người dân đã nộp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem giấy tờ chứng minh của người dân, nhập mã cán bộ, rồi chọn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mã cán bộ, rồi chọn cách người dân đã nộp.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền đã thu (đồng):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thu tiền mặt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiền đã vào tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa đủ giấy tờ, phải nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đủ giấy tờ, được miễn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkLoginDialog</name>
    <message>
        <source>Đăng nhập cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa có tài khoản cán bộ. Kỹ thuật viên tạo tài khoản bằng lệnh: motcua clerk add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng nhập</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClerkScreen</name>
    <message>
        <source>Kỹ thuật viên: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đăng xuất</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tự đăng xuất sau %1 phút không dùng. Hồ sơ nộp khi đang đăng nhập được ghi là cán bộ nộp thay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công dân cần trợ giúp tại máy (từ %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Công việc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tình trạng máy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cấu hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nộp thay công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm thủ tục rồi điền cùng công dân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận lệ phí, in lại biên nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chờ gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hồ sơ lỗi cần gửi lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hồ sơ đang chờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thống kê</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số hồ sơ, lệ phí, mức hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In áp phích QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Áp phích các thủ tục thường gặp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cập nhật danh mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lấy danh mục thủ tục mới từ cổng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có hồ sơ nào được lưu lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mã %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chế độ cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmationView</name>
    <message>
        <source>Đã nộp hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · nhận lúc %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ của bạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hẹn trả kết quả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy ghi lại mã hồ sơ (hoặc chụp ảnh màn hình này) và mang theo giấy tờ bản chính khi đến nhận kết quả.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateInput</name>
    <message>
        <source>Ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentInput</name>
    <message>
        <source>Tôi có giấy này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chụp ảnh giấy này (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRow</name>
    <message>
        <source>Bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao có chứng thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản chính hoặc bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mang bản chính để đối chiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số lượng: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DraftShelf</name>
    <message>
        <source>HH:mm &apos;ngày&apos; dd/MM</source>
        <extracomment>a time and a day, as QDateTime::toString() reads it: &quot;09:30 ngày 23/11&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorSummary</name>
    <message>
        <source>Còn 1 chỗ cần sửa trước khi đi tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn %1 chỗ cần sửa trước khi đi tiếp:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeeSummary</name>
    <message>
        <source>Lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng cộng: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldChecks</name>
    <message>
        <source>Số điện thoại chỉ gồm chữ số, ví dụ: 0912 345 678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chỉ nhận số điện thoại Việt Nam (mã +84). Vui lòng nhập số bắt đầu bằng 0, ví dụ: 0912 345 678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số điện thoại bàn chưa đúng. Số điện thoại bàn có 11 chữ số, bắt đầu bằng 02, ví dụ: 024 3825 1234.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số điện thoại chưa đúng. Số di động có 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên dài quá %1 ký tự. Vui lòng kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên chỉ gồm chữ cái, ví dụ: Nguyễn Văn An.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dấu &apos; và dấu - chỉ đặt giữa hai chữ cái, ví dụ: H&apos;Hen Niê.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng viết đầy đủ cả họ và tên, ví dụ: Nguyễn Văn An.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD chỉ gồm 12 chữ số, không có chữ cái, dấu cách hay ký hiệu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Số CCCD phải có đúng 12 chữ số. Bạn đã nhập %n chữ số.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ba số đầu của số CCCD phải là mã tỉnh (từ 001 đến 096). Vui lòng xem lại số trên thẻ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ email dài quá %1 ký tự. Vui lòng kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ email không có dấu cách. Vui lòng xóa dấu cách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ email viết không dấu, ví dụ: nguyenvanan@gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ email chưa đúng. Email có dạng tên@tên-miền, ví dụ: nguyenvanan@gmail.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng điền đủ ngày, tháng và năm (năm có 4 chữ số).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày này không có trên lịch. Vui lòng kiểm tra lại ngày và tháng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Năm phải từ 1900 trở về sau. Vui lòng kiểm tra lại năm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày này chưa đến. Vui lòng kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày này đã qua. Vui lòng chọn từ hôm nay trở đi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng chỉ nhập số nguyên, không có chữ, dấu chấm hay dấu phẩy, ví dụ: 12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số này quá lớn. Vui lòng kiểm tra lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phải từ %1 trở lên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số không được lớn hơn %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số phải từ %1 đến %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung có ký tự lạ. Vui lòng xóa đi và gõ lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ô này chỉ viết trên một dòng. Vui lòng xóa chỗ xuống dòng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung có ký tự lạ không hiện được. Vui lòng xóa đi và gõ lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung dài quá: tối đa %1 ký tự, hiện có %2. Vui lòng viết ngắn gọn hơn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFrame</name>
    <message>
        <source> (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldValidator</name>
    <message>
        <source>Vui lòng chọn một câu trả lời.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng chụp hoặc chọn ảnh giấy tờ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng điền thông tin này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Câu trả lời không đúng dạng. Vui lòng nhập lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Họ và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD / số định danh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng chọn trong danh sách.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần có giấy này để nộp hồ sơ. Nếu chưa có, vui lòng hỏi cán bộ một cửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng chọn Nam hoặc Nữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng chọn tỉnh hoặc thành phố.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng chọn xã, phường hoặc đặc khu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vui lòng ghi số nhà, tên đường hoặc thôn, xóm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cần ít nhất %n mục.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Chỉ được tối đa %n mục.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilingScreen</name>
    <message>
        <source>Cán bộ %1 đang nộp thay cho công dân.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Điền nhanh từ thẻ căn cước (CCCD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nộp hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dừng nộp hồ sơ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nếu dừng, những gì bạn đã điền sẽ bị xóa khỏi máy. Muốn làm tiếp lần sau, hãy chọn &quot;Lưu lại&quot;: máy cho bạn một mã để mở lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục điền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu lại, làm tiếp sau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dừng và xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp hồ sơ. Mười số cuối của mã hồ sơ là: %1. Bạn hãy ghi lại, hoặc giữ giấy biên nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước cuối. Bạn hãy đọc lại lệ phí và các thông tin đã điền, rồi chạm Nộp hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bước %1 trên %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần sửa lại: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDefinition</name>
    <message>
        <source>Mục %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormSession</name>
    <message>
        <source>Nhận qua bưu điện tại nhà (trả cước bưu chính)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận bản điện tử qua Cổng Dịch vụ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận tại Bộ phận Một cửa của xã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn muốn nhận kết quả bằng cách nào?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Địa chỉ nhận kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bưu điện sẽ mang kết quả đến địa chỉ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số điện thoại để bưu điện liên hệ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thông tin kiosk tự tính</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupInput</name>
    <message>
        <source>Bỏ mục này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Cán bộ sẽ đến hỗ trợ bạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Về trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy đã báo cho cán bộ bộ phận một cửa. Bạn hãy đứng tại máy, cán bộ sẽ đến ngay.

Nếu cần gọi điện: gọi tổng đài hỗ trợ %1 (miễn phí), nói tên xã và thủ tục bạn đang làm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Xin chào! Bạn cần làm thủ tục gì?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chạm vào một ô bên dưới. Nếu cần, cán bộ sẽ hướng dẫn bạn từng bước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ tên thủ tục, có dấu hay không dấu đều được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quét mã QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã trên áp phích thủ tục hoặc thẻ căn cước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra cứu hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem hồ sơ đã nộp đang ở bước nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gọi cán bộ đến hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục thường gặp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem tất cả lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin chào! Bạn cần làm thủ tục gì? Chạm vào một ô trên màn hình: tìm thủ tục, quét mã QR, tra cứu hồ sơ, hoặc gọi cán bộ trợ giúp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Bạn còn đang sử dụng?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Còn %1 giây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để giữ kín thông tin của bạn, máy sẽ xóa những gì bạn đã nhập khi hết %1 giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lưu lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeptDraftOpener</name>
    <message>
        <source>Mở hồ sơ đã lưu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mã hồ sơ đã lưu (6 số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã được cho khi bạn chọn &quot;Lưu lại&quot;. Nếu quên mã, hãy hỏi cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng đài hỗ trợ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tổng đài hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bộ phận Một cửa · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanh điều hướng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đọc lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dễ nhìn, dễ nghe: cỡ chữ, màu, giọng đọc, ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <source>Nộp hồ sơ tại quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục này chưa nộp được trên máy. Bạn hãy mang các giấy tờ cần thiết đến quầy một cửa, cán bộ sẽ tiếp nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa bắt đầu được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không mở lại được hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa lưu được hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu hồ sơ của bạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã mở lại hồ sơ:  %1

Bạn hãy ghi lại mã này. Lần sau, chạm &quot;Mở hồ sơ đã lưu&quot; ở trang chủ và nhập mã, hoặc đưa mã cho cán bộ. Hồ sơ được giữ %2 ngày.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ căn cước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chuyển khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã vừa quét</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn còn đang sử dụng máy không? Chạm vào màn hình để tiếp tục.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>Ngôn ngữ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Một cửa — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <source>Về trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxRow</name>
    <message>
        <source> · đã thử %1 lần</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · thử lại lúc %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nhận chuyển khoản %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã thu %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lại biên nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi lại</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <source>Hồ sơ gửi lên cổng dịch vụ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mọi hồ sơ đã lên cổng dịch vụ công. %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi ngay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chờ gửi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi lại hồ sơ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lại biên nhận %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận đã thu lệ phí hồ sơ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xác nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartLabel</name>
    <message>
        <source> (không bắt buộc)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <source>Lệ phí: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bằng chữ: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã đã được ẩn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hiện lại mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tôi đã chuyển khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nộp tiền mặt tại quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở ứng dụng ngân hàng trên điện thoại, chọn quét mã QR và quét mã bên cạnh. Số tiền và nội dung đã có sẵn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngân hàng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tên tài khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số tiền</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nội dung chuyển khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hiện thêm %1 phút %2 giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ kiểm tra giấy tờ miễn lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ xác nhận đã thu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonInput</name>
    <message>
        <source>Họ, chữ đệm và tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số CCCD (12 số)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 001090012345</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoInput</name>
    <message>
        <source>Chọn ảnh giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có ảnh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn ảnh khác</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <source>Chọn ảnh giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tải lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bấm vào ảnh của giấy tờ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có ảnh nào. Bạn hãy đặt giấy lên máy quét (hoặc nhờ cán bộ chụp), rồi bấm &quot;Tải lại&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ảnh giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureDetailScreen</name>
    <message>
        <source>Nhận tại quầy một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi qua bưu điện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận bản điện tử qua mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy thủ tục %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã thủ tục: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nộp qua mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toàn trình: nộp và nhận kết quả qua mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Một phần: nộp qua mạng, mang bản chính đến quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy tờ cần mang theo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ai được nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhận kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết quả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bắt đầu nộp hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Màn hình này cho biết giấy tờ cần mang, lệ phí và thời gian giải quyết.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureRow</name>
    <message>
        <source>Mã %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingScreen</name>
    <message>
        <source>Bạn có hài lòng với việc nộp hồ sơ hôm nay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chạm vào một khuôn mặt. Đánh giá không ghi tên bạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vì sao? (không bắt buộc, chọn bao nhiêu cũng được)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ qua</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gửi đánh giá</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kết thúc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn có hài lòng với việc nộp hồ sơ hôm nay? Chạm vào một khuôn mặt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiptPrintRow</name>
    <message>
        <source>In lại giấy biên nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In giấy biên nhận</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequiredDocument</name>
    <message>
        <source>Bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản sao có chứng thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản chính hoặc bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất trình bản chính để cán bộ xem</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>, %n bản</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source> · nếu có</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDraftBanner</name>
    <message>
        <source>Tiếp tục hồ sơ đang làm dở?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · lưu lúc %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa có tên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bỏ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiếp tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập 4 số cuối CCCD của người nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Để giữ kín thông tin, chỉ người đã nộp mới mở lại được hồ sơ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mở hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Sửa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScalarEditor</name>
    <message>
        <source>Có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanKindsList</name>
    <message>
        <source>Mã QR trên tờ hướng dẫn dán ở quầy: mở thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã QR trên thẻ căn cước: điền sẵn thông tin khi nộp hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã QR trên giấy biên nhận: xem hồ sơ đã đến đâu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chuyển khoản: xem người nhận và số tiền</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanResultCard</name>
    <message>
        <source>Mã chuyển khoản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thẻ căn cước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chứa đường dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chứa chữ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được mã này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quét mã khác</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScannerScreen</name>
    <message>
        <source>Đưa mã QR vào khung hình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy không đọc được mã này. Mời xem lý do trên màn hình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy đã đọc được mã. Mời xem trên màn hình.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Đã đọc được mã</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa có camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera chưa dùng được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thử lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quét mã QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa thấy mã. Bạn giữ mã cách camera khoảng một gang tay, ở giữa khung, không để bị lóa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ở quầy có máy quét cầm tay: bạn cũng có thể đưa mã vào máy đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm thủ tục bằng chữ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>khai sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kết hôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tạm trú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sao y bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>xác nhận độc thân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chứng thực chữ ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>khai tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thường trú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: khai sinh, tạm trú, sao y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ô tìm kiếm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ vài chữ trong tên thủ tục, không cần dấu. Hoặc chạm một gợi ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hoặc xem thủ tục theo lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Không có thủ tục nào khớp hết các từ. Đây là %n kết quả gần đúng:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tìm thấy %n thủ tục:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Không tìm thấy thủ tục phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hãy thử gõ ít chữ hơn, ví dụ &quot;khai sinh&quot;. Hoặc gọi tổng đài %1, hay nhờ cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xem theo lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tìm thủ tục. Gõ vài chữ trong tên thủ tục vào ô tìm kiếm, có dấu hay không dấu đều được.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Thống kê bộ phận một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hôm nay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng này</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tháng trước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xuất báo cáo (CSV, PDF)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nộp trực tuyến toàn trình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệ phí đã thu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chờ gửi / lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ theo ngày</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theo thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mức độ hài lòng (%1 lượt đánh giá, %2 số hồ sơ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệ phí và thời gian xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chuyển khoản: %1 hồ sơ, %2. Tiền mặt: %3 hồ sơ, %4. Miễn: %5. Chưa thu: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thời gian xử lý trung bình %1 giờ (%2 hồ sơ đã có kết quả).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có hồ sơ nào có kết quả trong kỳ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 đ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusCard</name>
    <message>
        <source>Hồ sơ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày hẹn trả kết quả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quá trình xử lý</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusScreen</name>
    <message>
        <source>Tra cứu hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập mã hồ sơ in trên giấy biên nhận (hoặc 10 số cuối, ví dụ 261123-0001), hoặc đưa mã QR trên giấy biên nhận vào máy quét.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ví dụ: 261123-0001</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ô nhập mã hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra cứu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã hồ sơ chưa đúng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa kết nối được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tra cứu hồ sơ. Nhập mã hồ sơ in trên giấy biên nhận, hoặc đưa mã QR trên giấy biên nhận vào máy quét.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Bước %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicProceduresScreen</name>
    <message>
        <source>Chạm vào thủ tục để xem cần mang giấy tờ gì, lệ phí và thời gian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Chọn thủ tục bạn cần làm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <source>Chọn lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục được xếp theo lĩnh vực. Chạm vào lĩnh vực bạn cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thủ tục</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Chọn lĩnh vực của thủ tục bạn cần làm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <source>Chọn tỉnh, thành phố</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chọn xã, phường, đặc khu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên tỉnh, thành phố (không cần dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gõ vài chữ của tên xã, phường (không cần dấu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có tên nào như vậy. Bạn hãy gõ ít chữ hơn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CameraScanner</name>
    <message>
        <source>Máy chưa có camera để quét mã. Bạn có thể đưa mã vào máy quét cầm tay ở quầy, hoặc tìm thủ tục bằng chữ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera đang gặp trục trặc. Bạn có thể đưa mã vào máy quét cầm tay ở quầy, hoặc nhờ cán bộ giúp.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CccdError</name>
    <message>
        <source>Không đọc được mã. Bạn hãy đưa mã QR trên thẻ căn cước vào lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đây không phải mã QR trên thẻ căn cước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số căn cước phải có đúng 12 chữ số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ba số đầu của số căn cước không phải mã tỉnh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số chứng minh nhân dân cũ phải có 9 chữ số.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã QR không có họ và tên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày sinh trong mã QR không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giới tính trong mã QR không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã QR không có nơi thường trú.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ngày cấp thẻ trong mã QR không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Số căn cước không khớp với ngày sinh hoặc giới tính.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ClerkAccounts</name>
    <message>
        <source>%1 giây</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 phút</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã khóa do nhập sai nhiều lần. Thử lại sau %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không kiểm tra được mã PIN. Xin báo kỹ thuật viên.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không có tài khoản cán bộ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã PIN không đúng. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã PIN không đúng. Còn %1 lần thử.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ClerkCode</name>
    <message>
        <source>Nhập sai mã nhiều lần. Thử lại sau %1 giây.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa được cài mã cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã cán bộ không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ClerkDesk</name>
    <message>
        <source>Kỹ thuật viên</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ một cửa</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::CounterTools</name>
    <message>
        <source>HH:mm &apos;ngày&apos; dd/MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tạo được áp phích.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa có máy in A4. Đã lưu %1 trang áp phích tại %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang gửi áp phích đến máy in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã gửi %1 trang áp phích đến máy in. Tệp PDF: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phiên bản</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 thủ tục, phiên bản %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cổng dịch vụ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ chờ gửi / bị lỗi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhật ký thao tác</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nguyên vẹn, %1 mục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BỊ SỬA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ổ đĩa còn trống</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giọng đọc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy in biên nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chưa cài</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dữ liệu hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa được cài khóa xác thực danh mục (catalog_public_key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang hỏi cổng dịch vụ công…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã cập nhật danh mục lên phiên bản %1 (%2 thủ tục).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danh mục đã là bản mới nhất (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bản danh mục mới bị từ chối: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không kết nối được cổng dịch vụ công: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xuất được báo cáo thống kê.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã lưu báo cáo: %1 và %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::FeeQuote</name>
    <message>
        <source>Không mất lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xin miễn lệ phí (%1): cán bộ kiểm tra giấy tờ chứng minh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Miễn lệ phí (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ sẽ báo mức lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra. Nếu chưa đủ giấy tờ, lệ phí là %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn mang theo giấy tờ chứng minh để cán bộ kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy tờ thứ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bản × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trường hợp × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mỗi hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (mỗi bản tối đa %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 trang × %2 bản%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::FilingStatus</name>
    <message>
        <source>Đã tiếp nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cần bổ sung giấy tờ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chờ nộp lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã rút hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không giải quyết (xem lý do)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã có kết quả, mời đến nhận</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã trả kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa gửi được — cán bộ đang xử lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa gửi — sẽ gửi khi có mạng</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::OutboxModel</name>
    <message>
        <source>Đã gửi lên cổng dịch vụ công</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy này không có máy in biên nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xác nhận được lệ phí của hồ sơ này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ này không còn chờ gửi.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PayloadClassifier</name>
    <message>
        <source>Mã này quá dài, không phải mã QR hợp lệ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã trống, không có nội dung.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy không đọc được nội dung mã này.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã thanh toán này bị lỗi, không dùng được. Bạn hãy xin mã khác.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã thủ tục trong đường dẫn không đúng.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::PaymentDesk</name>
    <message>
        <source>Không phải nộp lệ phí: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp lệ phí %1 bằng tiền mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã nộp lệ phí %1 bằng chuyển khoản.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn xin miễn lệ phí: %1. Hãy đưa giấy tờ chứng minh cho cán bộ tại quầy kiểm tra.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn đã báo chuyển khoản %1. Cán bộ sẽ kiểm tra tiền đã vào tài khoản của xã.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ tại quầy sẽ báo mức lệ phí và thu tiền mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn nộp %1 tiền mặt cho cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa ghi nhận được. Bạn hãy báo cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhập số tiền lệ phí đã thu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không xác nhận được khoản này: khoản đã được xác nhận, hoặc được miễn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã xác nhận nộp lệ phí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ này không chờ kiểm tra miễn lệ phí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ đã xác nhận được miễn lệ phí.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Giấy tờ chưa đủ để miễn lệ phí: bạn nộp lệ phí như dưới đây.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::RatingDesk</name>
    <message>
        <source>Bạn hãy chạm vào một khuôn mặt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa lưu được đánh giá. Cảm ơn bạn đã góp ý.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cảm ơn bạn đã đánh giá!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ReceiptDesk</name>
    <message>
        <source>Máy này không có máy in biên nhận. Cán bộ một cửa sẽ in cho bạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ này trên máy. Hãy báo cán bộ một cửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy in biên nhận đang lỗi, chưa in được. Hãy báo cán bộ một cửa: cán bộ sẽ in lại cho bạn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đang in giấy biên nhận. Hãy nhận giấy ở khe máy in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy in biên nhận báo lỗi (hết giấy hoặc kẹt giấy?). Hãy báo cán bộ một cửa: cán bộ sẽ in lại cho bạn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Satisfaction</name>
    <message>
        <source>Rất hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bình thường</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không hài lòng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phải chờ lâu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy khó sử dụng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hướng dẫn chưa rõ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cán bộ hướng dẫn tận tình</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nhanh chóng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lệ phí chưa rõ ràng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lý do khác</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::ScanInbox</name>
    <message>
        <source>Thẻ căn cước dùng để điền nhanh hồ sơ. Bạn hãy chọn thủ tục, rồi quét thẻ ở bước người nộp hồ sơ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Đã điền thông tin từ thẻ căn cước. Bạn kiểm tra lại nhé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chuyển khoản %1 đồng vào tài khoản %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã chuyển khoản vào tài khoản %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã này là một đường dẫn: %1. Máy không mở đường dẫn lạ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mã này chỉ chứa chữ: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::StatusLookup</name>
    <message>
        <source>Mã hồ sơ chưa đúng. Mã có dạng %1-261123-0001; bạn cũng có thể chỉ nhập 10 số cuối, hoặc quét mã QR trên giấy biên nhận.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa hỏi được cổng dịch vụ công lúc này; đây là trạng thái máy biết gần nhất.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ %1. Hãy kiểm tra lại mã trên giấy biên nhận, hoặc hỏi cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa kết nối được cổng dịch vụ công. Bạn thử lại sau ít phút, hoặc hỏi cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::StepFieldModel</name>
    <message>
        <source>Thêm</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Submission</name>
    <message>
        <source>HH:mm &apos;ngày&apos; dd/MM/yyyy</source>
        <extracomment>A time and date in QDateTime::toString() format: &quot;09:30 ngày 23/11/2026&quot;; text in quotes.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::SyncEngine</name>
    <message numerus="yes">
        <source>Máy chưa được cấp quyền gửi hồ sơ · %n hồ sơ chờ gửi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Đang kiểm tra kết nối</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mất kết nối · %n hồ sơ chờ gửi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Mất kết nối</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Đang gửi · %n hồ sơ chờ gửi</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Đã kết nối</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>motcua::Walkthrough</name>
    <message>
        <source>Kiểm tra lại thông tin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bạn hãy đọc lại từng phần. Nếu có gì chưa đúng, bấm &quot;Sửa&quot; ở phần đó.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiểm tra lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thủ tục này chưa nộp được trên máy. Bạn hãy mang giấy tờ đến quầy một cửa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa lưu được hồ sơ. Bạn hãy báo cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa lưu được câu trả lời vừa rồi. Bạn hãy báo cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không đọc được ảnh này. Bạn hãy chụp lại.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa lưu được ảnh. Bạn hãy thử lại hoặc báo cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chưa có hồ sơ nào đang làm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa lưu được hồ sơ. Hồ sơ của bạn vẫn được giữ; bạn hãy bấm &quot;Nộp hồ sơ&quot; lại hoặc báo cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ đang làm dở này nữa.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 số cuối CCCD chưa đúng. Bạn hãy thử lại hoặc hỏi cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nhập sai mã nhiều lần. Bạn hãy thử lại sau %n giây hoặc hỏi cán bộ.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Không tìm thấy hồ sơ đã lưu với mã này. Bạn hãy kiểm tra lại mã hoặc hỏi cán bộ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Máy chưa lưu lại được hồ sơ. Bạn hãy báo cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hồ sơ này được làm với mẫu cũ nên không mở lại được. Bạn hãy bắt đầu lại.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
