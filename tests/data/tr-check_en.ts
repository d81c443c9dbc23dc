<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- SPDX-License-Identifier: GPL-3.0-or-later -->
<!-- English for tst_translations.cpp: a few core messages of each area, in the contexts lupdate
     files them under (core/); compiled by lrelease when core-tests is built. Not the kiosk's
     translation: that is translations/motcua_en.ts. -->
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>motcua::CameraScanner</name>
    <message>
        <source>Máy chưa có camera để quét mã. Bạn có thể đưa mã vào máy quét cầm tay ở quầy, hoặc tìm thủ tục bằng chữ.</source>
        <translation>This kiosk has no camera for scanning codes. You can use the handheld scanner at the counter, or search for the procedure by typing.</translation>
    </message>
</context>
<context>
    <name>motcua::CccdError</name>
    <message>
        <source>Mã QR không có họ và tên.</source>
        <translation>The QR code has no full name.</translation>
    </message>
</context>
<context>
    <name>motcua::ClerkCode</name>
    <message>
        <source>Mã cán bộ không đúng.</source>
        <translation>Wrong clerk code.</translation>
    </message>
</context>
<context>
    <name>motcua::FeeQuote</name>
    <message>
        <source>%1 bản × %2</source>
        <translation>%1 × %2 per copy</translation>
    </message>
    <message>
        <source>Không mất lệ phí</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Lệ phí</source>
        <translation>Fee</translation>
    </message>
</context>
<context>
    <name>motcua::FilingStatus</name>
    <message>
        <source>Chưa gửi được — cán bộ đang xử lý</source>
        <translation>Not sent yet — a clerk is looking into it</translation>
    </message>
    <message>
        <source>Đã có kết quả, mời đến nhận</source>
        <translation>Result ready: please come and collect it</translation>
    </message>
</context>
<context>
    <name>motcua::PayloadClassifier</name>
    <message>
        <source>Mã trống, không có nội dung.</source>
        <translation>The code is empty.</translation>
    </message>
</context>
<context>
    <name>motcua::PaymentDesk</name>
    <message>
        <source>Không phải nộp lệ phí: %1.</source>
        <translation>No fee to pay: %1.</translation>
    </message>
</context>
<context>
    <name>motcua::RatingDesk</name>
    <message>
        <source>Bạn hãy chạm vào một khuôn mặt.</source>
        <translation>Please touch one of the faces.</translation>
    </message>
</context>
<context>
    <name>motcua::Satisfaction</name>
    <message>
        <source>Rất hài lòng</source>
        <translation>Very satisfied</translation>
    </message>
</context>
<context>
    <name>motcua::ScanInbox</name>
    <message>
        <source>Mã này chỉ chứa chữ: %1</source>
        <translation>This code only holds text: %1</translation>
    </message>
</context>
<context>
    <name>motcua::Submission</name>
    <message>
        <source>HH:mm &apos;ngày&apos; dd/MM/yyyy</source>
        <translation>HH:mm, dd/MM/yyyy</translation>
    </message>
</context>
</TS>
