"""The codebook is data: the default implements the spec's taxonomy; a user's loads the same way."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from helpers import document
from rightswatch.codebook import load_codebook
from rightswatch.errors import RightswatchError


def test_default_codebook_implements_exactly_the_spec_taxonomy(shared_dir: Path) -> None:
    spec = (shared_dir / "spec" / "events.md").read_text(encoding="utf-8")
    section = spec.split("## event_type -> sub_event_type", 1)[1].split("##", 1)[0]
    taxonomy = {m.group(1): [s.strip() for s in m.group(2).split(",")]
                for m in re.finditer(r"^- (\w+): (.+)$", section, re.MULTILINE)}
    assert load_codebook().taxonomy == taxonomy


def test_every_sub_type_has_a_rule() -> None:
    # `other` too: expulsions and deportations have no sub-type of their own.
    codebook = load_codebook()
    ruled = {r.sub_event_type for r in codebook.rules}
    assert set(codebook.event_type_of) - ruled == set()


def test_a_user_codebook_drives_extraction(tmp_path: Path) -> None:
    from rightswatch.extract import Extractor

    default = yaml.safe_load((Path(__file__).parents[2] / "src/rightswatch/codebook/default.yaml").read_text())
    default["name"] = "user-test"
    default["rules"] = [{"id": "picnic", "sub_event_type": "assembly_held", "trigger": ["picnic"],
                         "pos": ["VERB"], "requires": [], "window": "sentence", "priority": 5}]
    path = tmp_path / "codebook.yaml"
    path.write_text(yaml.safe_dump(default), encoding="utf-8")
    extractor = Extractor(load_codebook(path))
    found = extractor.extract(document("On 1 May 2022 activists picnicked in Tbilisi.", published="2022-05"))
    assert [(e.sub_event_type, e.country, e.date) for e in found] == [("assembly_held", "GE", "2022-05-01")]


def test_an_invalid_codebook_is_refused_with_its_path(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    path.write_text("name: x\nversion: '1'\ntaxonomy: {a: [b]}\ndefault_stance: {b: neutral}\n"
                    "stance_cues: {restrictive: [], protective: []}\n"
                    "rules: [{id: r, sub_event_type: nope, trigger: [x]}]\n")
    with pytest.raises(RightswatchError, match=r"(?s)RW-E301.*bad.yaml.*nope"):
        load_codebook(path)


def test_a_rule_that_lost_its_id_line_is_refused(tmp_path: Path) -> None:
    # Two rules fused into one mapping: the second's keys would silently overwrite the first's.
    path = tmp_path / "fused.yaml"
    path.write_text("name: x\nversion: '1'\ntaxonomy: {a: [b]}\ndefault_stance: {b: neutral}\n"
                    "stance_cues: {restrictive: [], protective: []}\n"
                    "rules:\n  - id: r1\n    sub_event_type: b\n    trigger: [x]\n"
                    "    sub_event_type: b\n    trigger: [y]\n")
    with pytest.raises(RightswatchError, match=r"(?s)fused.yaml.*given twice"):
        load_codebook(path)


def test_a_register_keeper_of_an_unknown_sub_type_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "keepers.yaml"
    path.write_text("name: x\nversion: '1'\ntaxonomy: {a: [b]}\ndefault_stance: {b: neutral}\n"
                    "stance_cues: {restrictive: [], protective: []}\n"
                    "rules: [{id: r, sub_event_type: b, trigger: [x]}]\n"
                    "register_keepers: {nope: {RU: Someone}}\n")
    with pytest.raises(RightswatchError, match=r"(?s)keepers.yaml.*nope"):
        load_codebook(path)


def test_country_codes_that_yaml_reads_as_booleans_stay_codes() -> None:
    # Norway's "NO" unquoted is the boolean false in YAML.
    assert {e.country for e in load_codebook().entities} >= {"NO", "GR", "CZ", "XK"}
