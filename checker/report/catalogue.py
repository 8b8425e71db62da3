"""The descriptive side of the requirement list for renderers (titles, statute, model wording),
without the term matchers: see `checker.requirements.load_descriptions`."""

from checker.requirements import ItemDescription, describe
from checker.requirements import load_descriptions as item_descriptions

__all__ = ["ItemDescription", "describe", "item_descriptions"]
