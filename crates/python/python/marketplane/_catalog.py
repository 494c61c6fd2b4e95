"""AWS Marketplace Catalog from Python: ``client.catalog``.

Requests and answers are the service's own JSON (PascalCase keys, dates as ``YYYY-MM-DDTHH:MM:SSZ``), as boto3
shows them, so code moves between the two without translation. Offers are typed through ``build_offer``, which
runs the library's offer builder and raises ``ValidationError`` listing every problem at once.
"""

from __future__ import annotations

import json
import urllib.parse
from typing import Any, Dict, Iterator, List, Mapping, Optional, Sequence, Tuple

from ._marketplane import ValidationError

CATALOG = "AWSMarketplace"


def _drop_none(d: Dict[str, Any]) -> Dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None}


class ChangeSetFailedError(ValidationError):
    """A change set ended FAILED; ``description`` is its DescribeChangeSet answer."""

    def __init__(self, description: Dict[str, Any]) -> None:
        self.description = description
        errors = [
            f"ChangeSet[{i}] {c.get('ChangeType')}: {e.get('ErrorCode')}: {e.get('ErrorMessage')}"
            for i, c in enumerate(description.get("ChangeSet", []))
            for e in c.get("ErrorDetailList", [])
        ]
        super().__init__(f"change set {description.get('ChangeSetId')} failed: " + "; ".join(errors))


