import Foundation
@testable import marketplane

/// The accounts and records the suites share: an organization (management account and a member who buys), a
/// standalone seller, change sets that settle fast, and shorthands for the records the tests build often (UniFFI's
/// Swift records take every member).
enum Market {
    static let management = "123456789012"
    static let buyer = "111111111111"
    static let seller = "444444444444"
    static let catalog = "AWSMarketplace"

    static let world = """
        [settings]
        region_transition_seconds = 0.2
        change_set_preparation_seconds = 0.05
        change_set_application_seconds = 0.05

        [[organizations]]
        id = "o-aa111bb222"
        management_account = "\(management)"

        [[accounts]]
        id = "\(management)"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "\(buyer)"
        organization = "o-aa111bb222"

        [[accounts]]
        id = "\(seller)"
        """

    /// The organization of the other suites' fixture world (`crates/emulator/tests/fixtures/world.toml`, which the Go
    /// suite uses too): a second member (who also stands by while others trade), a delegated administrator, a
    /// GovCloud pairing.
    static let memberB = "333333333333"
    static let delegated = "222222222222"

    /// The repository root (this file is bindings/swift/Tests/MarketplaneTests/Market.swift).
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().appendingPathComponent("../../../..").standardized

    static func fixture(_ name: String) throws -> String {
        try String(
            contentsOf: repository.appendingPathComponent("crates/emulator/tests/fixtures/\(name)"), encoding: .utf8)
    }

    /// The fixture world with opt-in regions that settle in `regionSeconds` and change sets in a tenth of a second
    /// (the Go suite's world).
    static func fixtureWorld(regionSeconds: String = "1.0") throws -> String {
        let text = try fixture("world.toml")
        let settings = "region_transition_seconds = \(regionSeconds)\nchange_set_preparation_seconds = 0.1\n"
            + "change_set_application_seconds = 0.1"
        let out = text.replacingOccurrences(of: "region_transition_seconds = 300", with: settings)
        precondition(out != text, "the fixture world no longer sets region_transition_seconds = 300")
        return out
    }

    /// The fixture world with change sets that stay PREPARING for a minute, long enough to cancel one.
    static func slowWorld() throws -> String {
        let text = try fixtureWorld()
        let out = text.replacingOccurrences(
            of: "change_set_preparation_seconds = 0.1", with: "change_set_preparation_seconds = 60")
        precondition(out != text, "the fixture world no longer sets change_set_preparation_seconds = 0.1")
        return out
    }

    /// The Rust estate suite's world: 25 accounts in nested units, a root-deny SCP on Workloads/Prod.
    static func estateWorld() throws -> String {
        try fixture("estate.toml")
    }

    /// Polls a change set often enough for the short change sets of the test worlds.
    static let quick = WaitOptions(timeout: 30, initialDelay: 0.05, maxDelay: 0.2)

    /// A change on a SaaS product, its details a JSON document.
    static func change(_ type: String, _ entity: String?, _ details: String, name: String? = nil) -> Change {
        Change(
            changeType: type, entity: EntityRef(entityType: "SaaSProduct@1.0", identifier: entity), entityTags: [],
            details: nil, detailsDocument: details, changeName: name)
    }

    /// Creates, describes (when given a `description`), releases and publishes a product called `title` in one
    /// change set.
    static func listing(_ title: String, description: String? = nil) -> StartChangeSetInput {
        let product = "$P.Entity.Identifier"
        var changes = [change("CreateProduct", nil, "{\"ProductTitle\": \"\(title)\"}", name: "P")]
        if let description {
            let information = "{\"ShortDescription\": \"\(description)\", \"Categories\": [\"Data Analytics\"]}"
            changes.append(change("UpdateInformation", product, information))
        }
        changes += [
            change("ReleaseProduct", product, "{}"),
            change("UpdateVisibility", product, "{\"TargetVisibility\": \"Public\"}"),
        ]
        return StartChangeSetInput(
            catalog: catalog, changeSet: changes, changeSetName: nil, clientRequestToken: nil, changeSetTags: [],
            intent: nil)
    }

    /// The id of the entity the change named `name` created: its identifier without the `@revision`.
    static func created(_ done: ChangeSetDescription, name: String = "P") -> String? {
        let identifier = done.changes.first { $0.changeName == name }?.entity.identifier
        return identifier?.split(separator: "@").first.map(String.init)
    }

    /// A one-year private offer to the buyer: ten users, paid in two installments (the Go suite's privateOffer).
    static func offer(_ productId: String, buyers: [String] = [buyer], eula: String? = "standard") -> OfferSpec {
        OfferSpec(
            productId: productId, name: "Example Corp, 1 year", description: nil, buyers: buyers,
            contract: ContractSpec(currency: "USD", duration: "P12M", price: "0", grants: ["Users": 10]),
            configurableContract: nil, usage: nil,
            paymentSchedule: [
                Installment(date: "2099-01-01", amount: "500.00"), Installment(date: "2099-07-01", amount: "500.00"),
            ],
            variablePayments: nil, eula: eula, refundPolicy: "Refunds within 30 days.", agreementDuration: nil,
            availableUntil: "2099-12-31", autoRenew: false, draft: false)
    }

    typealias Failure = (kind: ErrorKind, code: String, message: String, reason: String?, fields: [String])

    /// The fields of a `MarketplaneError`, or nil for anything else.
    static func failure(_ error: Error) -> Failure? {
        guard case let MarketplaneError.Failure(kind, code, message, reason, _, _, fieldErrors) = error else {
            return nil
        }
        return (kind, code, message, reason, fieldErrors.map { $0.name })
    }

    /// Every item of a paged list: `page` is asked for each page in turn, first with no token, then with the next
    /// token of the page before, until a page has none.
    static func collect<Item>(_ page: (_ nextToken: String?) async throws -> (items: [Item], nextToken: String?))
        async throws -> [Item]
    {
        var items: [Item] = []
        var token: String? = nil
        repeat {
            let (more, next) = try await page(token)
            items += more
            token = next
        } while token != nil
        return items
    }
}
