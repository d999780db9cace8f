"""The narrow public API stays as documented."""

import rightswatch


def test_exported_members() -> None:
    assert set(rightswatch.__all__) == {"Candidate", "Document", "EventRecord", "RawDocument", "__version__"}
    for name in rightswatch.__all__:
        assert hasattr(rightswatch, name)