class Catalog:
    """Products, offers, resale authorizations and private marketplace experiences, changed through change sets."""

    def __init__(self, native: Any) -> None:
        self._native = native

    def _call(self, method: str, path: str, query: Optional[Dict[str, Any]] = None, body: Optional[Mapping[str, Any]] = None) -> Dict[str, Any]:
        q = urllib.parse.urlencode(_drop_none(dict(query or {})))
        out = self._native.call_rest(method, path, q, json.dumps(dict(body or {})))
        return {} if out is None else dict(json.loads(out))

    # change sets

    def start_change_set(
        self,
        changes: Sequence[Mapping[str, Any]],
        *,
        change_set_name: Optional[str] = None,
        client_request_token: Optional[str] = None,
        intent: Optional[str] = None,
        tags: Optional[Mapping[str, str]] = None,
    ) -> Dict[str, Any]:
        """``StartChangeSet``; returns ``{"ChangeSetId", "ChangeSetArn"}``."""
        body = _drop_none({
            "Catalog": CATALOG,
            "ChangeSet": list(changes),
            "ChangeSetName": change_set_name,
            "ClientRequestToken": client_request_token,
            "Intent": intent,
            "ChangeSetTags": [{"Key": k, "Value": v} for k, v in (tags or {}).items()] or None,
        })
        return self._call("POST", "/StartChangeSet", body=body)

    def describe_change_set(self, change_set_id: str) -> Dict[str, Any]:
        return self._call("GET", "/DescribeChangeSet", {"catalog": CATALOG, "changeSetId": change_set_id})

    def cancel_change_set(self, change_set_id: str) -> Dict[str, Any]:
        """Only while PREPARING; later it raises ``ResourceInUseError``."""
        return self._call("PATCH", "/CancelChangeSet", {"catalog": CATALOG, "changeSetId": change_set_id})

    def list_change_sets(self, filters: Optional[Mapping[str, Sequence[str]]] = None) -> Iterator[Dict[str, Any]]:
        """Every change set matching ``filters`` (``{"Status": ["SUCCEEDED"]}``), page by page."""
        token: Optional[str] = None
        while True:
            body = _drop_none({
                "Catalog": CATALOG,
                "FilterList": [{"Name": k, "ValueList": list(v)} for k, v in (filters or {}).items()] or None,
                "NextToken": token,
            })
            page = self._call("POST", "/ListChangeSets", body=body)
            yield from page.get("ChangeSetSummaryList", [])
            token = page.get("NextToken")
            if not token:
                return

    def wait_for_change_set(self, change_set_id: str, *, timeout: float = 1800.0) -> Dict[str, Any]:
        """Poll until the change set finishes; raises ``WaitTimeoutError`` after ``timeout`` seconds."""
        return dict(json.loads(self._native.wait_for_change_set(change_set_id, timeout)))

    def apply(self, changes: Sequence[Mapping[str, Any]], *, timeout: float = 1800.0, **kwargs: Any) -> Dict[str, Any]:
        """Start a change set and wait for it; raises ``ChangeSetFailedError`` when it fails."""
        started = self.start_change_set(changes, **kwargs)
        done = self.wait_for_change_set(started["ChangeSetId"], timeout=timeout)
        if done.get("Status") != "SUCCEEDED":
            raise ChangeSetFailedError(done)
        return done

    # entities

    def describe_entity(self, entity_id: str) -> Dict[str, Any]:
        return self._call("GET", "/DescribeEntity", {"catalog": CATALOG, "entityId": entity_id})

    def describe_entities(self, entity_ids: Sequence[str]) -> Tuple[Dict[str, Any], Dict[str, Any]]:
        """``BatchDescribeEntities``: (details by id, errors by id)."""
        out = self._call("POST", "/BatchDescribeEntities", body={"EntityRequestList": [{"Catalog": CATALOG, "EntityId": i} for i in entity_ids]})
        return out.get("EntityDetails", {}), out.get("Errors", {})

    def list_entities(
        self,
        entity_type: str,
        *,
        filters: Optional[Mapping[str, Sequence[str]]] = None,
        entity_type_filters: Optional[Mapping[str, Any]] = None,
        sort: Optional[Mapping[str, str]] = None,
        ownership_type: Optional[str] = None,
        page_size: Optional[int] = None,
    ) -> Iterator[Dict[str, Any]]:
        """Every entity of ``entity_type`` (``"Offer"``, ``"SaaSProduct"``, ...), page by page."""
        token: Optional[str] = None
        while True:
            body = _drop_none({
                "Catalog": CATALOG,
                "EntityType": entity_type,
                "FilterList": [{"Name": k, "ValueList": list(v)} for k, v in (filters or {}).items()] or None,
                "EntityTypeFilters": dict(entity_type_filters) if entity_type_filters else None,
                "Sort": dict(sort) if sort else None,
                "OwnershipType": ownership_type,
                "MaxResults": page_size,
                "NextToken": token,
            })
            page = self._call("POST", "/ListEntities", body=body)
            yield from page.get("EntitySummaryList", [])
            token = page.get("NextToken")
            if not token:
                return

    # offers

    def build_offer(self, **spec: Any) -> List[Dict[str, Any]]:
        """The changes of a whole offer. Keys: ``product_id``, ``name``, ``description``, ``buyers``, ``contract``
        (``{"currency", "duration", "price", "grants": {dimension: quantity}}``), ``configurable_contract``
        (``{"currency", "duration", "prices": {dimension: price}, "multiple_dimensions"}``), ``usage`` (``{"currency",
        "prices": {dimension: price}}``), ``payment_schedule`` (``[(date, amount)]``), ``variable_payments``
        (``{"max_total", "approve_on_expiry", "expiration_days"}``), ``eula`` (``"standard"`` or a
        URL), ``refund_policy``, ``agreement_duration``, ``available_until``, ``auto_renew``, ``draft``."""
        if "payment_schedule" in spec:
            spec["payment_schedule"] = [list(item) for item in spec["payment_schedule"]]
        return list(json.loads(self._native.build_offer(json.dumps(spec))))

    def publish_offer(self, **spec: Any) -> str:
        """Build an offer, apply it, and return the new offer's id."""
        done = self.apply(self.build_offer(**spec))
        for change in done.get("ChangeSet", []):
            if change.get("ChangeType") == "CreateOffer":
                return str(change["Entity"]["Identifier"]).split("@")[0]
        raise RuntimeError("the offer change set created no offer")

    # tags and policies

    def tag_resource(self, resource_arn: str, tags: Mapping[str, str]) -> None:
        self._call("POST", "/TagResource", body={"ResourceArn": resource_arn, "Tags": [{"Key": k, "Value": v} for k, v in tags.items()]})

    def untag_resource(self, resource_arn: str, keys: Sequence[str]) -> None:
        self._call("POST", "/UntagResource", body={"ResourceArn": resource_arn, "TagKeys": list(keys)})

    def tags(self, resource_arn: str) -> Dict[str, str]:
        out = self._call("POST", "/ListTagsForResource", body={"ResourceArn": resource_arn})
        return {t["Key"]: t["Value"] for t in out.get("Tags", [])}

    def put_resource_policy(self, resource_arn: str, policy: str) -> None:
        self._call("POST", "/PutResourcePolicy", body={"ResourceArn": resource_arn, "Policy": policy})

    def resource_policy(self, resource_arn: str) -> str:
        return str(self._call("GET", "/GetResourcePolicy", {"resourceArn": resource_arn})["Policy"])

    def delete_resource_policy(self, resource_arn: str) -> None:
        self._call("DELETE", "/DeleteResourcePolicy", {"resourceArn": resource_arn})
