import XCTest
@testable import marketplane

/// The estate from Swift: inventory, audit, a plan applied through a run with progress, and the async flavour.
final class EstateTests: XCTestCase {
    let world = """
        [[organizations]]
        id = "o-aa111bb222"
        management_account = "123456789012"
        trusted_access = ["account.amazonaws.com"]

        [[organizational_units]]
        organization = "o-aa111bb222"
        path = "Prod"

        [[accounts]]
        id = "123456789012"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "111111111111"
        organization = "o-aa111bb222"
        parent = "Prod"

        [[accounts]]
        id = "222222222222"
        organization = "o-aa111bb222"
        """

    let unpaced = EstateRunOptions(concurrency: 4, paced: false)

    func policy() -> AuditPolicy {
        AuditPolicy(
            distributionLists: ["@lists.example.com"], ownedPhoneNumbers: [], personalPhoneNumbers: [],
            includeRootEmail: false, customerTag: nil, customerUnitPrefix: nil, productionTag: nil,
            offboardedAccounts: [], partnerEmailDomains: [], servicePrincipals: [],
            retailMarketplaceListing: nil, retailDeliveryType: nil, retailCustomerCount: nil,
            marketplace: true, serverlessApplications: true, asOf: "2026-03-16")
    }

    func desired(_ email: String = "soc@lists.example.com") -> DesiredState {
        DesiredState(
            contacts: [AlternateContact(
                alternateContactType: .security, name: "SOC", title: "Security", emailAddress: email,
                phoneNumber: "+1 206 555 0100")],
            overwrite: false, regions: [], accounts: [], waitForRegions: false)
    }

    func testInventoryAuditAndARunWithProgress() throws {
        let estate = try Client.inMemoryWithWorld(worldToml: world).asAccount(accountId: "123456789012").estate()
            .withOptions(options: unpaced)
        let inventory = try estate.inventory()
        XCTAssertEqual(inventory.accounts.count, 3)
        XCTAssertEqual(inventory.accounts.first { $0.accountId == "111111111111" }?.ouPath, ["Prod"])

        let report = try estate.audit(policy: policy())
        XCTAssertEqual(report.checklists[0].version, "7.1")
        let missing = report.findings.filter { $0.check == "CHK-CONTACT-ALT-PRESENT" }
        XCTAssertEqual(missing.count, 9)
        XCTAssertTrue(missing.allSatisfy { $0.status == .fail && $0.contactType != nil })

        let plan = try estate.plan(desired: desired())
        XCTAssertEqual(plan.changes.count, 3)
        let run = try estate.startApply(plan: plan)
        var events: [ProgressEvent] = []
        while !run.isFinished() || events.count < 3 {
            if let event = run.nextEvent(timeoutMs: 100) {
                events.append(event)
            }
        }
        let applied = try run.wait()
        XCTAssertEqual(applied.results.filter { $0.outcome == .applied }.count, 3)
        XCTAssertEqual(events.map { $0.done }.max(), 3)
        XCTAssertTrue(try estate.plan(desired: desired()).changes.isEmpty)
    }

    func testTheAsyncFlavourAndFieldErrors() async throws {
        let estate = try AsyncClient.inMemoryWithWorld(worldToml: world).asAccount(accountId: "123456789012")
            .estate().withOptions(options: unpaced)
        let report = try await estate.apply(plan: try await estate.plan(desired: desired()))
        XCTAssertEqual(report.results.count, 3)
        let again = try await estate.plan(desired: desired())
        XCTAssertTrue(again.changes.isEmpty)
        do {
            _ = try await estate.plan(desired: desired("not an email"))
            XCTFail("a bad email was accepted")
        } catch {
            XCTAssertEqual(Market.failure(error)?.fields, ["contacts[0].EmailAddress"])
        }
    }
}
