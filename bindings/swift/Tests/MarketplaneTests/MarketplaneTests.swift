import XCTest
@testable import marketplane

final class MarketplaneTests: XCTestCase {
    let account = "111111111111"

    func contact(_ name: String) -> AlternateContact {
        AlternateContact(
            alternateContactType: .operations, name: name, title: "Ops",
            emailAddress: "mateo@example.com", phoneNumber: "+1(206)555-1234")
    }

    func testBlockingCallsAndTypedErrors() throws {
        let accounts = try Client.inMemory().asAccount(accountId: account).accounts()
        XCTAssertThrowsError(try accounts.getAlternateContact(contactType: .security, accountId: nil)) { error in
            guard case let MarketplaneError.Failure(kind, code, _, _, _, _, _) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .notFound)
            XCTAssertEqual(code, "ResourceNotFoundException")
        }
        try accounts.putAlternateContact(contact: contact("Mateo Jackson"), accountId: nil)
        XCTAssertEqual(
            try accounts.getAlternateContact(contactType: .operations, accountId: nil), contact("Mateo Jackson"))
        XCTAssertThrowsError(
            try accounts.putAlternateContact(contact: contact(String(repeating: "x", count: 65)), accountId: nil)
        ) { error in
            guard case let MarketplaneError.Failure(kind, _, _, _, _, _, fieldErrors) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .validation)
            XCTAssertEqual(fieldErrors.map { $0.name }, ["Name"])
        }
    }

    func testAsyncCallsAndUnknownEnumValues() async throws {
        let client = try AsyncClient.inMemory().asAccount(accountId: account)
        let status = try await client.regions().get(regionName: "af-south-1", accountId: nil)
        XCTAssertEqual(status, .disabled)
        do {
            _ = try await client.regions().list(statuses: [.unknown(value: "PAUSED")], pageSize: nil, accountId: nil)
            XCTFail("an unknown status filter must be refused")
        } catch let MarketplaneError.Failure(kind, _, message, _, _, _, _) {
            XCTAssertEqual(kind, .validation)
            XCTAssertTrue(message.contains("PAUSED"))
        }
    }

    func testPanicsNeverCrossTheBoundary() throws {
        XCTAssertThrowsError(try debugPanic()) { error in
            guard case let MarketplaneError.Failure(kind, _, _, _, _, _, _) = error else {
                return XCTFail("unexpected error \(error)")
            }
            XCTAssertEqual(kind, .`internal`)
        }
    }
}
