<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi" sourcelanguage="vi">
<context>
    <name>DocumentRow</name>
    <message>
        <location filename="../ui/components/DocumentRow.qml" line="19"/>
        <source>Bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/DocumentRow.qml" line="20"/>
        <source>Bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/DocumentRow.qml" line="21"/>
        <source>Bản sao có chứng thực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/DocumentRow.qml" line="22"/>
        <source>Bản chính hoặc bản sao</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/DocumentRow.qml" line="23"/>
        <source>Mang bản chính để đối chiếu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/DocumentRow.qml" line="34"/>
        <location filename="../ui/components/DocumentRow.qml" line="72"/>
        <source>Số lượng: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/DocumentRow.qml" line="73"/>
        <source>Không bắt buộc</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <location filename="../ui/screens/HelpScreen.qml" line="19"/>
        <source>Cán bộ sẽ đến hỗ trợ bạn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HelpScreen.qml" line="20"/>
        <source>Bạn hãy đứng tại máy, cán bộ bộ phận một cửa sẽ đến ngay.
Nếu cần gọi điện, hãy gọi tổng đài hỗ trợ: %1 (miễn phí).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HelpScreen.qml" line="23"/>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HelpScreen.qml" line="29"/>
        <source>Về trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="35"/>
        <source>Xin chào! Bạn cần làm thủ tục gì?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="47"/>
        <source>Chạm vào một ô bên dưới. Nếu cần, cán bộ sẽ hướng dẫn bạn từng bước.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="63"/>
        <source>Tìm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="64"/>
        <source>Gõ tên thủ tục, có dấu hay không dấu đều được</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="74"/>
        <source>Quét mã QR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="75"/>
        <source>Mã trên áp phích thủ tục hoặc thẻ căn cước</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="85"/>
        <source>Tra cứu hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="86"/>
        <source>Xem hồ sơ đã nộp đang ở bước nào</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="96"/>
        <source>Trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="97"/>
        <source>Gọi cán bộ đến hướng dẫn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="107"/>
        <source>Thủ tục thường gặp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/HomeScreen.qml" line="112"/>
        <source>Xem tất cả lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskHeader</name>
    <message>
        <location filename="../ui/components/KioskHeader.qml" line="34"/>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/KioskHeader.qml" line="42"/>
        <source>Trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/KioskHeader.qml" line="66"/>
        <source>Bộ phận Một cửa · Dịch vụ công trực tuyến</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/KioskHeader.qml" line="76"/>
        <source>Tổng đài hỗ trợ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/KioskHeader.qml" line="86"/>
        <source>Tổng đài hỗ trợ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/components/KioskHeader.qml" line="106"/>
        <source>Cần trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskShell</name>
    <message>
        <location filename="../ui/KioskShell.qml" line="25"/>
        <source>Quét mã QR sắp có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KioskShell.qml" line="26"/>
        <source>Chức năng quét mã QR đang được hoàn thiện. Bạn hãy dùng &quot;Tìm thủ tục&quot; hoặc nhờ cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KioskShell.qml" line="29"/>
        <source>Tra cứu hồ sơ sắp có</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KioskShell.qml" line="30"/>
        <source>Chức năng tra cứu hồ sơ đang được hoàn thiện. Bạn có thể hỏi cán bộ tại quầy hoặc gọi tổng đài %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KioskShell.qml" line="33"/>
        <source>Nộp hồ sơ tại quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/KioskShell.qml" line="34"/>
        <source>Nộp hồ sơ trên máy sẽ có trong bản cập nhật tới. Bạn hãy mang các giấy tờ trên đến quầy một cửa, cán bộ sẽ tiếp nhận.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <location filename="../ui/Main.qml" line="13"/>
        <source>Một cửa — %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageScreen</name>
    <message>
        <location filename="../ui/screens/MessageScreen.qml" line="28"/>
        <source>Về trang chủ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureDetailScreen</name>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="20"/>
        <source>Nhận tại quầy một cửa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="21"/>
        <source>Gửi qua bưu điện</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="22"/>
        <source>Nhận bản điện tử qua mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="57"/>
        <source>Không tìm thấy thủ tục %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="63"/>
        <source>Mã thủ tục: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="84"/>
        <source>Thời gian giải quyết</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="92"/>
        <source>Lệ phí</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="99"/>
        <source>Nộp qua mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="101"/>
        <source>Toàn trình: nộp và nhận kết quả qua mạng</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="102"/>
        <source>Một phần: nộp qua mạng, mang bản chính đến quầy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="109"/>
        <source>Giấy tờ cần mang theo (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="129"/>
        <source>Ai được nộp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="140"/>
        <source>Nhận kết quả</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="145"/>
        <source>Kết quả: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="177"/>
        <source>Căn cứ pháp lý</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="205"/>
        <source>Quay lại</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/ProcedureDetailScreen.qml" line="218"/>
        <source>Bắt đầu nộp hồ sơ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcedureRow</name>
    <message>
        <location filename="../ui/components/ProcedureRow.qml" line="58"/>
        <source>Mã %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="21"/>
        <source>khai sinh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="21"/>
        <source>kết hôn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="21"/>
        <source>tạm trú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="22"/>
        <source>sao y bản chính</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="22"/>
        <source>xác nhận độc thân</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="22"/>
        <source>chứng thực chữ ký</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="23"/>
        <source>khai tử</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="23"/>
        <source>thường trú</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="47"/>
        <source>Tìm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="59"/>
        <source>Ví dụ: khai sinh, tạm trú, sao y…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="63"/>
        <source>Ô tìm kiếm thủ tục</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="85"/>
        <source>Xóa</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="104"/>
        <source>Gõ vài chữ trong tên thủ tục, không cần dấu. Hoặc chạm một gợi ý:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="121"/>
        <source>Hoặc xem thủ tục theo lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/SearchScreen.qml" line="137"/>
        <source>Không có thủ tục nào khớp hết các từ. Đây là %n kết quả gần đúng:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/SearchScreen.qml" line="138"/>
        <source>Tìm thấy %n thủ tục:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="180"/>
        <source>Không tìm thấy thủ tục phù hợp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="181"/>
        <source>Hãy thử gõ ít chữ hơn, ví dụ &quot;khai sinh&quot;. Hoặc gọi tổng đài %1, hay nhờ cán bộ tại quầy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="184"/>
        <source>Xem theo lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/SearchScreen.qml" line="190"/>
        <source>Cần trợ giúp</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicProceduresScreen</name>
    <message>
        <location filename="../ui/screens/TopicProceduresScreen.qml" line="28"/>
        <source>Chạm vào thủ tục để xem cần mang giấy tờ gì, lệ phí và thời gian.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TopicsScreen</name>
    <message>
        <location filename="../ui/screens/TopicsScreen.qml" line="21"/>
        <source>Chọn lĩnh vực</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/screens/TopicsScreen.qml" line="26"/>
        <source>Thủ tục được xếp theo lĩnh vực. Chạm vào lĩnh vực bạn cần.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/screens/TopicsScreen.qml" line="93"/>
        <source>%n thủ tục</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
