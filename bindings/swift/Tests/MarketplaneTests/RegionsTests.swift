import XCTest
@testable import marketplane

/// Opt-in regions, their waiters, paging, many concurrent calls, and what cancelling a Swift task does to a call:
/// what the Go suite's regions_test.go and context_test.go cover. The state machine and the paging run on the local
/// backend and on the emulator, as in Go; the rest in process.
final class RegionsTests: MarketTestCase {
    let fast = WaitOptions(timeout: 30, initialDelay: 0.05, maxDelay: 0.2)

    func accounts(_ account: String = Market.seller) throws -> AsyncAccounts {
        try localEnv(.async, world: Market.fixtureWorld()).client(account).accounts()
    }

    func status(_ accounts: AsyncAccounts, _ region: String) async throws -> RegionOptStatus {
        let got = try await accounts.getRegionOptStatus(input: GetRegionOptStatusInput(regionName: region, accountId: nil))
        XCTAssertEqual(got.regionName, region)
        return got.regionOptStatus
    }

    func testRegionsStateMachineAndWaiters() async {
        await both { env in
            let accounts = try env.client(Market.seller).accounts()
            var current = try await status(accounts, "af-south-1")
            XCTAssertEqual(current, .disabled)
            current = try await status(accounts, "us-east-1")
            XCTAssertEqual(current, .enabledByDefault)
            try await accounts.enableRegion(input: EnableRegionInput(regionName: "af-south-1", accountId: nil))
            current = try await status(accounts, "af-south-1")
            XCTAssertEqual(current, .enabling)
            await expectFailure(.conflict) {
                try await accounts.disableRegion(input: DisableRegionInput(regionName: "af-south-1", accountId: nil))
            }
            current = try await accounts.ensureEnabled(regionName: "af-south-1", accountId: nil)
            XCTAssertEqual(current, .enabling)
            current = try await accounts.enableAndWait(regionName: "af-south-1", options: fast, accountId: nil)
            XCTAssertEqual(current, .enabled)
            let enabledAgain = await expectFailure(.validation) {
                try await accounts.enableRegion(input: EnableRegionInput(regionName: "af-south-1", accountId: nil))
            }
            XCTAssertEqual(enabledAgain?.reason, "invalidRegionOptTarget")
            current = try await accounts.ensureDisabled(regionName: "af-south-1", accountId: nil)
            XCTAssertEqual(current, .disabling)
            current = try await accounts.disableAndWait(regionName: "af-south-1", options: fast, accountId: nil)
            XCTAssertEqual(current, .disabled)
            let short = WaitOptions(timeout: 0.05, initialDelay: 0.05, maxDelay: 0.2)
            await expectFailure(.timeout) {
                try await accounts.enableAndWait(regionName: "me-south-1", options: short, accountId: nil)
            }
        }
    }

    func testListRegionsPagedAndWhole() async {
        await both { env in
            let accounts = try env.client(Market.seller).accounts()
            func list(_ maxResults: Int32?, _ token: String? = nil, _ statuses: [RegionOptStatus] = []) async throws
                -> ListRegionsOutput
            {
                try await accounts.listRegions(
                    input: ListRegionsInput(
                        accountId: nil, maxResults: maxResults, nextToken: token, regionOptStatusContains: statuses))
            }
            // Swift reads a page at a time: the next token leads on until there is none.
            var pages: [ListRegionsOutput] = []
            var token: String? = nil
            repeat {
                let page = try await list(10, token)
                XCTAssertLessThanOrEqual(page.regions.count, 10)
                pages.append(page)
                token = page.nextToken
            } while token != nil
            let paged = pages.flatMap { $0.regions.map { $0.regionName } }
            let whole = try await list(50).regions.map { $0.regionName }
            XCTAssertGreaterThanOrEqual(pages.count, 3)
            XCTAssertEqual(pages.first?.regions.count, 10)
            XCTAssertEqual(pages.dropFirst().first?.regions.first?.regionName, whole[10])
            XCTAssertEqual(paged, whole)
            XCTAssertEqual(paged, paged.sorted())
            let disabledOnly = try await list(50, nil, [.disabled]).regions
            XCTAssertFalse(disabledOnly.isEmpty)
            XCTAssertTrue(disabledOnly.allSatisfy { $0.regionOptStatus == .disabled }, "\(disabledOnly)")
            await expectFailure(.validation) { try await list(0) }
        }
    }

    // In process only, as in Go.

    func testEnableAcrossAccountsOfTheOrganization() async throws {
        let client = try localEnv(.async, world: Market.fixtureWorld()).client(Market.management)
        let outcomes = try await client.accounts().enableAndWaitForAccounts(
            regionName: "af-south-1", accountIds: [Market.management, Market.buyer, Market.seller], options: fast)
        XCTAssertEqual(outcomes.map { $0.accountId }, [Market.management, Market.buyer, Market.seller])
        for outcome in outcomes.prefix(2) {
            XCTAssertNil(outcome.error)
            XCTAssertEqual(outcome.status, .enabled)
        }
        // The standalone account is outside the organization: its own error, the others unaffected.
        guard case let .Failure(kind, _, _, _, _, _, _)? = outcomes[2].error else {
            return XCTFail("the standalone account must fail: \(outcomes[2])")
        }
        XCTAssertEqual(kind, .accessDenied)
        let member = try await client.accounts().getRegionOptStatus(
            input: GetRegionOptStatusInput(regionName: "af-south-1", accountId: Market.buyer))
        XCTAssertEqual(member.regionOptStatus, .enabled)
    }

    func testCallsFromManyTasks() async throws {
        let accounts = try accounts()
        let statuses = try await withThrowingTaskGroup(of: RegionOptStatus.self) { group in
            for _ in 0..<16 {
                group.addTask {
                    try await accounts.getRegionOptStatus(
                        input: GetRegionOptStatusInput(regionName: "us-east-1", accountId: nil)
                    ).regionOptStatus
                }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        XCTAssertEqual(statuses, Array(repeating: .enabledByDefault, count: 16))
    }

    // Cancellation. Go cancels a call through its context (the future is cancelled and dropped). UniFFI's Swift
    // bindings do not watch for task cancellation: a cancelled task's call runs to its end. These tests pin that
    // down, so that a UniFFI that starts cancelling shows up here.

    func liveSleeps(_ want: UInt64) async throws {
        let deadline = Date().addingTimeInterval(2)
        while debugLiveSleeps() != want {
            if Date() > deadline {
                return XCTFail("\(debugLiveSleeps()) sleeps alive in Rust, want \(want)")
            }
            try await Task.sleep(nanoseconds: 5_000_000)
        }
    }

    func testAsyncCallsCompleteAndReleaseTheirFuture() async throws {
        try await liveSleeps(0)
        let start = Date()
        await debugSleep(seconds: 0.05)
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.05)
        try await liveSleeps(0)
    }

    func testCancellingATaskDoesNotStopTheRustCall() async throws {
        try await liveSleeps(0)
        let start = Date()
        let task = Task { await debugSleep(seconds: 0.3) }
        try await liveSleeps(1)
        task.cancel()
        // The call finishes as if nothing happened, after the whole sleep; then its future is gone.
        await task.value
        XCTAssertGreaterThanOrEqual(Date().timeIntervalSince(start), 0.3)
        try await liveSleeps(0)
    }
}
