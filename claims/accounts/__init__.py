"""Structured accounts of claims: what a claim says happened, where, when, by whom and to whom.

The models are in ``claims.accounts.models`` (registered with the claims app); the gazetteer is
``places.toml``; reading an account from a claim's words is ``claims.accounts.reading``.
"""
