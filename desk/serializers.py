"""What every write serializer of the API shares."""

from collections.abc import Mapping

from rest_framework import serializers


class RejectsUnknownFields:
    """A field a write does not take is a 400 that names it, never silently dropped: a client
    that sends ``speaker`` in a PATCH that cannot change it must learn that nothing changed."""

    def to_internal_value(self, data):
        if isinstance(data, Mapping):
            writable = sorted(name for name, field in self.fields.items() if not field.read_only)
            unknown = sorted(set(data) - set(writable))
            if unknown:
                message = f"This field cannot be set here. Fields taken: {', '.join(writable)}."
                raise serializers.ValidationError({name: [message] for name in unknown})
        return super().to_internal_value(data)
