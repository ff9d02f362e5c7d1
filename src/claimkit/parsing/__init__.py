"""Parsing: small pure stages that turn news text into claims."""
