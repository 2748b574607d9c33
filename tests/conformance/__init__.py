"""Wire conformance: requests exactly as published clients send them, and what they rely on."""
