import ClipperModel
import Testing

@testable import ClipperWeb

struct SearchFormTests {
    @Test func theURLReadsBackAsTheSameForm() throws {
        let form = try SearchForm(
            QueryParameters(
                "q=police+%22rent+increase%22&person=Harold+Medina&place=El%20Paso&from=2025-03&sort=date&page=2"))
        #expect(form.query == "police \"rent increase\"")
        #expect(form.people == ["Harold Medina"])
        #expect(form.places == ["El Paso"])
        #expect(form.from == "2025-03-01")
        #expect(form.order == .newest)
        #expect(form.request.offset == SearchForm.pageSize)
        let again = try SearchForm(QueryParameters(String(form.href.dropFirst("/search?".count))))
        #expect(again == form)
    }

    @Test func chipsRemoveOneFilterAndGoBackToPageOne() throws {
        let form = try SearchForm(QueryParameters("q=budget&person=A&person=B&outlet=Daily&page=3"))
        let chips = form.chips
        #expect(chips.map(\.label) == ["Person", "Person", "Outlet"])
        let withoutA = try SearchForm(QueryParameters(String(chips[0].removeHref.dropFirst("/search?".count))))
        #expect(withoutA.people == ["B"])
        #expect(withoutA.outlet == "Daily")
        #expect(withoutA.page == 1)
    }

    @Test(arguments: ["from=yesterday", "to=2025-13-01", "sort=random", "page=0", "page=x"])
    func badParametersAreSentences(query: String) {
        #expect(throws: WebInputError.self) { try SearchForm(QueryParameters(query)) }
    }

    @Test func toCoversTheWholeSpan() throws {
        #expect(try SearchForm.date("2025", field: "to", end: true) == "2025-12-31")
        #expect(try SearchForm.date("2025-02", field: "from", end: false) == "2025-02-01")
    }
}
