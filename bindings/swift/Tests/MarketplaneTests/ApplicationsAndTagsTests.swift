import Foundation
import XCTest
@testable import marketplane

/// The Serverless Application Repository's publish, version, share and deploy cycle, and a catalog entity's tags and
/// resource policy (the Go suite's TestPublishShareAndDeploy and TestTagsAndPolicies), on both backends.
final class ApplicationsAndTagsTests: MarketTestCase {
    static let template = """
        Parameters:
          Stage:
            Type: String
            AllowedValues: [dev, prod]
        Resources:
          Role:
            Type: AWS::IAM::Role
          Queue:
            Type: AWS::SQS::Queue
            Properties:
              QueueName: !Sub '${Stage}-queue'
        """

    func testPublishShareAndDeploy() async {
        await both { env in
            let apps = try env.client(Market.buyer).applications()
            let app = try await apps.createApplication(
                input: NewApplication(
                    name: "my-app", description: "hello", author: "user1", spdxLicenseId: "MIT",
                    licenseBody: "MIT License", licenseUrl: nil, readmeBody: nil, readmeUrl: nil, labels: ["tests"],
                    homePageUrl: nil, semanticVersion: "1.0.0", sourceCodeUrl: nil, sourceCodeArchiveUrl: nil,
                    templateBody: Self.template, templateUrl: nil))
            XCTAssertEqual(app.applicationId, "arn:aws:serverlessrepo:us-east-1:111111111111:applications/my-app")
            XCTAssertEqual(app.version?.requiredCapabilities, [.iam])
            let stage = try XCTUnwrap(app.version?.parameterDefinitions.first)
            XCTAssertEqual(stage.name, "Stage")
            XCTAssertEqual(stage.allowedValues, ["dev", "prod"])
            XCTAssertEqual(stage.referencedByResources.first, "Queue")

            func version(_ semanticVersion: String, _ sourceCodeUrl: String?) -> CreateApplicationVersionInput {
                CreateApplicationVersionInput(
                    applicationId: app.applicationId, semanticVersion: semanticVersion, sourceCodeUrl: sourceCodeUrl,
                    sourceCodeArchiveUrl: nil, templateBody: Self.template, templateUrl: nil)
            }
            await expectFailure(.conflict) { try await apps.createApplicationVersion(input: version("1.0.0", nil)) }
            _ = try await apps.createApplicationVersion(input: version("1.1.0", "https://example.com/src"))
            func versions(_ maxItems: Int32?, _ token: String?) async throws -> ListApplicationVersionsOutput {
                try await apps.listApplicationVersions(
                    input: ListApplicationVersionsInput(applicationId: app.applicationId, maxItems: maxItems, nextToken: token))
            }
            let all = try await versions(nil, nil)
            XCTAssertEqual(all.versions.map { $0.semanticVersion }, ["1.0.0", "1.1.0"])
            let first = try await versions(1, nil)
            XCTAssertEqual(first.versions.count, 1)
            XCTAssertNotNil(first.nextToken)
            let second = try await versions(1, first.nextToken)
            XCTAssertEqual(second.versions.map { $0.semanticVersion }, ["1.1.0"])
            XCTAssertNil(second.nextToken)
            let listed = try await apps.listApplications(input: ListApplicationsInput(maxItems: nil, nextToken: nil))
            XCTAssertEqual(listed.applications.map { $0.name }, ["my-app"])
            XCTAssertNil(listed.nextToken)
            let dependencies = try await apps.listApplicationDependencies(
                input: ListApplicationDependenciesInput(
                    applicationId: app.applicationId, semanticVersion: nil, maxItems: nil, nextToken: nil))
            XCTAssertEqual(dependencies.dependencies, [])

            let get = GetApplicationInput(applicationId: app.applicationId, semanticVersion: nil)
            let other = try env.client(Market.memberB).applications()
            let denied = await expectFailure(.accessDenied) { try await other.getApplication(input: get) }
            XCTAssertEqual(denied?.code, "ForbiddenException")
            _ = try await apps.shareWithOrganization(applicationId: app.applicationId, organizationId: "o-aa111bb222")
            let seen = try await other.getApplication(input: get)
            XCTAssertEqual(seen.version?.semanticVersion, "1.1.0")
            let deployer = try env.client(Market.seller).applications()
            await expectFailure(.accessDenied) { try await deployer.getApplication(input: get) }
            let everyone = try await apps.makePublic(applicationId: app.applicationId)
            XCTAssertEqual(everyone.first?.principals, [.everyone])
            XCTAssertEqual(everyone.first?.actions.first, .deploy)
            let policy = try await apps.getApplicationPolicy(input: GetApplicationPolicyInput(applicationId: app.applicationId))
            XCTAssertEqual(policy.count, 1, "\(policy)")

            func deploy(_ capabilities: [Capability], _ stage: String) -> CreateCloudFormationChangeSetInput {
                CreateCloudFormationChangeSetInput(
                    applicationId: app.applicationId,
                    request: ChangeSetRequest(
                        stackName: "web", semanticVersion: nil, templateId: nil, capabilities: capabilities,
                        parameterOverrides: [ParameterValue(name: "Stage", value: stage)]))
            }
            let unacknowledged = await expectFailure(.validation) {
                try await deployer.createCloudFormationChangeSet(input: deploy([], "dev"))
            }
            XCTAssertTrue(
                unacknowledged?.message.contains("CAPABILITY_IAM") ?? false, "\(String(describing: unacknowledged))")
            let changeSet = try await deployer.createCloudFormationChangeSet(input: deploy([.iam], "prod"))
            XCTAssertTrue(changeSet.stackId.contains(":stack/serverlessrepo-web/"), changeSet.stackId)
            let template = try await apps.createCloudFormationTemplate(
                input: CreateCloudFormationTemplateInput(applicationId: app.applicationId, semanticVersion: nil))
            XCTAssertEqual(template.status, .preparing)
            XCTAssertGreaterThan(template.expirationTime, template.creationTime)
            let again = try await apps.getCloudFormationTemplate(
                input: GetCloudFormationTemplateInput(applicationId: app.applicationId, templateId: template.templateId))
            XCTAssertEqual(again.templateId, template.templateId)
            let updated = try await apps.updateApplication(
                input: UpdateApplicationInput(
                    applicationId: app.applicationId,
                    update: ApplicationUpdate(
                        description: "updated", author: nil, readmeBody: nil, readmeUrl: nil, labels: ["a", "b"],
                        homePageUrl: nil)))
            XCTAssertEqual(updated.description, "updated")
            XCTAssertEqual(updated.labels, ["a", "b"])
            _ = try await apps.makePrivate(applicationId: app.applicationId)
            try await apps.deleteApplication(input: DeleteApplicationInput(applicationId: app.applicationId))
            await expectFailure(.notFound) { try await apps.getApplication(input: get) }
        }
    }

