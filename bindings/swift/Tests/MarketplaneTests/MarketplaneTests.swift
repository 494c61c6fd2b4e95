import Foundation
import XCTest
@testable import marketplane

/// The blocking and async flavours, typed errors, unknown enum values, panics and the operation table.
final class MarketplaneTests: MarketTestCase {
    let account = Market.buyer

    func contact(_ name: String) -> AlternateContact {
        AlternateContact(
            alternateContactType: .operations, name: name, title: "Ops",
            emailAddress: "mateo@example.com", phoneNumber: "+1(206)555-1234")
    }

    func region(_ name: String) -> GetRegionOptStatusInput {
        GetRegionOptStatusInput(regionName: name, accountId: nil)
    }

    func testBlockingCallsAndTypedErrors() {
        bothBlocking { env in
            let accounts = try env.client(account).accounts()
            let security = GetAlternateContactInput(alternateContactType: .security, accountId: nil)
            let notFound = expectBlockingFailure(.notFound) { try accounts.getAlternateContact(input: security) }
            XCTAssertEqual(notFound?.code, "ResourceNotFoundException")
            try accounts.putAlternateContact(input: PutAlternateContactInput(contact: contact("Mateo Jackson"), accountId: nil))
            let operations = GetAlternateContactInput(alternateContactType: .operations, accountId: nil)
            XCTAssertEqual(try accounts.getAlternateContact(input: operations), contact("Mateo Jackson"))
            XCTAssertEqual(try accounts.alternateContacts(accountId: nil).operations, contact("Mateo Jackson"))
            let tooLong = PutAlternateContactInput(contact: contact(String(repeating: "x", count: 65)), accountId: nil)
            let invalid = expectBlockingFailure(.validation) { try accounts.putAlternateContact(input: tooLong) }
            XCTAssertEqual(invalid?.fields, ["Name"])
            // Identifiers are checked as they come in; the error names the field.
            let malformed = expectBlockingFailure(.validation) { try env.client("12345") }
            XCTAssertEqual(malformed?.fields, ["AccountId"])
        }
    }

    // In process only (the Go suite's TestUnknownEnumValuesCrossIntact is too): the unknown value reaches the core.
    func testAsyncCallsAndUnknownEnumValues() async throws {
        let client = try AsyncClient.inMemoryWithWorld(worldToml: Market.world).asAccount(accountId: account)
        let status = try await client.accounts().getRegionOptStatus(input: region("af-south-1")).regionOptStatus
        XCTAssertEqual(status, .disabled)
        let fast = WaitOptions(timeout: 10, initialDelay: 0.02, maxDelay: 0.1)
        let enabled = try await client.accounts().enableAndWait(regionName: "af-south-1", options: fast, accountId: nil)
        XCTAssertEqual(enabled, .enabled)
        let page = try await client.accounts().listRegions(
            input: ListRegionsInput(accountId: nil, maxResults: 10, nextToken: nil, regionOptStatusContains: []))
        XCTAssertEqual(page.regions.count, 10)
        XCTAssertNotNil(page.nextToken)
        do {
            let paused = ListRegionsInput(
                accountId: nil, maxResults: nil, nextToken: nil, regionOptStatusContains: [.unknown("PAUSED")])
            _ = try await client.accounts().listRegions(input: paused)
            XCTFail("an unknown status filter must be refused")
        } catch let MarketplaneError.Failure(kind, _, message, _, _, _, _) {
            XCTAssertEqual(kind, .validation)
            XCTAssertTrue(message.contains("PAUSED"), message)
        }

        let apps = client.applications()
        let app = try await apps.createApplication(
            input: NewApplication(
                name: "swift-app", description: "d", author: "me", spdxLicenseId: "MIT", licenseBody: "MIT License",
                licenseUrl: nil, readmeBody: nil, readmeUrl: nil, labels: [], homePageUrl: nil, semanticVersion: "1.0.0",
                sourceCodeUrl: "https://example.com/src", sourceCodeArchiveUrl: nil, templateBody: "Resources: {}",
                templateUrl: nil))
        let listed = try await apps.listApplications(input: ListApplicationsInput(maxItems: nil, nextToken: nil))
        XCTAssertEqual(listed.applications.map { $0.name }, ["swift-app"])
        let shared = try await apps.shareWithAccounts(applicationId: app.applicationId, accountIds: [Market.seller])
        XCTAssertEqual(shared.first?.principals, [.account(Market.seller)])
        let got = try await apps.getApplication(input: GetApplicationInput(applicationId: app.applicationId, semanticVersion: nil))
        XCTAssertEqual(got.version?.semanticVersion, "1.0.0")
    }

    func testPanicsNeverCrossTheBoundary() async throws {
        XCTAssertThrowsError(try debugPanic()) { error in
            XCTAssertEqual(Market.failure(error)?.kind, .internal, "\(error)")
            XCTAssertTrue(Market.failure(error)?.message.contains("deliberate panic") ?? false, "\(error)")
        }
        // In an async call UniFFI's own handling catches the panic: an error, but not the library's.
        do {
            try await debugPanicAsync()
            XCTFail("the async panic must arrive as an error")
        } catch {
            XCTAssertNil(Market.failure(error), "\(error)")
        }
    }

    func testEveryOperationIsInTheTable() {
        let table = operationTable()
        XCTAssertGreaterThanOrEqual(table.count, 114)
        XCTAssertEqual(
            Set(table.map { $0.object }), ["accounts", "applications", "catalog", "discovery", "agreements", "organizations"])
        XCTAssertTrue(table.contains { $0.method == "list_regions" && $0.paged })
    }
}
