"""Regulatory Monitor: data-protection fines and biometrics news from regulators' feeds."""

__version__ = "0.1.0"
