import Foundation
import XCTest
@testable import marketplane

/// Marketplace Agreement from Swift: a buyer buys a seller's private per-seat offer and lives with the contract (the
/// Go suite's agreements_test.go), on both backends.
final class AgreementsTests: MarketTestCase {
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

    /// The union member of each term (`configurableUpfrontPricingTerm`, ...), members of one term joined with "+".
    func termMembers(_ terms: [OfferTerm]) -> [String] {
        terms.map { $0.keys.sorted().joined(separator: "+") }
    }

    func describe(_ agreements: AsyncAgreements, _ agreementId: String) async throws -> Agreement {
        try await agreements.describeAgreement(input: DescribeAgreementInput(agreementId: agreementId))
    }

    /// The blocking flavour of the purchase: request, accept with a purchase order, read back.
    func testRequestAcceptDescribe() {
        bothBlocking { env in
            let catalog = try env.client(Market.seller).catalog()
            let productId = try XCTUnwrap(Market.created(try catalog.apply(input: Market.listing("Swift Seats"))))
            let offerId = try catalog.publishOffer(spec: perSeat(productId))

            let agreements = try env.client(Market.buyer).agreements()
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
            XCTAssertEqual(Array(try agreements.chargesByPurchaseOrder().keys), ["PO-SW-1"])
            XCTAssertEqual(try agreements.totalContractValue(), ["USD": "1000.00"])
            // A downgrade is refused with the core's reason.
            let downgrade = expectBlockingFailure(.validation) {
                try agreements.requestOffer(
                    offerId: offerId, configuration: users(5), intent: .amend, sourceAgreementId: agreementId)
            }
            XCTAssertTrue(downgrade?.message.contains("CannotReduceEntitlements") ?? false, "\(String(describing: downgrade))")
        }
    }

