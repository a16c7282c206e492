"""postcheck: check a draft post against an organisation's social-media policy before publishing."""

__version__ = "0.1.0"