    func testTagsAndPolicies() async {
        await both { env in
            let catalog = try env.client(Market.seller).catalog()
            let productId = try await publishProduct(catalog, "Tagged", "A product with tags")
            let arn = try await catalog.describeEntity(
                input: DescribeEntityInput(catalog: Market.catalog, entityId: productId)
            ).entityArn
            try await catalog.tagResource(
                input: TagResourceInput(
                    resourceArn: arn, tags: [Tag(key: "team", value: "growth"), Tag(key: "tier", value: "1")]))
            try await catalog.untagResource(input: UntagResourceInput(resourceArn: arn, tagKeys: ["tier"]))
            let tags = try await catalog.listTagsForResource(input: ListTagsForResourceInput(resourceArn: arn))
            XCTAssertEqual(tags.resourceArn, arn)
            XCTAssertEqual(tags.tags, [Tag(key: "team", value: "growth")])
            await expectFailure(.notFound) {
                try await catalog.getResourcePolicy(input: GetResourcePolicyInput(resourceArn: arn))
            }
            try await catalog.putResourcePolicy(
                input: PutResourcePolicyInput(resourceArn: arn, policy: "{\"Statement\": []}"))
            let policy = try await catalog.getResourcePolicy(input: GetResourcePolicyInput(resourceArn: arn))
            XCTAssertEqual(policy, "{\"Statement\": []}")
            try await catalog.deleteResourcePolicy(input: DeleteResourcePolicyInput(resourceArn: arn))
            let batch = try await catalog.batchDescribeEntities(
                input: BatchDescribeEntitiesInput(entityRequestList: [
                    EntityRequest(catalog: Market.catalog, entityId: productId),
                    EntityRequest(catalog: Market.catalog, entityId: "prod-doesnotexist00"),
                ]))
            XCTAssertNotNil(batch.entityDetails[productId])
            XCTAssertEqual(batch.errors.count, 1)
        }
    }
}
