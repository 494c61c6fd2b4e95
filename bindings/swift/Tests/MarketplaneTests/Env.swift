import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import XCTest
@testable import marketplane

// How a test reaches the engine, as the Go suite does (bindings/go/marketplane/env_test.go): on the local backend in
// process, and on the AWS backend against the emulator binary. `both` runs a test's body on each, with fresh state.

/// A client flavour, blocking `Client` or `AsyncClient`: how to make one over each backend. UniFFI generates the two
/// classes with the same constructors but no protocol in common.
struct Flavour<C> {
    let inMemory: (_ worldToml: String) throws -> C
    let aws: (_ endpoint: String, _ accessKeyId: String) throws -> C
    let asAccount: (_ client: C, _ accountId: String) throws -> C
    let messagesTo: (_ client: C, _ recipient: String) throws -> [SentMessage]
}

extension Flavour where C == Client {
    static var blocking: Flavour<Client> {
        Flavour(
            inMemory: { try Client.inMemoryWithWorld(worldToml: $0) },
            aws: { try Client.awsWithEndpoint(endpointUrl: $0, region: "us-east-1", accessKeyId: $1, secretAccessKey: "test") },
            asAccount: { try $0.asAccount(accountId: $1) },
            messagesTo: { try $0.messagesTo(recipient: $1) })
    }
}

extension Flavour where C == AsyncClient {
    static var async: Flavour<AsyncClient> {
        Flavour(
            inMemory: { try AsyncClient.inMemoryWithWorld(worldToml: $0) },
            aws: {
                try AsyncClient.awsWithEndpoint(endpointUrl: $0, region: "us-east-1", accessKeyId: $1, secretAccessKey: "test")
            },
            asAccount: { try $0.asAccount(accountId: $1) },
            messagesTo: { try $0.messagesTo(recipient: $1) })
    }
}

/// One backend as a test sees it: clients acting as accounts, and the one-time codes the engine sent.
struct Env<C> {
    /// `local` or `emulator`, as the Go suite names them.
    let name: String
    /// A client acting as `accountId`.
    let client: (_ accountId: String) throws -> C
    /// The one-time codes sent to `recipient` (an email address or phone number), oldest first.
    let codes: (_ recipient: String) async throws -> [String]

    /// Whether the calls go to the emulator through the AWS backend (which refuses what AWS has no API for).
    var overAWS: Bool { name == "emulator" }
}

struct EnvError: Error, CustomStringConvertible {
    let description: String
}

/// The emulator binary serving one test on a free loopback port, over its own world file.
final class Emulator {
    let endpoint: String
    private let process: Process
    private let directory: URL

    init(world: String) throws {
        let binary = try Emulator.binary()
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("marketplane-emulator-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let worldFile = directory.appendingPathComponent("world.toml")
        try world.write(to: worldFile, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = binary
        process.arguments = ["--bind", "127.0.0.1:0", "--world", worldFile.path]
        let stdout = Pipe()
        process.standardOutput = stdout
        do {
            try process.run()
        } catch {
            try? FileManager.default.removeItem(at: directory)
            throw error
        }
        // The first line is "marketplane-emulator listening on http://127.0.0.1:PORT", and the only one on stdout
        // (so nothing fills the pipe later). An empty read is the end of the file: the emulator exited.
        var line = Data()
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = stdout.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            line.append(chunk)
        }
        let text = String(decoding: line, as: UTF8.self)
        guard let last = text.split(whereSeparator: \.isWhitespace).last, last.hasPrefix("http://127.0.0.1:") else {
            Emulator.stop(process, directory)
            throw EnvError(description: "unexpected first line from the emulator: \(text.debugDescription)")
        }
        self.endpoint = String(last)
        self.process = process
        self.directory = directory
    }

    /// MARKETPLANE_EMULATOR, else the debug build in CARGO_TARGET_DIR (or the repository's target directory).
    static func binary() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        let path: String
        if let explicit = environment["MARKETPLANE_EMULATOR"], !explicit.isEmpty {
            path = explicit
        } else {
            let target = environment["CARGO_TARGET_DIR"].map { URL(fileURLWithPath: $0) }
                ?? Market.repository.appendingPathComponent("target")
            path = target.appendingPathComponent("debug/marketplane-emulator").path
        }
        guard FileManager.default.isExecutableFile(atPath: path) else {
            throw EnvError(
                description: "emulator binary not found at \(path): run `cargo build -p marketplane-emulator` first "
                    + "(or set MARKETPLANE_EMULATOR)")
        }
        return URL(fileURLWithPath: path)
    }

    func stop() {
        Emulator.stop(process, directory)
    }

    private static func stop(_ process: Process, _ directory: URL) {
        // SIGKILL, not terminate()'s SIGTERM: a child started from a Swift concurrency (libdispatch) thread inherits
        // that thread's mask, which blocks SIGTERM, so the emulator would never see it.
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
        }
        process.waitUntilExit()
        try? FileManager.default.removeItem(at: directory)
    }

    /// The one-time codes the engine sent to `recipient`, from the emulator's outbox.
    func outbox(_ recipient: String) async throws -> [String] {
        // Escape everything but the unreserved characters: a phone number's "+" left as is would arrive as a space.
        let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        let query = recipient.addingPercentEncoding(withAllowedCharacters: unreserved) ?? recipient
        guard let url = URL(string: "\(endpoint)/_marketplane/outbox?recipient=\(query)") else {
            throw EnvError(description: "no URL for the outbox of \(recipient)")
        }
        let (data, response) = try await URLSession.shared.data(from: url)
        guard let status = (response as? HTTPURLResponse)?.statusCode, status == 200 else {
            throw EnvError(description: "outbox: \(response), \(String(decoding: data, as: UTF8.self))")
        }
        struct Message: Decodable { let code: String }
        return try JSONDecoder().decode([Message].self, from: data).map { $0.code }
    }
}

