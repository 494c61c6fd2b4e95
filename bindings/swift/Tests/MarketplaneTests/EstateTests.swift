import XCTest
@testable import marketplane

/// The estate from Swift over the Rust estate suite's world (25 accounts in nested units, a root-deny SCP on
/// Workloads/Prod): inventory and audit, a plan applied through a run with progress, a cancelled run, and bad input
/// (the Go suite's estate_test.go). Inventory, audit and runs go on both backends, as in Go.
final class EstateTests: MarketTestCase {
    /// The management account of the estate world.
    let management = "123456789012"
    /// The local engine of these suites does not enforce the request rates: no pacing needed.
    let unpaced = EstateRunOptions(concurrency: 8, paced: false)

    func desired(_ type: AlternateContactType = .security, email: String = "security@lists.example.com") -> DesiredState {
        DesiredState(
            contacts: [
                AlternateContact(
                    alternateContactType: type, name: "Security Team", title: "Security", emailAddress: email,
                    phoneNumber: "+1 206 555 0100")
            ],
            overwrite: false, regions: [], accounts: [], waitForRegions: false)
    }

    /// Every progress event of `run`, read until it is over.
    func events(of run: EstateRun) -> [ProgressEvent] {
        var events: [ProgressEvent] = []
        while !run.isFinished() {
            if let event = run.nextEvent(timeoutMs: 100) {
                events.append(event)
            }
        }
        // The run is over: what it sent before it ended is still queued.
        while let event = run.nextEvent(timeoutMs: 0) {
            events.append(event)
        }
        return events
    }

    func testEstateInventoryAndAudit() throws {
        bothBlocking(in: try Market.estateWorld()) { env in
            let estate = try env.client(management).estate().withOptions(options: unpaced)
            let inventory = try estate.inventory()
            XCTAssertEqual(inventory.accounts.count, 25)
            XCTAssertNotNil(inventory.organization)
            let prod = try XCTUnwrap(inventory.accounts.first { $0.accountId == "111111111111" })
            XCTAssertEqual(prod.ouPath, ["Workloads", "Prod"])
            XCTAssertEqual(prod.tags["customer"], "A")

            let policy = AuditPolicy(
                distributionLists: ["@lists.example.com"], ownedPhoneNumbers: [], personalPhoneNumbers: [],
                includeRootEmail: false, customerTag: nil, customerUnitPrefix: nil, productionTag: nil,
                offboardedAccounts: [], partnerEmailDomains: [], servicePrincipals: [],
                retailMarketplaceListing: nil, retailDeliveryType: nil, retailCustomerCount: nil,
                marketplace: true, serverlessApplications: false, asOf: "2026-03-16")
            let report = try estate.audit(policy: policy)
            XCTAssertEqual(report.checklists.first?.version, "7.1")
            let rootDenied = Dictionary(
                report.findings.filter { $0.check == "CHK-SCP-DENY-ROOT" }.map { ($0.accountId, $0.status) }
            ) { first, _ in first }
            XCTAssertEqual(rootDenied["111111111111"], .pass)
            XCTAssertEqual(rootDenied["333333333333"], .fail)
            let perType = report.findings.filter { $0.check == "CHK-CONTACT-ALT-PRESENT" }
            XCTAssertFalse(perType.isEmpty)
            XCTAssertTrue(perType.allSatisfy { $0.contactType != nil }, "a per-type finding without its type")

            // A member may not list the organization: not an error, a recorded refusal.
            let member = try env.client("111111111111").estate().withOptions(options: unpaced).inventory()
            XCTAssertEqual(member.accounts.count, 1)
            XCTAssertEqual(member.readErrors.first?.accessDenied, true, "\(member.readErrors)")
        }
    }

    func testEstatePlanApplyWithProgressConverges() async throws {
        await both(in: try Market.estateWorld()) { env in
            let estate = try env.client(management).estate().withOptions(options: unpaced)
            let plan = try await estate.plan(desired: desired())
            XCTAssertEqual(plan.changes.count, 25)
            let run = try estate.startApply(plan: plan)
            let progress = events(of: run)
            let report = try run.wait()
            XCTAssertEqual(report.results.filter { $0.outcome == .applied }.count, 25)
            XCTAssertEqual(progress.count, 25)
            XCTAssertEqual(progress.last?.total, 25)
            let again = try await estate.plan(desired: desired())
            XCTAssertEqual(again.changes.count, 0)
            XCTAssertEqual(again.unchanged.count, 25)

            // A run cancelled as it starts ends the changes it had not started CANCELLED (how many it started first
            // is up to the scheduler); planning again finds exactly those, and applying them converges.
            let billing = try await estate.plan(desired: desired(.billing))
            XCTAssertEqual(billing.changes.count, 25)
            let cancelled = try estate.startApply(plan: billing)
            cancelled.cancel()
            let partial = try cancelled.wait()
            let sent = partial.results.filter { $0.outcome != .cancelled }.count
            let rest = try await estate.plan(desired: desired(.billing))
            XCTAssertEqual(rest.changes.count, 25 - sent)
            let finished = try await estate.apply(plan: rest)
            XCTAssertEqual(finished.results.filter { $0.outcome == .applied }.count, 25 - sent)
            let converged = try await estate.plan(desired: desired(.billing))
            XCTAssertEqual(converged.changes.count, 0)
        }
    }

    /// In process only, as in Go: the checks run before anything is sent.
    func testEstateRefusesBadInputWithFieldNames() async throws {
        let env = try localEnv(.async, world: Market.estateWorld())
        let estate = try env.client(management).estate().withOptions(options: unpaced)
        let bad = await expectFailure(.validation) { try await estate.plan(desired: desired(email: "not an email")) }
        XCTAssertEqual(bad?.fields.first, "contacts[0].EmailAddress")
        XCTAssertThrowsError(
            try env.client(management).estate().withOptions(options: EstateRunOptions(concurrency: 0, paced: false)),
            "a concurrency of 0 was accepted")
    }
}
