from django.apps import AppConfig


class ClaimsConfig(AppConfig):
    name = "claims"
    verbose_name = "Claims and verification"

    def ready(self):
        from sources.visibility import PublicQuerysets, register_public_querysets

        from . import (
            receivers,  # noqa: F401  (connects the signal handlers)
            selectors,
        )

        # ``annotations`` reads what is public through ``sources`` (it may not import claims).
        register_public_querysets(
            PublicQuerysets(
                documents=selectors.public_documents,
                sources=selectors.public_sources,
                incidents=selectors.public_incidents,
                claims=selectors.public_claims,
            )
        )
