import Foundation
import XCTest
@testable import marketplane

/// Marketplace Agreement from Swift: a buyer requests a seller's private offer, accepts it and reads it back.
final class AgreementsTests: XCTestCase {
    /// A private offer to the buyer of a one-year contract it configures: 100.00 a user.
    func perSeat(_ productId: String) -> OfferSpec {
        var spec = Market.offer(productId)
        spec.name = "Example Corp, seats"
        spec.contract = nil
        spec.paymentSchedule = []
        spec.configurableContract = ConfigurableContractSpec(
            currency: "USD", duration: "P12M", prices: ["Users": "100"], multipleDimensions: false)
        return spec
    }

    func users(_ n: Int64) -> ContractConfiguration {
        ContractConfiguration(selectorValue: "P12M", dimensions: [DimensionQuantity(dimensionKey: "Users", dimensionValue: n)])
    }

    func testRequestAcceptDescribe() throws {
        let base = try Client.inMemoryWithWorld(worldToml: Market.world)
        let catalog = try base.asAccount(accountId: Market.seller).catalog()
        let productId = try XCTUnwrap(Market.created(try catalog.apply(input: Market.listing("Swift Seats"))))
        let offerId = try catalog.publishOffer(spec: perSeat(productId))

        let agreements = try base.asAccount(accountId: Market.buyer).agreements()
        let request = try agreements.requestOffer(
            offerId: offerId, configuration: users(10), intent: .new, sourceAgreementId: nil)
        XCTAssertEqual(request.status, .draft)
        XCTAssertEqual(request.chargeSummary.newAgreementValue, "1000.00")

        let agreementId = try agreements.acceptWithPurchaseOrder(request: request, purchaseOrder: "PO-SW-1")
        let agreement = try agreements.describeAgreement(input: DescribeAgreementInput(agreementId: agreementId))
        XCTAssertEqual(agreement.status, .active)
        XCTAssertEqual(agreement.acceptor.accountId, Market.buyer)
        XCTAssertEqual(agreement.proposer.accountId, Market.seller)
        XCTAssertEqual(agreement.proposalSummary.offerId, offerId)
        XCTAssertEqual(agreement.estimatedCharges?.agreementValue, "1000.00")
        XCTAssertNotEqual(agreement.endTimeBehavior?.behaviorType, "RENEW")
        XCTAssertEqual(Array(try agreements.chargesByPurchaseOrder().keys), ["PO-SW-1"])
        XCTAssertEqual(try agreements.totalContractValue(), ["USD": "1000.00"])

        // A downgrade is refused with the core's reason.
        XCTAssertThrowsError(
            try agreements.requestOffer(
                offerId: offerId, configuration: users(5), intent: .amend, sourceAgreementId: agreementId)
        ) { error in
            XCTAssertEqual(Market.failure(error)?.kind, .validation, "\(error)")
            XCTAssertTrue(Market.failure(error)?.message.contains("CannotReduceEntitlements") ?? false, "\(error)")
        }
    }

    func testAsyncAgreementsAndTypedInputChecks() async throws {
        let client = try AsyncClient.inMemoryWithWorld(worldToml: Market.world)
        let catalog = try client.asAccount(accountId: Market.seller).catalog()
        let listed = try await catalog.apply(input: Market.listing("Await Seats"))
        let productId = try XCTUnwrap(Market.created(listed))
        let offerId = try await catalog.publishOffer(spec: perSeat(productId))
        let agreements = try client.asAccount(accountId: Market.buyer).agreements()
        let request = try await agreements.requestOffer(
            offerId: offerId, configuration: users(3), intent: .new, sourceAgreementId: nil)
        let agreementId = try await agreements.acceptAgreementRequest(
            input: AcceptAgreementRequestInput(agreementRequestId: request.agreementRequestId, purchaseOrders: []))
        let described = try await agreements.describeAgreement(input: DescribeAgreementInput(agreementId: agreementId))
        XCTAssertEqual(described.status, .active)
        let terms = try await agreements.getAgreementTerms(
            input: GetAgreementTermsInput(agreementId: agreementId, maxResults: nil, nextToken: nil)).acceptedTerms
        XCTAssertTrue(terms.contains { $0["configurableUpfrontPricingTerm"] != nil }, "\(terms)")

        // Input the service would refuse never leaves the process; the errors name the members.
        do {
            let partial = GetAgreementCancellationRequestInput(agreementId: agreementId, agreementCancellationRequestId: "")
            _ = try await agreements.getAgreementCancellationRequest(input: partial)
            XCTFail("a missing member must be refused")
        } catch let MarketplaneError.Failure(kind, _, _, _, _, _, fieldErrors) {
            XCTAssertEqual(kind, .validation)
            XCTAssertEqual(fieldErrors.map { $0.name }, ["agreementCancellationRequestId"])
        }
        do {
            let order = PurchaseOrder(chargeId: "not a charge!", chargeRevision: nil, agreementId: nil, purchaseOrderReference: nil)
            _ = try await agreements.acceptAgreementRequest(
                input: AcceptAgreementRequestInput(agreementRequestId: "request-1", purchaseOrders: [order]))
            XCTFail("a bad purchase order must be refused")
        } catch let MarketplaneError.Failure(_, _, _, _, _, _, fieldErrors) {
            XCTAssertEqual(
                fieldErrors.map { $0.name },
                ["agreementRequestId", "purchaseOrders[0].chargeId", "purchaseOrders[0].purchaseOrderReference"])
        }
    }

