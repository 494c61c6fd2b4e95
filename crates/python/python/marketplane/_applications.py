"""The Serverless Application Repository from Python: ``client.applications``."""

from __future__ import annotations

import json
import urllib.parse
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Union

from ._models import (
    Application,
    ApplicationDependency,
    ApplicationSummary,
    Capability,
    ChangeSetDetails,
    PolicyStatement,
    TemplateDetails,
    TemplateStatus,
    Version,
    VersionSummary,
    _parse_iso8601,
)


def _path(application_id: str, *rest: str) -> str:
    parts = [urllib.parse.quote(application_id, safe="")] + [urllib.parse.quote(r, safe="") for r in rest]
    return "/applications/" + "/".join(parts)


def _drop_none(d: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


class Applications:
    """Publish, version, share and deploy applications. Application ids are ARNs."""

    def __init__(self, native: Any) -> None:
        self._native = native

    def _call(self, method: str, path: str, query: Optional[Dict[str, Any]] = None, body: Optional[Dict[str, Any]] = None) -> Dict[str, Any]:
        q = urllib.parse.urlencode(_drop_none(query or {}))
        out = self._native.call_rest(method, path, q, json.dumps(body or {}))
        return {} if out is None else dict(json.loads(out))

    def create(
        self,
        *,
        name: str,
        description: str,
        author: str,
        semantic_version: Optional[str] = None,
        template_body: Optional[str] = None,
        spdx_license_id: Optional[str] = None,
        license_body: Optional[str] = None,
        readme_body: Optional[str] = None,
        labels: Optional[Sequence[str]] = None,
        home_page_url: Optional[str] = None,
        source_code_url: Optional[str] = None,
    ) -> Application:
        body = _drop_none({
            "name": name, "description": description, "author": author, "semanticVersion": semantic_version,
            "templateBody": template_body, "spdxLicenseId": spdx_license_id, "licenseBody": license_body,
            "readmeBody": readme_body, "labels": list(labels) if labels is not None else None,
            "homePageUrl": home_page_url, "sourceCodeUrl": source_code_url,
        })
        return Application._from_wire(self._call("POST", "/applications", body=body))

    def get(self, application_id: str, semantic_version: Optional[str] = None) -> Application:
        return Application._from_wire(self._call("GET", _path(application_id), {"semanticVersion": semantic_version}))

    def list(self) -> Iterator[ApplicationSummary]:
        token: Optional[str] = None
        while True:
            out = self._call("GET", "/applications", {"nextToken": token})
            yield from (ApplicationSummary._from_wire(a) for a in out.get("applications", []))
            token = out.get("nextToken")
            if not token:
                return

    def update(self, application_id: str, *, description: Optional[str] = None, author: Optional[str] = None,
               labels: Optional[Sequence[str]] = None, home_page_url: Optional[str] = None,
               readme_body: Optional[str] = None) -> Application:
        body = _drop_none({"description": description, "author": author, "homePageUrl": home_page_url,
                           "readmeBody": readme_body, "labels": list(labels) if labels is not None else None})
        return Application._from_wire(self._call("PATCH", _path(application_id), body=body))

    def delete(self, application_id: str) -> None:
        self._call("DELETE", _path(application_id))

    def create_version(self, application_id: str, semantic_version: str, template_body: str,
                       source_code_url: Optional[str] = None) -> Version:
        body = _drop_none({"templateBody": template_body, "sourceCodeUrl": source_code_url})
        return Version._from_wire(self._call("PUT", _path(application_id, "versions", semantic_version), body=body))

    def versions(self, application_id: str) -> Iterator[VersionSummary]:
        token: Optional[str] = None
        while True:
            out = self._call("GET", _path(application_id, "versions"), {"nextToken": token})
            for v in out.get("versions", []):
                yield VersionSummary(v["applicationId"], v["semanticVersion"], _parse_iso8601(v["creationTime"]), v.get("sourceCodeUrl"))
            token = out.get("nextToken")
            if not token:
                return

    def dependencies(self, application_id: str, semantic_version: Optional[str] = None) -> Iterator[ApplicationDependency]:
        token: Optional[str] = None
        while True:
            out = self._call("GET", _path(application_id, "dependencies"), {"semanticVersion": semantic_version, "nextToken": token})
            for d in out.get("dependencies", []):
                yield ApplicationDependency(d["applicationId"], d["semanticVersion"])
            token = out.get("nextToken")
            if not token:
                return

    def policy(self, application_id: str) -> List[PolicyStatement]:
        out = self._call("GET", _path(application_id, "policy"))
        return [PolicyStatement._from_wire(s) for s in out.get("statements", [])]

    def put_policy(self, application_id: str, statements: Sequence[PolicyStatement]) -> List[PolicyStatement]:
        out = self._call("PUT", _path(application_id, "policy"), body={"statements": [s._wire() for s in statements]})
        return [PolicyStatement._from_wire(s) for s in out.get("statements", [])]

    def share_with_accounts(self, application_id: str, accounts: Sequence[str]) -> List[PolicyStatement]:
        return self.put_policy(application_id, [PolicyStatement(list(accounts), ["Deploy"], statement_id="accounts")])

    def share_with_organization(self, application_id: str, organization_id: str) -> List[PolicyStatement]:
        statement = PolicyStatement(["*"], ["Deploy", "UnshareApplication"], [organization_id], "organization")
        return self.put_policy(application_id, [statement])

    def make_public(self, application_id: str) -> List[PolicyStatement]:
        return self.put_policy(application_id, [PolicyStatement(["*"], ["Deploy"], statement_id="public")])

    def make_private(self, application_id: str) -> List[PolicyStatement]:
        return self.put_policy(application_id, [])

    def unshare(self, application_id: str, organization_id: str) -> None:
        self._call("POST", _path(application_id, "unshare"), body={"organizationId": organization_id})

    def _template(self, d: Dict[str, Any]) -> TemplateDetails:
        return TemplateDetails(
            d["applicationId"], d["semanticVersion"], d["templateId"], d["templateUrl"], TemplateStatus(d["status"]),
            _parse_iso8601(d["creationTime"]), _parse_iso8601(d["expirationTime"]),
        )

    def create_template(self, application_id: str, semantic_version: Optional[str] = None) -> TemplateDetails:
        body = _drop_none({"semanticVersion": semantic_version})
        return self._template(self._call("POST", _path(application_id, "templates"), body=body))

    def get_template(self, application_id: str, template_id: str) -> TemplateDetails:
        return self._template(self._call("GET", _path(application_id, "templates", template_id)))

    def deploy(
        self,
        application_id: str,
        stack_name: str,
        *,
        capabilities: Sequence[Union[Capability, str]] = (),
        parameters: Optional[Mapping[str, str]] = None,
        semantic_version: Optional[str] = None,
        template_id: Optional[str] = None,
    ) -> ChangeSetDetails:
        """Create a CloudFormation change set on stack ``serverlessrepo-<stack_name>``."""
        body = _drop_none({
            "stackName": stack_name,
            "capabilities": [str(Capability(c).value) for c in capabilities],
            "parameterOverrides": [{"name": k, "value": v} for k, v in (parameters or {}).items()],
            "semanticVersion": semantic_version,
            "templateId": template_id,
        })
        out = self._call("POST", _path(application_id, "changesets"), body=body)
        return ChangeSetDetails(out["applicationId"], out["semanticVersion"], out["changeSetId"], out["stackId"])
