import ClipperModel
import Testing

struct DateTests {
    @Test(
        arguments: [
            ("detained on Jan. 28, 2025 in New York", nil, "2025-01-28"),
            ("In December 2019, the department announced it", nil, "2019-12"),
            ("protests in 2020 spread", nil, "2020"),
            ("a conference on October 16 organized by", nil, "--10-16"),
            ("signed in July", nil, "--07"),
            ("initiated in mid-September", nil, "--09"),
            ("beginning in February of this year", nil, "--02"),
            ("On March 24, ICE arrested people", "2025-03-30", "2025-03-24"),
            ("in late July of this year", "2025-08-10", "2025-07"),
            ("last month", "2025-03-30", "2025-02"),
            ("in January, agents", "2025-03-30", "2025-01"),
            ("on December 12, agents", "2025-01-05", "2024-12-12"),
            ("yesterday", "2025-03-01", "2025-02-28"),
            // 2025-03-12 is a Wednesday.
            ("The council voted on Monday to close", "2025-03-12", "2025-03-10"),
            ("The board met Wednesday", "2025-03-12", "2025-03-12"),
            ("The council will vote on Friday", "2025-03-12", "2025-03-14"),
            ("The talks resume next Tuesday", "2025-03-12", "2025-03-18"),
            ("The ferry sank last Saturday", "2025-03-03", "2025-03-01"),
            ("The shop opened on September 23rd", "2025-10-02", "2025-09-23"),
            ("The festival ends on 14 June 2024", nil, "2024-06-14"),
            ("The storm struck a week ago", "2024-03-20", "2024-03-13"),
            ("Sales had fallen the previous year", "2024-03-20", "2023"),
            ("Losses grew by the end of last year", "2024-03-20", "2023"),
        ] as [(String, String?, String)])
    func datesNormalizeToISO(body: String, published: String?, iso: String) {
        let dates = extract(body, published: published).dates
        #expect(dates.map(\.iso) == [iso], "\(body): \(dates)")
    }

    @Test func relativeDatesWithoutAPublicationDateAreUnknown() {
        let dates = extract("Police met last month and again last week.").dates
        #expect(dates.count == 2)
        #expect(dates.allSatisfy { $0.iso == nil })
    }

    @Test func theMonthMayNeedsADayOrAYear() {
        #expect(extract("Officials may act. It may rain.").dates.isEmpty)
        #expect(extract("The vote is in May 2026.").dates.map(\.iso) == ["2026-05"])
    }

    @Test func firstNamesAreNotMonths() {
        let dates = extract("April Hendricks and June Okafor spoke in May 2024.", published: "2024-06-01").dates
        #expect(dates.map(\.iso) == ["2024-05"], "\(dates)")
    }

    @Test func namesWithWeekdaysAreNotDays() {
        #expect(extract("Shoppers lined up for Black Friday Deals.", published: "2024-11-30").dates.isEmpty)
        #expect(extract("He watched Friday Night Lights again.", published: "2024-11-30").dates.isEmpty)
    }

    @Test func aWeekdayBeforeADateIsThatDate() {
        let dates = extract("The court ruled on Thursday, March 6, after a delay.", published: "2025-03-09").dates
        #expect(dates.map(\.iso) == ["2025-03-06"], "\(dates)")
    }
}

struct HeadlineDateTests {
    @Test func theHeadlinesDatesAreTheArticles() {
        let dates = extract(
            "The mill lost money last year.", title: "Mill posts its first loss since 1998", published: "2024-02-01"
        ).dates
        #expect(dates.map(\.iso) == ["1998", "2023"], "\(dates)")
    }
}
