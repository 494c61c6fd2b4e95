"""The quickstart in Python, offline on the embedded backend: find the accounts of a small organization that miss
alternate contacts, fill them in, enable an opt-in region everywhere and wait for it.

    pip install ./crates/python && python examples/quickstart.py
"""

import marketplane

WORLD = """
[settings]
region_transition_seconds = 1.0

[[organizations]]
id = "o-exampleorg1"
management_account = "100000000001"
trusted_access = ["account.amazonaws.com"]

[[accounts]]
id = "100000000001"
name = "acme-management"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000003"
name = "acme-payments-prod"
organization = "o-exampleorg1"

[[accounts]]
id = "100000000004"
name = "acme-payments-dev"
organization = "o-exampleorg1"
"""

STANDARD = {
    "BILLING": ("Finance Operations", "FinOps Lead", "finops@acme.example"),
    "OPERATIONS": ("Platform On-Call", "SRE Manager", "oncall@acme.example"),
    "SECURITY": ("Security Team", "CISO", "security@acme.example"),
}


def main() -> None:
    management = "100000000001"
    admin = marketplane.Client.in_memory(world=WORLD).as_account(management)
    for account in admin.organization_accounts(management):
        target = None if account == management else account  # members are reached in organizations mode
        info = admin.accounts.get_account_information(account_id=target)
        missing = admin.accounts.alternate_contacts(account_id=target).missing()
        for contact_type in missing:
            name, title, email = STANDARD[contact_type]
            admin.accounts.put_alternate_contact(
                alternate_contact_type=contact_type, name=name, title=title, email_address=email,
                phone_number="+1 206-555-0100", account_id=target,
            )
        added = ", ".join(missing) or "nothing"
        status = admin.regions.enable_and_wait("eu-central-2", account_id=target, timeout=60, initial_delay=0.25)
        print(f"{account}  {info.account_name:<20} added {added:<30} eu-central-2 {status}")


if __name__ == "__main__":
    main()
