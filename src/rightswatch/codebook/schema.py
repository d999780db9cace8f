"""Codebook schema (pydantic) and loader. A user's codebook is validated the same way."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, Field, ValidationError, model_validator

from rightswatch.errors import Code, RightswatchError

DEFAULT_CODEBOOK = Path(__file__).with_name("default.yaml")
Stance = Literal["restrictive", "protective", "neutral", "auto"]


class Rule(BaseModel):
    id: str
    sub_event_type: str
    trigger: list[str]
    pos: list[str] | None = None
    requires: list[list[str]] = Field(default_factory=list)
    excludes: list[str] = Field(default_factory=list)
    window: int | Literal["sentence"] = 12
    context: int = 0
    context_requires: list[list[str]] = Field(default_factory=list)
    # The first `requires` group must name the trigger's own argument (its object, subject,
    # or the noun it governs), not merely stand nearby.
    arguments: bool = False
    # The first `requires` group must name the trigger's grammatical subject (who speaks, who acts).
    subject: bool = False
    priority: int = 10
    examples: list[str] = Field(default_factory=list)


class EntitySeed(BaseModel):
    name: str
    kind: str
    country: str | None = None
    legislature: bool = False  # the house that adopts the country's laws
    office: bool = False  # holds (or held) public office: what they say on record, an official says
    public_figure: bool = True
    aliases: list[str] = Field(default_factory=list)
    note: str | None = None


class Codebook(BaseModel):
    name: str
    version: str
    taxonomy: dict[str, list[str]]
    default_stance: dict[str, Stance]
    stance_cues: dict[Literal["restrictive", "protective"], list[str]]
    rules: list[Rule]
    entities: list[EntitySeed] = Field(default_factory=list)
    generic_actor_heads: list[str] = Field(default_factory=list)
    # Who keeps a register, per sub-type and country: the maker of a listing the text tells
    # without its maker ("The Human Rights Centre was added to the register in 2014").
    register_keepers: dict[str, dict[str, str]] = Field(default_factory=dict)

    @model_validator(mode="after")
    def _consistent(self) -> Codebook:
        known = self.event_type_of
        for rule in self.rules:
            if rule.sub_event_type not in known:
                raise ValueError(f"rule {rule.id!r} names unknown sub_event_type {rule.sub_event_type!r}")
        for sub in self.register_keepers:
            if sub not in known:
                raise ValueError(f"register_keepers names unknown sub_event_type {sub!r}")
        missing = [sub for sub in known if sub not in self.default_stance]
        if missing:
            raise ValueError(f"default_stance misses {', '.join(missing)}")
        return self

    @property
    def event_type_of(self) -> dict[str, str]:
        return {sub: etype for etype, subs in self.taxonomy.items() for sub in subs}

    @property
    def label(self) -> str:
        return f"{self.name}@{self.version}"


def load_codebook(path: str | Path | None = None) -> Codebook:
    return _load(str(Path(path) if path else DEFAULT_CODEBOOK))


class _StrictLoader(yaml.SafeLoader):
    """YAML that refuses a key given twice in one mapping: in a codebook that is almost always
    a rule whose `- id:` line was lost, so that one rule silently overwrites another."""


def _mapping_without_duplicates(loader: _StrictLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"key {key!r} given twice in one mapping", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


@lru_cache(maxsize=8)
def _load(path: str) -> Codebook:
    try:
        data = yaml.load(Path(path).read_text(encoding="utf-8"), Loader=_StrictLoader)
        return Codebook.model_validate(data)
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise RightswatchError(Code.CODEBOOK, reason=f"{path}: {exc}") from exc
