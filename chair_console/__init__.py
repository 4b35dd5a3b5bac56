"""Chair Console: the chair's console for meetings of Oslo bystyre."""

__version__ = "0.1.0"