/// The base of the suites: the backends (`both`, `localEnv`, `emulatorEnv`) and the checks every suite uses.
class MarketTestCase: XCTestCase {
    /// The backend of the `both` run under way; every failure recorded meanwhile names it, as Go's subtests do.
    private var backend: String?

    #if canImport(ObjectiveC)
    override func record(_ issue: XCTIssue) {
        var issue = issue
        if let backend {
            issue.compactDescription = "[\(backend)] \(issue.compactDescription)"
        }
        super.record(issue)
    }
    #else
    override func recordFailure(withDescription description: String, inFile filePath: String, atLine lineNumber: Int, expected: Bool) {
        let named = backend.map { "[\($0)] \(description)" } ?? description
        super.recordFailure(withDescription: named, inFile: filePath, atLine: lineNumber, expected: expected)
    }
    #endif

    /// The local backend in process, over `world`: one in-memory engine that every client shares.
    func localEnv<C>(_ flavour: Flavour<C>, world: String) throws -> Env<C> {
        let base = try flavour.inMemory(world)
        return Env(
            name: "local",
            client: { try flavour.asAccount(base, $0) },
            codes: { try flavour.messagesTo(base, $0).map { $0.code } })
    }

    /// The AWS backend against an emulator of its own, over `world`, stopped when the test ends.
    func emulatorEnv<C>(_ flavour: Flavour<C>, world: String) throws -> Env<C> {
        let emulator = try Emulator(world: world)
        addTeardownBlock { emulator.stop() }
        return Env(
            name: "emulator",
            client: { account in
                // A 12-digit access key id is the caller's account id (the emulator's identity rule).
                try flavour.asAccount(try flavour.aws(emulator.endpoint, account), account)
            },
            codes: { try await emulator.outbox($0) })
    }

    /// Runs `body` on the local backend and then on the emulator, each over a fresh engine loaded with `world` (the
    /// fixture world by default). A failure names the backend; an error thrown ends that backend's run only.
    func both(
        in world: String? = nil, file: StaticString = #filePath, line: UInt = #line,
        _ body: (Env<AsyncClient>) async throws -> Void
    ) async {
        for name in ["local", "emulator"] {
            backend = name
            defer { backend = nil }
            do {
                let text = try world ?? Market.fixtureWorld()
                let env = name == "local" ? try localEnv(.async, world: text) : try emulatorEnv(.async, world: text)
                try await body(env)
            } catch {
                XCTFail("threw \(error)", file: file, line: line)
            }
        }
    }

    /// `both` with blocking clients.
    func bothBlocking(
        in world: String? = nil, file: StaticString = #filePath, line: UInt = #line, _ body: (Env<Client>) throws -> Void
    ) {
        for name in ["local", "emulator"] {
            backend = name
            defer { backend = nil }
            do {
                let text = try world ?? Market.fixtureWorld()
                let env = name == "local" ? try localEnv(.blocking, world: text) : try emulatorEnv(.blocking, world: text)
                try body(env)
            } catch {
                XCTFail("threw \(error)", file: file, line: line)
            }
        }
    }

    /// The failure `call` throws, checked to be a `MarketplaneError` of `kind`; nil when it is not (the test fails).
    @discardableResult
    func expectFailure<T>(
        _ kind: ErrorKind, file: StaticString = #filePath, line: UInt = #line, _ call: () async throws -> T
    ) async -> Market.Failure? {
        do {
            _ = try await call()
            XCTFail("want a \(kind) failure, the call succeeded", file: file, line: line)
        } catch {
            let failure = Market.failure(error)
            XCTAssertEqual(failure?.kind, kind, "\(error)", file: file, line: line)
            return failure?.kind == kind ? failure : nil
        }
        return nil
    }

    /// `expectFailure` for a blocking call.
    @discardableResult
    func expectBlockingFailure<T>(
        _ kind: ErrorKind, file: StaticString = #filePath, line: UInt = #line, _ call: () throws -> T
    ) -> Market.Failure? {
        do {
            _ = try call()
            XCTFail("want a \(kind) failure, the call succeeded", file: file, line: line)
        } catch {
            let failure = Market.failure(error)
            XCTAssertEqual(failure?.kind, kind, "\(error)", file: file, line: line)
            return failure?.kind == kind ? failure : nil
        }
        return nil
    }

    /// Lists a public SaaS product the way a seller does (the Go suite's publishProduct): one change set that
    /// creates, describes, releases and publishes it, started and waited for. Its id.
    func publishProduct(
        _ catalog: AsyncCatalog, _ title: String, _ description: String, file: StaticString = #filePath, line: UInt = #line
    ) async throws -> String {
        let started = try await catalog.startChangeSet(input: Market.listing(title, description: description))
        let done = try await catalog.waitForChangeSet(changeSetId: started.changeSetId, options: Market.quick)
        XCTAssertEqual(done.status, .succeeded, "\(done)", file: file, line: line)
        XCTAssertEqual(done.changeSetId, started.changeSetId, file: file, line: line)
        return try XCTUnwrap(Market.created(done), "\(done)", file: file, line: line)
    }
}