    /// The buyer's whole flow: a seller's private per-seat offer, found in Discovery, requested (a quote with computed
    /// charges), approved by the organization, accepted with a purchase order, read back, its purchase order changed,
    /// upgraded, and finally cancelled at the seller's request.
    func testABuyerBuysAndLivesWithAContract() async {
        await both { env in
            let seller = try env.client(Market.seller)
            let buyer = try env.client(Market.buyer)
            let productId = try await publishProduct(seller.catalog(), "Seat Licenses", "Named users, billed yearly")
            let offerId = try await seller.catalog().publishOffer(spec: perSeat(productId))

            // The buyer finds the offer among its purchase options.
            let options = try await Market.collect { token in
                let page = try await buyer.discovery().listPurchaseOptions(
                    input: ListPurchaseOptionsInput(
                        filters: [DiscoveryFilter(filterType: "PRODUCT_ID", filterValues: [productId])], locale: nil,
                        maxResults: nil, nextToken: token))
                return (page.purchaseOptions, page.nextToken)
            }
            XCTAssertTrue(options.contains { $0.purchaseOptionId == offerId }, "the buyer does not find \(offerId)")
            let proposal = try await buyer.discovery().getOffer(input: GetOfferInput(offerId: offerId, locale: nil))
            XCTAssertFalse(proposal.agreementProposalId.isEmpty, "the offer has no agreement proposal")

            // A quote for ten seats.
            let agreements = buyer.agreements()
            let request = try await agreements.requestOffer(
                offerId: offerId, configuration: users(10), intent: .new, sourceAgreementId: nil)
            XCTAssertTrue(request.agreementRequestId.hasPrefix("ar-"), request.agreementRequestId)
            XCTAssertEqual(request.status, .draft)
            let summary = request.chargeSummary
            XCTAssertEqual(summary.currencyCode, "USD")
            XCTAssertEqual(summary.newAgreementValue, "1000.00")
            XCTAssertEqual(summary.expectedCharges.count, 1)
            let expected = try XCTUnwrap(summary.expectedCharges.first)
            XCTAssertEqual(expected.amount, "1000.00")
            XCTAssertEqual(expected.timing, "ON_ACCEPTANCE")
            XCTAssertNotNil(expected.id)
            // What the request asks for, term by term.
            let requested = try await Market.collect { token in
                let page = try await agreements.getAgreementRequestTerms(
                    input: GetAgreementRequestTermsInput(
                        agreementRequestId: request.agreementRequestId, maxResults: nil, nextToken: token))
                return (page.terms, page.nextToken)
            }
            XCTAssertTrue(termMembers(requested).contains("configurableUpfrontPricingTerm"), "\(termMembers(requested))")

            // The organization approves a member's purchase before it can be accepted; not the buyer itself.
            let approval = try await agreements.startApproval(agreementRequestId: request.agreementRequestId, name: "Finance")
            XCTAssertEqual(approval.status, .pendingApproval)
            XCTAssertEqual(approval.agreementRequestId, request.agreementRequestId)
            await expectFailure(.conflict) {
                try await agreements.acceptWithPurchaseOrder(request: request, purchaseOrder: "PO-2099-001")
            }
            await expectFailure(.accessDenied) {
                try await agreements.decideApproval(agreementApprovalId: approval.agreementApprovalId, approve: true, note: nil)
            }
            let admin = try env.client(Market.management).agreements()
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
            let agreement = try await describe(agreements, agreementId)
            XCTAssertEqual(agreement.status, .active)
            XCTAssertEqual(agreement.acceptor.accountId, Market.buyer)
            XCTAssertEqual(agreement.proposer.accountId, Market.seller)
            XCTAssertEqual(agreement.proposalSummary.offerId, offerId)
            XCTAssertEqual(agreement.proposalSummary.resources.first?.id, productId)
            XCTAssertEqual(agreement.estimatedCharges?.agreementValue, "1000.00")
            XCTAssertNotEqual(agreement.endTimeBehavior?.behaviorType, "RENEW")
            let start = try XCTUnwrap(agreement.startTime)
            let end = try XCTUnwrap(agreement.endTime)
            XCTAssertEqual(end, Calendar(identifier: .gregorian).date(byAdding: .year, value: 1, to: start))
            XCTAssertLessThan(Date().timeIntervalSince(start), 3600, "the agreement started at \(start)")

            // The accepted terms, whole and as one page; the configuration the buyer chose.
            let terms = try await Market.collect { token in
                let page = try await agreements.getAgreementTerms(
                    input: GetAgreementTermsInput(agreementId: agreementId, maxResults: nil, nextToken: token))
                return (page.acceptedTerms, page.nextToken)
            }
            XCTAssertEqual(termMembers(terms), ["configurableUpfrontPricingTerm", "legalTerm", "supportTerm"])
            let pricing = terms.first?["configurableUpfrontPricingTerm"].flatMap {
                try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
            }
            let configuration = pricing?["configuration"] as? [String: Any]
            let dimensions = configuration?["dimensions"] as? [[String: Any]]
            XCTAssertEqual(dimensions?.map { ($0["dimensionValue"] as? NSNumber)?.int64Value }, [10], "\(terms)")
            let page = try await agreements.getAgreementTerms(
                input: GetAgreementTermsInput(agreementId: agreementId, maxResults: nil, nextToken: nil))
            XCTAssertEqual(page.acceptedTerms, terms)
            XCTAssertNil(page.nextToken)
            let entitlements = try await Market.collect { token in
                let page = try await agreements.getAgreementEntitlements(
                    input: GetAgreementEntitlementsInput(agreementId: agreementId, maxResults: nil, nextToken: token))
                return (page.agreementEntitlements, page.nextToken)
            }
            XCTAssertEqual(entitlements.first?.status, "PROVISIONED", "\(entitlements)")
            XCTAssertEqual(entitlements.first?.resource.id, productId)

            // What procurement looks at: charges by purchase order, the total, what comes up for renewal.
            let byPurchaseOrder = try await agreements.chargesByPurchaseOrder()
            XCTAssertEqual(Array(byPurchaseOrder.keys), ["PO-2099-001"])
            XCTAssertEqual(byPurchaseOrder["PO-2099-001"]?.map { $0.amount }, ["1000.00"])
            let charge = try XCTUnwrap(byPurchaseOrder["PO-2099-001"]?.first)
            try await agreements.updatePurchaseOrders(
                input: UpdatePurchaseOrdersInput(purchaseOrders: [
                    PurchaseOrder(
                        chargeId: charge.id, chargeRevision: charge.revision, agreementId: agreementId,
                        purchaseOrderReference: "PO-2099-002")
                ]))
            let charges = try await Market.collect { token in
                let page = try await agreements.listAgreementCharges(
                    input: ListAgreementChargesInput(
                        catalog: nil, agreementId: agreementId, agreementType: nil, maxResults: nil, nextToken: token))
                return (page.items, page.nextToken)
            }
            XCTAssertEqual(charges.map { $0.purchaseOrderReference }, ["PO-2099-002"])
            XCTAssertEqual(charges.map { $0.revision }, [charge.revision + 1])
            let everyCharge = try await agreements.listAgreementCharges(
                input: ListAgreementChargesInput(
                    catalog: nil, agreementId: nil, agreementType: nil, maxResults: nil, nextToken: nil))
            XCTAssertEqual(everyCharge.items.map { $0.id }, [charge.id])
            let total = try await agreements.totalContractValue()
            XCTAssertEqual(total, ["USD": "1000.00"])
            let day: TimeInterval = 24 * 3600
            let dueInAYear = try await agreements.renewalsDue(window: 400 * day)
            XCTAssertEqual(dueInAYear.map { $0.agreementId }, [agreementId])
            let dueInAMonth = try await agreements.renewalsDue(window: 30 * day)
            XCTAssertEqual(dueInAMonth.map { $0.agreementId }, [])

            // Five more seats: an amendment that supersedes the agreement and keeps its end. Fewer seats are refused.
            let upgraded = try await agreements.upgrade(agreementId: agreementId, offerId: offerId, configuration: users(15))
            let old = try await describe(agreements, agreementId)
            XCTAssertEqual(old.status, .superseded)
            let now = try await describe(agreements, upgraded)
            XCTAssertEqual(now.status, .active)
            XCTAssertEqual(now.initialAgreementId, agreementId)
            XCTAssertEqual(now.endTime, end)
            let downgrade = await expectFailure(.validation) {
                try await agreements.requestOffer(
                    offerId: offerId, configuration: users(5), intent: .amend, sourceAgreementId: upgraded)
            }
            XCTAssertEqual(downgrade?.code, "ValidationException")
            XCTAssertTrue(downgrade?.message.contains("CannotReduceEntitlements") ?? false, "\(String(describing: downgrade))")
            await expectFailure(.notFound) {
                try await agreements.acceptAgreementRequest(
                    input: AcceptAgreementRequestInput(agreementRequestId: "ar-doesnotexist", purchaseOrders: []))
            }

            // A charged contract: the buyer alone cannot cancel it. The seller asks, the buyer refuses, then agrees.
            await expectFailure(.conflict) {
                try await agreements.cancelAgreement(input: CancelAgreementInput(agreementId: upgraded))
            }
            let sales = seller.agreements()
            let asked = try await sales.sendCancellationRequest(
                agreementId: upgraded, reasonCode: .incorrectTermsAccepted, description: "wrong seats")
            XCTAssertEqual(asked.status, .pendingApproval)
            XCTAssertEqual(asked.agreementId, upgraded)
            XCTAssertEqual(asked.description, "wrong seats")
            await expectFailure(.conflict) {
                try await sales.sendCancellationRequest(agreementId: upgraded, reasonCode: .other, description: nil)
            }
            let rejected = try await agreements.answerCancellationRequest(
                agreementId: upgraded, requestId: asked.agreementCancellationRequestId, accept: false)
            XCTAssertEqual(rejected.status, .rejected)
            let again = try await sales.sendCancellationRequest(
                agreementId: upgraded, reasonCode: .testAgreement, description: nil)
            let accepted = try await agreements.answerCancellationRequest(
                agreementId: upgraded, requestId: again.agreementCancellationRequestId, accept: true)
            XCTAssertEqual(accepted.status, .approved)
            let cancelled = try await describe(agreements, upgraded)
            XCTAssertEqual(cancelled.status, .cancelled)
            let requests = try await Market.collect { token in
                let page = try await sales.listAgreementCancellationRequests(
                    input: ListAgreementCancellationRequestsInput(
                        partyType: "PROPOSER", agreementId: upgraded, status: nil, agreementType: nil, catalog: nil,
                        maxResults: nil, nextToken: token))
                return (page.items, page.nextToken)
            }
            let statuses = Dictionary(requests.map { ($0.agreementCancellationRequestId, $0.status) }) { first, _ in first }
            XCTAssertEqual(
                statuses,
                [asked.agreementCancellationRequestId: .rejected, again.agreementCancellationRequestId: .approved])
            let one = try await sales.getAgreementCancellationRequest(
                input: GetAgreementCancellationRequestInput(
                    agreementId: upgraded, agreementCancellationRequestId: again.agreementCancellationRequestId))
            XCTAssertEqual(one.status, .approved)
            XCTAssertEqual(one.reasonCode, .testAgreement)

            // Both agreements, as the seller sees them; the cancelled one, as the buyer searches for it.
            let sold = try await sales.all(filters: [AgreementFilter(name: "PartyType", values: ["Proposer"])])
            XCTAssertEqual(Set(sold.map { $0.agreementId }), [agreementId, upgraded])
            XCTAssertEqual(sold.count, 2)
            func searchCancelled(_ token: String?) async throws -> SearchAgreementsOutput {
                try await agreements.searchAgreements(
                    input: SearchAgreementsInput(
                        catalog: nil,
                        filters: [
                            AgreementFilter(name: "PartyType", values: ["Acceptor"]),
                            AgreementFilter(name: "Status", values: ["CANCELLED"]),
                        ], sort: nil, maxResults: 10, nextToken: token))
            }
            let found = try await searchCancelled(nil)
            XCTAssertEqual(found.agreementViewSummaries.map { $0.agreementId }, [upgraded])
            XCTAssertNil(found.nextToken)
            let everyCancelled = try await Market.collect { token in
                let page = try await searchCancelled(token)
                return (page.agreementViewSummaries, page.nextToken)
            }
            XCTAssertEqual(everyCancelled.map { $0.agreementId }, [upgraded])
            let active = try await agreements.all(filters: [AgreementFilter(name: "Status", values: ["ACTIVE"])])
            XCTAssertEqual(active.map { $0.agreementId }, [])
            // (The engine checks filter names against the agreements it searches, so this needs the buyer to have some.)
            await expectFailure(.validation) {
                try await agreements.all(filters: [AgreementFilter(name: "Colour", values: ["blue"])])
            }
        }
    }

