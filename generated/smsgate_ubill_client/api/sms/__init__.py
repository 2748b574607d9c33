# Generated from specs/ubill.yaml (sha256 4c399ea712584ce5) by scripts/generate.py with openapi-python-client 0.29.1.
# Do not edit: change the spec, scripts/templates/ or scripts/generate.py and regenerate.
"""Contains endpoint functions for accessing the API"""
