"""Clean text for reading: mojibake, odd spaces, markdown links, site boilerplate.

The clean text is what evidence spans point into, so cleaning is deterministic and versioned.
"""

from __future__ import annotations

import re

import ftfy

# v2: cleans to a fixed point; v3: "Related:" link lists dropped; v4: an end marker in the first
# half of a page (a header's "Subscribe to our newsletter") is one line of furniture, not the end.
CLEANER = "rightswatch.clean.v4"

# Where the article ends: everything from such a line on is page furniture — when it comes in
# the second half of the page. Above that it is a header's or a share bar's line.
END_MARKER_FROM = 0.5
END_MARKERS = re.compile(
    r"^\s*(leave a (reply|comment)|share this:?|related posts?:?|you may also like|"
    r"post navigation|about the author|subscribe to our newsletter|"
    r"\(?copyright disclaimer\)?|fill in your details below)\b",
    re.IGNORECASE,
)
# Lines that are furniture wherever they stand.
FURNITURE = re.compile(
    r"^\s*(you are commenting using\b.*|log out\s*/.*|connecting to %s|"
    r"(click|tap) to (share|print|email).*|share on (facebook|twitter|x|whatsapp|linkedin).*|"
    r"(tweet|share|print|email)\s*$|"
    r"(copyright|©|\(c\))\s.*all rights reserved.*|©.*|"
    r"(google|twitter|facebook) (photo|picture)\s*$|"
    r"(tags|filed under|categories)\s*:.*|"
    r"notify me of (new|follow-up) .*|"
    r"read more\s*»?\s*$)",
    re.IGNORECASE,
)
# "Related:", "Read more:", "See also:": links to other stories, each a headline that would read
# as news of its own. The label line goes, and so do the bulleted headlines under it.
LINK_LIST_LABEL = re.compile(
    r"^\s*(related( stories| articles| news| reading| coverage)?|read (more|also)|see also|more on this( story)?|"
    r"further reading|also read)\s*:", re.IGNORECASE)
BULLET = re.compile(r"^\s*[•·▪●*\-–]\s+\S")
MD_LINK = re.compile(r"\[([^\]\n]{1,300})\]\((?:[^)\s]{0,500})\)")
MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
SPACES = re.compile(r"[ \u00a0\u2000-\u200a\u202f\u205f\u3000\t]+")
ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
MANY_BLANKS = re.compile(r"\n{3,}")
TRAILING = re.compile(r"[ ]+\n")
# A line made only of links, like a tag or menu bar: "[News](#), [Kazakhstan](#)".
LINK_BAR = re.compile(r"^\s*(\[[^\]]+\]\([^)]*\)\s*[,|·•]?\s*){2,}$", re.MULTILINE)


# Cleaning can itself make new mojibake: a tab or a line edge removed next to "Â" leaves the
# "Â " that ftfy reads as a mis-decoded no-break space. Cleaning again until nothing changes
# makes clean_text idempotent; two passes settle every case seen, the bound is a guard.
MAX_PASSES = 4


def clean_text(text: str) -> str:
    for _ in range(MAX_PASSES):
        cleaned = _clean_once(text)
        if cleaned == text:
            break
        text = cleaned
    return text


def _clean_once(text: str) -> str:
    # Keep curly quotes: evidence is quoted verbatim.
    text = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = ZERO_WIDTH.sub("", text)
    text = SPACES.sub(" ", text)
    text = LINK_BAR.sub("", text)
    text = MD_LINK.sub(r"\1", text)
    text = MD_HEADING.sub("", text)
    kept: list[str] = []
    in_link_list = False
    at = 0
    for line in text.split("\n"):
        at += len(line) + 1
        if END_MARKERS.match(line):
            if at - len(line) - 1 >= END_MARKER_FROM * len(text):
                break
            continue
        if LINK_LIST_LABEL.match(line):
            in_link_list = True
            continue
        if in_link_list and BULLET.match(line):
            continue
        in_link_list = in_link_list and not line.strip()
        if FURNITURE.match(line):
            continue
        kept.append(line.strip())
    text = "\n".join(kept)
    text = TRAILING.sub("\n", text)
    text = MANY_BLANKS.sub("\n\n", text)
    return text.strip()
