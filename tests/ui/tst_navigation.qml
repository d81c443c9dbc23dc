// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import MotCua.Ui

// A citizen finds a procedure: home → search → results → detail, and the ways back.
KioskTestCase {
    name: "Navigation"

    function test_home_search_detail_flow() {
        const shell = createShell()
        tap(shell, "tileSearch")
        waitScreen(shell, "searchScreen")
        const field = child(shell, "searchField")
        tryVerify(function () { return field.activeFocus }, 2000, "search field has focus")

        typeText("dang ky khai sinh")
        const search = shell.stack.currentItem
        compare(search.query, "dang ky khai sinh")
        tryVerify(function () { return search.resultCount > 0 })
        const first = child(shell, "result_0")
        compare(first.procedureName, "Đăng ký khai sinh")
        compare(first.procedureCode, "1.001193")

        mouseClick(first)
        waitScreen(shell, "procedureDetailScreen")
        const detail = shell.stack.currentItem
        compare(detail.procedure.name, "Đăng ký khai sinh")
        verify(detail.procedure.documents.length >= 2, "documents listed")
        compare(child(shell, "procedureName").text, "Đăng ký khai sinh")
        verify(child(shell, "factTime").value !== "")
        verify(child(shell, "factFee").value !== "")

        tap(shell, "startFilingButton")
        waitScreen(shell, "filingScreen")
        // Leaving a filing under way asks first, and then forgets it.
        tap(shell, "headerHome")
        tap(shell, "stopFiling")
        waitScreen(shell, "homeScreen")
        compare(shell.stack.depth, 1)
        verify(!Kiosk.walkthrough.active)
    }

    function test_search_without_accents_and_by_code() {
        const shell = createShell()
        const search = shell.showSearch("")
        waitScreen(shell, "searchScreen")
        typeText("1.004194")
        tryVerify(function () { return search.resultCount === 1 })
        compare(child(shell, "result_0").procedureName, "Đăng ký tạm trú")
        tap(shell, "searchClear")
        compare(search.query, "")
        typeText("sao y")
        tryVerify(function () { return search.resultCount > 0 })
        compare(child(shell, "result_0").procedureCode, "2.000815")
    }

    function test_no_result_offers_a_way_forward() {
        const shell = createShell()
        shell.showSearch("")
        waitScreen(shell, "searchScreen")
        typeText("xyzzy")
        const panel = child(shell, "noResults")
        verify(panel.message.indexOf(Kiosk.hotline) >= 0, "the hotline is offered")
        verify(!findChild(shell, "resultList").visible)
        checkKioskRules(shell.stack.currentItem, "no result")
    }

    function test_topics_to_procedure() {
        const shell = createShell()
        tap(shell, "allTopicsButton")
        waitScreen(shell, "topicsScreen")
        const grid = child(shell, "topicGrid")
        verify(grid.count >= 7, "topics shown: " + grid.count)
        tap(shell, "topic_ho-tich")
        waitScreen(shell, "topicProceduresScreen")
        compare(child(shell, "topicTitle").text, "Hộ tịch")
        const list = child(shell, "topicProcedureList")
        tryVerify(function () { return list.count >= 5 })
        mouseClick(list.itemAtIndex(0))
        waitScreen(shell, "procedureDetailScreen")
        verify(shell.stack.currentItem.procedure.found)
    }

    function test_header_back_home_help() {
        const shell = createShell()
        verify(!findChild(shell, "headerBack").visible, "no back button at home")
        compare(child(shell, "headerHotline").text, Kiosk.hotline)
        shell.showTopics()
        waitScreen(shell, "topicsScreen")
        shell.showTopic("chung-thuc")
        waitScreen(shell, "topicProceduresScreen")
        tap(shell, "headerBack")
        waitScreen(shell, "topicsScreen")
        tap(shell, "headerHelp")
        waitScreen(shell, "helpScreen")
        tap(shell, "headerHome")
        waitScreen(shell, "homeScreen")
    }

    function test_featured_procedures_on_home() {
        const shell = createShell()
        const birth = child(shell, "featured_1.001193")
        compare(birth.procedureName, "Đăng ký khai sinh")
        mouseClick(birth)
        waitScreen(shell, "procedureDetailScreen")
        compare(shell.stack.currentItem.code, "1.001193")
    }

    function test_kiosk_rules_on_every_screen_data() {
        return [
            { tag: "landscape", w: 1920, h: 1080 },
            { tag: "portrait", w: 1080, h: 1920 }
        ]
    }

    function test_kiosk_rules_on_every_screen(data) {
        const shell = createShell(data.w, data.h)
        const screens = [["home", ""], ["search", "khai sinh"], ["topics", ""], ["topic", "ho-tich"],
                         ["procedure", "2.000815"], ["help", ""], ["scanner", ""]]
        for (const [screen, argument] of screens) {
            shell.showHome()
            const item = shell.openScreen(screen, argument)
            verify(item, screen)
            tryCompare(shell.stack, "busy", false)
            // The screen itself (not the header) must have buttons and text that follow the rules.
            checkKioskRules(shell.stack.currentItem, data.tag + "/" + screen)
            checkKioskRules(shell, data.tag + "/" + screen + " with header")
        }
    }
}
