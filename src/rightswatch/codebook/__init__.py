"""The codebook: taxonomy, trigger rules and known entities, loaded from YAML."""

from rightswatch.codebook.schema import Codebook, EntitySeed, Rule, load_codebook

__all__ = ["Codebook", "EntitySeed", "Rule", "load_codebook"]
