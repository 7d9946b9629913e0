"""Order Console: merchant-side desktop console for a JD-style order system."""

__version__ = "0.1.0"
