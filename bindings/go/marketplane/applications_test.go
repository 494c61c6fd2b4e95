package marketplane_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"marketplane.local/go/marketplane"
)

const template = `
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
`

func TestPublishShareAndDeploy(t *testing.T) {
	both(t, func(t *testing.T, e env) {
		apps := e.client(t, memberA).Applications()
		app := must(apps.CreateApplication(ctx, marketplane.NewApplication{
			Name:            "my-app",
			Description:     "hello",
			Author:          "user1",
			SpdxLicenseID:   ptr("MIT"),
			LicenseBody:     ptr("MIT License"),
			Labels:          []string{"tests"},
			SemanticVersion: ptr("1.0.0"),
			TemplateBody:    ptr(template),
		}))
		if app.ApplicationID != "arn:aws:serverlessrepo:us-east-1:111111111111:applications/my-app" {
			t.Fatalf("id %q", app.ApplicationID)
		}
		if app.Version == nil || len(app.Version.RequiredCapabilities) != 1 || app.Version.RequiredCapabilities[0] != marketplane.CapabilityIam {
			t.Fatalf("version %+v", app.Version)
		}
		stage := app.Version.ParameterDefinitions[0]
		if stage.Name != "Stage" || strings.Join(stage.AllowedValues, ",") != "dev,prod" || stage.ReferencedByResources[0] != "Queue" {
			t.Fatalf("parameter %+v", stage)
		}
		version := func(semanticVersion string, sourceCodeURL *string) marketplane.CreateApplicationVersionInput {
			return marketplane.CreateApplicationVersionInput{
				ApplicationID: app.ApplicationID, SemanticVersion: semanticVersion, TemplateBody: ptr(template), SourceCodeURL: sourceCodeURL,
			}
		}
		_, err := apps.CreateApplicationVersion(ctx, version("1.0.0", nil))
		asError(t, err, marketplane.ErrorKindConflict)
		must(apps.CreateApplicationVersion(ctx, version("1.1.0", ptr("https://example.com/src"))))
		versions := must(collect(apps.ListApplicationVersionsItems(ctx, marketplane.ListApplicationVersionsInput{ApplicationID: app.ApplicationID})))
		if len(versions) != 2 || versions[1].SemanticVersion != "1.1.0" {
			t.Fatalf("versions %+v", versions)
		}
		onePerPage := marketplane.ListApplicationVersionsInput{ApplicationID: app.ApplicationID, MaxItems: ptr(int32(1))}
		page := must(apps.ListApplicationVersions(ctx, onePerPage))
		if len(page.Versions) != 1 || page.NextToken == nil {
			t.Fatalf("first page %+v", page)
		}
		onePerPage.NextToken = page.NextToken
		page = must(apps.ListApplicationVersions(ctx, onePerPage))
		if len(page.Versions) != 1 || page.Versions[0].SemanticVersion != "1.1.0" {
			t.Fatalf("second page %+v", page)
		}
		onePerPage.NextToken = nil
		if pages := must(collect(apps.ListApplicationVersionsPages(ctx, onePerPage))); len(pages) != 2 || pages[1].NextToken != nil {
			t.Fatalf("pages %+v", pages)
		}
		listed := must(collect(apps.ListApplicationsItems(ctx, marketplane.ListApplicationsInput{})))
		if len(listed) != 1 || listed[0].Name != "my-app" {
			t.Fatalf("list %+v", listed)
		}
		if first := must(apps.ListApplications(ctx, marketplane.ListApplicationsInput{})); len(first.Applications) != 1 || first.NextToken != nil {
			t.Fatalf("list page %+v", first)
		}
		dependencies := marketplane.ListApplicationDependenciesInput{ApplicationID: app.ApplicationID}
		if deps := must(collect(apps.ListApplicationDependenciesItems(ctx, dependencies))); len(deps) != 0 {
			t.Fatalf("dependencies %+v", deps)
		}

		get := marketplane.GetApplicationInput{ApplicationID: app.ApplicationID}
		_, err = e.client(t, memberB).Applications().GetApplication(ctx, get)
		if denied := asError(t, err, marketplane.ErrorKindAccessDenied); denied.Code != "ForbiddenException" {
			t.Fatalf("code %q", denied.Code)
		}
		must(apps.ShareWithOrganization(ctx, app.ApplicationID, "o-aa111bb222"))
		if got := must(e.client(t, memberB).Applications().GetApplication(ctx, get)); got.Version.SemanticVersion != "1.1.0" {
			t.Fatalf("member sees %+v", got.Version)
		}
		_, err = e.client(t, standalone).Applications().GetApplication(ctx, get)
		asError(t, err, marketplane.ErrorKindAccessDenied)
		public := must(apps.MakePublic(ctx, app.ApplicationID))
		if len(public) != 1 || public[0].Principals[0] != (marketplane.PrincipalEveryone{}) || public[0].Actions[0] != marketplane.PolicyActionDeploy {
			t.Fatalf("policy %+v", public)
		}
		if got := must(apps.GetApplicationPolicy(ctx, marketplane.GetApplicationPolicyInput{ApplicationID: app.ApplicationID})); len(got) != 1 {
			t.Fatalf("policy %+v", got)
		}

		deployer := e.client(t, standalone).Applications()
		_, err = deployer.CreateCloudFormationChangeSet(ctx, marketplane.CreateCloudFormationChangeSetInput{
			ApplicationID: app.ApplicationID,
			Request: marketplane.ChangeSetRequest{
				StackName:          "web",
				ParameterOverrides: []marketplane.ParameterValue{{Name: "Stage", Value: "dev"}},
			},
		})
		if bad := asError(t, err, marketplane.ErrorKindValidation); !strings.Contains(bad.Message, "CAPABILITY_IAM") {
			t.Fatalf("message %q", bad.Message)
		}
		changeSet := must(deployer.CreateCloudFormationChangeSet(ctx, marketplane.CreateCloudFormationChangeSetInput{
			ApplicationID: app.ApplicationID,
			Request: marketplane.ChangeSetRequest{
				StackName:          "web",
				Capabilities:       []marketplane.Capability{marketplane.CapabilityIam},
				ParameterOverrides: []marketplane.ParameterValue{{Name: "Stage", Value: "prod"}},
			},
		}))
		if !strings.Contains(changeSet.StackID, ":stack/serverlessrepo-web/") {
			t.Fatalf("stack %q", changeSet.StackID)
		}
		tmpl := must(apps.CreateCloudFormationTemplate(ctx, marketplane.CreateCloudFormationTemplateInput{ApplicationID: app.ApplicationID}))
		if tmpl.Status != marketplane.TemplateStatusPreparing || !tmpl.ExpirationTime.After(tmpl.CreationTime) {
			t.Fatalf("template %+v", tmpl)
		}
		if got := must(apps.GetCloudFormationTemplate(ctx, marketplane.GetCloudFormationTemplateInput{
			ApplicationID: app.ApplicationID, TemplateID: tmpl.TemplateID,
		})); got.TemplateID != tmpl.TemplateID {
			t.Fatalf("template %+v", got)
		}
		updated := must(apps.UpdateApplication(ctx, marketplane.UpdateApplicationInput{
			ApplicationID: app.ApplicationID,
			Update:        marketplane.ApplicationUpdate{Description: ptr("updated"), Labels: &[]string{"a", "b"}},
		}))
		if updated.Description != "updated" || len(updated.Labels) != 2 {
			t.Fatalf("updated %+v", updated)
		}
		must(apps.MakePrivate(ctx, app.ApplicationID))
		ok(t, apps.DeleteApplication(ctx, marketplane.DeleteApplicationInput{ApplicationID: app.ApplicationID}))
		_, err = apps.GetApplication(ctx, get)
		asError(t, err, marketplane.ErrorKindNotFound)
	})
}

