"""A note on the author set under a star, as a paper's or an analysis's first page sets it:
"* Phan Van An is a research officer in the Vietnam Studies Programme of …". A single star
and a space open a list's item too ("* Samsung will invest …", "* Nguyen Thi Mai is a
lecturer at Hanoi University who studied in Seoul."), so the note is read by what it says:
a person's name, "is" or "was", the post a writer holds and, after it, only where the post
is held: the names of a programme, an institute, a city."""

from __future__ import annotations

# "at the Example Institute, Singapore.", "in the Vietnam Studies Programme of the ISEAS –
# Yusof Ishak Institute": after the post, capitalised names and the small words between
# them, to the line's end; a list's item tells more ("… who studied in Seoul.", "… for the
# Busan daily and wrote about the port.", "… of the Busan port authority's Vietnam desk.")
_WHERE_HELD = (
    r"(?:,?\s(?:in|at|of|with|for|on|and|the|an?|&|[–—-]|"
    r"[A-ZÀ-ỸĐ0-9][\w'’.&-]*|\([A-ZÀ-ỸĐ][^()]{0,40}\)))*\.?\s*$"
)
# "* Dr. Le Thi Lan is a Visiting Fellow at …", "* Kim Min-ji was a researcher with …": a
# star, a name of two to five capitalised words (a title before it), "is/was a/an/the", and
# within a few words the post, then where it is held
STARRED_BIO = (
    r"\*\s(?=(?:(?:Dr|Prof|Professor|Assoc\. Prof)\.?\s)?"
    r"[A-ZÀ-ỸĐ][\w'’-]+(?:\s[A-ZÀ-ỸĐ][\w'’-]+){1,4}\s(?:is|was)\s(?:an?|the)\s"
    r"(?:[\w-]+\s){0,3}?(?i:research officer|researcher|fellow|professor|lecturer|"
    r"director|analyst|editor|reporter|correspondent|writer|journalist|scholar|"
    r"doctoral candidate|PhD candidate)\b"
    rf"{_WHERE_HELD})"
)