    /// The errors a caller gets for bad input: the core's field errors, named as the service names the members, which
    /// never reach a backend; an unknown agreement is not found.
    func testAgreementInputIsChecked() async {
        await both { env in
            let agreements = try env.client(Market.buyer).agreements()
            let noRequestId = await expectFailure(.validation) {
                try await agreements.getAgreementCancellationRequest(
                    input: GetAgreementCancellationRequestInput(agreementId: "agmt-1", agreementCancellationRequestId: ""))
            }
            XCTAssertEqual(noRequestId?.fields, ["agreementCancellationRequestId"])
            let noId = await expectFailure(.validation) {
                try await agreements.getAgreementRequest(input: GetAgreementRequestInput(agreementRequestId: ""))
            }
            XCTAssertEqual(noId?.fields, ["agreementRequestId"])
            let order = PurchaseOrder(
                chargeId: "not a charge!", chargeRevision: nil, agreementId: nil, purchaseOrderReference: nil)
            let badAccept = await expectFailure(.validation) {
                try await agreements.acceptAgreementRequest(
                    input: AcceptAgreementRequestInput(agreementRequestId: "request-1", purchaseOrders: [order]))
            }
            XCTAssertEqual(badAccept?.code, "ValidationException")
            XCTAssertEqual(
                badAccept?.fields,
                ["agreementRequestId", "purchaseOrders[0].chargeId", "purchaseOrders[0].purchaseOrderReference"])
            await expectFailure(.notFound) {
                try await agreements.describeAgreement(input: DescribeAgreementInput(agreementId: "agmt-doesnotexist"))
            }
        }
    }
}