const samTemplate = `
Transform: AWS::Serverless-2016-10-31
Metadata:
  AWS::ServerlessRepo::Application:
    Name: log-shipper
    Description: Ships logs
    Author: platform-team
    SpdxLicenseId: Apache-2.0
    LicenseUrl: LICENSE.txt
    ReadmeUrl: README.md
    SemanticVersion: %s
Resources: {}
`

func TestPublishSAMAndALocalStateFile(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{"LICENSE.txt": "Apache License 2.0", "README.md": "# log-shipper"} {
		ok(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600))
	}
	publish := func(client *marketplane.Client, version string) marketplane.Application {
		ok(t, os.WriteFile(filepath.Join(dir, "template.yaml"), []byte(fmt.Sprintf(samTemplate, version)), 0o600))
		return must(client.Applications().PublishSAM(ctx, filepath.Join(dir, "template.yaml")))
	}
	state := filepath.Join(dir, "state.db")
	client := must(must(marketplane.NewClientLocal(state)).AsAccount(memberA))
	app := publish(client, "1.0.0")
	if app.Name != "log-shipper" || app.Version.SemanticVersion != "1.0.0" {
		t.Fatalf("published %+v", app)
	}
	// A second client over the same file sees the application; publishing again adds a version.
	reopened := must(must(marketplane.NewClientLocal(state)).AsAccount(memberA))
	if again := publish(reopened, "1.1.0"); again.ApplicationID != app.ApplicationID || again.Version.SemanticVersion != "1.1.0" {
		t.Fatalf("republished %+v", again)
	}
	shared := must(reopened.Applications().ShareWithAccounts(ctx, app.ApplicationID, []marketplane.AccountId{standalone}))
	if len(shared) != 1 || shared[0].Principals[0] != (marketplane.PrincipalAccount{Value: standalone}) {
		t.Fatalf("policy %+v", shared)
	}
	_, err := reopened.Applications().ShareWithAccounts(ctx, app.ApplicationID, []marketplane.AccountId{"12"})
	if bad := asError(t, err, marketplane.ErrorKindValidation); len(bad.FieldErrors) != 1 || bad.FieldErrors[0].Name != "AccountId" {
		t.Fatalf("field errors %+v", bad.FieldErrors)
	}
}
