"""Lookups the ORM lacks."""

from django.db.models import Lookup
from django.db.models.lookups import In


class AnyOf(Lookup):
    """``AnyOf(F("claim"), ids)``: the column equals one of the values.

    On PostgreSQL the values travel as one array parameter, ``= ANY(%s::bigint[])``: the
    statement reads the same for any number of values, so one prepared statement serves every
    page size, and the ORM does not compile a placeholder per value (for a page of a hundred
    ids that took longer than the query). Elsewhere it is ``IN``.
    """

    lookup_name = "any_of"
    # The values are prepared when compiled, once the column (and so its field) is known.
    prepare_rhs = False

    def as_sql(self, compiler, connection):
        return In(self.lhs, list(self.rhs)).as_sql(compiler, connection)

    def as_postgresql(self, compiler, connection):
        lhs_sql, lhs_params = self.process_lhs(compiler, connection)
        field = self.lhs.output_field
        values = [
            field.get_db_prep_value(value, connection, prepared=False)
            for value in self.rhs
            if value is not None
        ]
        return f"{lhs_sql} = ANY(%s::{field.db_type(connection)}[])", (*lhs_params, values)
