"""Entity resolution: one canonical name for the variants and renamings of an entity."""

from rightswatch.resolve.aliases import alias_map, normalise_alias, record_entities, seed_from_codebook

__all__ = ["alias_map", "normalise_alias", "record_entities", "seed_from_codebook"]