    /// Fails unless `call` throws a `MarketplaneError` of `kind`; returns its field names.
    func expectFailure<T>(
        _ kind: ErrorKind, file: StaticString = #filePath, line: UInt = #line, _ call: () async throws -> T
    ) async -> [String] {
        do {
            _ = try await call()
            XCTFail("want a \(kind) failure, the call succeeded", file: file, line: line)
        } catch {
            XCTAssertEqual(Market.failure(error)?.kind, kind, "\(error)", file: file, line: line)
            return Market.failure(error)?.fields ?? []
        }
        return []
    }

    /// The organization approves a member's purchase before it can be accepted; then the agreement lives with its
    /// entitlements (the approval and acceptance part of the Go suite's TestABuyerBuysAndLivesWithAContract).
    func testAnApprovedPurchaseAndItsEntitlements() async throws {
        let client = try AsyncClient.inMemoryWithWorld(worldToml: Market.fixtureWorld())
        let catalog = try client.asAccount(accountId: Market.seller).catalog()
        let listed = try await catalog.apply(input: Market.listing("Seat Licenses"))
        let productId = try XCTUnwrap(Market.created(listed))
        let offerId = try await catalog.publishOffer(spec: perSeat(productId))
        let agreements = try client.asAccount(accountId: Market.buyer).agreements()
        let request = try await agreements.requestOffer(
            offerId: offerId, configuration: users(10), intent: .new, sourceAgreementId: nil)
        XCTAssertTrue(request.agreementRequestId.hasPrefix("ar-"), request.agreementRequestId)
        XCTAssertEqual(request.chargeSummary.expectedCharges.count, 1)

        let approval = try await agreements.startApproval(agreementRequestId: request.agreementRequestId, name: "Finance")
        XCTAssertEqual(approval.status, .pendingApproval)
        XCTAssertEqual(approval.agreementRequestId, request.agreementRequestId)
        // Not before the organization approves, and not by the buyer itself.
        _ = await expectFailure(.conflict) {
            try await agreements.acceptWithPurchaseOrder(request: request, purchaseOrder: "PO-2099-001")
        }
        _ = await expectFailure(.accessDenied) {
            try await agreements.decideApproval(agreementApprovalId: approval.agreementApprovalId, approve: true, note: nil)
        }
        let admin = try client.asAccount(accountId: Market.management).agreements()
        let pending = try await admin.approvals(admin: true, status: .pendingApproval)
        XCTAssertEqual(pending.map { $0.agreementApprovalId }, [approval.agreementApprovalId])
        try await admin.decideApproval(agreementApprovalId: approval.agreementApprovalId, approve: true, note: nil)
        let mine = try await agreements.approvals(admin: false, status: nil)
        XCTAssertEqual(mine.map { $0.status }, [.approved])
        let detail = try await agreements.getAgreementRequest(
            input: GetAgreementRequestInput(agreementRequestId: request.agreementRequestId))
        XCTAssertEqual(detail.request.status, .approved)
        XCTAssertEqual(detail.request.approvalRequirement, "REQUIRED")

        let agreementId = try await agreements.acceptWithPurchaseOrder(request: request, purchaseOrder: "PO-2099-001")
        let agreement = try await agreements.describeAgreement(input: DescribeAgreementInput(agreementId: agreementId))
        XCTAssertEqual(agreement.status, .active)
        let start = try XCTUnwrap(agreement.startTime)
        let end = try XCTUnwrap(agreement.endTime)
        XCTAssertEqual(end, Calendar(identifier: .gregorian).date(byAdding: .year, value: 1, to: start))
        let entitlements = try await agreements.getAgreementEntitlements(
            input: GetAgreementEntitlementsInput(agreementId: agreementId, maxResults: nil, nextToken: nil))
        XCTAssertEqual(entitlements.agreementEntitlements.first?.status, "PROVISIONED", "\(entitlements)")
        XCTAssertEqual(entitlements.agreementEntitlements.first?.resource.id, productId)
    }

    /// Input the service would refuse never leaves the process (the rest of the Go suite's
    /// TestAgreementInputIsChecked); an unknown agreement is not found.
    func testMissingMembersAndUnknownAgreements() async throws {
        let agreements = try AsyncClient.inMemoryWithWorld(worldToml: Market.world)
            .asAccount(accountId: Market.buyer).agreements()
        let fields = await expectFailure(.validation) {
            try await agreements.getAgreementRequest(input: GetAgreementRequestInput(agreementRequestId: ""))
        }
        XCTAssertEqual(fields, ["agreementRequestId"])
        _ = await expectFailure(.notFound) {
            try await agreements.describeAgreement(input: DescribeAgreementInput(agreementId: "agmt-doesnotexist"))
        }
    }
}
