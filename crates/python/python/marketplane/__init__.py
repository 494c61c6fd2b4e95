"""marketplane: one typed facade over AWS Account Management, Marketplace Catalog, Discovery and Agreement, and the
Serverless Application Repository, with an embedded local backend that behaves like the real services.

Everything is native (``marketplane._marketplane``): the model classes are the library's own types, and the clients'
methods are generated from its operation tables (see docs/python.md for the naming rule).

>>> import marketplane
>>> client = marketplane.Client.in_memory().as_account("123456789012")
>>> client.accounts.get_region_opt_status(region_name="af-south-1").region_opt_status
'DISABLED'
"""

from ._marketplane import *  # noqa: F403 (the native module's __all__ is the package's)
from ._marketplane import __all__ as __all__
