"""Lexicons: typed tables of words claimkit reads.  Data only, no logic."""
