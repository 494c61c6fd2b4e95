import Foundation
import XCTest
@testable import marketplane

/// The operation table walk of the Go suite (reachable_test.go), as far as Swift allows: Swift cannot list a class's
/// methods at run time, so the walk reads the generated bindings this suite is compiled from and checks that every
/// operation is a method of its object's protocol, blocking and async, named by the table and taking its input.
final class ReachableTests: XCTestCase {
    /// `get_gov_cloud_account_information` as Swift spells it: `getGovCloudAccountInformation`.
    func swiftName(_ method: String) -> String {
        let words = method.split(separator: "_").map(String.init)
        return words.enumerated().map { i, word in i == 0 ? word : word.prefix(1).uppercased() + word.dropFirst() }
            .joined()
    }

    /// The declarations of `public protocol <name>Protocol`, up to its closing brace.
    func protocolBody(_ source: String, _ name: String) -> String? {
        guard let start = source.range(of: "public protocol \(name)Protocol:") else { return nil }
        guard let end = source.range(of: "\n}\n", range: start.upperBound..<source.endIndex) else { return nil }
        return String(source[start.upperBound..<end.lowerBound])
    }

    func testEveryOperationIsReachable() throws {
        let file = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().appendingPathComponent("../../Sources/marketplane/marketplane.swift")
        let source = try String(contentsOf: file, encoding: .utf8)
        let objects = [
            "accounts": "Accounts", "applications": "Applications", "catalog": "Catalog", "discovery": "Discovery",
            "agreements": "Agreements", "organizations": "Organizations",
        ]
        let table = operationTable()
        XCTAssertGreaterThanOrEqual(table.count, 99)
        var missing: [String] = []
        var perObject: [String: Int] = [:]
        for row in table {
            guard let type = objects[row.object] else {
                missing.append("\(row.operation): no Swift class for the object \(row.object)")
                continue
            }
            perObject[row.object, default: 0] += 1
            let name = swiftName(row.method)
            if name.lowercased() != row.operation.lowercased() {
                missing.append("\(row.operation): the method \(row.method) does not spell the operation")
            }
            for (flavour, effects) in [(type, "throws"), ("Async\(type)", "async throws")] {
                guard let body = protocolBody(source, flavour) else {
                    missing.append("no protocol \(flavour)Protocol in the bindings")
                    continue
                }
                // `func getAlternateContact(input: GetAlternateContactInput) throws  -> AlternateContact`
                let declaration = body.components(separatedBy: "\n").first {
                    $0.contains("func \(name)(input: ")
                }
                guard let declaration else {
                    missing.append("\(flavour).\(name)(input:) (\(row.operation))")
                    continue
                }
                if !declaration.contains(") \(effects)") {
                    missing.append("\(flavour).\(name): want \(effects), got \(declaration)")
                }
            }
        }
        for object in objects.keys where perObject[object, default: 0] == 0 {
            missing.append("the table lists no operation of \(object)")
        }
        XCTAssertTrue(missing.isEmpty, "\(missing.count) of \(table.count) operations are not reachable:\n"
            + missing.joined(separator: "\n"))
    }
}
