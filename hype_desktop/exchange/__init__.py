"""Files that cross the app's boundary: instruments, exports, reports."""

import os

# Every pydantic model of the app lives under this package. Third-party pydantic plugins (found
# through installed packages' entry points) would see every untrusted file we validate, and the
# entry-point scan costs about 0.1 s of each collation: the app loads none.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
