import Foundation
import XCTest
@testable import marketplane

/// A broken offer spec reported whole, changes that never leave the process (on both backends), and a SAM template
/// published into a local state file that a second client reopens (in process only: it is the local backend's file)
/// (the Go suite's TestABrokenOfferSpecListsEveryProblem and TestPublishSAMAndALocalStateFile).
final class OffersAndSAMTests: MarketTestCase {
    func checkBroken(_ error: Error, file: StaticString = #filePath, line: UInt = #line) {
        guard let failure = Market.failure(error) else {
            return XCTFail("want a MarketplaneError, got \(error)", file: file, line: line)
        }
        XCTAssertEqual(failure.kind, .validation, file: file, line: line)
        XCTAssertEqual(failure.code, "ValidationException", file: file, line: line)
        let joined = failure.fields.joined(separator: " ")
        for want in ["CurrencyCode", "Offer.LegalTerm", "Offer.AutoRenew", "Offer.AvailabilityEndDate", "BuyerAccounts[0]"] {
            XCTAssertTrue(joined.contains(want), "field errors \(joined) lack \(want)", file: file, line: line)
        }
    }

    func testABrokenOfferSpecListsEveryProblem() async throws {
        var broken = Market.offer("prod-abc", buyers: ["123"], eula: nil)
        broken.contract?.currency = "INR"
        broken.paymentSchedule = []
        broken.availableUntil = nil
        broken.autoRenew = true
        // Built locally: nothing is sent.
        XCTAssertThrowsError(try buildOffer(spec: broken)) { checkBroken($0) }
        let changes = try buildOffer(spec: Market.offer("prod-abcdefgh12345"))
        XCTAssertEqual(changes.first?.changeType, "CreateOffer")
        XCTAssertEqual(changes.last?.changeType, "ReleaseOffer")
        XCTAssertEqual(changes.first?.entity.entityType, "Offer@1.0")
        XCTAssertNotNil(changes.first?.detailsDocument)

        await both { env in
            let catalog = try env.client(Market.seller).catalog()
            do {
                _ = try await catalog.publishOffer(spec: broken)
                XCTFail("a broken offer must be refused")
            } catch {
                checkBroken(error)
            }
            // Details that are not a JSON object never leave the process either, as text or as a document.
            var notJSON = Market.change("CreateProduct", nil, "{}")
            notJSON.detailsDocument = nil
            notJSON.details = "{nope"
            let start = { (change: Change) in
                StartChangeSetInput(
                    catalog: Market.catalog, changeSet: [change], changeSetName: nil, clientRequestToken: nil,
                    changeSetTags: [], intent: nil)
            }
            let text = await expectFailure(.validation) { try await catalog.startChangeSet(input: start(notJSON)) }
            XCTAssertEqual(text?.fields, ["ChangeSet[0].Details"])
            await expectFailure(.validation) {
                try await catalog.startChangeSet(input: start(Market.change("CreateProduct", nil, "{nope")))
            }
        }
    }

    func testPublishSAMAndALocalStateFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("marketplane-sam-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "Apache License 2.0".write(to: dir.appendingPathComponent("LICENSE.txt"), atomically: true, encoding: .utf8)
        try "# log-shipper".write(to: dir.appendingPathComponent("README.md"), atomically: true, encoding: .utf8)
        let templatePath = dir.appendingPathComponent("template.yaml")
        func publish(_ client: Client, _ version: String) throws -> Application {
            let template = """
                Transform: AWS::Serverless-2016-10-31
                Metadata:
                  AWS::ServerlessRepo::Application:
                    Name: log-shipper
                    Description: Ships logs
                    Author: platform-team
                    SpdxLicenseId: Apache-2.0
                    LicenseUrl: LICENSE.txt
                    ReadmeUrl: README.md
                    SemanticVersion: \(version)
                Resources: {}
                """
            try template.write(to: templatePath, atomically: true, encoding: .utf8)
            return try client.applications().publishSam(templatePath: templatePath.path)
        }
        let state = dir.appendingPathComponent("state.db").path
        let client = try Client.local(path: state).asAccount(accountId: Market.buyer)
        let app = try publish(client, "1.0.0")
        XCTAssertEqual(app.name, "log-shipper")
        XCTAssertEqual(app.version?.semanticVersion, "1.0.0")
        // A second client over the same file sees the application; publishing again adds a version.
        let reopened = try Client.local(path: state).asAccount(accountId: Market.buyer)
        let again = try publish(reopened, "1.1.0")
        XCTAssertEqual(again.applicationId, app.applicationId)
        XCTAssertEqual(again.version?.semanticVersion, "1.1.0")
        let shared = try reopened.applications().shareWithAccounts(applicationId: app.applicationId, accountIds: [Market.seller])
        XCTAssertEqual(shared.first?.principals, [.account(Market.seller)])
        XCTAssertThrowsError(
            try reopened.applications().shareWithAccounts(applicationId: app.applicationId, accountIds: ["12"])
        ) { error in
            XCTAssertEqual(Market.failure(error)?.fields, ["AccountId"], "\(error)")
        }
    }
}
